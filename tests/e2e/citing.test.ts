import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { visit } from '../support/visit.ts';

const site = siteUnderTest();
const hasCjk = (text: string) => /[\u3400-\u9fff]/.test(text);

/** What a reader and a reference manager get from a page, as Chromium parses it. */
async function read(path: string) {
  const v = await visit(site.browser, site.server.url + path);
  try {
    return await v.page
      .evaluate(() => ({
        tags: [...document.querySelectorAll('meta[name^="citation_"]')].map((m) => [
          m.getAttribute('name') ?? '',
          m.getAttribute('content') ?? '',
        ]),
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
        cite: (document.querySelector('[data-cite]') as HTMLElement | null)?.innerText ?? '',
      }))
      .then((found) => ({ ...found, errors: v.errors }));
  } finally {
    await v.close();
  }
}

describe('citing a text page', () => {
  const pages = [
    'reports/dazu-2023-innovation-highland/',
    'en/reports/dazu-2023-innovation-highland/',
    'plan/qijiang-14th-five-year-st-plan/chapter-1/',
    'en/plan/qijiang-14th-five-year-st-plan/chapter-1/',
  ];
  for (const path of pages) {
    const english = path.startsWith('en/');
    it(`/${path}: citation_* tags in the page's language, its served address in the cite box, no console error`, async () => {
      const page = await read(path);
      const tag = (name: string) => page.tags.filter(([n]) => n === name).map(([, content]) => content);
      expect(tag('citation_language')).toEqual([english ? 'en' : 'zh']);
      // The English tags and cite line name the translation by its English title, as its <h1> does.
      const [title = ''] = tag('citation_title');
      expect(title).toBe(page.h1);
      expect(hasCjk(title), title).toBe(!english);
      expect(page.cite).toContain(title);
      // Without a public address the tags give no URL (a relative one means nothing to a reference manager),
      // while the cite box shows the address the page is served from.
      expect(tag('citation_public_url')).toEqual([]);
      expect(page.cite).toContain(`${site.server.url}${path}`);
      expect(page.cite).not.toContain('example.org');
      expect(page.errors).toEqual([]);
    });
  }

  it('names the authors, in pinyin on the English page', async () => {
    const authors = async (path: string) =>
      (await read(path)).tags.filter(([n]) => n === 'citation_author').map(([, a]) => a);
    expect(await authors(pages[0]!)).toEqual(['刘茂娇', '马菱涛']);
    expect(await authors(pages[1]!)).toEqual(['Liu Maojiao', 'Ma Lingtao']);
  });
});

describe('the data pages’ Dataset JSON-LD', () => {
  for (const path of ['data/', 'en/data/']) {
    it(`/${path}: one block that parses, names a licence, lists only built downloads, and breaks no CSP rule`, async () => {
      const page = await read(path);
      expect(page.jsonLd).toHaveLength(1);
      const dataset = JSON.parse(page.jsonLd[0]!) as {
        '@type': string;
        license: string;
        inLanguage: string;
        distribution: { contentUrl: string }[];
      };
      expect(dataset['@type']).toBe('Dataset');
      expect(dataset.inLanguage).toBe(path === 'data/' ? 'zh-CN' : 'en');
      expect(dataset.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\//);
      expect(dataset.distribution.length).toBeGreaterThanOrEqual(4);
      for (const { contentUrl } of dataset.distribution) {
        expect(contentUrl).toMatch(/^\/data\//);
        expect(existsSync(join(DIST, contentUrl)), contentUrl).toBe(true);
      }
      expect(page.errors).toEqual([]);
    });
  }
});
