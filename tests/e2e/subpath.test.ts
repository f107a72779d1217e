import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteUnderTest } from '../support/site-fixture.ts';
import { ROOT } from '../support/sources.ts';
import { visit } from '../support/visit.ts';

/** The site as `npm run build:subpath` builds it for a sub-path host, served under that path. */
const SUBPATH_DIST = join(ROOT, '.tmp', 'dist-subpath');
const CHAPTER = 'plan/qijiang-14th-five-year-st-plan/chapter-1/';
// The address scripts/build-subpath.ts builds for, with the sub-path.
const PUBLIC = 'https://policy-reference.test/policy-site/';

beforeAll(() => {
  if (!existsSync(join(SUBPATH_DIST, 'index.html')))
    throw new Error(`${SUBPATH_DIST} has no built site: run \`npm run build:subpath\` first`);
});
const site = siteUnderTest(SUBPATH_DIST, { base: '/policy-site/' });

describe('deploying under a sub-path', () => {
  it('pages load under the sub-path with their styles and no failed request', async () => {
    const v = await visit(site.browser, `${site.server.url}${CHAPTER}`);
    try {
      expect(v.failed).toEqual([]);
      expect(v.outside).toEqual([]);
      const styled = await v.page.evaluate(() => getComputedStyle(document.body).lineHeight !== 'normal');
      expect(styled).toBe(true);
    } finally {
      await v.close();
    }
  });
});

describe('with a public address', () => {
  for (const page of ['data/', 'en/data/']) {
    it(`/${page}: the Dataset JSON-LD names the page and every download by its absolute address`, () => {
      const html = readFileSync(join(SUBPATH_DIST, page, 'index.html'), 'utf8');
      const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
      expect(json, 'the JSON-LD script').toBeDefined();
      const dataset = JSON.parse(json!) as { url: string; distribution: { contentUrl: string }[] };
      expect(dataset.url).toBe(`${PUBLIC}${page}`);
      expect(dataset.distribution.length).toBeGreaterThan(1);
      for (const { contentUrl } of dataset.distribution) {
        expect(contentUrl.startsWith(`${PUBLIC}data/`), contentUrl).toBe(true);
        expect(existsSync(join(SUBPATH_DIST, contentUrl.slice(PUBLIC.length))), contentUrl).toBe(true);
      }
    });
  }
});
