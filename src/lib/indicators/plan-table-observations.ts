import { minOf } from '../arrays.ts';
import type { Figure } from '../figures/extract.ts';
import type { ObservationKind } from '../schemas/vocabulary.ts';
import type { Page } from '../segment/pages.ts';
import type { Block } from '../segment/types.ts';
import type { Observation } from '../schemas/page.ts';
import { observationOf } from './observation-record.ts';
import type { Indicator } from './registry.ts';

/**
 * Baselines and targets from a plan's indicator table (表): in a row named by an
 * indicator's `table_row`, the earliest year column is the baseline and later
 * ones are targets. A person declared the row name, so these count as reviewed.
 */
export function planTableObservations(
  page: Page,
  indicators: readonly Indicator[],
  pageFigures: readonly Figure[],
): Observation[] {
  const found: Observation[] = [];
  for (const block of page.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')) {
    const years = block.header.map((h) => /^(\d{4})年$/u.exec(h.text)?.[1]).map((y) => (y ? Number(y) : undefined));
    const first = minOf(years.filter((y): y is number => y !== undefined));
    for (const row of block.rows) {
      const indicator = indicators.find(
        (i) => i.tableRow !== undefined && row.some((cell) => cell.text === i.tableRow),
      );
      if (!indicator) continue;
      for (const figure of pageFigures.filter((f) => row.some((cell) => cell.id === f.at))) {
        const kind: ObservationKind = Number(figure.period) === first ? 'baseline' : 'target';
        found.push(observationOf(indicator, figure, kind, { status: 'reviewed', fromTableRow: true }));
      }
    }
  }
  return found;
}
