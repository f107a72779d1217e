import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTree } from '../../src/lib/io/tree.ts';
import {
  COMPONENT_ELEMENTS,
  COMPONENT_NAMES,
  GENERATED_ELEMENTS,
  GLOSSARY_SCANNED,
  GLOSSARY_SKIPPED,
  HTML_ELEMENTS,
  PASSAGE_ELEMENTS,
} from '../../src/lib/mdx/elements.ts';
import { readMdx, type MdxElement } from '../../src/lib/mdx/read.ts';
import { ROOT } from '../support/sources.ts';
import type { Locale } from '../../src/lib/site/locale.ts';

const COMPONENTS_DIR = join(ROOT, 'src', 'components', 'content');
const componentFiles = listTree(COMPONENTS_DIR)
  .filter((f) => f.endsWith('.astro'))
  .map((f) => f.replace(/\.astro$/, ''));
const read = (name: string) => readFileSync(join(COMPONENTS_DIR, `${name}.astro`), 'utf8');

/** The names in `contentComponents = { … }`, the map the site renders pages with. */
function mappedComponents(): string[] {
  const index = readFileSync(join(COMPONENTS_DIR, 'index.ts'), 'utf8');
  const body = /contentComponents = \{([^}]*)\}/.exec(index)?.[1] ?? '';
  return body
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .sort();
}

/** The first tag of a component's markup, after its frontmatter. */
function outermostTag(source: string): string | undefined {
  const markup = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return /^\s*<([a-z][a-z0-9]*)/.exec(markup)?.[1];
}

function pageElements(language: Locale): { file: string; element: MdxElement; parent?: MdxElement }[] {
  const dir = join(ROOT, 'content', language);
  const out: { file: string; element: MdxElement; parent?: MdxElement }[] = [];
  for (const file of listTree(dir).filter((f) => f.endsWith('.mdx'))) {
    const doc = readMdx(file, readFileSync(join(dir, file), 'utf8'));
    const visit = (elements: readonly MdxElement[], parent?: MdxElement) => {
      for (const element of elements) {
        out.push({ file, element, ...(parent ? { parent } : {}) });
        visit(
          element.children.filter((c): c is MdxElement => c.type === 'element'),
          element,
        );
      }
    };
    visit(doc.body);
  }
  return out;
}

describe('the element vocabulary and the content components', () => {
  it('gives every vocabulary component an .astro file and a place in contentComponents, and maps nothing else', () => {
    for (const name of COMPONENT_NAMES) expect(componentFiles, `${name}.astro`).toContain(name);
    expect(mappedComponents()).toEqual([...COMPONENT_NAMES].sort());
  });

  it('has no component file outside the vocabulary except parts that vocabulary components use', () => {
    const parts = componentFiles.filter((name) => !(name in COMPONENT_ELEMENTS));
    // CutNote, OutdatedFlag and DraftFlag are drawn inside P, Li, Caption, Byline, ParagraphMark inside P and Li; pages never name them.
    expect(parts.sort()).toEqual(['CutNote', 'DraftFlag', 'OutdatedFlag', 'ParagraphMark']);
    for (const part of parts) {
      const users = COMPONENT_NAMES.filter((name) => read(name).includes(`from './${part}.astro'`));
      expect(users, `${part} is used by a vocabulary component`).not.toEqual([]);
    }
  });

  it('says which HTML element each component renders, as its markup does', () => {
    for (const name of COMPONENT_NAMES) expect(outermostTag(read(name)), name).toBe(COMPONENT_ELEMENTS[name].renders);
  });
});

describe('the element vocabulary and the pages', () => {
  const zh = pageElements('zh');
  const en = pageElements('en');

  it('covers every element the Chinese and English pages use, and ingest writes only generated ones', () => {
    const known = new Set<string>([...COMPONENT_NAMES, ...Object.keys(HTML_ELEMENTS)]);
    for (const { file, element } of [...zh, ...en])
      expect(known.has(element.name), `<${element.name}> in ${file}`).toBe(true);
    for (const { file, element } of zh)
      expect(GENERATED_ELEMENTS.has(element.name), `<${element.name}> in zh/${file}`).toBe(true);
    // Translator's notes are the translators' own: real ones exist in the English pages, none in the Chinese.
    expect(en.some(({ element }) => element.name === 'Tn')).toBe(true);
    expect(zh.some(({ element }) => element.name === 'Tn')).toBe(false);
  });

  it('counts as passages exactly the elements that carry a passage id in the Chinese pages', () => {
    // Ingest's ids: p… paragraphs, s… headings, box-…/table-… containers with their cells and rows, fig-…, corr ids.
    for (const { file, element, parent } of zh) {
      const id = element.attributes.id;
      if (id === undefined) continue;
      const isPassage = PASSAGE_ELEMENTS.has(element.name);
      if (element.name === 'P' || element.name === 'Li' || element.name === 'Caption' || element.name === 'Byline') {
        expect(isPassage, `<${element.name} id="${id}"> in ${file}`).toBe(true);
      }
      if (
        element.name === 'Fig' ||
        element.name === 'Corr' ||
        element.name === 'Box' ||
        element.name === 'Table' ||
        element.name === 'tr'
      ) {
        expect(isPassage, `<${element.name} id="${id}"> in ${file}`).toBe(false);
      }
      // Headings, a subtitle in an hgroup, a table caption and cells each hold one passage of the source.
      if (
        /^h[2-4]$/.test(element.name) ||
        (element.name === 'p' && parent?.name === 'hgroup') ||
        ['caption', 'th', 'td'].includes(element.name)
      ) {
        expect(isPassage, `<${element.name} id="${id}"> in ${file}`).toBe(true);
      }
    }
  });

  it('marks glossary terms only in running-text passages, never inside figures, corrections or notes', () => {
    for (const name of GLOSSARY_SCANNED) {
      expect(PASSAGE_ELEMENTS.has(name), name).toBe(true);
      expect(GLOSSARY_SKIPPED.has(name), name).toBe(false);
    }
    for (const name of ['Fig', 'Corr', 'Tn']) expect(GLOSSARY_SKIPPED.has(name), name).toBe(true);
    for (const name of ['h2', 'h3', 'td']) expect(GLOSSARY_SCANNED.has(name), name).toBe(false);
  });

  it('places inline elements only inside passages, and block elements only outside them', () => {
    const placement = (name: string) =>
      (({ ...COMPONENT_ELEMENTS, ...HTML_ELEMENTS }) as Record<string, { placement: string }>)[name]?.placement;
    for (const { file, element, parent } of [...zh, ...en]) {
      const where = `<${element.name}> in ${parent ? `<${parent.name}>` : 'the body'} of ${file}`;
      if (!parent) expect(placement(element.name), where).toBe('block');
      else if (PASSAGE_ELEMENTS.has(parent.name) || placement(parent.name) === 'inline')
        expect(placement(element.name), where).toBe('inline');
      else expect(placement(element.name), where).toBe('block');
    }
  });
});
