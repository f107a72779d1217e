import { z } from 'zod';
import { ID_PATTERN } from './vocabulary.ts';
import { camelKeys, crossProblem, entries, fields, id, text, onceValid } from './yaml-fields.ts';

const indicator = fields({
  id,
  name: text,
  name_en: text,
  unit: text,
  unit_en: text,
  definition: text,
  definition_en: text,
  /** The row name in a plan's indicator table that measures it, and that name in English. */
  table_row: text.optional(),
  table_row_en: text.optional(),
  /** Other names the texts use for it (全社会研发经费投入强度 for 全社会研发投入强度): the matcher reads them. */
  aliases: z.array(text).optional(),
}).transform(camelKeys);

/** Quotation marks and spaces do not change an indicator's name: “专精特新”企业 is 专精特新企业. */
export function normaliseIndicatorName(name: string): string {
  return name.replace(/[“”"‘’'「」『』\s]/gu, '');
}

/** content/indicators.yaml: the indicators readers compare. */
export const indicatorsSchema = entries(indicator).superRefine((indicators, context) => {
  const ids = new Set<string>();
  // Each name (name, table row, alias) belongs to one indicator, or the matcher could not tell them apart.
  const owners = new Map<string, string>();
  indicators.forEach((indicator, i) => {
    for (const name of [indicator.name, indicator.tableRow, ...(indicator.aliases ?? [])]) {
      if (name === undefined) continue;
      const owner = owners.get(normaliseIndicatorName(name));
      if (owner !== undefined && owner !== indicator.id)
        crossProblem(context, `indicator "${indicator.id}": the name "${name}" is also one of "${owner}"`, [i]);
      owners.set(normaliseIndicatorName(name), indicator.id);
    }
    if (ids.has(indicator.id)) crossProblem(context, `indicator id "${indicator.id}" is used twice`, [i, 'id']);
    ids.add(indicator.id);
    if ((indicator.tableRow === undefined) !== (indicator.tableRowEn === undefined)) {
      crossProblem(context, `indicator "${indicator.id}": table_row and table_row_en go together`, [i]);
    }
  });
}, onceValid);

/** An indicator readers compare. */
export type Indicator = z.output<typeof indicatorsSchema>[number];

/**
 * An indicator a plan's table row made because no indicator in content/indicators.yaml matched it: listed in that
 * plan page's frontmatter. It has the row's Chinese name and unit and no English name until a person adds it to
 * content/indicators.yaml (with `table_row` set to the row's name); `npm run check:translations` lists each one.
 */
export const provisionalIndicatorSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  name: z.string().min(1),
  unit: z.string(),
  /** The row's name as printed. */
  tableRow: z.string(),
  /** The row's first line in the source text. */
  line: z.number().int().positive().optional(),
  provisional: z.literal(true),
});

export type ProvisionalIndicator = z.infer<typeof provisionalIndicatorSchema>;
