import { join, sep } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { present } from '../lib/assert.ts';
import { firstUses } from '../lib/glossary/first-use.ts';
import { parseGlossary, type GlossaryTerm } from '../lib/glossary/parse.ts';
import { readInputFile } from '../lib/io/input-text.ts';
import type { Locale } from '../lib/site/locale.ts';
import { localePathUnder } from '../lib/site/paths.ts';
import { GLOSSARY_SCANNED, GLOSSARY_SKIPPED } from '../lib/mdx/elements.ts';

/**
 * The first time a glossary term occurs on a page, it becomes a button that
 * opens a small card (HTML popover: no script, closes with Esc) with the
 * term's other-language form, pinyin, note and a link to the glossary. On a
 * Chinese page the term is found in Chinese; on an English page, its rendering.
 * Only the text of paragraphs, list items, captions and bylines is looked at,
 * never figures, corrections, headings or translator's notes.
 */
// Punctuation that may not begin a line (Chinese and Latin closing marks, pauses and stops).
const TRAILING_PUNCTUATION = /^[、，。；：！？）》」』”’〉】〕…—,.;:!?)\]'"%]+/u;
// Links, and the term buttons this plugin makes, are never marked either.
const SKIPPED = new Set([...GLOSSARY_SKIPPED, 'a', 'button']);

type Node =
  Root | ElementContent | { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; children: Node[] };

export default function rehypeGlossaryTerms(options: { base: string; glossaryFile?: string }) {
  const file = options.glossaryFile ?? join(process.cwd(), 'content', 'glossary.yaml');
  // Checked like every input file: strict UTF-8, no control characters, a BOM dropped.
  const terms = parseGlossary('content/glossary.yaml', readInputFile(file, 'content/glossary.yaml'));
  return (tree: Root, vfile: VFile) => {
    const path = vfile.path ?? '';
    const language = path.includes(`${sep}content${sep}en${sep}`)
      ? 'en'
      : path.includes(`${sep}content${sep}zh${sep}`)
        ? 'zh'
        : undefined;
    if (!language) return;
    const texts: { node: Text; parent: { children: Node[] } }[] = [];
    collect(tree, false, texts);
    const marks = firstUses(
      texts.map((x) => x.node.value),
      terms,
      language,
    );
    // Split from the last mark backwards, so earlier offsets stay valid.
    for (const mark of [...marks].reverse()) {
      const { node, parent } = present(texts[mark.segment], `text segment ${mark.segment}`);
      const index = parent.children.indexOf(node as Node);
      const before = node.value.slice(0, mark.from);
      const inside = node.value.slice(mark.from, mark.to);
      const after = node.value.slice(mark.to);
      const replacement: Node[] = [];
      if (before) replacement.push({ type: 'text', value: before });
      // The button is laid out as one box (a <button> cannot be display: inline), and the browser may break
      // the line after it, before "、" or ")": the punctuation that follows is kept with it.
      const glued = TRAILING_PUNCTUATION.exec(after)?.[0] ?? '';
      const term = termElement(mark.term, inside, language, options.base);
      replacement.push(glued ? el('span', { className: ['term-glue'] }, [term as ElementContent, txt(glued)]) : term);
      const rest: Text = { type: 'text', value: after.slice(glued.length) };
      if (rest.value) replacement.push(rest);
      // At most three nodes: spreading them is safe.
      parent.children.splice(index, 1, ...replacement);
      // A later (earlier-positioned) mark in the same text node now refers to `before`.
      if (before) texts[mark.segment] = { node: replacement[0] as Text, parent };
    }
  };
}

function collect(node: Node, inside: boolean, out: { node: Text; parent: { children: Node[] } }[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as Node[]) {
    if (child.type === 'text' && inside) out.push({ node: child, parent: node as { children: Node[] } });
    const name = child.type === 'element' ? child.tagName : 'name' in child ? (child.name ?? '') : '';
    if (SKIPPED.has(name)) continue;
    collect(child, inside || GLOSSARY_SCANNED.has(name), out);
  }
}

function termElement(term: GlossaryTerm, text: string, language: Locale, base: string): Element {
  const id = `gl-${term.id}`;
  const card: ElementContent[] =
    language === 'zh'
      ? [
          el('strong', { className: ['term__other'], lang: 'en' }, [txt(term.en)]),
          ...(term.pinyin
            ? [el('span', { className: ['term__pinyin'], lang: 'zh-Latn-pinyin' }, [txt(term.pinyin)])]
            : []),
          el('span', { className: ['term__note'], lang: 'en' }, [txt(term.note)]),
        ]
      : [
          el('strong', { className: ['term__other'], lang: 'zh-CN' }, [txt(term.zh)]),
          ...(term.pinyin
            ? [el('span', { className: ['term__pinyin'], lang: 'zh-Latn-pinyin' }, [txt(term.pinyin)])]
            : []),
          el('span', { className: ['term__note'] }, [txt(term.note)]),
        ];
  const glossaryHref = `${localePathUnder(base, language, 'glossary/')}#term-${term.id}`;
  return el('span', { className: ['term'] }, [
    el('button', { type: 'button', className: ['term__button'], popovertarget: id }, [txt(text)]),
    el(
      'span',
      { id, popover: 'auto', className: ['term__card'], role: 'note', dataPagefindIgnore: '', dataChrome: '' },
      [...card, el('a', { href: glossaryHref, className: ['term__link'] }, [txt(t(language, 'glossary.more'))])],
    ),
  ]);
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function txt(value: string): Text {
  return { type: 'text', value };
}
