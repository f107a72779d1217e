import type { Element, ElementContent, Root } from 'hast';
import { HEADING_ELEMENTS, RENDERED_PASSAGE_TAGS } from '../../mdx/elements.ts';

/**
 * What search sees of a built page: its text blocks (every element with an id
 * that holds text: headings, paragraphs, list items, table cells, captions),
 * grouped into sections at each `<h2>`, with the figures marked in them. Only
 * `[data-pagefind-body]` counts; the site's own words (`data-chrome`), hidden
 * popover cards and `data-pagefind-ignore` regions are left out.
 */
export interface SearchBlock {
  id: string;
  text: string;
  /** Figures in the block: their anchor and where their text is (code-point offsets). */
  figures: { anchor: string; from: number; to: number }[];
}

export interface SearchSection {
  /** The section's anchor: its heading's id, or its first block's. */
  anchor: string;
  heading?: SearchBlock;
  /** Further headings inside the section (h3). */
  subheadings: SearchBlock[];
  blocks: SearchBlock[];
}

export interface SearchPage {
  url: string;
  lang: string;
  title: string;
  date: string;
  kind: string;
  districts: string[];
  year: string;
  /** The headline and the lines printed around it, and the headline's id. */
  front: SearchBlock[];
  titleAnchor: string;
  sections: SearchSection[];
}

/** The page's passages as built, and its title (`h1`, from the page template rather than the MDX). */
const BLOCKS = new Set(['h1', ...RENDERED_PASSAGE_TAGS]);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);

function skipped(element: Element): boolean {
  const p = element.properties;
  return (
    SKIPPED_TAGS.has(element.tagName) ||
    p.dataPagefindIgnore !== undefined ||
    p.dataChrome !== undefined ||
    p.popover !== undefined ||
    p.hidden !== undefined
  );
}

export function searchPage(tree: Root, url: string): SearchPage | undefined {
  const html = find(tree, (e) => e.tagName === 'html');
  const body = find(tree, (e) => e.properties.dataPagefindBody !== undefined);
  if (!html || !body) return undefined;
  const meta = pageMeta(tree);
  const header = find(body, (e) => e.tagName === 'header');
  const front = header ? collectBlocks(header) : [];
  const frontIds = new Set(front.map((b) => b.block.id));
  const sections: SearchSection[] = [];
  for (const { block, tag } of collectBlocks(body)) {
    if (frontIds.has(block.id)) continue;
    if (tag === 'h2') sections.push({ anchor: block.id, heading: block, subheadings: [], blocks: [] });
    else {
      let section = sections.at(-1);
      if (!section) {
        section = { anchor: block.id, subheadings: [], blocks: [] };
        sections.push(section);
      }
      if (HEADING_ELEMENTS.has(tag)) section.subheadings.push(block);
      else section.blocks.push(block);
    }
  }
  return {
    url,
    lang: String(html.properties.lang ?? ''),
    title: meta.title ?? '',
    date: meta.date ?? '',
    kind: meta.kind ?? '',
    districts: meta.districts,
    year: meta.year ?? '',
    front: front.map((b) => b.block),
    titleAnchor: front.find((b) => b.tag === 'h1')?.block.id ?? front[0]?.block.id ?? 'title',
    sections,
  };
}

/** Filters, sort keys and meta come from Pagefind's own `<meta data-pagefind-…>` tags in the head. */
function pageMeta(tree: Root): { title?: string; date?: string; kind?: string; year?: string; districts: string[] } {
  const out: { title?: string; date?: string; kind?: string; year?: string; districts: string[] } = { districts: [] };
  walk(tree, (e) => {
    if (e.tagName !== 'meta') return;
    const content = String(e.properties.content ?? '');
    const filter = String(e.properties.dataPagefindFilter ?? '');
    const metaName = String(e.properties.dataPagefindMeta ?? '');
    if (filter === 'district[content]') out.districts.push(content);
    if (filter === 'kind[content]') out.kind = content;
    if (filter === 'year[content]') out.year = content;
    if (metaName === 'title[content]') out.title = content;
    if (metaName === 'date[content]') out.date = content;
  });
  return out;
}

function collectBlocks(root: Element): { block: SearchBlock; tag: string }[] {
  const found: { block: SearchBlock; tag: string }[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (child.type !== 'element' || skipped(child)) continue;
      const id = child.properties.id;
      if (typeof id === 'string' && BLOCKS.has(child.tagName)) {
        const block = readBlock(child, id);
        if (block.text) found.push({ block, tag: child.tagName });
      } else visit(child);
    }
  };
  visit(root);
  return found;
}

function readBlock(element: Element, id: string): SearchBlock {
  // Whitespace is collapsed as the text is read, so figure offsets (in code points) refer to the final text.
  const chars: string[] = [];
  let pendingSpace = false;
  const append = (value: string) => {
    for (const ch of value) {
      if (/\s/.test(ch)) pendingSpace = chars.length > 0;
      else {
        if (pendingSpace) chars.push(' ');
        pendingSpace = false;
        chars.push(ch);
      }
    }
  };
  const figures: SearchBlock['figures'] = [];
  const visit = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') append(node.value);
      else if (node.type === 'element' && !skipped(node)) {
        if (node.tagName === 'br') append(' ');
        const isFigure = node.tagName === 'a' && (node.properties.className as string[] | undefined)?.includes('fig');
        const start = chars.length + (pendingSpace ? 1 : 0);
        visit(node.children);
        if (isFigure) figures.push({ anchor: String(node.properties.id), from: start, to: chars.length });
      }
    }
  };
  visit(element.children);
  return { id, text: chars.join(''), figures };
}

function find(node: Root | Element, test: (e: Element) => boolean): Element | undefined {
  let hit: Element | undefined;
  walk(node, (e) => {
    if (!hit && test(e)) hit = e;
  });
  return hit;
}

function walk(node: Root | Element, visit: (e: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child, visit);
  }
}
