import { z } from 'zod';
import { bool, camelKeys, crossProblem, entries, fields, id, text, onceValid } from './yaml-fields.ts';

const term = fields({
  id,
  zh: text,
  en: text,
  pinyin: text.optional(),
  note: text,
  /** Other Chinese spellings of the same term (规上工业企业 for 规模以上工业企业). */
  zh_variants: z.array(text, { error: 'must be a list of non-empty texts' }).default([]),
  /** Other English wordings the consistency check accepts (inflections, a short form). */
  en_variants: z.array(text, { error: 'must be a list of non-empty texts' }).default([]),
  /** False for words too common in English to mark as the term (municipal, district, national). */
  mark_in_english: bool.default(true),
}).transform(camelKeys);

/** content/glossary.yaml: recurring terms and the one English rendering the translations use for each. */
export const glossarySchema = entries(term).superRefine((terms, context) => {
  const ids = new Set<string>();
  const spellings = new Map<string, string>();
  terms.forEach((term, i) => {
    if (ids.has(term.id)) crossProblem(context, `term id "${term.id}" is used twice`, [i, 'id']);
    ids.add(term.id);
    for (const form of [term.zh, ...term.zhVariants]) {
      const other = spellings.get(form);
      if (other) crossProblem(context, `"${form}" is already a spelling of term "${other}"`, [i]);
      else spellings.set(form, term.id);
    }
  });
}, onceValid);
