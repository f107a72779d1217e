import { z } from 'zod';
import { OBSERVATION_KINDS } from './vocabulary.ts';
import { entries, fields, oneOf, text } from './yaml-fields.ts';

/** content/observations.yaml: curated readings of figures as observations of indicators. */
export const observationEntriesSchema = entries(
  fields({
    indicator: text,
    page: text,
    at: text,
    value: z.number({ error: 'must be the number as written in the text' }),
    kind: oneOf(OBSERVATION_KINDS),
    raw: text.optional(),
    /** Which of several figures with this value and raw text, counting from 1 in reading order. */
    nth: z.int({ error: 'must be a whole number from 1' }).min(1, 'must be a whole number from 1').optional(),
    definition: text.optional(),
    /** The definition note in English, for the English pages. */
    definition_en: text.optional(),
  }).superRefine((entry, context) => {
    if ((entry.definition === undefined) !== (entry.definition_en === undefined)) {
      context.addIssue({
        code: 'custom',
        message: 'definition and definition_en go together',
        path: ['definition_en'],
      });
    }
  }),
);
