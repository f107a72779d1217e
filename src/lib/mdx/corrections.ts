import { InputError } from '../errors.ts';
import type { Correction } from '../sources/corrections.ts';
import type { Page } from '../segment/pages.ts';
import { passagesOf } from '../segment/passages.ts';
import type { InlineSpan } from './inline.ts';

/** A correction placed on a page: which passage it changes (`unit`: its id, as published) and where. */
export interface PlacedCorrection extends Correction {
  unit: string;
}

/**
 * Find each correction's passage on the page. The original wording must
 * occur exactly once in the passage made from the corrected line, or the register
 * is out of step with the source and ingest stops.
 */
export function placeCorrections(
  page: Page,
  corrections: readonly Correction[],
  registerFile: string,
): { placed: PlacedCorrection[]; marks: Map<string, InlineSpan[]> } {
  const placed: PlacedCorrection[] = [];
  const marks = new Map<string, InlineSpan[]>();
  const mine = corrections.filter(
    (c) => c.source === page.source.id && c.line >= page.firstLine && c.line <= page.lastLine,
  );
  for (const correction of mine) {
    const passage = [...passagesOf(page)].find((u) => u.spans.some((s) => s.line === correction.line));
    const offset = passage?.text.indexOf(correction.original) ?? -1;
    if (!passage?.id || offset === -1 || passage.text.indexOf(correction.original, offset + 1) !== -1) {
      throw new InputError(
        registerFile,
        `correction ${correction.id}: "${correction.original}" must occur exactly once on line ${correction.line} of ${page.source.file}`,
      );
    }
    placed.push({ ...correction, unit: passage.id });
    const list = marks.get(passage.id) ?? [];
    list.push({
      from: offset,
      to: offset + correction.original.length,
      kind: {
        name: 'Corr',
        attributes: { id: correction.id, original: correction.original, corrected: correction.corrected },
      },
    });
    marks.set(passage.id, list);
  }
  return { placed, marks };
}
