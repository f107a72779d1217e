import { InputError, InputErrors, type InputWarning } from './errors.ts';
import { extractFigures, extractOptionsFor, type Figure } from './figures/extract.ts';
import { resolveObservations, type Observation, type ObservationEntry } from './indicators/observations.ts';
import type { Indicator } from './indicators/registry.ts';
import { emitPage } from './mdx/page.ts';
import type { Page } from './segment/pages.ts';
import { paginate } from './segment/pages.ts';
import { longPassageWarnings } from './segment/long-passages.ts';
import { longReportWarnings } from './segment/long-reports.ts';
import { planTableWarnings, provisionalIndicators } from './indicators/plan-table-observations.ts';
import type { Correction } from './sources/corrections.ts';
import type { Source } from './sources/load.ts';
import { append } from './arrays.ts';

export interface IngestInput {
  sources: readonly Source[];
  /** Found while reading the input (metadata, line endings): returned with ingest's own. */
  warnings: readonly InputWarning[];
  corrections: readonly Correction[];
  correctionsFile: string;
  indicators: readonly Indicator[];
  observationEntries: readonly ObservationEntry[];
  observationsFile: string;
  /** Propose observations for unmapped figures (default); off only to measure what matching costs. */
  propose?: boolean;
}

export interface IngestOutput {
  pages: Page[];
  /** Every figure of every page, by page slug. */
  figures: Map<string, Figure[]>;
  /** Indicator observations, by page slug. */
  observations: Map<string, Observation[]>;
  /** Generated files, keyed by path relative to the Chinese content folder (`reports/x.mdx`). */
  files: Map<string, string>;
  /** Accepted, but worth a look; the CLI prints them as `file:line: warning: …`. */
  warnings: InputWarning[];
}

/** Sources in, Chinese MDX pages out. Pure: no file is read or written here. */
export function ingest({
  sources,
  warnings: inputWarnings,
  corrections,
  correctionsFile,
  indicators,
  observationEntries,
  observationsFile,
  propose = true,
}: IngestInput): IngestOutput {
  const errors: InputError[] = [];
  const warnings: InputWarning[] = [...inputWarnings];
  const pages: Page[] = [];
  for (const source of sources) {
    try {
      append(pages, paginate(source));
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else if (error instanceof InputErrors) append(errors, error.errors);
      else throw error;
    }
  }
  const owners = new Map<string, Page>();
  for (const page of pages) {
    const other = owners.get(page.slug);
    if (other)
      errors.push(
        new InputError(
          page.source.metaFile,
          `page id "${page.slug}" is also made from ${other.source.file}; give one of them another id`,
        ),
      );
    owners.set(page.slug, page);
  }
  for (const correction of corrections) {
    const source = sources.find((s) => s.id === correction.source);
    if (!source)
      errors.push(
        new InputError(correctionsFile, `correction ${correction.id}: no source with id "${correction.source}"`),
      );
    else if (
      !pages.some((p) => p.source === source && correction.line >= p.firstLine && correction.line <= p.lastLine)
    ) {
      errors.push(
        new InputError(
          correctionsFile,
          `correction ${correction.id}: line ${correction.line} is not on any page of ${source.file}`,
        ),
      );
    }
  }
  if (errors.length > 0) throw new InputErrors(errors, warnings);

  append(warnings, longReportWarnings(pages));
  for (const page of pages) {
    append(warnings, longPassageWarnings(page));
    append(warnings, planTableWarnings(page));
  }
  const figures = new Map(pages.map((page) => [page.slug, extractFigures(page, extractOptionsFor(page))]));
  const observations = resolveObservations(observationsFile, observationEntries, indicators, pages, figures, {
    propose,
  });
  const files = new Map<string, string>();
  for (const page of pages) {
    try {
      files.set(
        `${page.slug}.mdx`,
        emitPage(page, {
          corrections,
          correctionsFile,
          figures: figures.get(page.slug),
          observations: observations.get(page.slug),
          provisionalIndicators: provisionalIndicators(page, indicators),
        }),
      );
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new InputErrors(errors, warnings);
  return { pages, figures, observations, files, warnings };
}
