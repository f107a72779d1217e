import { z } from 'zod';

/**
 * Patterns and word lists shared by several schemas, declared once here so an
 * input, a page's frontmatter and the open data cannot disagree about them.
 */

/** Ids of sources, pages, indicators and glossary terms: lowercase ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids of figures: `<page key>.<passage id>.<n>`, e.g. `qijiang-2022-high-tech-zone.p22.2`. */
export const FIGURE_ID_PATTERN = /^[a-z0-9.-]+$/;

/** A publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** An ISO 8601 period: a date, or two joined by a slash (2021, 2023-01/2023-09). Built from a string so its source has no escaped slash. */
export const ISO_PERIOD_PATTERN = new RegExp('^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$');

export const SOURCE_KINDS = ['report', 'plan'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What an indicator observation measures. */
export const OBSERVATION_KINDS = ['actual', 'cumulative', 'increase', 'growth-rate', 'baseline', 'target'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export const observationKindSchema = z.enum(OBSERVATION_KINDS);
