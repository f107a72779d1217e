/**
 * A translation memory: what the project's English pages already say for a
 * Chinese passage or sentence, so a new text that reuses one starts with its
 * translation, marked as a draft until a translator confirms it.
 *
 * Exact matches only, as translators' memories do it: a whole passage whose
 * Chinese text is identical; and, inside a passage, a sentence identical to one
 * of a passage where Chinese and English split into the same number of
 * sentences (the n-th Chinese sentence is then taken to be the n-th English one).
 * Only current translations count: an English passage whose stamp no longer
 * matches its Chinese is left out.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { PASSAGE_ELEMENTS } from '../mdx/elements.ts';
import { parseBody, splitFrontmatter } from '../mdx/read.ts';
import { passageHash, type AlignedPassage } from './aligned-passages.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface RememberedPassage {
  /** The English element's content, as written (figure marks and notes included). */
  children: RootContent[];
  /** The ids of the Chinese passage's figures, in order: the English marks are renumbered by their position. */
  figureIds: string[];
}

export interface TranslationMemory {
  /** Chinese passage text → its English. */
  passages: Map<string, RememberedPassage>;
  /** Chinese sentence → its English sentence (plain text). */
  sentences: Map<string, string>;
}

/** One translated page: its Chinese passages and the source of its English MDX file. */
export interface TranslatedSource {
  chinese: readonly AlignedPassage[];
  englishSource: string;
}

export function buildMemory(pages: readonly TranslatedSource[]): TranslationMemory {
  const memory: TranslationMemory = { passages: new Map(), sentences: new Map() };
  for (const { chinese, englishSource } of pages) {
    const byId = new Map(chinese.map((p) => [p.id, p]));
    const body = splitFrontmatter(englishSource)?.body ?? '';
    visit(parseBody(body), (node) => {
      if (!isPassageElement(node)) return;
      const original = byId.get(attribute(node, 'id') ?? '');
      if (!original || attribute(node, 'data-zh') !== passageHash(original.text)) return;
      // The first translation of a passage stays: pages are read in a fixed order, so the memory is too.
      if (!memory.passages.has(original.text))
        memory.passages.set(original.text, {
          children: node.children as RootContent[],
          figureIds: original.figures.map((f) => f.id),
        });
      const english = plainText(node.children as RootContent[]);
      if (english === undefined) return;
      const zhSentences = chineseSentences(original.text);
      const enSentences = englishSentences(english);
      if (zhSentences.length < 2 || zhSentences.length !== enSentences.length) return;
      zip(zhSentences, enSentences).forEach(([sentence, translation]) => {
        if (!memory.sentences.has(sentence)) memory.sentences.set(sentence, translation);
      });
    });
  }
  return memory;
}

/** Pairs of the items at the same place in two lists of the same length. */
function zip<A, B>(a: readonly A[], b: readonly B[]): [A, B][] {
  return a.flatMap((x, i) => (i < b.length ? [[x, b[i] as B] as [A, B]] : []));
}

/** Chinese sentences end with 。！？ (a closing quotation mark after one stays with its sentence). */
export function chineseSentences(text: string): string[] {
  return (text.match(/[^。！？]+(?:[。！？]+[”’」』）)]*|$)/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * English sentences end with . ! ? before a space and a capital or an opening quote; "Co., Ltd. (…" and
 * decimals (3.5) do not end one.
 */
export function englishSentences(text: string): string[] {
  return text
    .split(/(?<=(?<!\b(?:Co|Ltd|No|St|Mr|Dr|vs|etc))[.!?][”’"]?)\s+(?=[A-Z“"‘])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The text of content made of text nodes only; undefined when it holds figures, notes or other elements. */
function plainText(children: readonly RootContent[]): string | undefined {
  let text = '';
  for (const child of children) {
    if (child.type !== 'text') return undefined;
    text += child.value;
  }
  return text;
}

export function isPassageElement(node: unknown): node is JsxElement {
  const n = node as { type?: string; name?: string | null };
  return (
    (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') &&
    PASSAGE_ELEMENTS.has(n.name ?? '') &&
    attribute(node as JsxElement, 'id') !== undefined
  );
}

export function attribute(node: JsxElement, name: string): string | undefined {
  const found = (node.attributes as MdxJsxAttribute[]).find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The remembered English for a passage, with its figure marks renamed to the new page's ids; undefined if they do not pair up. */
export function recalledPassage(memory: TranslationMemory, chinese: AlignedPassage): RootContent[] | undefined {
  const remembered = memory.passages.get(chinese.text);
  if (!remembered) return undefined;
  const newIds = chinese.figures.map((f) => f.id);
  if (newIds.length !== remembered.figureIds.length) return undefined;
  const renamed = new Map(zip(remembered.figureIds, newIds));
  const copy = structuredClone(remembered.children);
  let paired = true;
  visit({ type: 'root', children: copy } as Root, (node) => {
    const element = node as JsxElement;
    if ((element.type !== 'mdxJsxTextElement' && element.type !== 'mdxJsxFlowElement') || element.name !== 'Fig')
      return;
    const id = (element.attributes as MdxJsxAttribute[]).find((a) => a.name === 'id');
    const next = typeof id?.value === 'string' ? renamed.get(id.value) : undefined;
    if (!id || next === undefined) paired = false;
    else id.value = next;
  });
  return paired ? copy : undefined;
}
