import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXACT_BUNDLE } from '../../src/lib/search/build/bundles.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/deploy.ts';
import { parseHeadersFile, headersFor } from '../../tooling/browser/headers-file.ts';
import { htmlErrors } from '../support/html.ts';
import { checkLinks } from '../support/links.ts';
import { builtPages, type BuiltPage } from '../support/site-pages.ts';
import { ROOT } from '../support/sources.ts';

/** Gates that read the built files: valid HTML, links and anchors, and what the build writes for hosts. */
/** The root build has no public address (site.yaml leaves it empty); build:subpath sets a test one. */
const BUILDS: { name: string; dist: string; base: string; address?: string }[] = [
  { name: 'root build', dist: join(ROOT, 'dist'), base: '/' },
  {
    name: 'sub-path build',
    dist: join(ROOT, '.tmp', 'dist-subpath'),
    base: '/policy-site/',
    address: 'https://policy-reference.test',
  },
];

/** Every file the build wrote that a reader or a program may read as text. */
/** Pages kept out of search engines: the 404 page and the chart embeds (other sites' iframes). */
const unindexed = (page: BuiltPage) => /^(not found|chart embed)/.test(page.template);

const textFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|csv|json|xml|txt|js|css)$|^_headers$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

describe.each(BUILDS)('$name', ({ dist, base, address }) => {
  const pages = builtPages(dist);

  it('has the built pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('is valid HTML: html-validate reports 0 errors on every page', async () => {
    expect(
      await htmlErrors(
        dist,
        pages.map((p) => p.file),
      ),
    ).toEqual([]);
  });

  it('has no broken internal link or #anchor (raw texts and downloads included)', () => {
    const { checked, broken } = checkLinks(dist, base);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('ships _headers with the Content-Security-Policy on every path and long caching for hashed assets', () => {
    const rules = parseHeadersFile(join(dist, '_headers'));
    const asset = readFileSync(join(dist, pages[0]!.file), 'utf8').match(/href="([^"]*\/_astro\/[^"]+\.css)"/)![1]!;
    // Pages refuse framing with a second policy (the host joins the two); embed pages may be framed.
    const noFraming = `${CONTENT_SECURITY_POLICY}, frame-ancestors 'none'`;
    expect(headersFor(rules, `${base}`)['Content-Security-Policy']).toBe(noFraming);
    expect(headersFor(rules, `${base}reports/x/`)['Content-Security-Policy']).toBe(noFraming);
    expect(headersFor(rules, `${base}en/reports/x/`)['X-Frame-Options']).toBe('DENY');
    expect(headersFor(rules, `${base}embed/x/`)['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headersFor(rules, `${base}en/embed/x/`)['X-Frame-Options']).toBeUndefined();
    expect(headersFor(rules, asset)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, `${base}pagefind/pagefind-entry.json`)['Cache-Control']).toBe(
      'public, max-age=0, must-revalidate',
    );
  });

  it('publishes of the exact index only what the browser reads: no Pagefind runtime, no fragments of whole texts', () => {
    const files = readdirSync(join(dist, EXACT_BUNDLE)).sort();
    // The Chinese slice at the root, the English one in slice-1/; Pagefind's metadata is in ids/ and words/, its
    // index chunks in the postings files of both languages (postings/).
    expect(files).toEqual(['filter', 'ids', 'layout.json', 'postings', 'results', 'slice-1', 'words']);
    expect(readdirSync(join(dist, EXACT_BUNDLE, 'slice-1')).sort()).toEqual(['filter', 'results']);
  });

  it.runIf(!address)('without an address: no sitemap, no Sitemap line, and no placeholder host in any file', () => {
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
    const files = textFiles(dist);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('example.org'))).toEqual([]);
  });

  it.runIf(address)('with an address: it is the only host the files name for the site', () => {
    const files = textFiles(dist);
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('example.org'))).toEqual([]);
    const csv = readFileSync(join(dist, 'data', 'charts', readdirSync(join(dist, 'data', 'charts'))[0]!), 'utf8');
    expect(csv).toContain(`${address}${base}`);
  });

  it.runIf(address)(
    'lists every page but the noindex ones (404, chart embeds) in sitemap.xml with absolute URLs, and robots.txt points to it',
    () => {
      const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
      const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      const expected = pages.filter((p) => !unindexed(p)).map((p) => new URL(`${base}${p.path}`, address).href);
      expect(locs.sort()).toEqual(expected.sort());
      expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${address}${base}sitemap.xml`);
    },
  );

  it('gives every page a canonical URL (at the address, if any) and Open Graph tags; the 404 and embed pages are noindex instead', () => {
    for (const page of pages) {
      const html = readFileSync(join(dist, page.file), 'utf8');
      for (const property of ['og:title', 'og:type', 'og:description', 'og:site_name', 'og:locale']) {
        expect(html, `${page.file} ${property}`).toContain(`property="${property}"`);
      }
      if (unindexed(page)) {
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(html).not.toContain('rel="canonical"');
      } else {
        // Root-relative without an address; og:url must be absolute, so only with one.
        expect(html, page.file).toContain(`<link rel="canonical" href="${address ?? ''}${base}${page.path}">`);
        if (address)
          expect(html, page.file).toContain(`<meta property="og:url" content="${address}${base}${page.path}">`);
        else expect(html, page.file).not.toContain('og:url');
      }
    }
  });

  it('has a not-found page in Chinese and English', () => {
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    const html = readFileSync(join(dist, '404.html'), 'utf8');
    expect(html).toContain('页面不存在');
    expect(html).toMatch(/lang="en"[^>]*>[\s\S]*This page does not exist/);
  });
});
