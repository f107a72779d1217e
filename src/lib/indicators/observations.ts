import type { z } from 'zod';
import { present } from '../assert.ts';
import { InputError, InputErrors } from '../errors.ts';
import type { Figure } from '../figures/extract.ts';
import type { Page } from '../segment/pages.ts';
import type { Indicator } from './registry.ts';
import { observationOf } from './observation-record.ts';
import { readYaml } from '../io/yaml-records.ts';
import { observationEntriesSchema } from '../schemas/observation-entries.ts';
import type { Observation } from '../schemas/page.ts';
import { append } from '../arrays.ts';
import { planTableObservations } from './plan-table-observations.ts';

export type { Observation } from '../schemas/page.ts';

/** A curated mapping entry (content/observations.yaml), with its line there. */
export type ObservationEntry = z.output<typeof observationEntriesSchema>[number] & { line: number };

export function parseObservationEntries(file: string, text: string): ObservationEntry[] {
  const { value, lineAt } = readYaml(file, text, observationEntriesSchema);
  return value.map((entry, i) => ({ line: lineAt([i]), ...entry }));
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
      observationOf(indicator, figure, entry.kind, {
        status: 'reviewed',
        ...(entry.definition === undefined ? {} : { definition: entry.definition }),
        ...(entry.definition_en === undefined ? {} : { definitionEn: entry.definition_en }),
      }),
    );
  }
  if (errors.length > 0) throw new InputErrors(errors);

  for (const page of pages) {
    append(
      present(byPage.get(page.slug), `page ${page.slug} among the pages`),
      planTableObservations(page, indicators, present(figures.get(page.slug), `the figures of ${page.slug}`)),
    );
  }
  return byPage;
}
