import { z } from 'astro/zod';

/**
 * Frontmatter of a generated Chinese page (content/zh). Every field is listed
 * and objects are strict, so a missing, misspelt or unexpected field fails the
 * build instead of being ignored. The generator is src/lib/mdx/page.ts.
 */
const lineRange = z.string().regex(/^\d+(-\d+)?$/, 'a source line or range such as 4-10');
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const unitId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an ASCII anchor id');

export const sourceRefSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
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

const isoPeriod = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, 'an ISO 8601 period such as 2021 or 2023-01/2023-09');

export const figureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9.-]+$/),
  at: unitId,
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

export const observationSchema = z.strictObject({
  indicator: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  figure: z.string().regex(/^[a-z0-9.-]+$/),
  at: unitId,
  kind: z.enum(['actual', 'cumulative', 'increase', 'growth-rate', 'baseline', 'target']),
  raw: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  valueInIndicatorUnit: z.number().optional(),
  period: isoPeriod,
  qualifier: z.array(z.string().min(1)),
  definition: z.string().min(1).optional(),
});

export const zhPageSchema = z.strictObject({
  lang: z.literal('zh'),
  slug: z.string().regex(/^(reports|plan)\/[a-z0-9/-]+$/),
  kind: z.enum(['report', 'plan']),
  part: z.enum(['article', 'preamble', 'chapter']),
  order: z.number().int().positive(),
  title: z.string().min(1),
  titleEn: z.string().min(1).optional(),
  titleInSource: z.boolean(),
  chapter: z.strictObject({ number: z.number().int().positive(), label: z.string().min(1) }).optional(),
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
});

export type ZhPage = z.infer<typeof zhPageSchema>;

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
});

export type EnPage = z.infer<typeof enPageSchema>;
