import { z } from 'zod';
import { entries, fields } from './yaml-fields.ts';

/** Non-empty text, kept as written: a correction quotes the source exactly. */
const quoted = z
  .string({ error: 'must be non-empty text' })
  .refine((value) => value.trim() !== '', 'must be non-empty text');

/** content/corrections.yaml: documented corrections of wordings of the sources. Each entry may name several lines. */
export const correctionsSchema = entries(
  fields({
    source: quoted,
    lines: z
      .array(z.int({ error: 'must be a line number' }).positive('must be a line number'), {
        error: 'must list line numbers, e.g. [45]',
      })
      .min(1, 'must list line numbers, e.g. [45]'),
    original: quoted,
    corrected: quoted,
    reason: quoted,
    reason_en: quoted.optional(),
  }),
  'expected a list of corrections',
).transform((list) =>
  list
    // One correction per line, numbered `corr-<n>` in file order: stable while the register only grows.
    .flatMap((entry) => entry.lines.map((line) => ({ entry, line })))
    .map(({ entry, line }, i) => ({
      id: `corr-${i + 1}`,
      source: entry.source,
      line,
      original: entry.original,
      corrected: entry.corrected,
      reason: entry.reason,
      ...(entry.reason_en !== undefined && { reasonEn: entry.reason_en }),
    })),
);

/** A documented correction of one wording on one line of one source. */
export type Correction = z.output<typeof correctionsSchema>[number];
