import { findChineseTerms, findAllEnglishTerm } from './match.ts';
import type { GlossaryTerm } from './parse.ts';
import type { Locale } from '../site/locale.ts';

export interface FirstUse {
  term: GlossaryTerm;
  /** Which text segment, and where in it (UTF-16 offsets). */
  segment: number;
  from: number;
  to: number;
}

/**
 * The first occurrence of each glossary term in a page's text, given as the
 * page's text segments in reading order. Chinese pages are searched for the
 * Chinese term, English pages for its rendering; uses never overlap (the
 * longer term wins, the shorter takes its next free occurrence).
 */
export function firstUses(segments: readonly string[], terms: readonly GlossaryTerm[], language: Locale): FirstUse[] {
  return language === 'zh' ? firstChinese(segments, terms) : firstEnglish(segments, terms);
}

function firstChinese(segments: readonly string[], terms: readonly GlossaryTerm[]): FirstUse[] {
  const seen = new Set<string>();
  const uses: FirstUse[] = [];
  segments.forEach((text, segment) => {
    for (const hit of findChineseTerms(text, terms)) {
      if (seen.has(hit.term.id)) continue;
      seen.add(hit.term.id);
      uses.push({ term: hit.term, segment, from: hit.from, to: hit.to });
    }
  });
  return uses;
}

function firstEnglish(segments: readonly string[], terms: readonly GlossaryTerm[]): FirstUse[] {
  const candidates = terms
    .filter((term) => term.markInEnglish)
    .map((term) => ({
      term,
      hits: segments.flatMap((text, segment) => findAllEnglishTerm(text, term).map((range) => ({ segment, ...range }))),
    }))
    .filter((c) => c.hits.length > 0)
    // Longest rendering first, so "national high-tech enterprise" is marked before "high-tech enterprise".
    .sort((a, b) => b.term.en.length - a.term.en.length || (a.term.id < b.term.id ? -1 : 1));
  const uses: FirstUse[] = [];
  const overlaps = (m: { segment: number; from: number; to: number }) =>
    uses.some((o) => o.segment === m.segment && o.from < m.to && m.from < o.to);
  for (const { term, hits } of candidates) {
    const free = hits.find((hit) => !overlaps(hit));
    if (free) uses.push({ term, ...free });
  }
  return uses.sort((a, b) => a.segment - b.segment || a.from - b.from);
}
