import { ingest, type IngestInput } from '../../src/lib/ingest.ts';
import { resolveObservations } from '../../src/lib/indicators/observations.ts';
import { median } from './median.ts';

/** What proposing observations adds to ingest, measured in process. */
export interface MatchingCost {
  /** `ingest()` without matching: the whole pipeline but reading and writing files. */
  withoutSeconds: number;
  /** The matcher's own time: resolving observations with proposals minus without. */
  matchingSeconds: number;
  /** matchingSeconds / withoutSeconds. */
  added: number;
  /** As a cross-check: whole `ingest()` runs with matching, alternating with those without (noisier). */
  wholeWithSeconds: number;
  figures: number;
  proposals: number;
}

/**
 * Ingest varies by more than the matcher costs on a shared machine, so the two are timed apart: ingest without
 * matching, and the observation step with and without it on ingest's own pages and figures; the median of
 * `runs` of each, after a warm-up. The share is of `ingest()` without file reading or writing, a stricter measure
 * than of the whole command.
 */
export function measureMatching(input: IngestInput, runs = 5): MatchingCost {
  const seconds = (run: () => unknown) => {
    const start = performance.now();
    run();
    return (performance.now() - start) / 1000;
  };
  const output = ingest({ ...input, propose: false });
  const resolve = (propose: boolean) =>
    resolveObservations(
      input.observationsFile,
      input.observationEntries,
      input.indicators,
      output.pages,
      output.figures,
      {
        propose,
      },
    );
  const proposed = resolve(true);
  const ingestRuns: number[] = [];
  const wholeWithRuns: number[] = [];
  const withRuns: number[] = [];
  const withoutRuns: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    ingestRuns.push(seconds(() => ingest({ ...input, propose: false })));
    wholeWithRuns.push(seconds(() => ingest({ ...input, propose: true })));
    withRuns.push(seconds(() => resolve(true)));
    withoutRuns.push(seconds(() => resolve(false)));
  }
  const withoutSeconds = median(ingestRuns);
  const matchingSeconds = Math.max(0, median(withRuns) - median(withoutRuns));
  let figures = 0;
  let proposals = 0;
  for (const list of output.figures.values()) figures += list.length;
  for (const list of proposed.values()) proposals += list.filter((o) => o.status === 'proposed').length;
  return {
    withoutSeconds,
    matchingSeconds,
    added: matchingSeconds / withoutSeconds,
    wholeWithSeconds: median(wholeWithRuns),
    figures,
    proposals,
  };
}
