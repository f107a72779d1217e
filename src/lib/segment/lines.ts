import { charLength, endsParagraph, hasClausePunctuation } from '../text/cjk.ts';
import { textLines } from '../text/line-breaks.ts';
import type { LineRole } from '../sources/meta.ts';
import type { Span } from './types.ts';

/** What a single line of print looks like on its own, before context is applied. */
export type LineShape =
  | 'blank'
  | 'md-heading' // `# …` headings from the extraction
  | 'chapter' // 第X章
  | 'section' // 第X节
  | 'box' // 专栏N: start of a boxed programme
  | 'table-caption' // 表N …
  | 'cell' // tab-led table cell or box item
  | 'bullet' // ● item
  | 'photo-caption' // … 摄/姓名
  | 'credit' // 图片由…提供
  | 'byline' // 贺娜 王修丽
  | 'text';

export interface Line {
  /** 1-based line number in the source file. */
  n: number;
  raw: string;
  shape: LineShape;
  /** The content slice, without leading/trailing whitespace or markup. */
  content: Span;
  text: string;
  /** Markup characters consumed by the structure (`#`, `●`). */
  markup: Span[];
  leadingSpace: boolean;
  mdLevel?: number;
  /** A role forced by the source's metadata. */
  role?: LineRole;
}

const MD_HEADING = /^(\s*)(#{1,6})\s+/u;
const CHAPTER = /^第[一二三四五六七八九十百]+章(?:[\s\u3000]|$)/u;
const SECTION = /^第[一二三四五六七八九十]+节(?:[\s\u3000]|$)/u;
const BOX = /^专栏\d+/u;
const TABLE_CAPTION = /^表\d+(?:[\s\u3000]|$)/u;
const BULLET = /^●/u;
const PHOTO_CAPTION = /[\s\u3000]摄\/[^\s\u3000/]{2,8}$/u;
const CREDIT = /^图片.{0,24}提供$/u;
const BYLINE = /^\p{Script=Han}{2,3}(?:[ \u3000]\p{Script=Han}{2,3}){1,3}$/u;

/** Split a source into lines (LF, CRLF or a lone CR ends one) and give each its shape. A final line break does not start a line. */
export function readLines(text: string): Line[] {
  return textLines(text).map((raw, i) => shapeLine(raw, i + 1));
}

export function shapeLine(raw: string, n: number): Line {
  const lead = leadingSpaceLength(raw);
  const trail = trailingSpaceLength(raw.slice(lead));
  const from = lead;
  const to = raw.length - trail;
  const line: Line = {
    n,
    raw,
    shape: 'text',
    content: { line: n, from, to },
    text: raw.slice(from, to),
    markup: [],
    leadingSpace: lead > 0,
  };
  if (from >= to) return { ...line, shape: 'blank' };
  const text = line.text;

  const heading = MD_HEADING.exec(raw);
  if (heading) {
    const [matched, indent = '', hashes = ''] = heading;
    const hashesFrom = indent.length;
    const level = hashes.length;
    return withContent(line, matched.length, to, {
      shape: 'md-heading',
      mdLevel: level,
      markup: [{ line: n, from: hashesFrom, to: hashesFrom + level }],
    });
  }
  if (BULLET.test(text)) {
    return withContent(line, from + 1, to, { shape: 'bullet', markup: [{ line: n, from, to: from + 1 }] });
  }
  if (raw.startsWith('\t')) return { ...line, shape: 'cell' };
  if (CHAPTER.test(text)) return { ...line, shape: 'chapter' };
  if (SECTION.test(text)) return { ...line, shape: 'section' };
  if (BOX.test(text)) return { ...line, shape: 'box' };
  if (TABLE_CAPTION.test(text)) return { ...line, shape: 'table-caption' };
  if (charLength(text) <= 60 && PHOTO_CAPTION.test(text)) return { ...line, shape: 'photo-caption' };
  if (CREDIT.test(text)) return { ...line, shape: 'credit' };
  if (BYLINE.test(text)) return { ...line, shape: 'byline' };
  return line;
}

function withContent(line: Line, from: number, to: number, extra: Partial<Line>): Line {
  const start = from + leadingSpaceLength(line.raw.slice(from, to));
  return { ...line, ...extra, content: { line: line.n, from: start, to }, text: line.raw.slice(start, to) };
}

// `\s` already includes U+3000 (ideographic space), and trimStart/trimEnd strip exactly the `\s` characters.
function leadingSpaceLength(text: string): number {
  return text.length - text.trimStart().length;
}

function trailingSpaceLength(text: string): number {
  return text.length - text.trimEnd().length;
}

/** Characters that end a short title line can never end with. */
const NOT_A_TITLE_END = /[。！？!?；;：:，,、]$/u;

/**
 * A short line standing alone between blank lines, with no sentence punctuation:
 * in newspaper layouts this is a section title (`用他山之石来攻玉`, `核 心 提 示`).
 */
export function looksLikeTitle(text: string): boolean {
  return charLength(text) <= 30 && !NOT_A_TITLE_END.test(text) && !hasClausePunctuation(text);
}

export { endsParagraph };
