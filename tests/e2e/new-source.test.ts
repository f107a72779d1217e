import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, buildIn, copyProject } from '../support/project-copy.ts';
import { SOURCE_IDS, sourceLines } from '../support/sources.ts';

let project: ReturnType<typeof copyProject>;
let copy: string;
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
const read = (...path: string[]) => readFileSync(join(copy, ...path), 'utf8');
// The text a reader sees: tags dropped, and the glossary cards (hidden until opened) left out.
const visibleText = (html: string) =>
  html.replace(/<span id="gl-[^"]+" popover[\s\S]*?<\/a><\/span>/g, '').replace(/<[^>]+>/g, '');

// One build of a copy of the project serves every test here: it gains a sixth
// source (with no translation) and one changed sentence in a translated one.
beforeAll(() => {
  project = copyProject();
  copy = project.root;
  // Real sentences from the sources, as a new district's report.
  addSource(
    copy,
    'wanzhou-2025-sample-report',
    [
      sourceLines(SOURCE_IDS.newForces, 21),
      sourceLines(SOURCE_IDS.newForces, 23),
      sourceLines(SOURCE_IDS.newForces, 31),
    ],
    'title: 万州区科技创新报道（测试）\nkind: report\ndistricts: [万州]\npublished: "2025-03"\n',
  );
  // The Chinese of #p8 of the translated Qijiang 2022 report changes after its translation was made.
  const changed = join(copy, 'content', 'sources', `${SOURCE_IDS.highTechZone}.txt`);
  writeFileSync(changed, readFileSync(changed, 'utf8').replace('命名的第一个', '命名的首个'));
}, 120_000);
afterAll(() => project.remove());

describe('adding a sixth source', () => {
  let ingest: ReturnType<typeof run>;
  let build: ReturnType<typeof buildIn>;
  beforeAll(() => {
    ingest = run([join(copy, 'scripts', 'ingest.ts')]);
    // With a public address, so that the build writes a sitemap to check.
    build = buildIn(copy, { SITE_URL: 'https://policy-reference.test' });
  }, 600_000);

  it('needs only a text and a four-field metadata file: ingest, then build, gives its page', () => {
    expect(ingest.stderr).toBe('');
    expect(ingest.stdout).toContain('Wrote 17 pages');
    expect(build.status, build.output).toBe(0);

    const page = join(copy, 'dist', 'reports', 'wanzhou-2025-sample-report', 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h1 id="title"');
    expect(html).toContain('万州区科技创新报道（测试）');
    expect(visibleText(html)).toContain('不久前,位于綦江区东部新城');
    expect(read('dist', 'index.html')).toContain('/reports/wanzhou-2025-sample-report/');
    expect(existsSync(join(copy, 'dist', 'sources', 'wanzhou-2025-sample-report.txt'))).toBe(true);
  });

  it('gets an English page at once: the Chinese with a "not yet translated" notice, kept out of search and the sitemap', () => {
    const html = read('dist', 'en', 'reports', 'wanzhou-2025-sample-report', 'index.html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('This page has not been translated into English yet');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    expect(visibleText(html)).toContain('不久前,位于綦江区东部新城');
    expect(html).toMatch(/<div lang="zh-CN"><h2 id="s1">/);
    expect(read('dist', 'sitemap.xml')).not.toContain('/en/reports/wanzhou-2025-sample-report/');
    // The Chinese page does not claim an English alternate it does not have.
    expect(read('dist', 'reports', 'wanzhou-2025-sample-report', 'index.html')).not.toContain('hreflang="en" href=');
  });
});

describe('a Chinese paragraph that changes after it was translated', () => {
  it('is reported by the translation check, with both texts', () => {
    const check = run([join(copy, 'scripts', 'translations.ts'), 'check']);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/\[staleness\] #p8 may be outdated/);
    expect(check.stdout).toContain('命名的首个');
    // The untranslated new page is listed, not failed.
    expect(check.stdout).toMatch(/Not translated yet.*reports\/wanzhou-2025-sample-report/);
  });

  it('is flagged where it stands on the English page, and listed at the top', () => {
    const html = read('dist', 'en', 'reports', SOURCE_IDS.highTechZone, 'index.html');
    // The flag ends the paragraph's text, before its ¶ mark.
    expect(html).toMatch(
      /<p id="p8">[^]*?<span class="outdated-flag"[^>]*>translation may be outdated<\/span><a class="para-mark"[^>]*>[^]*?<\/a><\/p>/,
    );
    expect(html.match(/class="outdated-flag"/g)).toHaveLength(1);
    expect(html).toMatch(/translation-notice__outdated[^]*?<a href="#p8">#p8<\/a>/);
  });
});
