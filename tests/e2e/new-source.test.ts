import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { serveDirectory } from '../../tooling/browser/static-server.ts';
import { axeViolations } from '../support/axe.ts';
import { htmlErrors } from '../support/html.ts';
import { largeText } from '../support/large-text.ts';
import { checkLinks } from '../support/links.ts';
import { addSource, buildIn, copyProject } from '../support/project-copy.ts';
import { SOURCE_IDS, sourceLines } from '../support/sources.ts';
import { LONG_REPORT_CHARACTERS } from '../../src/lib/segment/long-reports.ts';

let project: ReturnType<typeof copyProject>;
let copy: string;
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
const read = (...path: string[]) => readFileSync(join(copy, ...path), 'utf8');
// The text a reader sees: tags dropped, and the glossary cards (hidden until opened) left out.
const visibleText = (html: string) =>
  html.replace(/<span id="gl-[^"]+" popover[\s\S]*?<\/a><\/span>/g, '').replace(/<[^>]+>/g, '');

// One build of a copy of the project serves every test here: it gains a sixth
// source (with no translation), a seventh too long for one page, and one changed
// sentence in a translated one.
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
  // Real paragraphs and a real heading, in sections, to about 2.2 times the length ingest splits at.
  const [heading, ...paragraphs] = [21, 15, 17, 19, 23].map((n) => sourceLines(SOURCE_IDS.newForces, n));
  const longLines: string[] = [];
  for (let section = 1; longLines.join('').length < 2.2 * LONG_REPORT_CHARACTERS; section++)
    longLines.push(`${heading}（${section}）`, ...paragraphs, ...paragraphs);
  addSource(
    copy,
    'fuling-2025-long-report',
    longLines,
    'title: 涪陵区科技创新长篇报道（测试）\nkind: report\ndistricts: [涪陵]\npublished: "2025-06"\n',
  );
  // The Chinese of #p8 of the translated Qijiang 2022 report changes after its translation was made.
  const changed = join(copy, 'content', 'sources', `${SOURCE_IDS.highTechZone}.txt`);
  writeFileSync(changed, readFileSync(changed, 'utf8').replace('命名的第一个', '命名的首个'));
}, 120_000);
afterAll(() => project.remove());

// Ingest and build once, for every test of the file (the describe blocks run in order).
let ingest: ReturnType<typeof run>;
let build: ReturnType<typeof buildIn>;

describe('adding a sixth source', () => {
  beforeAll(() => {
    ingest = run([join(copy, 'scripts', 'ingest.ts')]);
    // With a public address, so that the build writes a sitemap to check.
    build = buildIn(copy, { SITE_URL: 'https://policy-reference.test' });
  }, 600_000);

  it('needs only a text and a four-field metadata file: ingest, then build, gives its page', () => {
    // The only warning is the long report's (below).
    expect(ingest.stderr.trim().split('\n')).toEqual([expect.stringContaining('fuling-2025-long-report.txt:1:')]);
    expect(ingest.stdout).toContain('Wrote 20 pages');
    // Only the new pages and the one whose source changed are written again.
    expect(ingest.stdout).toContain('5 rewritten (4 new, 1 changed), 15 unchanged, 0 removed.');
    expect(ingest.stdout).toContain('  new      content/zh/reports/wanzhou-2025-sample-report.mdx');
    expect(ingest.stdout).toContain(`  changed  content/zh/reports/${SOURCE_IDS.highTechZone}.mdx`);
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

  it('gets an English page at once: a short notice leading to the Chinese, its sections and its source, kept out of search and the sitemap', () => {
    const html = read('dist', 'en', 'reports', 'wanzhou-2025-sample-report', 'index.html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('This page has not been translated into English yet');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    // Not a second copy of the Chinese text: the original is one click away, at the place the reader was.
    expect(visibleText(html)).not.toContain('不久前,位于綦江区东部新城');
    expect(html).toMatch(/<a href="\/reports\/wanzhou-2025-sample-report\/" hreflang="zh-CN" data-keep-hash>/);
    expect(html).toMatch(
      /<ol lang="zh-CN">[^]*?<a href="\/reports\/wanzhou-2025-sample-report\/#s1" hreflang="zh-CN">/,
    );
    expect(html).toContain('href="/sources/wanzhou-2025-sample-report.txt"');
    expect(read('dist', 'sitemap.xml')).not.toContain('/en/reports/wanzhou-2025-sample-report/');
    // The Chinese page does not claim an English alternate it does not have.
    expect(read('dist', 'reports', 'wanzhou-2025-sample-report', 'index.html')).not.toContain('hreflang="en" href=');
  });

  it('has no parallel view until it is translated, and nothing links to one', () => {
    for (const view of [['parallel'], ['en', 'parallel']])
      expect(existsSync(join(copy, 'dist', ...view, 'reports', 'wanzhou-2025-sample-report'))).toBe(false);
    expect(read('dist', 'reports', 'wanzhou-2025-sample-report', 'index.html')).not.toContain('/parallel/');
    // A translated page keeps its parallel view.
    expect(existsSync(join(copy, 'dist', 'parallel', 'reports', SOURCE_IDS.highTechZone, 'index.html'))).toBe(true);
  });

  it('every link and anchor of the whole build resolves, and the new pages are valid HTML', async () => {
    expect(checkLinks(join(copy, 'dist')).broken).toEqual([]);
    const pages = ['reports', 'en/reports'].map((dir) => `${dir}/wanzhou-2025-sample-report/index.html`);
    expect(await htmlErrors(join(copy, 'dist'), pages)).toEqual([]);
    // English data pages send a reader into the untranslated text at its Chinese original, at the figure.
    expect(read('dist', 'en', 'figures', 'wanzhou', 'index.html')).toMatch(
      /<a href="\/reports\/wanzhou-2025-sample-report\/#fig-[^"]+" hreflang="zh-CN">/,
    );
  });

  it('the English notice page passes axe (WCAG 2.2 AA) and fits a 360 px screen at 200 % text', async () => {
    // The site's own gates never see this kind of page: every text of the site is translated.
    const server = await serveDirectory(join(copy, 'dist'), { applyHeadersFile: true });
    const browser = await launchChromium();
    try {
      for (const viewport of [
        { width: 360, height: 740 },
        { width: 1280, height: 900 },
      ]) {
        const page = await browser.newPage({ viewport });
        await page.goto(`${server.url}en/reports/wanzhou-2025-sample-report/`);
        expect(await axeViolations(page), `at ${viewport.width} px`).toEqual([]);
        await largeText(page);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, `scroll width at ${viewport.width} px and 200 % text`).toBeLessThanOrEqual(viewport.width);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});

describe('a source too long for one page', () => {
  const slugs = ['fuling-2025-long-report', 'fuling-2025-long-report-2', 'fuling-2025-long-report-3'];

  it('is split by ingest into pages at its headings, and ingest says so, naming the file and the lines', () => {
    expect(ingest.stderr).toMatch(
      /^content\/sources\/fuling-2025-long-report\.txt:1: warning: a report of [\d]+ characters \(more than 60000\): split into 3 pages starting at lines 1, \d+, \d+, at headings where it could\. To choose the pages, list them under "pages:" in content\/sources\/fuling-2025-long-report\.meta\.yaml\.$/mu,
    );
    const second = read('content', 'zh', 'reports', `${slugs[1]}.mdx`);
    expect(second).toMatch(/autoSplit:\n\s+part: 2\n\s+of: 3\n/u);
    expect(second).toContain('涪陵区科技创新长篇报道（测试）（2/3）');
  });

  it('says on each page that a machine split it, links every part, in both languages, is valid HTML, and is listed once', async () => {
    for (const [k, slug] of slugs.entries()) {
      const html = read('dist', 'reports', slug, 'index.html');
      expect(visibleText(html)).toContain('本站已尽量在标题处将其自动分为 3 页（机器分页，未经人工审核）');
      for (const [j, other] of slugs.entries())
        expect(html).toContain(
          j === k
            ? `<span aria-current="page">第 ${j + 1} 页</span>`
            : `<a href="/reports/${other}/">第 ${j + 1} 页</a>`,
        );
    }
    // The English notice of each part (the text has no translation) links the notices of the other parts.
    for (const [k, slug] of slugs.entries()) {
      const html = read('dist', 'en', 'reports', slug, 'index.html');
      expect(visibleText(html)).toContain(
        'the site split it into 3 pages, at its headings where it could, automatically (not reviewed by a person)',
      );
      for (const [j, other] of slugs.entries())
        expect(html).toContain(
          j === k
            ? `<span aria-current="page">Page ${j + 1}</span>`
            : `<a href="/en/reports/${other}/">Page ${j + 1}</a>`,
        );
    }
    // The second part reads on from a section heading.
    expect(read('dist', 'reports', slugs[1]!, 'index.html')).toMatch(/<h2 id="s1"[^>]*>[^<]*抓创新/u);
    expect(
      await htmlErrors(
        join(copy, 'dist'),
        slugs.flatMap((slug) => [`reports/${slug}/index.html`, `en/reports/${slug}/index.html`]),
      ),
    ).toEqual([]);
    const home = read('dist', 'index.html');
    expect(home).toContain(`/reports/${slugs[0]}/`);
    expect(home).not.toContain(`/reports/${slugs[1]}/`);
  });

  it('is found by search, with an excerpt, though its long pages ship their cards apart from the shards', async () => {
    // A card over 8 KB is not copied into its page's shards (src/lib/search/build/shard-files.ts).
    const shard = JSON.parse(
      read(
        'dist',
        'pagefind-exact',
        'results',
        ...[
          readdirSync(join(copy, 'dist', 'pagefind-exact', 'results'))
            .filter((name) => /\.\d+\.json$/u.test(name))
            .find((name) =>
              read('dist', 'pagefind-exact', 'results', name.replace(/\.\d+\.json$/u, '.json')).includes(
                'fuling-2025-long-report-2',
              ),
            )!,
        ],
      ),
    ) as { card?: unknown };
    expect(shard.card).toBeUndefined();
    const phrase = [...sourceLines(SOURCE_IDS.newForces, 23)].slice(0, 12).join('');
    const server = await serveDirectory(join(copy, 'dist'), { applyHeadersFile: true });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}search/?q=${encodeURIComponent(phrase)}`);
      await page.waitForFunction(
        () =>
          !document.querySelector('[data-search-results]')!.hasAttribute('aria-busy') &&
          document.querySelectorAll('a[data-kind="page"]').length > 0,
      );
      const links = await page
        .locator('[data-search-results] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.some((href) => /\/reports\/fuling-2025-long-report(-\d)?\/#p\d+$/u.test(href ?? ''))).toBe(true);
      expect(await page.locator('[data-search-results]').textContent()).toContain(phrase);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);

  it('its second page passes axe and fits a 360 px screen at 200 % text, in both languages', async () => {
    const server = await serveDirectory(join(copy, 'dist'), { applyHeadersFile: true });
    const browser = await launchChromium();
    try {
      for (const path of [`reports/${slugs[1]}/`, `en/reports/${slugs[1]}/`]) {
        const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
        await page.goto(`${server.url}${path}`);
        expect(await axeViolations(page), path).toEqual([]);
        await largeText(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
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
