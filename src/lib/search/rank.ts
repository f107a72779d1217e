import { RECORD_KINDS } from './records.ts';
import { countOccurrences } from './tokens.ts';

/**
 * Turns a Pagefind search of the exact index into ranked pages, using only
 * what a search returns before any result is downloaded: the results in
 * `order` (sort key) order, each with its id and matched word positions, and
 * the count of results per `group` filter value.
 */
export interface RawResult { id: string; words: number[] }

export interface RecordHit {
  id: string;
  kind: 'title' | 'heading' | 'body';
  occurrences: number;
}

export interface PageHit {
  /** The page's key in the index (`p00012`): lower is newer. */
  key: string;
  records: RecordHit[];
  inTitle: boolean;
  inHeadings: number;
  occurrences: number;
}

const KIND_OF: Record<string, RecordHit['kind']> = Object.fromEntries(Object.entries(RECORD_KINDS).map(([kind, letter]) => [letter, kind as RecordHit['kind']]));

/**
 * `exact` are the results of the exact phrase, sorted by `order`; `groups` its
 * filter counts for `group`; `loose` the results of the same words unquoted,
 * whose positions count the occurrences (the phrase search reports only the
 * first). `span` is the number of words in the phrase.
 */
export function pageHits(exact: readonly RawResult[], groups: Readonly<Record<string, number>>, loose: readonly RawResult[], span: number): PageHit[] {
  const positions = new Map(loose.map((r) => [r.id, r.words]));
  const keys = Object.keys(groups).filter((k) => groups[k]! > 0).sort();
  const total = keys.reduce((sum, k) => sum + groups[k]!, 0);
  if (total !== exact.length) throw new Error(`search index out of step: ${exact.length} results but ${total} in groups`);
  const pages = new Map<string, PageHit>();
  let next = 0;
  for (const group of keys) {
    const key = group.slice(0, -1);
    const kind = KIND_OF[group.slice(-1)]!;
    const page = pages.get(key) ?? { key, records: [], inTitle: false, inHeadings: 0, occurrences: 0 };
    for (let i = 0; i < groups[group]!; i += 1) {
      const result = exact[next++]!;
      const occurrences = Math.max(1, countOccurrences(positions.get(result.id) ?? [], span));
      page.records.push({ id: result.id, kind, occurrences });
      page.occurrences += occurrences;
      if (kind === 'title') page.inTitle = true;
      if (kind === 'heading') page.inHeadings += 1;
    }
    pages.set(key, page);
  }
  return [...pages.values()];
}

/** Title matches first, then heading matches, then by how often the text occurs; ties to the newest page. */
export function rankPages(pages: readonly PageHit[]): PageHit[] {
  return [...pages].sort((a, b) =>
    Number(b.inTitle) - Number(a.inTitle)
    || Number(b.inHeadings > 0) - Number(a.inHeadings > 0)
    || b.occurrences - a.occurrences
    || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** One page's hits from several searches (forms of the same query) as one. */
export function mergePageHits(lists: readonly PageHit[][]): PageHit[] {
  const pages = new Map<string, PageHit>();
  for (const hit of lists.flat()) {
    const seen = pages.get(hit.key);
    if (!seen) {
      pages.set(hit.key, { ...hit, records: [...hit.records] });
      continue;
    }
    for (const record of hit.records) {
      if (seen.records.some((r) => r.id === record.id)) continue;
      seen.records.push(record);
      seen.occurrences += record.occurrences;
      if (record.kind === 'heading') seen.inHeadings += 1;
    }
    seen.inTitle ||= hit.inTitle;
  }
  return [...pages.values()];
}

/** A bare number of four or more digits also in its English written form (1063 → 1,063). */
export function numberForms(query: string): string[] {
  const match = /^(\d{4,})(\.\d+)?(%?)$/.exec(query);
  if (!match) return [query];
  const grouped = match[1]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return [query, `${grouped}${match[2] ?? ''}${match[3]}`];
}
