import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObservationData } from '../../src/lib/data/records.ts';
import { buildIn, copyProject, runScript } from '../support/project-copy.ts';
import { ROOT } from '../support/sources.ts';

/**
 * Issue 18's "done when": a district the seeds do not cover (南川) is added with
 * three texts and only their four-field metadata: a 2024 report, its 15th
 * Five-Year plan and a 2026 report. With no hand mapping, its observations, its
 * plan in the tracker with verdicts, and its discrepancies must appear — and be
 * marked as automatic. What is expected was written by reading the texts
 * (tests/fixtures/held-out/expected.yaml); no code was tuned on them.
 */
const HELD_OUT = join(ROOT, 'tests', 'fixtures', 'held-out');
type Level = 'level' | ObservationData['kind'];
interface Expected {
  observations: { source: string; indicator: string; kind: Level; value: number; period: string }[];
  never_levels: { source: string; value: number; indicator: string; why: string }[];
  definition_notes: { source: string; value: number; indicator: string }[];
  provisional: { source: string; name: string; unit: string; baseline: number; target: number }[];
  tracker: { as_of: string; plan: string; period: string; rows: { indicator: string; verdict: string }[] };
  discrepancies: { indicator: string; district: string; period: string; values: number[] }[];
}
const expected = parse(readFileSync(join(HELD_OUT, 'expected.yaml'), 'utf8')) as Expected;
const sources = new Set(expected.observations.map((o) => o.source));
const LEVELS = new Set(['actual', 'cumulative']);
const kindClass = (kind: string) => (LEVELS.has(kind) ? 'level' : kind);
const key = (o: { source: string; indicator: string; kind: string; value: number; period: string }) =>
  `${o.source} ${o.indicator} ${kindClass(o.kind)} ${o.value} ${o.period}`;

let project: ReturnType<typeof copyProject>;
let ingest: ReturnType<typeof runScript>;
let build: ReturnType<typeof buildIn>;
let observations: ObservationData[];
const read = (...path: string[]) => readFileSync(join(project.root, ...path), 'utf8');

beforeAll(() => {
  project = copyProject();
  for (const file of readdirSync(HELD_OUT).filter((f) => /\.(txt|meta\.yaml)$/.test(f)))
    copyFileSync(join(HELD_OUT, file), join(project.root, 'content', 'sources', file));
  ingest = runScript('ingest', [], project.root);
  // The tracker's verdicts are as of a date: the one the expectations were written for.
  const asOf = String(Date.parse(`${expected.tracker.as_of}T12:00:00Z`) / 1000);
  build = buildIn(project.root, { SOURCE_DATE_EPOCH: asOf });
  observations = (JSON.parse(read('dist', 'data', 'indicators.json')) as ObservationData[]).filter((o) =>
    sources.has(o.source),
  );
}, 600_000);
afterAll(() => project.remove());

describe('a new district, added with only four-field metadata', () => {
  it('ingests and builds', () => {
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(build.status, build.output).toBe(0);
  });

  it('gives its observations with no hand mapping (precision and recall printed)', () => {
    const gold = new Set(expected.observations.map(key));
    const allowed = new Set([
      ...gold,
      // Measured on another definition, or a provisional indicator's row: right to propose, not required.
      ...expected.definition_notes.map((d) => `${d.source} ${d.indicator}`),
    ]);
    const provisionalIds = new Set(
      observations.filter((o) => expected.provisional.some((p) => p.name === o.indicator_name)).map((o) => o.indicator),
    );
    const predicted = observations.filter((o) => !provisionalIds.has(o.indicator));
    const right = predicted.filter(
      (o) => gold.has(key(o)) || (o.definition !== null && allowed.has(`${o.source} ${o.indicator}`)),
    );
    const found = new Set(predicted.map(key));
    const recalled = expected.observations.filter((o) => found.has(key(o)));
    const precision = right.length / Math.max(1, predicted.length);
    const recall = recalled.length / expected.observations.length;
    console.log(
      `held-out 南川 observations: precision ${(precision * 100).toFixed(1)}% (${right.length}/${predicted.length}), ` +
        `recall ${(recall * 100).toFixed(1)}% (${recalled.length}/${expected.observations.length})`,
    );
    const wrong = predicted.filter((o) => !right.includes(o)).map(key);
    const missed = expected.observations.filter((o) => !found.has(key(o))).map(key);
    if (wrong.length + missed.length > 0) console.log({ wrong, missed });
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('never makes a level of a change, a ratio, a subset or a near miss', () => {
    for (const miss of expected.never_levels) {
      const made = observations.filter(
        (o) =>
          o.source === miss.source &&
          o.value === miss.value &&
          o.indicator === miss.indicator &&
          ['actual', 'cumulative', 'baseline'].includes(o.kind) &&
          o.definition === null,
      );
      expect(made, miss.why).toEqual([]);
    }
  });

  it('attaches a definition note, in both languages, where the measure differs', () => {
    for (const note of expected.definition_notes) {
      for (const o of observations.filter(
        (x) => x.source === note.source && x.value === note.value && x.indicator === note.indicator,
      )) {
        expect(o.definition, `${note.indicator} ${note.value}`).not.toBeNull();
        expect(o.definition_en, `${note.indicator} ${note.value}`).not.toBeNull();
      }
    }
  });

  it('marks every one of them as matched automatically, in the data', () => {
    expect(observations.length).toBeGreaterThan(0);
    expect(observations.filter((o) => o.status !== 'proposed')).toEqual([]);
  });

  it('keeps the plan row no indicator measures, as a provisional indicator', () => {
    for (const row of expected.provisional) {
      const values = observations
        .filter((o) => o.source === row.source && o.indicator_name === row.name)
        .map((o) => [o.kind, o.value]);
      expect(values).toEqual(
        expect.arrayContaining([
          ['baseline', row.baseline],
          ['target', row.target],
        ]),
      );
    }
  });

  it('puts its plan in the tracker, with its period, its status and a verdict in words for each row', () => {
    const { plan, period, rows } = expected.tracker;
    const [from, to] = period.split('/');
    for (const [page, years, inForce] of [
      [['dist', 'tracker', 'index.html'], `${from}—${to}年`, '实施中'],
      [['dist', 'en', 'tracker', 'index.html'], `${from}–${to}`, 'in force (until'],
    ] as const) {
      const html = read(...page);
      const status = new RegExp(`id="plan-status-${plan}"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '';
      expect(status, `${page.join('/')}: the plan's period`).toContain(years);
      expect(status, `${page.join('/')}: in force`).toContain(inForce);
      const table = new RegExp(`<table[^>]*id="tracker-${plan}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
      for (const row of rows) {
        expect(table, `${page.join('/')}: ${row.indicator}`).toMatch(
          new RegExp(`data-indicator="${row.indicator}" data-verdict="${row.verdict}"`),
        );
      }
      // Each value there is the machine's: marked beside it.
      expect(table).toContain('class="proposed-mark"');
    }
  });

  it('shows its discrepancies: the plan against the later report', () => {
    // Listed under the district, on its own page of discrepancies (the index lists the districts).
    const html = read('dist', 'discrepancies', 'nanchuan', 'index.html');
    expect(read('dist', 'discrepancies', 'index.html')).toContain('href="/discrepancies/nanchuan/"');
    for (const d of expected.discrepancies) {
      const group = observations.filter(
        (o) =>
          o.indicator === d.indicator &&
          o.district === d.district &&
          o.period === d.period &&
          ['actual', 'cumulative', 'baseline'].includes(o.kind),
      );
      expect(new Set(group.map((o) => o.value))).toEqual(new Set(d.values));
      for (const o of group) expect(html, `${d.indicator} ${o.raw}`).toContain(o.raw);
    }
  });
});
