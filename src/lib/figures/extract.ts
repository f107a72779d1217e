import { present } from '../assert.ts';
import type { FigureRecord } from '../schemas/page.ts';
import type { Page } from '../segment/pages.ts';
import type { Block, Passage } from '../segment/types.ts';
import { COMPARISON_SIGNS } from '../text/quantities.ts';
import { TABLE_CELL, tableColumns } from './table-columns.ts';
import { labelOf } from './labels.ts';
import { timeExpressions, type TimeExpression } from './periods.ts';
import { scanNumbers, type NumberMatch } from './scan.ts';
import { sentenceIndex, type SentenceIndex } from './sentences.ts';
import { append } from '../arrays.ts';

/** A quantitative figure of a page, with its provenance and its span of the text. Fields: src/lib/schemas/page.ts. */
export type Figure = FigureRecord & Pick<NumberMatch, 'start' | 'end'>;

/** Order in which qualifiers are listed. */
export const QUALIFIERS = [
  '目标',
  '累计',
  '新增',
  '同比增长',
  '增长',
  '占比',
  '约',
  '近',
  '超过',
  '不低于',
  '低于',
  '不高于',
  '前',
  '余',
  '多',
  '以上',
  '左右',
];

export interface ExtractOptions {
  /** Year that 今年, 目前 and the like refer to. */
  documentYear: number;
  /** Period for figures whose text gives no time at all (a report's year, a plan's period). */
  fallbackPeriod: string;
}

/** The page's key in figure ids: its slug without the `reports/` or `plan/` prefix, dots for slashes. */
export function figurePageKey(slug: string): string {
  return slug.replace(/^(reports|plan)\//, '').replace(/\//g, '.');
}

export function extractFigures(page: Page, options: ExtractOptions): Figure[] {
  const figures: Figure[] = [];
  const key = figurePageKey(page.slug);
  // A section that opens with “十三五”时期 describes that period throughout.
  let sectionPeriod: string | undefined;
  let firstInSection = false;
  // Past the first paragraph of the text: a year opening a later paragraph no longer frames the ones after it.
  let pastLede = false;
  page.blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      sectionPeriod = undefined;
      firstInSection = true;
      append(figures, fromPassage(block.title, key, options, undefined));
      return;
    }
    if (block.kind === 'table') {
      append(figures, fromTable(block, key, options));
      firstInSection = false;
      return;
    }
    const dated = datedByNext(page.blocks[index + 1], options) ?? sectionPeriod;
    for (const passage of passagesIn(block)) {
      if (firstInSection && /^“?十[一二三四五]五”?时期/u.test(passage.text)) {
        sectionPeriod = timeExpressions(passage.text, options.documentYear)[0]?.period;
      }
      if (block.kind === 'paragraph' && !pastLede) sectionPeriod = openingYear(passage.text, options) ?? sectionPeriod;
      append(figures, fromPassage(passage, key, options, dated ?? sectionPeriod));
    }
    if (block.kind === 'paragraph') {
      firstInSection = false;
      pastLede = true;
    }
  });
  return figures;
}

/**
 * A text whose first paragraph opens with a bare year and a comma (`2023年，南川区…`) is a review of that year:
 * `全年新增…`, `全社会研发投入强度达到…` in the paragraphs after it are that year's, not the publication's, until
 * the first heading. Later paragraphs that open so (`2021年，綦江…` in the middle of a report) date only themselves.
 */
function openingYear(text: string, options: ExtractOptions): string | undefined {
  const first = timeExpressions(text, options.documentYear)[0];
  if (!first || first.start !== 0 || first.base || first.target || !/^\d{4}$/u.test(first.period)) return undefined;
  return /^[，,]/u.test(text.slice(first.end)) ? first.period : undefined;
}

/**
 * News leads list figures first and date them in the next sentence:
 * `新增高新技术企业22家…。` then `前三季度，大足在科技创新上跑出“加速度”。`
 * A paragraph with no figures of its own that opens with a time dates the paragraph before it.
 */
function datedByNext(next: Block | undefined, options: ExtractOptions): string | undefined {
  if (next?.kind !== 'paragraph') return undefined;
  const text = next.passage.text;
  const first = timeExpressions(text, options.documentYear)[0];
  if (!first || first.start !== 0 || !/^[，,]/u.test(text.slice(first.end))) return undefined;
  return scanNumbers(text).figures.length === 0 ? first.period : undefined;
}

function passagesIn(block: Block): Passage[] {
  switch (block.kind) {
    case 'paragraph':
    case 'caption':
    case 'byline':
    case 'colophon':
      return [block.passage];
    case 'list':
      return block.items;
    case 'box':
      return [block.title, ...block.items];
    default:
      return [];
  }
}

function fromPassage(
  passage: Passage,
  key: string,
  options: ExtractOptions,
  sectionPeriod: string | undefined,
): Figure[] {
  const text = passage.text;
  const { figures: found } = scanNumbers(text, passage.cut?.end === true);
  const times = timeExpressions(text, options.documentYear);
  const figures: Figure[] = [];
  // Each figure's sentence, and the times and figures in it, looked up rather than searched for: linear in the
  // passage's length, which can be a whole text without a line break.
  const index = sentenceIndex(text);
  const timesIn = bySentence(index, times);
  const figuresIn = bySentence(index, found);
  const usable = times.filter((t) => !t.base);
  const usableIn = bySentence(index, usable);
  const earlierIn = lastEndingBefore(index, usable);
  found.forEach((match, i) => {
    const at = index.at(match.start);
    // Outside every sentence only if outside the text: then the sentence is the whole text, as it always was.
    const sentence = index.list[at] ?? { text, start: 0, end: text.length };
    const sentenceTimes = timesIn[at] ?? times;
    const sentenceFigures = (figuresIn[at] ?? found).filter((f) => f !== match);
    const named = labelOf({
      sentence: sentence.text,
      start: match.start - sentence.start,
      end: match.end - sentence.start,
      unit: match.unit,
      times: sentenceTimes.map((t) => [t.start - sentence.start, t.end - sentence.start]),
      figures: sentenceFigures.map((f) => [f.start - sentence.start, f.end - sentence.start]),
    });
    // A change or ratio (同比增长35%, 较2018年增长4.3倍) belongs to the thing named before it.
    const previous = figures.at(-1);
    const label =
      !named.label && named.inherits && previous && previous.sentence === sentence.text ? previous.label : named.label;
    figures.push({
      id: `${key}.${passage.id}.${i + 1}`,
      at: present(passage.id, 'passage ids (paginate gives every passage one)'),
      anchor: `fig-${passage.id}-${i + 1}`,
      start: match.start,
      end: match.end,
      raw: match.raw,
      value: match.value,
      ...(match.high !== undefined ? { high: match.high } : {}),
      unit: match.unit,
      label,
      qualifier: qualifiers(text.slice(sentence.start, match.start), match, sentence.text, options),
      period: periodOf(
        match,
        { usable: usableIn[at] ?? usable, earlier: earlierIn[at] },
        sentence,
        text,
        options,
        sectionPeriod,
      ),
      sentence: sentence.text,
    });
  });
  return figures;
}

/** The times that can date a figure: those in its sentence, and the last one ending before it. */
interface SentenceTimes {
  usable: readonly TimeExpression[];
  earlier: TimeExpression | undefined;
}

/** Items by the sentence their start is in, each list in the items' order. */
function bySentence<T extends { start: number }>(index: SentenceIndex, items: readonly T[]): T[][] {
  const groups = index.list.map((): T[] => []);
  for (const item of items) groups[index.at(item.start)]?.push(item);
  return groups;
}

/** For each sentence, the last of the times (in their order) that ends before the sentence starts. */
function lastEndingBefore(index: SentenceIndex, times: readonly TimeExpression[]): (TimeExpression | undefined)[] {
  const last = index.list.map(() => -1);
  times.forEach((time, i) => {
    const first = index.firstFrom(time.end);
    if (first < last.length) last[first] = Math.max(present(last[first], `sentence ${first}`), i);
  });
  for (let s = 1; s < last.length; s += 1)
    last[s] = Math.max(present(last[s], `sentence ${s}`), present(last[s - 1], `sentence ${s - 1}`));
  return last.map((i) => times[i]);
}

/**
 * The time a figure refers to, by the rules of tests/gold/README.md: a time stated
 * earlier in its sentence (or one that contains it: 未来5年); else a later one in
 * the same clause, or after a summarising dash (…93.6%——2021年，…); else the
 * nearest time in an earlier sentence of the paragraph; else the section's or the
 * document's. Comparison bases (较2018年), span starts (从…以来) and targets
 * (到2035年, for what precedes them) never date a figure.
 */
function periodOf(
  match: NumberMatch,
  times: SentenceTimes,
  sentence: { start: number; end: number; text: string },
  text: string,
  options: ExtractOptions,
  sectionPeriod: string | undefined,
): string {
  const before = times.usable.filter((t) => t.start >= sentence.start && t.start <= match.start).at(-1);
  if (before) return before.period;
  const after = times.usable.find(
    (t) =>
      !t.target &&
      t.start >= match.end &&
      t.start < sentence.end &&
      (!/[，,；;]/u.test(text.slice(match.end, t.start)) || text.slice(t.start - 2, t.start) === '——'),
  );
  if (after) return after.period;
  if (times.earlier) return times.earlier.period;
  return sectionPeriod ?? options.fallbackPeriod;
}

/**
 * Qualifiers from the words just before the figure (back to the previous figure or
 * clause break) and the approximations attached to it. 增加 + a count is an increase
 * (新增); 增长 + a rate or multiple is growth. A target needs 力争 or 到YYYY年 (a
 * year after the document's) before the figure: 全力争创 and 目标任务 are not targets.
 */
function qualifiers(left: string, match: NumberMatch, sentence: string, options: ExtractOptions): string[] {
  const segment =
    (left.split(/[，,；;：:。、]/u).at(-1) ?? '')
      .replace(/\d[\d.,]*(?:[^\d\s]{0,3})?/gu, '|')
      .split('|')
      .at(-1) ?? '';
  const rate = /^(?:%|％|倍|个百分点)$/u.test(match.unit);
  const found = new Set<string>(match.attached);
  if (/累计/u.test(segment)) found.add('累计');
  if (/新增|新认定|新引进|新入库|新培育/u.test(segment) || (!rate && /增加(?!值)/u.test(segment))) found.add('新增');
  if (/同比(?:增长|增加|提高)/u.test(segment)) found.add('同比增长');
  else if (rate && /增长|增加(?!值)|提高|翻/u.test(segment)) found.add('增长');
  if (rate && /占|比重|占比/u.test(segment)) found.add('占比');
  if (/约$|约占/u.test(segment)) found.add('约');
  if (/近$/u.test(segment)) found.add('近');
  if (/(?:超过|超|逾|突破|高于)$/u.test(segment)) found.add('超过');
  const before = sentence.slice(0, sentence.indexOf(left.slice(-8)) + 8);
  const target = [...before.matchAll(/到(\d{4})年/gu)].some((m) => Number(m[1]) > options.documentYear);
  if (target || /(?<!全)力争|预计|预期/u.test(before)) found.add('目标');
  return QUALIFIERS.filter((q) => found.has(q));
}

/** 表 cells in year columns: the unit comes from the row's 单位 cell, the label from its name, the period from the column. */
function fromTable(table: Extract<Block, { kind: 'table' }>, key: string, options: ExtractOptions): Figure[] {
  const header = table.header.map((cell) => cell.text);
  const columns = tableColumns(table);
  const figures: Figure[] = [];
  for (const row of table.rows) {
    for (const { column, year, stated } of columns.years) {
      // readTable gives every row as many cells as the header.
      const cell = present(row[column], `cell ${column + 1} of a row of table ${table.number}`);
      const parsed = TABLE_CELL.exec(cell.text);
      if (!parsed) continue;
      const [, sign, digits = ''] = parsed;
      const target = stated === 'target' || (stated === undefined && year > options.documentYear);
      const qualifier = [
        ...(target ? ['目标'] : []),
        ...(sign ? [present(COMPARISON_SIGNS[sign], `a qualifier for the sign ${sign}`)] : []),
      ];
      // The cell as printed, bound included (＞10, ≥6.1): the bound is part of what the figure says.
      figures.push({
        id: `${key}.${cell.id}.1`,
        at: present(cell.id, 'table cell ids (paginate gives every cell one)'),
        anchor: `fig-${cell.id}-1`,
        start: 0,
        end: cell.text.length,
        raw: cell.text,
        value: Number(digits.replace(/,/g, '')),
        // A column index of -1 (no such column) reads no cell.
        unit: row[columns.unit]?.text ?? '',
        label: row[columns.name]?.text ?? '',
        qualifier: QUALIFIERS.filter((q) => qualifier.includes(q)),
        period: String(year),
        sentence: `${table.caption.text}：${row.map((r, i) => `${header[i]}${r.text}`).join('，')}`,
      });
    }
  }
  return figures;
}

/** How to read times on a page: its document's year, and the period of undated figures. */
export function extractOptionsFor(page: Page): ExtractOptions {
  const documentYear = Number(page.source.meta.published.slice(0, 4));
  const planPeriod = page.source.meta.period?.replace(/\s*[–—―-]\s*/u, '/');
  return {
    documentYear,
    fallbackPeriod: page.source.meta.kind === 'plan' && planPeriod ? planPeriod : String(documentYear),
  };
}
