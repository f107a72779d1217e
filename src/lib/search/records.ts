import type { SearchBlock, SearchPage } from './page-text.ts';
import { recordContent } from './tokens.ts';

/**
 * The records of the exact index (a Pagefind custom-record bundle). Each page
 * gives a title record, one record per heading and one per section's body;
 * their `group` filter and `order` sort key let the browser tell, from a
 * search's filter counts alone, which results belong to which page and of what
 * kind, without downloading any result (see rank.ts).
 */
export interface ExactRecord {
  url: string;
  content: string;
  language: 'und';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export const RECORD_KINDS = { title: 'a', heading: 'b', body: 'c' } as const;
export type RecordKind = keyof typeof RECORD_KINDS;

/** A figure's label for the result list, by page URL and anchor (from data/pages/<page>.json). */
export type FigureLabels = (page: string, anchor: string) => string | undefined;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Newest first, then by URL: a page's place in this order is its key, so ties in ranking go to the newest. */
export function pageOrder(pages: readonly SearchPage[]): SearchPage[] {
  return [...pages].sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? 1 : -1));
}

export function exactRecords(pages: readonly SearchPage[], labels: FigureLabels): ExactRecord[] {
  const records: ExactRecord[] = [];
  pageOrder(pages).forEach((page, order) => {
    const key = `p${pad(order, 5)}`;
    const common = {
      title: page.title, page: page.url, date: page.date, kind: page.kind, districts: page.districts.join(' '),
    };
    const filters = {
      lang: [page.lang.startsWith('zh') ? 'zh' : 'en'], district: page.districts, kind: [page.kind], year: [page.year],
    };
    let n = 0;
    // `anchor`: where a link to the record goes; `section`: the section it belongs to (its h2's id, or its first block's).
    const add = (kind: RecordKind, anchor: string, section: string, heading: string | undefined, blocks: SearchBlock[]) => {
      if (blocks.length === 0) return;
      const group = `${key}${RECORD_KINDS[kind]}`;
      const figures = blocks.flatMap((block, i) => block.figures.map((f) => [i, f.from, f.to, f.anchor, labels(page.url, f.anchor) ?? '']));
      records.push({
        url: `${page.url}#${anchor}`,
        content: recordContent(blocks.map((b) => b.text)),
        language: 'und',
        meta: { ...common, anchor, section, ...(heading ? { heading } : {}), ids: blocks.map((b) => b.id).join(' '), ...(figures.length ? { figures: JSON.stringify(figures) } : {}) },
        filters: { ...filters, group: [group] },
        sort: { order: `${group}${pad(n++, 4)}` },
      });
    };
    add('title', page.titleAnchor, '', undefined, page.front);
    for (const section of page.sections) {
      for (const heading of [section.heading, ...section.subheadings]) {
        if (heading) add('heading', heading.id, section.anchor, section.heading?.text, [heading]);
      }
      add('body', section.anchor, section.anchor, section.heading?.text, section.blocks);
    }
  });
  return records;
}
