import { describe, expect, it } from 'vitest';
import {
  paragraphLabel,
  withoutAnchor,
  joinBase,
  localePathUnder,
  pathWithinBase,
  splitLocale,
  withoutTrailingSlash,
  withTrailingSlash,
} from '../../src/lib/site/paths.ts';

// The base paths the site is built with: the root, and BASE_PATH as `npm run build:subpath` sets it, or written without its slash.
const bases = ['/', '/policy-site/', '/policy-site'];

describe('site paths', () => {
  it('end a base path in exactly one slash', () => {
    expect(withTrailingSlash('/policy-site')).toBe('/policy-site/');
    expect(withTrailingSlash('/policy-site/')).toBe('/policy-site/');
    expect(withTrailingSlash('')).toBe('/');
    expect(withoutTrailingSlash('reports/qijiang-2021-centenary-review/')).toBe(
      'reports/qijiang-2021-centenary-review',
    );
    expect(withoutTrailingSlash('/')).toBe('');
  });

  it('join a site-relative path onto the base, with or without its leading slash', () => {
    expect(bases.map((base) => joinBase(base, 'data/figures.json'))).toEqual([
      '/data/figures.json',
      '/policy-site/data/figures.json',
      '/policy-site/data/figures.json',
    ]);
    expect(joinBase('/policy-site', '/favicon.svg')).toBe('/policy-site/favicon.svg');
    expect(joinBase('/policy-site/', '')).toBe('/policy-site/');
  });

  it('put Chinese pages at the root and English ones under en/', () => {
    expect(localePathUnder('/', 'zh')).toBe('/');
    expect(localePathUnder('/', 'en')).toBe('/en/');
    expect(localePathUnder('/policy-site', 'en', 'plan/qijiang-14th-five-year-st-plan/')).toBe(
      '/policy-site/en/plan/qijiang-14th-five-year-st-plan/',
    );
    expect(localePathUnder('/policy-site/', 'zh', 'search/')).toBe('/policy-site/search/');
  });

  it('find a pathname under the base path, or say it is not', () => {
    expect(pathWithinBase('/policy-site/en/glossary/', '/policy-site/')).toBe('en/glossary/');
    expect(pathWithinBase('/policy-site', '/policy-site/')).toBe('');
    expect(pathWithinBase('/en/search/', '/')).toBe('en/search/');
    expect(pathWithinBase('/elsewhere/', '/policy-site')).toBeUndefined();
    expect(pathWithinBase('/policy-sites/', '/policy-site')).toBeUndefined();
  });

  it('tell the locale of a path: only an en/ segment is English', () => {
    expect(splitLocale('en/plan/qijiang-14th-five-year-st-plan/chapter-1/')).toEqual({
      locale: 'en',
      path: 'plan/qijiang-14th-five-year-st-plan/chapter-1/',
    });
    expect(splitLocale('en')).toEqual({ locale: 'en', path: '' });
    expect(splitLocale('en/')).toEqual({ locale: 'en', path: '' });
    expect(splitLocale('')).toEqual({ locale: 'zh', path: '' });
    expect(splitLocale('data/figures.json')).toEqual({ locale: 'zh', path: 'data/figures.json' });
    // A path that merely starts with the letters is Chinese.
    expect(splitLocale('enterprises/')).toEqual({ locale: 'zh', path: 'enterprises/' });
  });
});

describe('paragraph addresses in tables', () => {
  // Page addresses as the open data publishes them (data/indicators.json).
  it('drops the anchor of a paragraph URL, and keeps a URL without one', () => {
    expect(withoutAnchor('plan/qijiang-14th-five-year-st-plan/chapter-1/#p2')).toBe(
      'plan/qijiang-14th-five-year-st-plan/chapter-1/',
    );
    expect(withoutAnchor('reports/qijiang-2022-high-tech-zone/')).toBe('reports/qijiang-2022-high-tech-zone/');
  });

  it('labels a paragraph by its page and anchor', () => {
    expect(paragraphLabel('plan/qijiang-14th-five-year-st-plan/chapter-1/#p2')).toBe('chapter-1#p2');
    expect(paragraphLabel('reports/qijiang-2022-high-tech-zone/#table1-r3-c2')).toBe(
      'qijiang-2022-high-tech-zone#table1-r3-c2',
    );
  });
});
