import { z } from 'zod';
import { bool, camelKeys, crossProblem, fields, id, oneOf, onceValid, text, textList } from './yaml-fields.ts';
import { DATE_PATTERN, SOURCE_KINDS } from './vocabulary.ts';

/** Roles a metadata file can force on a line the heuristics would misread. */
export const LINE_ROLES = ['heading', 'subheading', 'paragraph', 'caption', 'byline', 'front', 'colophon'] as const;

/**
 * A publication date, YYYY, YYYY-MM or YYYY-MM-DD, of a real day. A bare year
 * may be left unquoted (`published: 2024`): YAML reads it as a number.
 */
const published = z
  .union([z.string(), z.number()], { error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .transform(String)
  .refine(isDate, {
    error: (issue) => `must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(issue.input)})`,
  });

const url = text.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');

const pageSplit = fields({
  id,
  title: text,
  title_en: text.optional(),
  starts_at: text.optional(),
  districts: textList({ nonEmpty: true }).optional(),
  authors: textList().optional(),
  authors_en: textList().optional(),
}).transform(camelKeys);

const lineOverride = fields({ match: text, role: oneOf(LINE_ROLES) });

const truncation = fields({ match: text, at: oneOf(['start', 'end']), note: text.optional() });

/** A `<id>.meta.yaml` file: what a source text is, and how to cut it into pages. */
export const sourceMetaSchema = fields(
  {
    title: text,
    kind: oneOf(SOURCE_KINDS),
    districts: textList({ nonEmpty: true }),
    published,
    title_en: text.optional(),
    outlet: text.optional(),
    url: url.optional(),
    authors: textList().optional(),
    /** The authors' names romanised, for the English pages and citations. */
    authors_en: textList().optional(),
    date_inferred: bool.optional(),
    date_note: text.optional(),
    date_note_en: text.optional(),
    received_as: text.optional(),
    period: text.optional(),
    layout: oneOf(['wrapped', 'lines']).optional(),
    preamble_title: text.optional(),
    preamble_title_en: text.optional(),
    pages: z.array(pageSplit, { error: 'must be a list' }).min(1, 'must list at least one page').optional(),
    lines: z.array(lineOverride, { error: 'must be a list' }).optional(),
    truncated: z.array(truncation, { error: 'must be a list' }).optional(),
  },
  'metadata must be a YAML mapping of fields (title, kind, districts, published)',
)
  .superRefine((meta, context) => {
    const problem = (message: string, path: PropertyKey[]) => crossProblem(context, message, path);
    if (meta.kind === 'plan' && meta.pages)
      problem('"pages" splits a report into articles; a plan is split by its chapters', ['pages']);
    const sameCount = (
      authors: string[] | undefined,
      authorsEn: string[] | undefined,
      at: string,
      path: PropertyKey[],
    ) => {
      if (authorsEn && authorsEn.length !== (authors?.length ?? 0))
        problem(`field "${at}authors_en" must romanise each name in "${at}authors", in the same order`, path);
    };
    sameCount(meta.authors, meta.authors_en, '', ['authors_en']);
    meta.pages?.forEach((page, i) => {
      sameCount(page.authors, page.authorsEn, `pages[${i}].`, ['pages', i]);
      if (i > 0 && !page.startsAt)
        problem(`field "pages[${i}].starts_at" is required for every page after the first`, ['pages', i]);
    });
    if (meta.pages?.[0]?.startsAt)
      problem('field "pages[0].starts_at" must be left out: the first page starts at the top of the text', [
        'pages',
        0,
        'starts_at',
      ]);
  }, onceValid)
  .transform(camelKeys);

function isDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  const [year, month, day] = date.split('-');
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day === undefined) return year !== undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}
