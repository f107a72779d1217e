import { z } from 'zod';
import { OBSERVATION_KINDS } from './vocabulary.ts';
import { entries, fields, oneOf, text } from './yaml-fields.ts';

/**
 * content/observations.yaml: reviewed readings of figures as observations of indicators. An entry either maps
 * a figure (indicator and kind; it replaces whatever the matcher would propose for that figure) or rejects it
 * (`reject: true` with a `reason`: the matcher then proposes nothing for it).
 */
export const observationEntriesSchema = entries(
  fields({
    indicator: text.optional(),
    page: text,
    at: text,
    value: z.number({ error: 'must be the number as written in the text' }),
    kind: oneOf(OBSERVATION_KINDS).optional(),
    raw: text.optional(),
    /** Which of several figures with this value and raw text, counting from 1 in reading order. */
    nth: z.int({ error: 'must be a whole number from 1' }).min(1, 'must be a whole number from 1').optional(),
    definition: text.optional(),
    /** The definition note in English, for the English pages. */
    definition_en: text.optional(),
    /** The figure is no observation of any indicator: the reviewer says why in `reason`. */
    reject: z.literal(true, { error: 'must be true (leave it out otherwise)' }).optional(),
    reason: text.optional(),
  }).superRefine((entry, context) => {
    const problem = (message: string, field: string) => context.addIssue({ code: 'custom', message, path: [field] });
    if ((entry.definition === undefined) !== (entry.definition_en === undefined))
      problem('definition and definition_en go together', 'definition_en');
    if (entry.reject) {
      if (entry.reason === undefined) problem('needs a reason: add reason: <why it is no observation>', 'reject');
      for (const field of ['indicator', 'kind', 'definition'] as const)
        if (entry[field] !== undefined) problem('is not part of a rejection (reject: true)', field);
    } else {
      if (entry.indicator === undefined) problem('is required (or reject: true with a reason)', 'indicator');
      if (entry.kind === undefined) problem('is required (or reject: true with a reason)', 'kind');
      if (entry.reason !== undefined) problem('goes with reject: true', 'reason');
    }
  }),
);
