/**
 * Grouping and ordering of pages for navigation. Works on the plain
 * frontmatter objects, so it is testable without Astro.
 */
export interface PageSummary {
  slug: string;
  kind: 'report' | 'plan';
  part: 'article' | 'preamble' | 'chapter';
  order: number;
  title: string;
  /** Set on the pages of a report that ingest split for its length. */
  autoSplit?: { part: number; of: number };
  districts: string[];
  published: string;
  source: { id: string; title: string };
}

/** Reports grouped by district (in first-seen order of a stable sort), newest first within each. */
export function reportsByDistrict<T extends PageSummary>(pages: readonly T[]): { district: string; reports: T[] }[] {
  // A report split for its length is listed once, by its first part.
  const reports = pages.filter((p) => p.kind === 'report' && (p.autoSplit?.part ?? 1) === 1).sort(byDateThenTitle);
  const districts = [...new Set(reports.flatMap((r) => r.districts))].sort(compareDistricts);
  return districts.map((district) => ({ district, reports: reports.filter((r) => r.districts.includes(district)) }));
}

/** Every plan in the collection with its parts in reading order. */
export function plans<T extends PageSummary>(pages: readonly T[]): { id: string; title: string; parts: T[] }[] {
  const byPlan = new Map<string, [T, ...T[]]>();
  for (const page of pages.filter((p) => p.kind === 'plan')) {
    const same = byPlan.get(page.source.id);
    if (same) same.push(page);
    else byPlan.set(page.source.id, [page]);
  }
  return [...byPlan.entries()]
    .map(([id, parts]) => ({ id, title: parts[0].source.title, parts: parts.sort((a, b) => a.order - b.order) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The previous and next part of the same plan. */
export function neighbours<T extends PageSummary>(pages: readonly T[], page: T): { prev?: T; next?: T } {
  // A plan's chapters and the parts of a report split for its length read in sequence; articles a source's
  // metadata cut apart do not.
  if (page.kind !== 'plan' && !page.autoSplit) return {};
  const parts = pages
    .filter((p) => p.kind === page.kind && p.source.id === page.source.id)
    .sort((a, b) => a.order - b.order);
  const i = parts.findIndex((p) => p.slug === page.slug);
  return { prev: parts[i - 1], next: parts[i + 1] };
}

/** The parts of a report that ingest split for its length, in reading order; none for any other page. */
export function splitParts<T extends PageSummary>(pages: readonly T[], page: T): { slug: string; part: number }[] {
  if (!page.autoSplit) return [];
  return pages
    .flatMap((p) => (p.source.id === page.source.id && p.autoSplit ? [{ slug: p.slug, part: p.autoSplit.part }] : []))
    .sort((a, b) => a.part - b.part);
}

function byDateThenTitle(a: PageSummary, b: PageSummary): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/** Districts in a fixed, locale-independent order (by code point), so output is deterministic. */
function compareDistricts(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
