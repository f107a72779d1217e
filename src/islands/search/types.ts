import type { Excerpt } from '../../lib/search/browser/excerpt.ts';
import type { Locale } from '../../lib/site/locale.ts';

export type Filters = Partial<Record<'district' | 'kind' | 'year', string>>;

/** Results are shown this many pages at a time. */
export const RESULTS_PER_SCREEN = 10;

export interface SectionResult {
  /** The section the match is in (its anchor), and its heading. */
  section: string;
  heading?: string;
  /** Link to the matching paragraph or heading. */
  href: string;
  /** The match in context; left out for sections beyond the first few of a page. */
  excerpt?: Excerpt | { html: string };
  /** Figures the match is part of. */
  figures: { anchor: string; label: string }[];
  fromHeading?: boolean;
}

export interface PageResult {
  title: string;
  href: string;
  date: string;
  kind: string;
  districts: string[];
  occurrences?: number;
  sections: SectionResult[];
}

/** A search's outcome: how many pages it found, and the pages in rank order, fetched a few at a time. */
export interface ResultSet {
  total: number;
  page(from: number, count: number): Promise<PageResult[]>;
  /** What was searched, where it differs from what was typed (engine.ts). */
  searched?: SearchedAs;
  /** Indicator and glossary pages the query names, shown above the text results. */
  best?: BestMatch[];
}

export interface SearchedAs {
  /** The query as searched. */
  text: string;
  /** Full-width characters were read as half-width (NFKC). */
  halfWidth: boolean;
  /** Traditional characters were read as simplified. */
  simplified: boolean;
  /** The language whose pages were searched: the other one when the query is in its script and finds nothing here. */
  language: Locale;
  /** Other spellings searched as well (38400万元 for 3.84亿元). */
  alsoAs: string[];
}

export interface BestMatch {
  kind: 'indicator' | 'term';
  title: string;
  href: string;
}
