import type { Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { stringify } from 'yaml';
import { present } from '../assert.ts';
import { findChineseTerms, type Named } from '../glossary/match.ts';
import { parseBody, splitFrontmatter } from '../mdx/read.ts';
import { serializeMdx } from '../mdx/serialize.ts';
import type { ChinesePageFile } from './pages.ts';
import { passageHash, type AlignedPassage } from './aligned-passages.ts';
import { chineseSentences, isPassageElement, recalledPassage, type TranslationMemory } from './memory.ts';

/** How a scaffolded passage was pre-filled: from the memory (whole or by sentence), with names, or not at all. */
export type DraftKind = 'memory' | 'names';

export interface ScaffoldOptions {
  /** Passages and sentences translated before (src/lib/translation/memory.ts). */
  memory?: TranslationMemory;
  /** Registered names and glossary terms: written "English (中文)" inside a passage the memory does not know. */
  names?: readonly Named[];
  /** The day the draft was made, YYYY-MM-DD (its review state is `draft` until a reviewer records a review). */
  date: string;
}

export interface Scaffold {
  mdx: string;
  passages: number;
  /** Passages pre-filled whole from the memory, in part (some sentences), and with names only. */
  whole: number;
  partial: number;
  names: number;
}

/**
 * A new English page to translate into: the Chinese page's structure with every
 * id kept, each passage stamped with the hash of the Chinese text it will
 * translate (`data-zh`), and the Chinese text left in place to be overwritten.
 * Passages the memory knows come pre-filled, and names inside the others are
 * given in English; each such passage is marked `data-draft` until a
 * translator confirms it (`npm run translations -- confirm`). The translation
 * check reports any passage still in Chinese.
 */
export function scaffoldEnglish(zh: ChinesePageFile, zhSource: string, options: ScaffoldOptions): Scaffold {
  const byId = new Map(zh.passages.map((u) => [u.id, u]));
  const tree = parseBody(present(splitFrontmatter(zhSource), `a frontmatter block in ${zh.file}`).body) as Root;
  const counts = { passages: 0, whole: 0, partial: 0, names: 0 };
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    // Source line numbers belong to the Chinese page.
    node.attributes = (node.attributes as MdxJsxAttribute[]).filter((a) => a.name !== 'lines');
    if (!isPassageElement(node)) return;
    const id = String((node.attributes as MdxJsxAttribute[]).find((a) => a.name === 'id')?.value);
    const chinese = present(byId.get(id), `a Chinese passage with id ${id} in ${zh.file}`);
    counts.passages += 1;
    const mark = (name: string, value: string) => node.attributes.push({ type: 'mdxJsxAttribute', name, value });
    mark('data-zh', passageHash(chinese.text));
    const draft = prefill(node.children as RootContent[], chinese, options);
    if (draft.children) node.children = draft.children as typeof node.children;
    if (draft.kind) mark('data-draft', draft.kind);
    if (draft.how) counts[draft.how] += 1;
  });
  const front = (zh.doc.frontmatter.front as { id: string; text: string }[] | undefined) ?? [];
  const frontmatter = {
    lang: 'en',
    // Reports have an English title in their source metadata already; the page uses it.
    title: zh.doc.frontmatter.titleEn ?? zh.doc.frontmatter.title,
    titleZh: byId.has('title') ? passageHash(present(byId.get('title'), 'the title passage').text) : undefined,
    front: front.map((f) => ({
      id: f.id,
      text: f.text,
      zh: passageHash(present(byId.get(f.id), `front line ${f.id}`).text),
    })),
    review: { state: 'draft', date: options.date },
  };
  const mdx = `---\n${ENGLISH_HEADER}${stringify(frontmatter, { lineWidth: 0 })}---\n\n${serializeMdx(tree)}`;
  return { mdx, ...counts };
}

function prefill(
  children: RootContent[],
  chinese: AlignedPassage,
  { memory, names = [] }: ScaffoldOptions,
): { children?: RootContent[]; kind?: DraftKind; how?: 'whole' | 'partial' | 'names' } {
  const recalled = memory && recalledPassage(memory, chinese);
  if (recalled) return { children: recalled, kind: 'memory', how: 'whole' };
  const texts = children.filter((c): c is Text => c.type === 'text');
  let sentences = 0;
  if (memory) {
    for (const text of texts) {
      text.value = chineseSentences(text.value).reduce((value, sentence) => {
        const english = memory.sentences.get(sentence);
        if (english === undefined) return value;
        sentences += 1;
        return value.replace(sentence, `${english} `);
      }, text.value);
    }
  }
  if (sentences > 0) return { kind: 'memory', how: 'partial' };
  let named = 0;
  for (const text of texts) {
    const found = findChineseTerms(text.value, names);
    named += found.length;
    // From the end, so the offsets of the earlier ones still hold.
    for (const { term, from, to } of [...found].reverse())
      text.value = `${text.value.slice(0, from)}${term.en} (${text.value.slice(from, to)})${text.value.slice(to)}`;
  }
  return named > 0 ? { kind: 'names', how: 'names' } : {};
}

export const ENGLISH_HEADER = [
  '# English translation (unofficial; the Chinese original prevails). Edited by hand.',
  '# Every id matches the Chinese page; `zh`, `titleZh` and `data-zh` record the hash of',
  '# the Chinese text translated. `npm run check:translations` checks this file.',
  '# `data-draft` marks a passage pre-filled by `npm run translations -- scaffold` (from',
  '# the translation memory, or names only) until `npm run translations -- confirm`.',
  '',
].join('\n');
