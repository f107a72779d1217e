import type { z } from 'zod';
import { present } from '../assert.ts';
import { InputError, InputErrors } from '../errors.ts';
import type { Figure } from '../figures/extract.ts';
import type { Page } from '../segment/pages.ts';
import type { Block } from '../segment/types.ts';
import type { Indicator } from './registry.ts';
import { convert } from './unit-conversion.ts';
import { readYaml } from '../io/yaml-records.ts';
import { observationEntriesSchema } from '../schemas/observation-entries.ts';
import type { Observation } from '../schemas/page.ts';
import type { ObservationKind } from '../schemas/vocabulary.ts';
import { minOf } from '../arrays.ts';

export type { Observation } from '../schemas/page.ts';

/** A curated mapping entry (content/observations.yaml), with its line there. */
export type ObservationEntry = z.output<typeof observationEntriesSchema>[number] & { line: number };

export function parseObservationEntries(file: string, text: string): ObservationEntry[] {
  const { value, lineAt } = readYaml(file, text, observationEntriesSchema);
  return value.map((entry, i) => ({ line: lineAt([i]), ...entry }));
}

function observationOf(
  indicator: Indicator,
  figure: Figure,
  kind: ObservationKind,
  definition?: string,
  fromTableRow = false,
): Observation {
  const observation: Observation = {
    indicator: indicator.id,
    figure: figure.id,
    at: figure.at,
    kind,
    raw: figure.raw,
    value: figure.value,
    unit: figure.unit,
    period: figure.period,
    qualifier: figure.qualifier,
  };
  // A table's 单位 column may abbreviate (件 for 件/万人): the indicator's table_row vouches for the row's unit.
  const inUnit = convert(figure.value, figure.unit, indicator.unit) ?? (fromTableRow ? figure.value : undefined);
  if (inUnit !== undefined && !['growth-rate'].includes(kind)) observation.valueInIndicatorUnit = inUnit;
  if (definition) observation.definition = definition;
  return observation;
}

/**
 * Resolve the curated entries and the table rule into observations, by page.
 * Every entry must find exactly one figure with its value in its paragraph.
 */
export function resolveObservations(
  file: string,
  entries: readonly ObservationEntry[],
  indicators: readonly Indicator[],
  pages: readonly Page[],
  figures: ReadonlyMap<string, Figure[]>,
): Map<string, Observation[]> {
  const errors: InputError[] = [];
  const byPage = new Map<string, Observation[]>(pages.map((p) => [p.slug, []]));
  for (const entry of entries) {
    const indicator = indicators.find((i) => i.id === entry.indicator);
    const pageFigures = figures.get(entry.page);
    const fail = (message: string) =>
      errors.push(
        new InputError(file, `${entry.indicator} ${entry.page}#${entry.at} ${entry.value}: ${message}`, entry.line),
      );
    if (!indicator) {
      fail(`no indicator "${entry.indicator}" in content/indicators.yaml`);
      continue;
    }
    if (!pageFigures) {
      fail(`no page "${entry.page}"`);
      continue;
    }
    const matching = pageFigures.filter(
      (f) => f.at === entry.at && f.value === entry.value && (entry.raw === undefined || f.raw === entry.raw),
    );
    const candidates = entry.nth === undefined ? matching : matching.slice(entry.nth - 1, entry.nth);
    const [figure, ...others] = candidates;
    if (!figure) {
      const there = pageFigures.filter((f) => f.at === entry.at).map((f) => f.raw);
      fail(
        there.length === 0
          ? `paragraph ${entry.at} has no figures`
          : `no figure with value ${entry.value} in ${entry.at} (it has ${there.join(', ')})`,
      );
      continue;
    }
    if (others.length > 0) {
      fail(
        `${candidates.length} figures with value ${entry.value} in ${entry.at}: add raw: or nth: to pick one (${candidates.map((c) => c.raw).join(', ')})`,
      );
      continue;
    }
    if (!figure.sentence.includes(figure.raw)) {
      fail(`the figure ${figure.raw} is not in its sentence`);
      continue;
    }
    present(byPage.get(entry.page), `page ${entry.page} among the pages`).push(
      observationOf(indicator, figure, entry.kind, entry.definition),
    );
  }
  if (errors.length > 0) throw new InputErrors(errors);

  // 表 rows named by an indicator's table_row: the earliest year column is the baseline, later ones targets.
  for (const page of pages) {
    const pageObservations = present(byPage.get(page.slug), `page ${page.slug} among the pages`);
    for (const block of page.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')) {
      const years = block.header.map((h) => /^(\d{4})年$/u.exec(h.text)?.[1]).map((y) => (y ? Number(y) : undefined));
      const first = minOf(years.filter((y): y is number => y !== undefined));
      for (const row of block.rows) {
        const indicator = indicators.find(
          (i) => i.tableRow !== undefined && row.some((cell) => cell.text === i.tableRow),
        );
        if (!indicator) continue;
        const pageFigures = present(figures.get(page.slug), `the figures of ${page.slug}`);
        for (const figure of pageFigures.filter((f) => row.some((cell) => cell.id === f.at))) {
          const kind: ObservationKind = Number(figure.period) === first ? 'baseline' : 'target';
          pageObservations.push(observationOf(indicator, figure, kind, undefined, true));
        }
      }
    }
  }
  return byPage;
}
