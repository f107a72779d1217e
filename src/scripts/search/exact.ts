import { excerpt, occurrences } from '../../lib/search/excerpt.ts';
import { mergePageHits, numberForms, pageHits, rankPages, type PageHit } from '../../lib/search/rank.ts';
import { bucketOf, PREFIX_DIR } from '../../lib/search/prefixes.ts';
import { decodeContent, normaliseQuery, queryWords } from '../../lib/search/tokens.ts';
import type { Pagefind, PagefindResult } from './pagefind.ts';
import type { Filters, PageResult, ResultSet, SectionResult } from './types.ts';

/**
 * Exact search: the pages and sections whose text contains the query
 * literally, ranked without downloading results; each shown page's records are
 * fetched only when it is displayed.
 */
export async function exactSearch(pagefind: Pagefind, bundleUrl: string, query: string, language: 'zh' | 'en', filters: Filters): Promise<ResultSet> {
  const text = normaliseQuery(query);
  // English writes 1063 as "1,063": a bare number there is searched in both forms.
  const forms = language === 'en' ? numberForms(text) : [text];
  const options = { filters: { ...filters, lang: language }, sort: { order: 'asc' as const } };
  const byId = new Map<string, PagefindResult>();
  const found: PageHit[][] = [];
  for (const form of forms) {
    const words = queryWords(form);
    if (!words) continue;
    if (words.prefix) await preloadPrefix(pagefind, bundleUrl, words.exact);
    const exact = await pagefind.search(words.exact, options);
    if (!exact) continue;
    const loose = words.span > 1 ? await pagefind.search(words.loose, options) : exact;
    for (const r of exact.results) byId.set(r.id, r);
    found.push(pageHits(exact.results, exact.filters.group ?? {}, loose?.results ?? [], words.span));
  }
  const ranked = rankPages(mergePageHits(found));
  return {
    total: ranked.length,
    pages: ranked,
    load: (hits) => Promise.all(hits.map((hit) => pageResult(hit as PageHit, byId, forms))),
  };
}

/** Loads every index chunk holding a word that starts with the character (see src/lib/search/prefixes.ts). */
async function preloadPrefix(pagefind: Pagefind, bundleUrl: string, token: string) {
  const response = await fetch(`${bundleUrl}${PREFIX_DIR}/${bucketOf(token)}.json`);
  if (!response.ok) throw new Error(`search index incomplete: ${response.status} for ${response.url}`);
  const words = ((await response.json()) as Record<string, string[]>)[token] ?? [];
  if (words.length > 0) await pagefind.preload(words.join(' '));
}

async function pageResult(hit: PageHit, byId: ReadonlyMap<string, PagefindResult>, forms: readonly string[]): Promise<PageResult> {
  const records = await Promise.all(hit.records.map(async (r) => ({ hit: r, data: await byId.get(r.id)!.data() })));
  const meta = records[0]!.data.meta;
  const sections: SectionResult[] = [];
  let first: string | undefined;
  for (const { hit: record, data } of records) {
    const blocks = decodeContent(data.content);
    const ids = (data.meta.ids ?? '').split(' ');
    const index = blocks.findIndex((b) => forms.some((f) => b.includes(f)));
    if (index === -1) continue;
    const query = forms.find((f) => blocks[index]!.includes(f))!;
    const anchor = ids[index] ?? data.meta.anchor!;
    first ??= anchor;
    if (record.kind === 'title') continue;
    const shown = excerpt(blocks[index]!, query)!;
    const figures = figuresAt(data.meta.figures, index, occurrences(blocks[index]!, query));
    const section = data.meta.section!;
    const existing = sections.find((s) => s.section === section && record.kind === 'body' && s.fromHeading);
    const result: SectionResult = { section, heading: data.meta.heading, href: `${data.meta.page}#${anchor}`, excerpt: shown, figures, fromHeading: record.kind === 'heading' };
    // A section whose heading and body both match is one result, led by the body's first match.
    if (existing) Object.assign(existing, result, { fromHeading: false });
    else sections.push(result);
  }
  return {
    title: meta.title!, href: `${meta.page}#${first ?? ''}`, date: meta.date!, kind: meta.kind!,
    districts: (meta.districts ?? '').split(' ').filter(Boolean), occurrences: hit.occurrences, sections,
  };
}

/** Figures a match overlaps: [block, from, to, anchor, label] records from the index. */
function figuresAt(json: string | undefined, block: number, ranges: { from: number; to: number }[]) {
  if (!json) return [];
  const figures = JSON.parse(json) as [number, number, number, string, string][];
  return figures
    .filter(([b, from, to]) => b === block && ranges.some((r) => r.from < to && from < r.to))
    .map(([, , , anchor, label]) => ({ anchor, label }));
}
