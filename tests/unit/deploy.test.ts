import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  framedDeniedPaths,
  headersFile,
  robotsTxt,
  sitemapXml,
} from '../../src/lib/site/deploy.ts';
import { headersFor, parseHeadersFile } from '../../tooling/browser/headers-file.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Files as the build lists them: pages, an embed page in each language, downloads.
const BUILT = [
  '404.html',
  'index.html',
  'reports/x/index.html',
  'data/charts/compare-rd-intensity.csv',
  'embed/compare-rd-intensity/index.html',
  'en/index.html',
  'en/reports/x/index.html',
  'en/embed/compare-rd-intensity/index.html',
  'favicon.svg',
];

const rulesFor = (base: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'headers-')), '_headers');
  writeFileSync(file, headersFile(base, BUILT));
  return parseHeadersFile(file);
};

describe('deploy files', () => {
  it('put the CSP on every path and long caching only on hashed files, under the base path', () => {
    const rules = rulesFor('/policy-site/');
    expect(headersFor(rules, '/policy-site/reports/x/')['Content-Security-Policy']).toContain(CONTENT_SECURITY_POLICY);
    expect(headersFor(rules, '/policy-site/embed/compare-rd-intensity/')['Content-Security-Policy']).toBe(
      CONTENT_SECURITY_POLICY,
    );
    expect(headersFor(rules, '/policy-site/reports/x/')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/policy-site/_astro/BaseLayout.abc123.css')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/policy-site/pagefind/index/zh-cn_1a2b.pf_index')['Cache-Control']).toContain(
      'immutable',
    );
    expect(headersFor(rules, '/policy-site/pagefind/pagefind.js')['Cache-Control']).toBe(
      'public, max-age=0, must-revalidate',
    );
    expect(headersFor(rules, '/_astro/x.css')['Cache-Control']).toBeUndefined();
  });

  it('cache the postings files and the filter chunks of every slice of a large exact index for good, and only those', () => {
    const sliced = [
      ...BUILT,
      'pagefind-exact/postings/0123456789abcdef.bin',
      'pagefind-exact/slice-2/filter/und_1.pf_filter',
      'pagefind-exact/slice-10/filter/und_2.pf_filter',
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'headers-')), '_headers');
    writeFileSync(file, headersFile('/policy-site/', sliced));
    const rules = parseHeadersFile(file);
    for (const path of [
      '/policy-site/pagefind-exact/postings/fedcba9876543210.bin',
      '/policy-site/pagefind-exact/slice-2/filter/und_9.pf_filter',
      '/policy-site/pagefind-exact/slice-10/filter/und_9.pf_filter',
    ])
      expect(headersFor(rules, path)['Cache-Control'], path).toContain('immutable');
    // No slice the build did not write, and not the directory, whose files keep their names when they change.
    expect(
      headersFor(rules, '/policy-site/pagefind-exact/slice-3/filter/und_9.pf_filter')['Cache-Control'],
    ).toBeUndefined();
    for (const path of [
      '/policy-site/pagefind-exact/words/zh-0.json',
      '/policy-site/pagefind-exact/ids/0.json',
      '/policy-site/pagefind-exact/slice-2/results/und_9.json',
    ])
      expect(headersFor(rules, path)['Cache-Control'], path).toBe('public, max-age=0, must-revalidate');
    // A site of one slice has no slice rules: its _headers is as before.
    expect(headersFile('/policy-site/', BUILT)).not.toContain('slice-');
  });

  it('give the raw texts and the data downloads a UTF-8 charset, under the base path', () => {
    const rules = rulesFor('/policy-site/');
    expect(headersFor(rules, '/policy-site/sources/qijiang-2022-high-tech-zone.txt')['Content-Type']).toBe(
      'text/plain; charset=utf-8',
    );
    expect(headersFor(rules, '/policy-site/data/figures.csv')['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(headersFor(rules, '/policy-site/data/charts/compare-rd-intensity.csv')['Content-Type']).toBe(
      'text/csv; charset=utf-8',
    );
    expect(headersFor(rules, '/policy-site/data/figures.schema.json')['Content-Type']).toBe(
      'application/json; charset=utf-8',
    );
    // Pages and search files keep the type the host gives them.
    expect(headersFor(rules, '/policy-site/sources/qijiang-2022-high-tech-zone/')['Content-Type']).toBeUndefined();
    expect(headersFor(rules, '/policy-site/pagefind/pagefind-entry.json')['Content-Type']).toBeUndefined();
  });

  it('refuse framing on every page but the embed pages, in both languages and under the base path', () => {
    const rules = rulesFor('/policy-site/');
    const denied = ['/policy-site/', '/policy-site/reports/x/', '/policy-site/en/', '/policy-site/en/reports/x/'];
    for (const path of [...denied, '/policy-site/404.html', '/policy-site/index.html']) {
      const headers = headersFor(rules, path);
      expect(headers['X-Frame-Options'], path).toBe('DENY');
      // Joined by the host: two policies, the browser enforces both.
      expect(headers['Content-Security-Policy'], path).toBe(`${CONTENT_SECURITY_POLICY}, frame-ancestors 'none'`);
    }
    for (const path of ['/policy-site/embed/compare-rd-intensity/', '/policy-site/en/embed/compare-rd-intensity/']) {
      const headers = headersFor(rules, path);
      expect(headers['X-Frame-Options'], path).toBeUndefined();
      expect(headers['Content-Security-Policy'], path).not.toContain('frame-ancestors');
    }
    // An English page path that merely starts like the embed folder is still protected.
    expect(framedDeniedPaths(['en/embedded/index.html'])).toContain('en/embedded/*');
  });

  it('list the top-level entries outside the embed folders, sorted and once each', () => {
    expect(framedDeniedPaths(BUILT)).toEqual([
      '',
      '404.html',
      'data/*',
      'en/',
      'en/index.html',
      'en/reports/*',
      'favicon.svg',
      'index.html',
      'reports/*',
    ]);
  });

  it('forbid inline scripts and styles and other origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|https?:/);
  });

  it('write a sorted sitemap and a robots.txt that points to it', () => {
    expect(sitemapXml(['https://e.org/b/', 'https://e.org/a/?x=1&y=2'])).toContain(
      '<url><loc>https://e.org/a/?x=1&amp;y=2</loc></url>\n  <url><loc>https://e.org/b/</loc></url>',
    );
    expect(robotsTxt('https://e.org/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap.xml\n',
    );
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
