import { present } from '../assert.ts';
import { InputError } from '../errors.ts';
import type { Layout } from '../sources/meta.ts';
import { charLength, endsParagraph } from '../text/cjk.ts';
import { normalizeSpacing, type SpacingMode } from '../text/normalize.ts';
import { CHAPTER_DIGITS } from '../text/quantities.ts';
import { looksLikeTitle, type Line } from './lines.ts';
import type { Block, Span, Passage } from './types.ts';
import { append } from '../arrays.ts';

export interface BuildOptions {
  /** Source file, for error messages. */
  file: string;
  layout: Layout;
  /** Lines the metadata says begin mid-sentence: never joined to the text before them. */
  cutStart: ReadonlySet<number>;
}

/** What a line is, once its neighbours are taken into account. */
type Role =
  | 'text'
  | 'title'
  | 'subtitle-title'
  | 'subheading'
  | 'caption'
  | 'byline'
  | 'front'
  | 'colophon'
  | 'md-heading'
  | 'chapter'
  | 'section'
  | 'box'
  | 'table-caption'
  | 'cell'
  | 'bullet';

/** Make a passage from source slices, applying only whitespace rules. */
export function passageFrom(lines: readonly Line[], spans: Span[], spacing: SpacingMode): Passage {
  const raw = spans.map((s) => lineAt(lines, s.line).raw.slice(s.from, s.to)).join('\n');
  return { text: normalizeSpacing(raw, spacing), spans, spacing };
}

function lineAt(lines: readonly Line[], n: number): Line {
  // Lines are numbered from the first line of the slice given to buildBlocks.
  const first = lines[0];
  const line = first && lines[n - first.n];
  if (!line || line.n !== n) throw new Error(`line ${n} outside the lines given`);
  return line;
}

/**
 * Turn the lines of one page (or one whole source) into blocks.
 * Every non-blank character ends up in exactly one span of one block.
 */
export function buildBlocks(lines: readonly Line[], options: BuildOptions): Block[] {
  const roles = rolesOf(lines, options);
  const state: Builder = { lines, options, blocks: [], open: null, pending: [], lastTitle: null };
  let blankRun = 0;
  // An index loop: a box or table takes several lines, and the loop resumes after them.
  for (let i = 0; i < lines.length; i++) {
    const line = present(lines[i], `line index ${i}`);
    if (line.shape === 'blank') {
      blankRun++;
      continue;
    }
    const blanksBefore = blankRun;
    blankRun = 0;
    const role = present(roles[i], `the role of line ${line.n}`);
    if (continuesParagraph(state, line, role, blanksBefore)) continue;
    closeParagraph(state);
    i = startBlock(state, i, line, role, blanksBefore);
  }
  closeParagraph(state);
  return state.blocks;
}

/** What buildBlocks carries from line to line. */
interface Builder {
  lines: readonly Line[];
  options: BuildOptions;
  blocks: Block[];
  /** The paragraph being read, if any. */
  open: { spans: Span[]; cutStart: boolean } | null;
  /** Captions set into the open paragraph: they follow it once it ends. */
  pending: Block[];
  /** The title just read, which subtitle lines attach to. */
  lastTitle: Extract<Block, { kind: 'heading' }> | null;
}

/** Whether the line belongs to the open paragraph (or is a caption set into it). */
function continuesParagraph(state: Builder, line: Line, role: Role, blanksBefore: number): boolean {
  const { open, options } = state;
  if (!open) return false;
  const lastSpan = present(open.spans.at(-1), 'a span in the open paragraph');
  const ended = endsParagraph(lineAt(state.lines, lastSpan.line).text);
  if (role === 'caption' && !ended) {
    // A photo set into the middle of a sentence: the sentence goes on after it.
    state.pending.push({ kind: 'caption', passage: passageFrom(state.lines, [line.content], 'display') });
    return true;
  }
  const continues =
    role === 'text' &&
    !options.cutStart.has(line.n) &&
    (!ended || (options.layout === 'wrapped' && blanksBefore === 0 && !line.leadingSpace));
  if (continues) open.spans.push(line.content);
  return continues;
}

function closeParagraph(state: Builder): void {
  if (!state.open) return;
  append(state.blocks, paragraphWithByline(state.lines, state.open.spans, state.open.cutStart));
  append(state.blocks, state.pending);
  state.open = null;
  state.pending = [];
}

/** Start the block line `i` opens; returns the index of the last line it took (boxes and tables take several). */
function startBlock(state: Builder, i: number, line: Line, role: Role, blanksBefore: number): number {
  const { lines, blocks, options } = state;
  if (role !== 'title' && role !== 'subtitle-title') state.lastTitle = null;
  switch (role) {
    case 'text':
    case 'cell':
      // A tab-led line outside a table or box is ordinary text with an indent.
      state.open = { spans: [line.content], cutStart: options.cutStart.has(line.n) };
      return i;
    case 'title':
    case 'subheading':
    case 'subtitle-title':
    case 'md-heading':
    case 'section':
      addHeading(state, line, role);
      return i;
    case 'bullet':
      addBullet(blocks, passageFrom(lines, [line.content], 'body'), line, blanksBefore);
      return i;
    case 'box':
      return readBox(lines, i, line, blocks);
    case 'table-caption':
      return readTable(lines, i, line, blocks, options.file);
    default:
      blocks.push(lineBlock(lines, line, role));
      return i;
  }
}

function addHeading(
  state: Builder,
  line: Line,
  role: 'title' | 'subheading' | 'subtitle-title' | 'md-heading' | 'section',
): void {
  const title = passageFrom(state.lines, [line.content], 'display');
  switch (role) {
    case 'title':
    case 'subheading': {
      const heading: Extract<Block, { kind: 'heading' }> = {
        kind: 'heading',
        level: role === 'subheading' ? 3 : 2,
        title,
        subtitles: [],
        markup: [],
      };
      state.blocks.push(heading);
      state.lastTitle = role === 'title' ? heading : null;
      return;
    }
    case 'subtitle-title':
      present(state.lastTitle, `a title line before the subtitle on line ${line.n}`).subtitles.push(title);
      return;
    case 'md-heading':
      state.blocks.push({
        kind: 'heading',
        level: 2,
        sourceLevel: present(line.mdLevel, `the level of the # heading on line ${line.n}`),
        title,
        subtitles: [],
        markup: line.markup,
      });
      return;
    case 'section':
      state.blocks.push({ kind: 'heading', level: 2, title, subtitles: [], markup: [] });
      return;
  }
}

/** A `●` item joins the list just before it, unless more than one blank line parts them. */
function addBullet(blocks: Block[], item: Passage, line: Line, blanksBefore: number): void {
  const previous = blocks.at(-1);
  if (previous?.kind === 'list' && blanksBefore <= 1) {
    previous.items.push(item);
    append(previous.markup, line.markup);
  } else {
    blocks.push({ kind: 'list', items: [item], markup: [...line.markup] });
  }
}

/** A block made of one display line. */
function lineBlock(
  lines: readonly Line[],
  line: Line,
  role: 'chapter' | 'caption' | 'byline' | 'front' | 'colophon',
): Block {
  const passage = passageFrom(lines, [line.content], 'display');
  switch (role) {
    case 'chapter': {
      const [label, numeral = ''] = present(/^第(.+?)章/u.exec(line.text), `第X章 on line ${line.n}`);
      return { kind: 'chapter', number: chineseNumeral(numeral), label, title: passage };
    }
    case 'caption':
      return { kind: 'caption', passage };
    case 'byline':
      return { kind: 'byline', passage };
    case 'front':
      return { kind: 'front', role: 'kicker', passage, markup: line.markup };
    case 'colophon':
      return { kind: 'colophon', passage };
  }
}

function rolesOf(lines: readonly Line[], options: BuildOptions): Role[] {
  const roles: Role[] = [];
  for (const [i, line] of lines.entries()) roles.push(roleOf(lines, i, line, options, roles));
  return roles;
}

function roleOf(lines: readonly Line[], i: number, line: Line, options: BuildOptions, earlier: readonly Role[]): Role {
  if (line.shape === 'blank') return 'text';
  switch (line.role) {
    case 'heading':
      return titleOrSubtitle(lines, i, earlier);
    case 'subheading':
      return 'subheading';
    case 'paragraph':
      return 'text';
    case 'caption':
      return 'caption';
    case 'byline':
      return 'byline';
    case 'front':
      return 'front';
    case 'colophon':
      return 'colophon';
    case undefined:
      break;
  }
  switch (line.shape) {
    case 'photo-caption':
      return 'caption';
    case 'credit':
      return 'byline';
    case 'byline':
      return blankAfter(lines, i) ? 'byline' : 'text';
    case 'text':
      break;
    default:
      return line.shape;
  }
  if (options.cutStart.has(line.n)) return 'text';
  const before = blanksBefore(lines, i);
  const alone = blankAfter(lines, i);
  // A short line after a gap of two or more blank lines sat under a photo that the extraction dropped.
  if (alone && before >= 2 && charLength(line.text) <= 60) return 'caption';
  const startsBlock = before >= 1 || i === 0 || (line.leadingSpace && previousEndsParagraph(lines, i));
  if (alone && startsBlock && looksLikeTitle(line.text)) return titleOrSubtitle(lines, i, earlier);
  return 'text';
}

/** A title line right under another title line, one blank line apart, is its subtitle. */
function titleOrSubtitle(lines: readonly Line[], i: number, earlier: readonly Role[]): Role {
  const before = blanksBefore(lines, i);
  const previous = earlier[i - before - 1];
  return before === 1 && (previous === 'title' || previous === 'subtitle-title') ? 'subtitle-title' : 'title';
}

function blanksBefore(lines: readonly Line[], i: number): number {
  let count = 0;
  for (let j = i - 1; j >= 0 && lines[j]?.shape === 'blank'; j--) count++;
  return count;
}

function blankAfter(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  return next === undefined || next.shape === 'blank';
}

function previousEndsParagraph(lines: readonly Line[], i: number): boolean {
  const previous = lines[i - 1];
  return previous !== undefined && previous.shape !== 'blank' && endsParagraph(previous.text);
}

/** `…潜力!”文/陈正英 图/綦江区委宣传部提供`: a byline printed at the end of the last paragraph. */
const TRAILING_BYLINE = /文\/[^\s\u3000/]{2,8}(?:[\s\u3000]+图\/\S+)?$/u;

function paragraphWithByline(lines: readonly Line[], spans: Span[], cutStart: boolean): Block[] {
  const last = present(spans.at(-1), 'a span in the paragraph');
  const raw = lineAt(lines, last.line).raw.slice(last.from, last.to);
  const match = TRAILING_BYLINE.exec(raw);
  const blocks: Block[] = [];
  let bodySpans = spans;
  let lastBodyLine = last;
  let byline: Span | null = null;
  if (match && match.index > 0) {
    const bylineStart = last.from + match.index;
    lastBodyLine = { ...last, to: bylineStart };
    bodySpans = [...spans.slice(0, -1), lastBodyLine];
    byline = { line: last.line, from: bylineStart, to: last.to };
  }
  const passage = passageFrom(lines, bodySpans, 'body');
  const lastText = lineAt(lines, lastBodyLine.line).raw.slice(lastBodyLine.from, lastBodyLine.to);
  const cut = { ...(cutStart ? { start: true } : {}), ...(!endsParagraph(lastText) ? { end: true } : {}) };
  if (cut.start || cut.end) passage.cut = cut;
  blocks.push({ kind: 'paragraph', passage });
  if (byline) blocks.push({ kind: 'byline', passage: passageFrom(lines, [byline], 'display') });
  return blocks;
}

/** 专栏N: the title line, then one item per line until two blank lines or the next structural line. */
function readBox(lines: readonly Line[], start: number, titleLine: Line, blocks: Block[]): number {
  const [, number = ''] = present(/^专栏(\d+)/u.exec(titleLine.text), `专栏N on line ${titleLine.n}`);
  const items: Passage[] = [];
  let i = start + 1;
  let blanks = 0;
  for (; i < lines.length; i++) {
    const line = present(lines[i], `line index ${i}`);
    if (line.shape === 'blank') {
      if (++blanks >= 2) break;
      continue;
    }
    if (!['text', 'cell'].includes(line.shape) || line.role !== undefined) break;
    blanks = 0;
    items.push(passageFrom(lines, [line.content], 'body'));
  }
  blocks.push({ kind: 'box', number, title: passageFrom(lines, [titleLine.content], 'display'), items, markup: [] });
  // Resume on the line that ended the box; blank lines are skipped by the caller.
  return i - 1;
}

/** 表N: a caption line, then tab-led cells, one row per group of lines between blank lines. */
function readTable(lines: readonly Line[], start: number, captionLine: Line, blocks: Block[], file: string): number {
  const [, number = ''] = present(/^表(\d+)/u.exec(captionLine.text), `表N on line ${captionLine.n}`);
  const groups: { cells: Passage[]; line: number }[] = [];
  let current: { cells: Passage[]; line: number } | null = null;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = present(lines[i], `line index ${i}`);
    if (line.shape === 'blank') {
      current = null;
      continue;
    }
    if (line.shape !== 'cell') break;
    if (!current) {
      current = { cells: [], line: line.n };
      groups.push(current);
    }
    current.cells.push(passageFrom(lines, [line.content], 'display'));
  }
  const [header, ...rows] = groups;
  if (!header || rows.length === 0) {
    throw new InputError(
      file,
      `table 表${number} has no rows: expected tab-led cells after the caption, one row per group of lines`,
      captionLine.n,
    );
  }
  for (const [k, row] of rows.entries()) {
    if (row.cells.length !== header.cells.length) {
      throw new InputError(
        file,
        `table 表${number}, row ${k + 1}: ${row.cells.length} cells, but the header has ${header.cells.length}`,
        row.line,
      );
    }
  }
  blocks.push({
    kind: 'table',
    number,
    caption: passageFrom(lines, [captionLine.content], 'display'),
    header: header.cells,
    rows: rows.map((r) => r.cells),
    markup: [],
  });
  return i - 1;
}

/** 一 … 九十九, as used in chapter numbers. */
export function chineseNumeral(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const ten = text.includes('十') ? (tens ? (CHAPTER_DIGITS[tens] ?? NaN) : 1) : 0;
  const one = ones ? (CHAPTER_DIGITS[ones] ?? NaN) : 0;
  const value = ten * 10 + one;
  if (!Number.isFinite(value) || value === 0) throw new Error(`not a Chinese numeral: ${text}`);
  return value;
}
