import { createHash } from 'node:crypto';
import { PASSAGE_ELEMENTS } from '../mdx/elements.ts';
import type { MdxElement, MdxNode } from '../mdx/read.ts';

export interface FigureMark {
  /** The anchor id (`fig-p1-1`). */
  id: string;
  text: string;
  /** The words around it in the same element ("more than <Fig>50%</Fig>", "<Fig>4.3 times</Fig> the 2018 level"). */
  before: string;
  after: string;
}

export interface AlignedPassage {
  id: string;
  element: string;
  /** The text as displayed: corrections applied, translator's notes left out. */
  text: string;
  /** The same without the figures marked `<Fig>` (checked on their own). */
  textOutsideFigures: string;
  figures: FigureMark[];
  /** Translator's notes (`<Tn>`), English only. */
  notes: string[];
  /** The `data-zh` stamp: the hash of the Chinese passage an English passage translates. */
  stamp?: string;
  /** The source lines it came from (`lines`, Chinese only): `85`, or `85-87`. */
  sourceLines?: string;
  /** How a scaffold pre-filled it (`memory`, `names`), until a translator confirms it. */
  draft?: string;
  line: number;
}

/**
 * The translatable pieces of a page body in reading order: every passage element
 * with an id (src/lib/mdx/elements.ts). Chinese and English pages are aligned by these ids.
 */
export function alignedPassages(body: readonly MdxElement[]): AlignedPassage[] {
  const passages: AlignedPassage[] = [];
  const visit = (nodes: readonly MdxNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const id = node.attributes.id;
      if (id !== undefined && PASSAGE_ELEMENTS.has(node.name)) passages.push(alignedPassageOf(node, id));
      else visit(node.children);
    }
  };
  visit(body);
  return passages;
}

function alignedPassageOf(node: MdxElement, id: string): AlignedPassage {
  const figures: FigureMark[] = [];
  const notes: string[] = [];
  const text = flatten(node.children, { figures, notes });
  const textOutsideFigures = flatten(node.children, { figures: [], notes: [], skipFigures: true });
  const stamp = node.attributes['data-zh'];
  const sourceLines = node.attributes.lines;
  const draft = node.attributes['data-draft'];
  return {
    id,
    element: node.name,
    text,
    textOutsideFigures,
    figures,
    notes,
    line: node.line,
    ...(stamp === undefined ? {} : { stamp }),
    ...(sourceLines === undefined ? {} : { sourceLines }),
    ...(draft === undefined ? {} : { draft }),
  };
}

interface Collect {
  figures: FigureMark[];
  notes: string[];
  skipFigures?: boolean;
}

/** How much of the text either side of a figure the checks read: enough for "an increase of", "the 2018 level". */
const CONTEXT = 24;

function flatten(nodes: readonly MdxNode[], collect: Collect): string {
  let out = '';
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'text') out += node.value;
    else if (node.name === 'br') out += '\n';
    else if (node.name === 'Tn') collect.notes.push(flatten(node.children, { figures: [], notes: [] }));
    else if (node.name === 'Corr') out += node.attributes.corrected ?? flatten(node.children, collect);
    else if (node.name === 'Fig') {
      const inner = flatten(node.children, collect);
      collect.figures.push({
        id: node.attributes.id ?? '',
        text: inner,
        before: out.slice(-CONTEXT),
        after: displayedText(nodes.slice(index + 1), CONTEXT).slice(0, CONTEXT),
      });
      // A space keeps the numbers either side of a figure apart.
      out += collect.skipFigures ? ' ' : inner;
    } else out += flatten(node.children, collect);
  }
  return out;
}

/**
 * The displayed text of nodes as flatten gives it, but at least `enough` characters of it only, and without
 * collecting figures: flattening the rest of a paragraph for each of its figures, with their own contexts, took
 * time exponential in the figures of a paragraph (64 s of the glossary's reading at 10,000 texts, docs/benchmarks.md).
 */
function displayedText(nodes: readonly MdxNode[], enough: number): string {
  let out = '';
  for (const node of nodes) {
    if (out.length >= enough) break;
    if (node.type === 'text') out += node.value;
    else if (node.name === 'br') out += '\n';
    else if (node.name === 'Tn') continue;
    else if (node.name === 'Corr')
      out += node.attributes.corrected ?? displayedText(node.children, enough - out.length);
    else out += displayedText(node.children, enough - out.length);
  }
  return out;
}

/**
 * The stamp an English passage carries: eight hex digits of the SHA-256 of the
 * Chinese passage's displayed text. When ingest changes that text, the stamp no
 * longer matches and the translation is flagged as possibly outdated.
 */
export function passageHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 8);
}
