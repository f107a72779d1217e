import { minOf } from '../arrays.ts';
import type { InputWarning } from '../errors.ts';
import type { Page } from './pages.ts';
import { passagesOf } from './passages.ts';

/**
 * Longer than any paragraph a person writes (the seed texts' longest is under 1,000 characters): most likely a
 * text whose line breaks were lost. It is still built, but it makes one enormous paragraph on the page.
 */
export const LONG_PASSAGE_CHARACTERS = 20_000;

/** A warning for each passage of a page longer than LONG_PASSAGE_CHARACTERS, at the line it starts on. */
export function longPassageWarnings(page: Page): InputWarning[] {
  const warnings: InputWarning[] = [];
  for (const passage of passagesOf(page)) {
    if (passage.text.length <= LONG_PASSAGE_CHARACTERS) continue; // code units ≥ characters: a quick first test
    const characters = [...passage.text].length;
    if (characters <= LONG_PASSAGE_CHARACTERS) continue;
    warnings.push({
      file: page.source.file,
      line: minOf(passage.spans.map((s) => s.line)),
      message: `a paragraph of ${characters} characters (more than ${LONG_PASSAGE_CHARACTERS}): were its line breaks lost? It is built as one paragraph.`,
    });
  }
  return warnings;
}
