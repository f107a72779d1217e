import { describe, expect, it } from 'vitest';
import { neighbours, plans, reportsByDistrict, splitParts, type PageSummary } from '../../src/lib/site/collections.ts';
import { formatDate } from '../../src/lib/site/dates.ts';
import { counterparts, parallelPath } from '../../src/lib/site/alternates.ts';

const page = (slug: string, extra: Partial<PageSummary>): PageSummary => ({
  slug,
  kind: 'report',
  part: 'article',
  order: 1,
  title: slug,
  districts: ['綦江'],
  published: '2022',
  source: { id: slug, title: slug },
  ...extra,
});

describe('dates', () => {
  it('show only the precision the source gives', () => {
    expect(formatDate('2022', 'zh')).toBe('2022年');
    expect(formatDate('2024-04', 'zh')).toBe('2024年4月');
    expect(formatDate('2021-05-27', 'zh')).toBe('2021年5月27日');
    expect(formatDate('2024-04', 'en')).toBe('April 2024');
    expect(formatDate('2021-05-27', 'en')).toBe('27 May 2021');
  });
});

describe('navigation', () => {
  const pages = [
    page('reports/a', { published: '2021' }),
    page('reports/b', { published: '2024' }),
    page('reports/c', { districts: ['黔江'], published: '2023' }),
    page('plan/p/chapter-2', { kind: 'plan', part: 'chapter', order: 3, source: { id: 'p', title: '规划' } }),
    page('plan/p/preamble', { kind: 'plan', part: 'preamble', order: 1, source: { id: 'p', title: '规划' } }),
    page('plan/p/chapter-1', { kind: 'plan', part: 'chapter', order: 2, source: { id: 'p', title: '规划' } }),
  ];

  it('groups reports by district, newest first', () => {
    expect(reportsByDistrict(pages).map((g) => [g.district, g.reports.map((r) => r.slug)])).toEqual([
      ['綦江', ['reports/b', 'reports/a']],
      ['黔江', ['reports/c']],
    ]);
  });

  it('orders plan parts and links neighbours', () => {
    expect(plans(pages)[0]!.parts.map((p) => p.slug)).toEqual([
      'plan/p/preamble',
      'plan/p/chapter-1',
      'plan/p/chapter-2',
    ]);
    const { prev, next } = neighbours(pages, pages[5]!);
    expect([prev?.slug, next?.slug]).toEqual(['plan/p/preamble', 'plan/p/chapter-2']);
    expect(neighbours(pages, pages[0]!)).toEqual({});
  });

  it('lists the parts of a report split for its length in order, and none for a page not split', () => {
    const long = { id: 'long', title: '长文' };
    const parts = [
      page('reports/long-3', { order: 3, source: long, autoSplit: { part: 3, of: 3 } }),
      page('reports/long', { order: 1, source: long, autoSplit: { part: 1, of: 3 } }),
      page('reports/long-2', { order: 2, source: long, autoSplit: { part: 2, of: 3 } }),
    ];
    const all = [...pages, ...parts];
    expect(splitParts(all, parts[0]!)).toEqual([
      { slug: 'reports/long', part: 1 },
      { slug: 'reports/long-2', part: 2 },
      { slug: 'reports/long-3', part: 3 },
    ]);
    expect(splitParts(all, pages[0]!)).toEqual([]);
    expect(reportsByDistrict(all)[0]!.reports.map((r) => r.slug)).toEqual(['reports/b', 'reports/long', 'reports/a']);
  });
});

describe('language counterparts', () => {
  it('mirror Chinese at the root and English under en/, under any base path', () => {
    expect(counterparts('/reports/x/', '/')).toEqual({ current: 'zh', zh: '/reports/x/', en: '/en/reports/x/' });
    expect(counterparts('/en/reports/x/', '/')).toEqual({ current: 'en', zh: '/reports/x/', en: '/en/reports/x/' });
    expect(counterparts('/policy-site/', '/policy-site/')).toEqual({
      current: 'zh',
      zh: '/policy-site/',
      en: '/policy-site/en/',
    });
    expect(counterparts('/policy-site/en/', '/policy-site')).toEqual({
      current: 'en',
      zh: '/policy-site/',
      en: '/policy-site/en/',
    });
    expect(parallelPath('en', 'plan/p/chapter-1', '/policy-site/')).toBe('/policy-site/en/parallel/plan/p/chapter-1/');
    expect(() => counterparts('/elsewhere/', '/policy-site/')).toThrow(/not under the base path/);
  });
});
