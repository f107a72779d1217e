import { z } from 'zod';
import { camelKeys, crossProblem, entries, fields, id, oneOf, text, onceValid } from './yaml-fields.ts';
import { ENTITY_KINDS } from './vocabulary.ts';

const entity = fields({
  id,
  kind: oneOf(ENTITY_KINDS),
  zh: text,
  /** Other Chinese spellings of the same name (綦齿传动 for 綦江齿轮传动): one entity, still one English name. */
  zh_variants: z.array(text, { error: 'must be a list of non-empty texts' }).default([]),
  /** Chinese phrases in which a spelling is not this name (联合川渝 holds 合川 by accident). */
  except_in: z.array(text, { error: 'must be a list of non-empty texts' }).default([]),
  /** The one English name every page uses; there are no variants, which is the point of the register. */
  en: text,
  /** Hanyu pinyin of the Chinese name, with tone marks. */
  pinyin: text,
  note: text.optional(),
}).transform(camelKeys);

/**
 * content/entities.yaml: the register of names (places, organisations,
 * companies, documents, programmes, products, people) and the one English name
 * of each.
 */
export const entitiesSchema = entries(entity).superRefine((names, context) => {
  const ids = new Set<string>();
  const spellings = new Map<string, string>();
  names.forEach((name, i) => {
    if (ids.has(name.id)) crossProblem(context, `entity id "${name.id}" is used twice`, [i, 'id']);
    ids.add(name.id);
    for (const phrase of name.exceptIn) {
      if (![name.zh, ...name.zhVariants].some((form) => phrase.includes(form)))
        crossProblem(context, `except_in "${phrase}" contains no spelling of "${name.id}"`, [i, 'except_in']);
    }
    for (const form of [name.zh, ...name.zhVariants]) {
      const other = spellings.get(form);
      if (other) crossProblem(context, `"${form}" is already a spelling of entity "${other}"`, [i]);
      else spellings.set(form, name.id);
    }
  });
}, onceValid);
