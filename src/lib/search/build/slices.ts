import type { SearchPage } from './page-text.ts';
import { pageLength, pageLocale } from './documents.ts';

/**
 * How the exact index is cut into slices, each a Pagefind index of its own written by a Pagefind process of its
 * own, so that indexing holds one slice at a time (the format and why: src/lib/search/browser/slices.ts).
 *
 * Pagefind held 1.1 GB for the bench's 1,000 synthetic texts (2.3 million characters). At this size a slice's
 * Pagefind peaked at 1.3-1.4 GB, and indexing 10,000 texts at 1.8 GB in all (11 GB as one index); slices twice the
 * size download 13 % less per search but peak at 3 GB (docs/benchmarks.md, "Search index in slices"). A site under
 * it (this one has 0.3 million characters) has a slice for each language.
 */
export const SLICE_CHARACTERS = 2_500_000;

/**
 * Pages in the index's order (documents.ts, pageOrder), cut into runs of one language and at most `characters` of
 * text (a longer page is a run alone).
 */
export function sliceRuns(ordered: readonly SearchPage[], characters = SLICE_CHARACTERS): SearchPage[][] {
  if (!(characters > 0)) throw new Error(`a slice of the search index must hold some characters, not ${characters}`);
  const runs: SearchPage[][] = [];
  let run: SearchPage[] = [];
  let held = 0;
  for (const page of ordered) {
    const size = pageLength(page);
    const previous = run.at(-1);
    if (previous && (held + size > characters || pageLocale(previous) !== pageLocale(page))) {
      runs.push(run);
      run = [];
      held = 0;
    }
    run.push(page);
    held += size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
