import type { Page } from '../segment/pages.ts';
import type { Observation } from '../schemas/page.ts';

/**
 * A text often gives one figure twice: a news lead sums up its body, a plan's chapter repeats the 表1 target.
 * A proposal that restates another observation of the same source (same indicator and value, a period within
 * the other's, the same kind or both levels: actual and cumulative) is dropped: a reviewed one always wins, and of two proposals the
 * later is kept, the body's telling rather than the lead's.
 */
export function withoutRestatements(
  pages: readonly Page[],
  reviewed: ReadonlyMap<string, readonly Observation[]>,
  proposed: ReadonlyMap<string, readonly Observation[]>,
): Map<string, Observation[]> {
  const kept = new Map<string, Observation[]>();
  const bySource = new Map<string, Page[]>();
  for (const page of pages) {
    const list = bySource.get(page.source.id) ?? [];
    list.push(page);
    bySource.set(page.source.id, list);
  }
  for (const sourcePages of bySource.values()) {
    const decided = sourcePages.flatMap((p) => reviewed.get(p.slug) ?? []);
    const all = sourcePages.flatMap((p) => (proposed.get(p.slug) ?? []).map((o) => ({ slug: p.slug, o })));
    all.forEach(({ slug, o }, i) => {
      const restated = decided.some((d) => restates(o, d)) || all.slice(i + 1).some((later) => restates(o, later.o));
      if (restated) return;
      const list = kept.get(slug) ?? [];
      list.push(o);
      kept.set(slug, list);
    });
  }
  return kept;
}

const LEVELS = new Set(['actual', 'cumulative']);

function restates(a: Observation, b: Observation): boolean {
  if (a.indicator !== b.indicator || a.value !== b.value) return false;
  const sameKind = a.kind === b.kind || (LEVELS.has(a.kind) && LEVELS.has(b.kind));
  return sameKind && (within(a.period, b.period) || within(b.period, a.period));
}

/** Whether period `inner` lies within `outer`, by years (2023-01/2023-09 within 2023). */
function within(inner: string, outer: string): boolean {
  const [innerStart, innerEnd] = years(inner);
  const [outerStart, outerEnd] = years(outer);
  return innerStart >= outerStart && innerEnd <= outerEnd;
}

function years(period: string): [number, number] {
  const [start = '', end = start] = period.split('/');
  return [Number(start.slice(0, 4)), Number(end.slice(0, 4))];
}
