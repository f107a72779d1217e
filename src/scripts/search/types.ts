import type { Excerpt } from '../../lib/search/excerpt.ts';

export type Filters = Partial<Record<'district' | 'kind' | 'year', string>>;

export interface SectionResult {
  /** The section the match is in (its anchor), and its heading. */
  section: string;
  heading?: string;
  /** Link to the matching paragraph or heading. */
  href: string;
  excerpt: Excerpt | { html: string };
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

/** A search's outcome: every page it found, in rank order, and a way to fetch the details of some of them. */
export interface ResultSet {
  total: number;
  pages: unknown[];
  load(pages: unknown[]): Promise<PageResult[]>;
}
