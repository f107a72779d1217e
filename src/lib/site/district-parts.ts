/**
 * A list that grows with the corpus (figures, source texts), as one page per district cut into parts of at most a
 * given length, newest texts first. Why: one page of everything grows past what a phone opens (the figures table
 * was 6.7 MB of HTML at 1,000 texts); a district's items, a few hundred at a time, stay readable without JavaScript.
 */
import { compareDatesDesc } from './dates.ts';

/** What the grouping reads of an item. */
export interface DistrictKeys<T> {
  /** Its districts: an item about two districts is listed under both. */
  districts: (item: T) => readonly string[];
  /** Its text's publication date or year (ISO order, so that strings sort by date). */
  published: (item: T) => string;
  /** Its texts' ids, to count the texts (a figure has one; a discrepancy, the texts of its values). */
  sources: (item: T) => readonly string[];
}

export interface DistrictPart<T> {
  /** 1-based. */
  part: number;
  /** The part's path under the locale's root. */
  path: string;
  items: T[];
  /** When its texts were published: `2021/2024`, or one date when all were published then (formatPeriod reads both). */
  published: string;
}

export interface DistrictParts<T> {
  district: string;
  /** Its ASCII id, the same in every language: the path segment. */
  id: string;
  /** How many items, in all its parts. */
  count: number;
  /** How many texts they come from. */
  texts: number;
  /** When its texts were published, as a part's `published`. */
  published: string;
  /** Its first part's path. */
  path: string;
  parts: DistrictPart<T>[];
}

/** Sizes of the parts as equal as possible, larger first, none over `perPage`, that sum to `count` (257 in 200s: 129, 128). */
export function partSizes(count: number, perPage: number): number[] {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new Error(`items per page must be a positive integer, not ${perPage}`);
  const parts = Math.max(1, Math.ceil(count / perPage));
  return Array.from({ length: parts }, (_, i) => Math.floor(count / parts) + (i < count % parts ? 1 : 0));
}

function publishedSpan<T>(items: readonly T[], published: (item: T) => string): string {
  const first = items[0];
  const last = items.at(-1);
  const newest = first === undefined ? '' : published(first);
  const oldest = last === undefined ? '' : published(last);
  return newest === oldest ? newest : `${oldest}/${newest}`;
}

/**
 * The items by district (in the order of their ids), each district's newest texts first (ties keep the items'
 * order), cut into parts at `pathOf(id, part)`. A district without an ASCII id, or two districts with one id, would
 * make pages that cannot be told apart: that is an error naming them (`what` says what is listed).
 */
export function inDistrictParts<T>(
  items: readonly T[],
  keys: DistrictKeys<T>,
  {
    idOf,
    perPage,
    pathOf,
    what,
  }: {
    idOf: (district: string) => string;
    perPage: number;
    pathOf: (id: string, part: number) => string;
    what: string;
  },
): DistrictParts<T>[] {
  const byDistrict = new Map<string, T[]>();
  for (const item of items)
    for (const district of keys.districts(item)) {
      const list = byDistrict.get(district) ?? [];
      list.push(item);
      byDistrict.set(district, list);
    }
  const districts = [...byDistrict].map(([district, list]) => {
    const id = idOf(district);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      throw new Error(
        `${what} pages: the district ${district} has no ASCII id (got "${id}"); add its English name to content/glossary.yaml`,
      );
    return { district, id, list };
  });
  const seen = new Map<string, string>();
  for (const { district, id } of districts) {
    const other = seen.get(id);
    if (other !== undefined)
      throw new Error(`${what} pages: the districts ${other} and ${district} have one id, ${id}`);
    seen.set(id, district);
  }
  return districts
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ district, id, list }) => {
      // Array.prototype.sort is stable: items of one date keep their order.
      const ordered = [...list].sort((a, b) => compareDatesDesc(keys.published(a), keys.published(b)));
      let from = 0;
      const parts = partSizes(ordered.length, perPage).map((size, i): DistrictPart<T> => {
        const itemsOfPart = ordered.slice(from, from + size);
        from += size;
        return {
          part: i + 1,
          path: pathOf(id, i + 1),
          items: itemsOfPart,
          published: publishedSpan(itemsOfPart, keys.published),
        };
      });
      return {
        district,
        id,
        count: ordered.length,
        texts: new Set(list.flatMap(keys.sources)).size,
        published: publishedSpan(ordered, keys.published),
        path: pathOf(id, 1),
        parts,
      };
    });
}
