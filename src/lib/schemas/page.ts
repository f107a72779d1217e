import { z } from 'zod';
import {
  DATE_PATTERN,
  FIGURE_ID_PATTERN,
  ID_PATTERN,
  ISO_PERIOD_PATTERN,
  observationKindSchema,
  observationStatusSchema,
  REVIEW_STATES,
  SOURCE_KINDS,
} from './vocabulary.ts';
import { provisionalIndicatorSchema } from './indicators.ts';

/**
 * Frontmatter of a generated Chinese page (content/zh). Every field is listed
 * and objects are strict, so a missing, misspelt or unexpected field fails the
 * build instead of being ignored. The writer is src/lib/mdx/page.ts; the
 * reader, src/content.config.ts.
 */
const lineRange = z.string().regex(/^\d+(-\d+)?$/, 'a source line or range such as 4-10');
const date = z.string().regex(DATE_PATTERN, 'YYYY, YYYY-MM or YYYY-MM-DD');
const unitId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an ASCII anchor id');

export const sourceRefSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  file: z.string().endsWith('.txt'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().min(1),
  titleEn: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  firstLine: z.number().int().positive(),
  lastLine: z.number().int().positive(),
  receivedAs: z.string().min(1).optional(),
});

export const frontLineSchema = z.strictObject({
  id: unitId,
  role: z.enum(['kicker', 'title', 'deck']),
  lines: lineRange,
  text: z.string().min(1),
});

export const correctionSchema = z.strictObject({
  id: z.string().regex(/^corr-\d+$/),
  line: z.number().int().positive(),
  original: z.string().min(1),
  corrected: z.string().min(1),
  reason: z.string().min(1),
  reasonEn: z.string().min(1).optional(),
  unit: unitId,
});

const isoPeriod = z.string().regex(ISO_PERIOD_PATTERN, 'an ISO 8601 period such as 2021 or 2023-01/2023-09');

/** A figure as listed in frontmatter: its position in the text is implied by its mark. */
export const figureSchema = z.strictObject({
  /** Stable id: `<page key>.<unit id>.<n>`, e.g. `qijiang-2022-high-tech-zone.p22.2`. */
  id: z.string().regex(FIGURE_ID_PATTERN),
  /** Id of the paragraph (list item, box item, table cell) it stands in. */
  at: unitId,
  /** Its own anchor on the page: `fig-p22-2`. */
  anchor: z.string().regex(/^fig-[a-z0-9-]+$/),
  raw: z.string().min(1),
  value: z.number(),
  high: z.number().optional(),
  unit: z.string(),
  label: z.string(),
  qualifier: z.array(z.string().min(1)),
  period: isoPeriod,
  sentence: z.string().min(1),
});

/** An indicator observation, as listed in its page's frontmatter and in the open data. */
export const observationSchema = z.strictObject({
  indicator: z.string().regex(ID_PATTERN),
  figure: z.string().regex(FIGURE_ID_PATTERN),
  at: unitId,
  kind: observationKindSchema,
  /** Checked by a person, or matched by the machine and not yet checked. */
  status: observationStatusSchema,
  /** The figure as written, with its qualifiers: 超过100家. */
  raw: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  /** The value in the indicator's unit, when the units convert. */
  valueInIndicatorUnit: z.number().optional(),
  period: isoPeriod,
  qualifier: z.array(z.string().min(1)),
  definition: z.string().min(1).optional(),
  definitionEn: z.string().min(1).optional(),
});

export const zhPageSchema = z.strictObject({
  lang: z.literal('zh'),
  slug: z.string().regex(/^(reports|plan)\/[a-z0-9/-]+$/),
  kind: z.enum(SOURCE_KINDS),
  part: z.enum(['article', 'preamble', 'chapter']),
  order: z.number().int().positive(),
  title: z.string().min(1),
  titleEn: z.string().min(1).optional(),
  titleInSource: z.boolean(),
  chapter: z.strictObject({ number: z.number().int().positive(), label: z.string().min(1) }).optional(),
  /** This page is part `part` of `of`: ingest split a report of `characters` characters for its length. */
  autoSplit: z
    .strictObject({
      part: z.number().int().positive(),
      of: z.number().int().min(2),
      characters: z.number().int().positive(),
    })
    .optional(),
  districts: z.array(z.string().min(1)).min(1),
  published: date,
  dateInferred: z.boolean(),
  dateNote: z.string().min(1).optional(),
  dateNoteEn: z.string().min(1).optional(),
  authors: z.array(z.string().min(1)).optional(),
  authorsEn: z.array(z.string().min(1)).optional(),
  outlet: z.string().min(1).optional(),
  url: z.url().optional(),
  source: sourceRefSchema,
  front: z.array(frontLineSchema),
  truncated: z.array(z.strictObject({ id: unitId, at: z.enum(['start', 'end']) })),
  corrections: z.array(correctionSchema),
  figures: z.array(figureSchema),
  observations: z.array(observationSchema),
  /** Indicators this page's plan table made from rows no indicator matched (see src/lib/indicators/plan-table-observations.ts). */
  provisionalIndicators: z.array(provisionalIndicatorSchema).optional(),
});

export type ZhPage = z.infer<typeof zhPageSchema>;
export type FigureRecord = z.infer<typeof figureSchema>;
export type Observation = z.infer<typeof observationSchema>;

const stamp = z.string().regex(/^[0-9a-f]{8}$/, 'the 8-hex-digit hash of the Chinese text translated');

/**
 * Frontmatter of an English page (content/en), a hand-made translation of the
 * Chinese page at the same path. Everything else (source, figures, dates) is
 * the Chinese page's; `titleZh` and each front line's `zh` record the hash of
 * the Chinese text translated, as `data-zh` does for each element of the body.
 */
export const enPageSchema = z.strictObject({
  lang: z.literal('en'),
  title: z.string().min(1),
  titleZh: stamp,
  front: z.array(z.strictObject({ id: unitId, text: z.string().min(1), zh: stamp })),
  /** The page's review state and the day of its last review; shown at the top (a draft) and in its colophon. */
  review: z.strictObject({
    state: z.enum(REVIEW_STATES),
    // YAML reads an unquoted 2026-12-05 as a date; it means the same day.
    date: z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD'),
    ),
  }),
});

export type EnPage = z.infer<typeof enPageSchema>;
