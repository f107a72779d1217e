import type { Excerpt } from '../../lib/search/browser/excerpt.ts';

export type Filters = Partial<Record<'district' | 'kind' | 'year', string>>;

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
}
