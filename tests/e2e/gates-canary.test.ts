import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differingFiles } from '../../src/lib/io/tree.ts';
import { headersFile } from '../../src/lib/site/deploy.ts';
import { axeViolations } from '../support/axe.ts';
import { BUDGET } from '../support/budget.ts';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { htmlErrors } from '../support/html.ts';
import { tabThrough } from '../support/keyboard.ts';
import { checkLinks } from '../support/links.ts';
import { serveDirectory, type StaticServer } from '../../tooling/browser/static-server.ts';
import { tabPool, visit, type Visit } from '../support/visit.ts';

/**
 * A gate that cannot fail protects nothing. This builds a deliberately broken
 * site and requires every gate's checker to report what is wrong with it.
 */
const BROKEN_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"><title>故意出错的页面</title>
<link rel="stylesheet" href="style.css">
<link rel="stylesheet" href="https://fonts.example.com/cjk.css">
<script src="heavy.js"></script>
<script>console.log('an inline script, refused by the Content-Security-Policy');</script>
</head>
<body>
<a class="skip-link" href="#main">跳到正文</a>
<main id="main">
<h1>故意出错的页面</h1>
<p class="faint">对比度不足的文字</p>
<p><a href="missing/">断开的链接</a> <a href="#nowhere">不存在的锚点</a></p>
<div tabindex="0" class="no-focus-style">没有焦点样式</div>
<p><div>段落里的块元素</div></p>
<img src="missing.png" alt="">
</main>
</body>
</html>
`;

let site: string;
let server: StaticServer;
let bareServer: StaticServer;
let browser: Browser;
let page: Visit;
let barePage: Visit;
const pooledVisit = tabPool(() => browser);
const CLEAN_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>没有问题的页面</title></head>
<body><main><h1>没有问题的页面</h1></main></body></html>
`;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'broken-site-'));
  writeFileSync(join(site, 'index.html'), BROKEN_PAGE);
  writeFileSync(join(site, 'style.css'), '.faint { color: #d8d8d8; } .no-focus-style:focus { outline: none; }\n');
  // Random bytes do not compress: the page goes over the text-page budget.
  writeFileSync(join(site, 'heavy.js'), `/* ${randomBytes(BUDGET.text).toString('base64')} */\n`);
  writeFileSync(join(site, 'clean.html'), CLEAN_PAGE);
  writeFileSync(join(site, '_headers'), headersFile('/', ['index.html', 'clean.html', 'style.css', 'heavy.js']));
  server = await serveDirectory(site, { applyHeadersFile: true });
  // Under the CSP the browser refuses other origins before asking; without it the request is made and must be caught.
  bareServer = await serveDirectory(site);
  browser = await launchChromium();
  page = await visit(browser, server.url);
  barePage = await visit(browser, bareServer.url);
});
afterAll(async () => {
  await page?.close();
  await barePage?.close();
  await browser?.close();
  await server?.close();
  await bareServer?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('every gate fails on a broken page', () => {
  it('reused tabs (the sweeps of the gates): each visit reports its own page, nothing of the page before', async () => {
    const clean = async () => {
      const v = await pooledVisit(`${server.url}clean.html`);
      const found = { errors: v.errors, failed: v.failed, weight: await v.gzipBytes() };
      await v.close();
      return found;
    };
    const before = await clean();
    const broken = await pooledVisit(server.url);
    expect(broken.errors.join('\n')).toMatch(/Content Security Policy/);
    expect(broken.failed.join('\n')).toContain('404');
    expect(await broken.gzipBytes()).toBeGreaterThan(BUDGET.text);
    await broken.close();
    expect(await clean()).toEqual(before);
    expect(before).toEqual({ errors: [], failed: [], weight: expect.any(Number) });
  });

  it('accessibility: axe reports the low-contrast text', async () => {
    expect((await axeViolations(page.page)).join('\n')).toContain('color-contrast');
  });

  it('keyboard: the element without a focus style is reported', async () => {
    expect((await tabThrough(page.page)).unmarked).toContain('div "没有焦点样式"');
  });

  it('valid HTML: html-validate reports the block inside a paragraph', async () => {
    expect((await htmlErrors(site, ['index.html'])).length).toBeGreaterThan(0);
  });

  it('links: the broken link and the broken anchor are reported', () => {
    expect(
      checkLinks(site)
        .broken.map((b) => b.href)
        .sort(),
    ).toEqual(['#nowhere', 'missing.png', 'missing/']);
  });

  it('no outside requests: the font stylesheet from another origin is caught, with or without the CSP', () => {
    expect(barePage.outside).toEqual(['https://fonts.example.com/cjk.css']);
    expect(page.errors.join('\n')).toContain('https://fonts.example.com/cjk.css');
  });

  it('console: the inline script refused by the CSP is an error', () => {
    expect(page.errors.join('\n')).toMatch(/Content Security Policy/);
  });

  it('failed requests: the missing image is reported', () => {
    expect(page.failed.join('\n')).toContain('404');
  });

  it('page weight: the heavy script puts the page over budget', async () => {
    expect(await page.gzipBytes()).toBeGreaterThan(BUDGET.text);
  });

  it('determinism: a file that differs between two builds is listed', () => {
    const a = join(site, 'build-a');
    const b = join(site, 'build-b');
    for (const [dir, stamp] of [
      [a, '2026-01-01'],
      [b, '2026-01-02'],
    ] as const) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'same.html'), 'same');
      writeFileSync(join(dir, 'stamped.html'), `built ${stamp}`);
    }
    expect(differingFiles(a, b)).toEqual(['differs: stamped.html']);
  });
});
