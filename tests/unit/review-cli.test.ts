import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseObservationEntries } from '../../src/lib/indicators/observations.ts';
import { appendEntries, parseReviewArguments } from '../../src/lib/indicators/review.ts';
import { copyContent, runScript } from '../support/project-copy.ts';

/** `npm run review` on a scratch copy of the content, with a new source added by its four-field metadata. */
describe('npm run review', () => {
  let project: ReturnType<typeof copyContent>;
  let yamlPath: string;
  beforeEach(() => {
    project = copyContent();
    yamlPath = join(project.root, 'content', 'observations.yaml');
    const sources = join(project.root, 'content', 'sources');
    writeFileSync(
      join(sources, 'bishan-2025-review-test.txt'),
      '今年前三季度，璧山新增高新技术企业38家，累计达到450家；新增国家科技型中小企业212家。\n',
    );
    writeFileSync(
      join(sources, 'bishan-2025-review-test.meta.yaml'),
      'title: 璧山科技创新\nkind: report\ndistricts: [璧山]\npublished: "2025-10"\n',
    );
  });
  afterEach(() => project.remove());

  const review = (...args: string[]) => runScript('review', args, project.root);
  /** The handle the listing gives to the proposal of `raw` in the test source. */
  const handleOf = (listing: string, raw: string) =>
    new RegExp(`^\\s+([0-9a-f]+)\\s+reports/bishan-2025-review-test#p1\\s+${raw} `, 'mu').exec(listing)?.[1] ?? '';

  it('lists the proposals by source, each with its sentence and a handle', () => {
    const { status, stdout } = review('--source', 'bishan-2025-review-test');
    expect(status).toBe(0);
    expect(stdout).toContain('bishan-2025-review-test: 3 proposals');
    expect(stdout).toMatch(/38家 → high-tech-enterprises increase/);
    expect(stdout).toMatch(/450家 → high-tech-enterprises cumulative/);
    expect(stdout).toMatch(/212家 → national-tech-smes increase/);
    expect(stdout).toContain('今年前三季度，璧山新增高新技术企业38家');
    expect(handleOf(stdout, '38家')).toMatch(/^[0-9a-f]{5,}$/);
  }, 30_000);

  it('writes accepted, rejected and corrected entries after the file’s own text, then lists none', () => {
    const before = readFileSync(yamlPath, 'utf8');
    const listing = review('--source', 'bishan-2025-review-test').stdout;
    const [accept, reject, correct] = ['38家', '450家', '212家'].map((raw) => handleOf(listing, raw));
    const result = review(
      '--accept',
      accept!,
      '--reject',
      reject!,
      '--reason',
      '累计 since when is not said',
      '--correct',
      correct!,
      '--indicator',
      'tech-enterprises',
      '--kind',
      'increase',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Run `npm run ingest`');
    const after = readFileSync(yamlPath, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const added = parseObservationEntries('x', after.slice(before.length));
    expect(added.map(({ line: _line, ...e }) => e)).toEqual([
      {
        indicator: 'high-tech-enterprises',
        page: 'reports/bishan-2025-review-test',
        at: 'p1',
        value: 38,
        kind: 'increase',
      },
      {
        page: 'reports/bishan-2025-review-test',
        at: 'p1',
        value: 450,
        reject: true,
        reason: '累计 since when is not said',
      },
      {
        indicator: 'tech-enterprises',
        page: 'reports/bishan-2025-review-test',
        at: 'p1',
        value: 212,
        kind: 'increase',
      },
    ]);
    expect(review('--source', 'bishan-2025-review-test').stdout).toContain('No proposals to review');
  }, 60_000);

  it('an unknown handle, or a correction to an unknown indicator, fails and writes nothing', () => {
    const before = readFileSync(yamlPath, 'utf8');
    const unknown = review('--accept', 'fffffff');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no proposal with handle fffffff/);
    const handle = handleOf(review('--source', 'bishan-2025-review-test').stdout, '38家');
    const bad = review('--correct', handle, '--indicator', 'unicorns', '--kind', 'actual');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /content\/observations\.yaml:\d+: unicorns reports\/bishan-2025-review-test#p1 38: no indicator "unicorns"/,
    );
    expect(readFileSync(yamlPath, 'utf8')).toBe(before);
  }, 60_000);
});

describe('the review command line', () => {
  it('reads several handles after a flag and needs a reason for a rejection', () => {
    expect(parseReviewArguments(['--accept', 'a1', 'b2', '--source', 's'])).toEqual({
      source: 's',
      decisions: [
        { action: 'accept', handle: 'a1' },
        { action: 'accept', handle: 'b2' },
      ],
    });
    expect(() => parseReviewArguments(['--reject', 'a1'])).toThrow(/--reject needs --reason/);
    expect(() => parseReviewArguments(['--correct', 'a1', '--indicator', 'x', '--kind', 'guess'])).toThrow(
      /--kind must be one of/,
    );
    expect(() => parseReviewArguments(['--accept', 'a1', '--reject', 'a1', '--reason', 'r'])).toThrow(/decided twice/);
    expect(() => parseReviewArguments(['--yes'])).toThrow(/unknown argument "--yes"/);
  });

  it('appends after the file’s own text, with or without its last line break, and to an empty file', () => {
    const entries = '\n# s: reviewed with npm run review\n- { page: p, at: p1, value: 1, reject: true, reason: r }';
    expect(appendEntries('# kept\n- { a: 1 }', entries)).toBe(`# kept\n- { a: 1 }\n${entries}\n`);
    expect(appendEntries('# kept\n', entries)).toBe(`# kept\n${entries}\n`);
    expect(appendEntries('', entries)).toBe(`${entries.slice(1)}\n`);
  });
});
