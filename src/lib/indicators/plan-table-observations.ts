import { minOf } from '../arrays.ts';
import type { InputWarning } from '../errors.ts';
import { figurePageKey, type Figure } from '../figures/extract.ts';
import { tableColumns, TABLE_CELL } from '../figures/table-columns.ts';
import type { ProvisionalIndicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/page.ts';
import type { ObservationKind } from '../schemas/vocabulary.ts';
import type { Page } from '../segment/pages.ts';
import type { Block, Passage } from '../segment/types.ts';
import { observationOf } from './observation-record.ts';
import { provisionalAsIndicator, type Indicator } from './registry.ts';
import { sameRowName } from './row-names.ts';

type Table = Extract<Block, { kind: 'table' }>;

/** One row of a plan's indicator table and the indicator it measures. */
export interface PlanTableRow {
  table: Table;
  row: Passage[];
  indicator: Indicator;
  /** Set when no indicator matched: the row made an indicator of its own. */
  provisional?: ProvisionalIndicator;
}

const tablesOf = (page: Page) => page.blocks.filter((b): b is Table => b.kind === 'table');

/**
 * The rows of a plan page's indicator tables (表 with year columns), each with its indicator: the one whose
 * `table_row` is the row's name word for word, else the one whose table row, name or alias is the same name once
 * spacing and brackets are set aside, else a provisional indicator made from the row. No row with a value in a
 * year column is dropped.
 */
export function planTableRows(page: Page, indicators: readonly Indicator[]): PlanTableRow[] {
  if (page.source.meta.kind !== 'plan') return [];
  const found: PlanTableRow[] = [];
  for (const table of tablesOf(page)) {
    const columns = tableColumns(table);
    if (columns.years.length === 0) continue;
    for (const row of table.rows) {
      if (!columns.years.some(({ column }) => TABLE_CELL.test(row[column]?.text.trim() ?? ''))) continue;
      const nameCell = row[columns.name] ?? row.find((cell) => !TABLE_CELL.test(cell.text) && cell.text.trim() !== '');
      const name = nameCell?.text.trim() ?? '';
      const named = indicators.find((i) => i.tableRow !== undefined && row.some((cell) => cell.text === i.tableRow));
      if (named) {
        found.push({ table, row, indicator: named });
        continue;
      }
      const matched = indicators.find((i) =>
        [i.tableRow, i.name, ...(i.aliases ?? [])].some((n) => n !== undefined && sameRowName(n, name)),
      );
      if (matched) {
        found.push({ table, row, indicator: matched });
        continue;
      }
      const provisional = provisionalIndicatorOf(page, row, name, row[columns.unit]?.text.trim());
      found.push({ table, row, indicator: provisionalAsIndicator(provisional), provisional });
    }
  }
  return found;
}

/** An indicator made from a table row no indicator matches: its id from the page and row, so it is the same every run. */
function provisionalIndicatorOf(page: Page, row: Passage[], name: string, unitCell: string | undefined) {
  const rowId = (row[0]?.id ?? '').replace(/-c\d+$/u, '');
  // A name with its unit in brackets (研发机构覆盖率（%）) gives the unit when no column does.
  const bracketed = /[（(]([^（）()]{1,8})[）)]$/u.exec(name)?.[1];
  const firstLine = row[0]?.spans[0]?.line;
  return {
    id: `${figurePageKey(page.slug).replace(/\./g, '-')}-${rowId}`,
    name: name || rowId,
    unit: unitCell || bracketed || '',
    tableRow: name,
    ...(firstLine === undefined ? {} : { line: firstLine }),
    provisional: true as const,
  };
}

/**
 * Baselines and targets from a plan's indicator table (表): the column a heading calls 基期 is the baseline, one it
 * calls 目标 or 预期 a target; headings that say neither make the earliest year the baseline and later ones targets.
 * They are the machine's reading (the row match, the column's year and kind) and so proposed, like any other:
 * a cell a reviewer has decided in content/observations.yaml (`decided`) is left to that entry.
 */
export function planTableObservations(
  page: Page,
  indicators: readonly Indicator[],
  pageFigures: readonly Figure[],
  decided: ReadonlySet<string>,
): Observation[] {
  const found: Observation[] = [];
  for (const { table, row, indicator } of planTableRows(page, indicators)) {
    const columns = tableColumns(table);
    const earliest = minOf(columns.years.map((y) => y.year));
    for (const { column, year, stated } of columns.years) {
      const figure = pageFigures.find((f) => f.at === row[column]?.id);
      if (!figure || decided.has(figure.id)) continue;
      const kind: ObservationKind = stated ?? (year === earliest ? 'baseline' : 'target');
      found.push(observationOf(indicator, figure, kind, { status: 'proposed', fromTableRow: true }));
    }
  }
  return found;
}

/** The provisional indicators a page's tables made, for its frontmatter. */
export function provisionalIndicators(page: Page, indicators: readonly Indicator[]): ProvisionalIndicator[] {
  return planTableRows(page, indicators).flatMap((r) => (r.provisional ? [r.provisional] : []));
}

/**
 * A plan table whose header gives no year a value can be dated by (基期值, 二〇二五年, 近期目标) is still shown as a
 * table, but its values give no baselines or targets: say so, at the header's line.
 */
export function planTableWarnings(page: Page): InputWarning[] {
  const warnings: InputWarning[] = [];
  for (const table of tablesOf(page)) {
    const columns = tableColumns(table);
    const yearLike = table.header.some((h) => /年|基期|目标|预期/u.test(h.text));
    if (page.source.meta.kind !== 'plan' && !yearLike) continue;
    const line = table.header[0]?.spans[0]?.line ?? table.caption.spans[0]?.line;
    for (const c of columns.unreadable) {
      warnings.push({
        file: page.source.file,
        ...(line === undefined ? {} : { line }),
        message: `表${table.number}: the column "${table.header[c]?.text ?? ''}" holds numbers, but its heading gives no year (write it as 2025年, 2025年（基期） or 2030年目标); the table is shown, its values give no baselines or targets`,
      });
    }
  }
  return warnings;
}
