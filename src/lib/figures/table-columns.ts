import type { Block } from '../segment/types.ts';
import { COMPARISON_SIGN_CLASS } from '../text/quantities.ts';

type Table = Extract<Block, { kind: 'table' }>;

/** A 表 column headed by a year: `2020年`, `2025年（基期）`, `2027年目标`, `2030年预期值`. */
export interface YearColumn {
  column: number;
  year: number;
  /** What the heading itself says the column is, when it says: 基期 → baseline, 目标/预期 → target. */
  stated?: 'baseline' | 'target';
}

/** How a 表's header lays out its columns; an index of -1 means the table has no such column. */
export interface TableColumns {
  /** The row's name: 指标名称, 指标, 项目, 名称. */
  name: number;
  unit: number;
  /** 属性 (预期性/约束性), or a 预期值 heading over such words, as the seed plan prints it. */
  attribute: number;
  years: YearColumn[];
  /** Columns whose cells hold numbers though their heading gives no year (基期值, 二〇二五年): their values date nothing. */
  unreadable: number[];
}

const YEAR_HEADING =
  /^(\d{4})\s*年?\s*(?:[（(]\s*(基期|基期值|基准年|目标|目标值|预期|预期值)\s*[）)]|(基期值?|基准年|目标值?|预期值?|实际值?|现状值?))?$/u;
const NAME_HEADING = /名称|指标|项目/u;
const SERIAL_HEADING = /^(?:序号|编号)$/u;
const ATTRIBUTE_HEADING = /^(?:指标)?(?:属性|性质|类型)$/u;
/** The words of an attribute column: whether a target binds (约束性) or is expected (预期性). */
const ATTRIBUTE_WORDS = /^(?:预期性|约束性|预期值|约束值|预期|约束)$/u;

/** A cell that is one number, with a comparison sign if any: 47.6, ＞10, ≥6.1. */
export const TABLE_CELL = new RegExp(String.raw`^(${COMPARISON_SIGN_CLASS})?(\d[\d,]*(?:\.\d+)?)$`, 'u');

/** A heading read as a year column, or undefined. */
export function yearHeading(text: string): Omit<YearColumn, 'column'> | undefined {
  const m = YEAR_HEADING.exec(text.trim());
  if (!m) return undefined;
  const word = m[2] ?? m[3] ?? '';
  const stated = /基期|基准|现状|实际/u.test(word) ? 'baseline' : /目标|预期/u.test(word) ? 'target' : undefined;
  return { year: Number(m[1]), ...(stated ? { stated } : {}) };
}

/** Read a table's header: which column names the row, gives its unit, its attribute, and each year. */
export function tableColumns(table: Table): TableColumns {
  const header = table.header.map((h) => h.text.trim());
  const cellsOf = (c: number) => table.rows.map((row) => row[c]?.text.trim() ?? '');
  const years: YearColumn[] = [];
  const unreadable: number[] = [];
  let attribute = header.findIndex((h) => ATTRIBUTE_HEADING.test(h));
  header.forEach((heading, c) => {
    const year = yearHeading(heading);
    if (year) {
      years.push({ column: c, ...year });
      return;
    }
    const cells = cellsOf(c).filter((t) => t !== '' && t !== '—' && t !== '-');
    if (attribute === -1 && cells.length > 0 && cells.every((t) => ATTRIBUTE_WORDS.test(t))) attribute = c;
    else if (!SERIAL_HEADING.test(heading) && !NAME_HEADING.test(heading) && cells.some((t) => TABLE_CELL.test(t)))
      unreadable.push(c);
  });
  return {
    name: header.findIndex((h) => NAME_HEADING.test(h)),
    unit: header.findIndex((h) => h === '单位' || h === '计量单位'),
    attribute,
    years,
    unreadable,
  };
}
