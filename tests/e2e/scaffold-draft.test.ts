import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, buildIn, copyProject } from '../support/project-copy.ts';
import { SOURCE_IDS, sourceLines } from '../support/sources.ts';

/**
 * A staff member adds a text for a district the seeds do not have, made partly of sentences the site has
 * translated before, scaffolds its English page and builds: the page comes out partly filled, and everything
 * pre-filled is shown as a draft.
 */
let project: ReturnType<typeof copyProject>;
let copy: string;
const SLUG = 'reports/tongliang-2026-sample-report';
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
const read = (...path: string[]) => readFileSync(join(copy, ...path), 'utf8');
let scaffold: ReturnType<typeof run>;
let check: ReturnType<typeof run>;
let build: ReturnType<typeof buildIn>;

beforeAll(() => {
  project = copyProject();
  copy = project.root;
  // Two paragraphs of the translated Qijiang 2024 report, word for word, and one of the new text's own.
  addSource(
    copy,
    'tongliang-2026-sample-report',
    [
      sourceLines(SOURCE_IDS.newForces, 21),
      sourceLines(SOURCE_IDS.newForces, 23),
      '铜梁区与西南大学、重庆大学合作共建新型研发机构，服务本地企业。',
    ],
    'title: 铜梁区科技创新报道（测试）\nkind: report\ndistricts: [铜梁]\npublished: "2026-03"\n',
  );
  expect(run([join(copy, 'scripts', 'ingest.ts')]).status).toBe(0);
  scaffold = run([join(copy, 'scripts', 'translations.ts'), 'scaffold', SLUG]);
  check = run([join(copy, 'scripts', 'translations.ts'), 'check', SLUG]);
  build = buildIn(copy);
}, 600_000);
afterAll(() => project.remove());

describe('a scaffold of a new text that reuses known sentences', () => {
  it('says how much it pre-filled from earlier translations', () => {
    expect(scaffold.status, scaffold.stderr).toBe(0);
    expect(scaffold.stdout).toMatch(
      /Pre-filled [1-9]\d* of \d+ passages from earlier translations \(\d+ whole, \d+ in part\), and the names in [1-9]\d* more/,
    );
    const english = read('content', 'en', `${SLUG}.mdx`);
    expect(english).toContain('data-draft="memory"');
    expect(english).toContain('data-draft="names"');
    expect(english).toContain('Southwest University (西南大学)');
    expect(english).toMatch(/review:\n {2}state: draft\n/);
  });

  it('is listed by the check with its unconfirmed passages', () => {
    expect(check.stdout).toMatch(/pre-filled and not yet confirmed \(#[a-z]+\d+/);
  });

  it('builds into a page that says it is a draft, and marks each pre-filled passage', () => {
    expect(build.status, build.output).toBe(0);
    const html = read('dist', 'en', SLUG, 'index.html');
    expect(html).toContain('Draft translation');
    expect(html).toContain(
      'Passages pre-filled from earlier translations or with names only, not yet checked by a translator:',
    );
    const drafted = [...read('content', 'en', `${SLUG}.mdx`).matchAll(/<P id="(p\d+)"[^>]*data-draft=/g)].map(
      (m) => m[1],
    );
    const flagged = [
      ...html.matchAll(/<p id="(p\d+)"[^>]*>(?:(?!<\/p>)[\s\S])*?class="outdated-flag draft-flag"/g),
    ].map((m) => m[1]);
    expect(drafted.length).toBeGreaterThan(0);
    expect(flagged).toEqual(drafted);
    expect(html).toMatch(/<section class="colophon"[\s\S]*Not yet re-read against the Chinese: a draft of/);
    expect(read('dist', 'en', 'about-translation', 'index.html')).toMatch(
      new RegExp(`href="/en/${SLUG}/"[^<]*</a></td>\\s*<td>Draft</td>`),
    );
  });
});
