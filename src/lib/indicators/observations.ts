import type { z } from 'zod';
import { present } from '../assert.ts';
import { InputError, InputErrors } from '../errors.ts';
import { extractOptionsFor, type Figure } from '../figures/extract.ts';
import type { Page } from '../segment/pages.ts';
import type { Indicator } from './registry.ts';
import { observationOf } from './observation-record.ts';
import { readYaml } from '../io/yaml-records.ts';
import { observationEntriesSchema } from '../schemas/observation-entries.ts';
import type { Observation } from '../schemas/page.ts';
import { append } from '../arrays.ts';
import { planTableObservations } from './plan-table-observations.ts';
import { indexIndicatorNames } from './indicator-names.ts';
import { proposeObservations } from './match-figures.ts';
import { withoutRestatements } from './restatements.ts';

export type { Observation } from '../schemas/page.ts';

/** A reviewed entry (content/observations.yaml), with its line there. */
export type ObservationEntry = z.output<typeof observationEntriesSchema>[number] & { line: number };

export function parseObservationEntries(file: string, text: string): ObservationEntry[] {
  const { value, lineAt } = readYaml(file, text, observationEntriesSchema);
  return value.map((entry, i) => ({ line: lineAt([i]), ...entry }));
}

export interface ResolveOptions {
  /** Propose observations for the figures no entry or table rule covers (off to measure ingest without it). */
  propose?: boolean;
}

/**
 * Resolve the reviewed entries and the table rule into observations, by page, then propose observations for
 * the other figures. Every entry must find exactly one figure with its value in its paragraph; a reviewed entry
 * (a mapping, a correction or a rejection) always wins over a proposal.
 */
export function resolveObservations(
  file: string,
  entries: readonly ObservationEntry[],
  indicators: readonly Indicator[],
  pages: readonly Page[],
  figures: ReadonlyMap<string, Figure[]>,
  { propose = true }: ResolveOptions = {},
): Map<string, Observation[]> {
  const errors: InputError[] = [];
  const byPage = new Map<string, Observation[]>(pages.map((p) => [p.slug, []]));
  const decided = new Set<string>();
  for (const entry of entries) {
    const label = entry.reject ? 'rejected' : entry.indicator;
    const fail = (message: string) =>
      errors.push(new InputError(file, `${label} ${entry.page}#${entry.at} ${entry.value}: ${message}`, entry.line));
    const indicator = entry.indicator === undefined ? undefined : indicators.find((i) => i.id === entry.indicator);
    if (entry.indicator !== undefined && !indicator) {
      fail(`no indicator "${entry.indicator}" in content/indicators.yaml`);
      continue;
    }
    const figure = entryFigure(entry, figures.get(entry.page), fail);
    if (!figure) continue;
    if (decided.has(figure.id)) {
      fail(`the figure ${figure.raw} has another entry above; keep one`);
      continue;
    }
    decided.add(figure.id);
    if (!indicator || entry.kind === undefined) continue; // a rejection
    present(byPage.get(entry.page), `page ${entry.page} among the pages`).push(
      observationOf(indicator, figure, entry.kind, {
        status: 'reviewed',
        // A reviewer vouches for a table cell's unit as the 表 rule does (单位 may abbreviate 件/万人 as 件).
        fromTableRow: figure.at.startsWith('table'),
        ...(entry.definition === undefined ? {} : { definition: entry.definition }),
        ...(entry.definition_en === undefined ? {} : { definitionEn: entry.definition_en }),
      }),
    );
  }
  if (errors.length > 0) throw new InputErrors(errors);

  for (const page of pages) {
    append(
      present(byPage.get(page.slug), `page ${page.slug} among the pages`),
      planTableObservations(page, indicators, present(figures.get(page.slug), `the figures of ${page.slug}`), decided),
    );
  }
  if (!propose) return byPage;

  const names = indexIndicatorNames(indicators);
  const proposed = new Map<string, Observation[]>();
  // Figure ids are unique across pages: one set of the figures already decided serves every page.
  const claimed = new Set(decided);
  for (const list of byPage.values()) for (const o of list) claimed.add(o.figure);
  for (const page of pages) {
    const own = present(byPage.get(page.slug), `page ${page.slug} among the pages`);
    const { documentYear } = extractOptionsFor(page);
    proposed.set(
      page.slug,
      proposeObservations(
        { districts: page.districts, documentYear },
        present(figures.get(page.slug), `the figures of ${page.slug}`),
        names,
        { claimed, reviewed: own },
      ),
    );
  }
  for (const [slug, kept] of withoutRestatements(pages, byPage, proposed))
    append(present(byPage.get(slug), `page ${slug} among the pages`), kept);
  return byPage;
}

/** The one figure an entry points to, or undefined after reporting why there is none. */
function entryFigure(
  entry: ObservationEntry,
  pageFigures: readonly Figure[] | undefined,
  fail: (message: string) => void,
): Figure | undefined {
  if (!pageFigures) {
    fail(`no page "${entry.page}"`);
    return undefined;
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
    return undefined;
  }
  if (others.length > 0) {
    fail(
      `${candidates.length} figures with value ${entry.value} in ${entry.at}: add raw: or nth: to pick one (${candidates.map((c) => c.raw).join(', ')})`,
    );
    return undefined;
  }
  if (!figure.sentence.includes(figure.raw)) {
    fail(`the figure ${figure.raw} is not in its sentence`);
    return undefined;
  }
  return figure;
}
