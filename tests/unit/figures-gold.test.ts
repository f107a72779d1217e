import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractFigures, extractOptionsFor, type Figure } from '../../src/lib/figures/extract.ts';
import { sameLabel } from '../../src/lib/figures/labels.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { ROOT } from '../support/sources.ts';

/** Targets the extractor must meet against the hand-annotated gold set (tests/gold/README.md). */
const TARGETS = { precision: 1, recall: 0.98, label: 0.9, period: 0.9 };

interface GoldFigure {
  page: string;
  at: string;
  raw: string;
  value: number;
  unit: string;
  labels: string[];
  period: string;
}

const gold: GoldFigure[] = readdirSync(join(ROOT, 'tests', 'gold', 'figures'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap(
    (f) =>
      (parse(readFileSync(join(ROOT, 'tests', 'gold', 'figures', f), 'utf8')) as { figures: GoldFigure[] }).figures,
  );
const { pages } = ingest(readIngestInput(ROOT));
const predicted: (Figure & { page: string })[] = pages.flatMap((page) =>
  extractFigures(page, extractOptionsFor(page)).map((f) => ({ ...f, page: page.slug })),
);

const key = (f: { page: string; at: string; value: number; unit: string }) => `${f.page}#${f.at} ${f.value} ${f.unit}`;

/** Pair gold and predicted figures with the same (page, unit, value, unit of measure), in text order. */
function match() {
  const unmatched = new Map<string, (Figure & { page: string })[]>();
  for (const p of predicted) unmatched.set(key(p), [...(unmatched.get(key(p)) ?? []), p]);
  const pairs: [GoldFigure, Figure][] = [];
  const missed: GoldFigure[] = [];
  for (const g of gold) {
    const candidates = unmatched.get(key(g));
    const found = candidates?.shift();
    if (found) pairs.push([g, found]);
    else missed.push(g);
  }
  const spurious = [...unmatched.values()].flat();
  return { pairs, missed, spurious };
}

describe('figure extraction against the gold set', () => {
  const { pairs, missed, spurious } = match();
  const precision = pairs.length / predicted.length;
  const recall = pairs.length / gold.length;
  const labelRight = pairs.filter(([g, p]) => g.labels.some((l) => sameLabel(l, p.label)));
  const periodRight = pairs.filter(([g, p]) => g.period === p.period);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

  it('prints the scores', () => {
    const lines = [
      `Gold figures: ${gold.length}; extracted: ${predicted.length}; matched on (value, unit): ${pairs.length}`,
      `  (value, unit) precision ${pct(precision)} (target ${pct(TARGETS.precision)}), recall ${pct(recall)} (target ≥ ${pct(TARGETS.recall)})`,
      `  label accuracy ${pct(labelRight.length / pairs.length)} (target ≥ ${pct(TARGETS.label)}), period accuracy ${pct(periodRight.length / pairs.length)} (target ≥ ${pct(TARGETS.period)})`,
      ...missed.map((g) => `  missed    ${key(g)} (${g.raw})`),
      ...spurious.map((p) => `  spurious  ${key(p)} (${p.raw})`),
      ...pairs
        .filter(([g, p]) => !g.labels.some((l) => sameLabel(l, p.label)))
        .map(([g, p]) => `  label     ${key(g)}: got ${JSON.stringify(p.label)}, gold ${JSON.stringify(g.labels)}`),
      ...pairs
        .filter(([g, p]) => g.period !== p.period)
        .map(([g, p]) => `  period    ${key(g)}: got ${p.period}, gold ${g.period}`),
    ];
    console.log(lines.join('\n'));
    expect(gold.length).toBeGreaterThanOrEqual(200);
  });

  it(`has (value, unit) precision of ${pct(TARGETS.precision)}`, () => {
    expect(spurious.map(key)).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(TARGETS.precision);
  });

  it(`has (value, unit) recall of at least ${pct(TARGETS.recall)}`, () => {
    expect(recall).toBeGreaterThanOrEqual(TARGETS.recall);
  });

  it(`labels at least ${pct(TARGETS.label)} of matched figures as the gold set does`, () => {
    expect(labelRight.length / pairs.length).toBeGreaterThanOrEqual(TARGETS.label);
  });

  it(`dates at least ${pct(TARGETS.period)} of matched figures as the gold set does`, () => {
    expect(periodRight.length / pairs.length).toBeGreaterThanOrEqual(TARGETS.period);
  });

  it('covers all five sources', () => {
    const sources = new Set(gold.map((g) => pages.find((p) => p.slug === g.page)?.source.id));
    expect(sources.size).toBe(5);
  });
});
