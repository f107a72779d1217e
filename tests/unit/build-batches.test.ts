import { describe, expect, it } from 'vitest';
import {
  batchCountFor,
  batchKeyOfPath,
  batchKeyOfSlug,
  batchOfKey,
  finishesBuild,
  parseBuildBatch,
  rendersInBatch,
} from '../../src/lib/site/build-batches.ts';

describe('builds in batches', () => {
  it('take one batch per ENTRIES_PER_BATCH content entries, and one build for a small site', () => {
    expect(batchCountFor(0)).toBe(1);
    expect(batchCountFor(50)).toBe(1);
    expect(batchCountFor(1000)).toBe(1);
    expect(batchCountFor(1001)).toBe(2);
    expect(batchCountFor(20_400)).toBe(21);
    expect(batchCountFor(9, 4)).toBe(3);
  });

  it('read the batch from BUILD_BATCH, and reject one that does not exist', () => {
    expect(parseBuildBatch(undefined)).toBeUndefined();
    expect(parseBuildBatch('')).toBeUndefined();
    expect(parseBuildBatch('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['5/5', '1/0', 'x', '1-3', '-1/3'])
      expect(() => parseBuildBatch(bad), bad).toThrow(`BUILD_BATCH=${bad}: expected <batch>/<count>`);
  });

  it('keep a plan with its chapters, a text with its English page, parallel view, data and source', () => {
    expect(batchKeyOfSlug('reports/qijiang-2021-kejichuangxin')).toBe('reports/qijiang-2021-kejichuangxin');
    expect(batchKeyOfSlug('plan/qijiang-14th-fyp-st/chapter-3')).toBe('plan/qijiang-14th-fyp-st');
    for (const path of [
      'reports/x-2/',
      'en/reports/x-2/',
      'parallel/reports/x-2/',
      'en/parallel/reports/x-2/',
      'data/pages/reports/x-2.json',
    ])
      expect(batchKeyOfPath(path), path).toBe('reports/x-2');
    for (const path of [
      'plan/p/',
      'en/plan/p/',
      'plan/p/chapter-1/',
      'parallel/plan/p/preamble/',
      'data/pages/plan/p/chapter-1.json',
    ])
      expect(batchKeyOfPath(path), path).toBe('plan/p');
    for (const path of ['sources/x/', 'en/sources/x/', 'sources/x.txt'])
      expect(batchKeyOfPath(path), path).toBe('sources/x');
  });

  it('give the pages made from the whole corpus no key: batch 0 renders them', () => {
    for (const path of [
      '',
      'en/',
      'figures/',
      'figures/qijiang/2/',
      'sources/',
      'sources/district/qijiang/',
      'en/sources/district/qijiang/2/',
      'data/figures.csv',
      'data/pages/',
      'indicators/x/',
      '404.html',
      'search-names.json',
    ])
      expect(batchKeyOfPath(path), path).toBeUndefined();
    expect(rendersInBatch({ index: 0, count: 3 }, undefined)).toBe(true);
    expect(rendersInBatch({ index: 1, count: 3 }, undefined)).toBe(false);
    expect(finishesBuild({ index: 0, count: 3 })).toBe(true);
    expect(finishesBuild({ index: 2, count: 3 })).toBe(false);
    expect(finishesBuild(undefined)).toBe(true);
  });

  it('put each key in exactly one batch, spread about evenly, and every page in a build without batches', () => {
    const keys = Array.from({ length: 3000 }, (_, n) => `reports/synthetic-${String(n).padStart(4, '0')}`);
    const sizes = [0, 0, 0, 0, 0, 0];
    for (const key of keys) {
      const owners = [0, 1, 2, 3, 4, 5].filter((index) => rendersInBatch({ index, count: 6 }, key));
      expect(owners).toHaveLength(1);
      sizes[owners[0]!]! += 1;
      expect(rendersInBatch(undefined, key)).toBe(true);
    }
    for (const size of sizes) expect(Math.abs(size - 500)).toBeLessThan(75);
    // FNV-1a (32 bits), by the published test vectors: the batch of a key needs nothing but the key.
    expect(batchOfKey('', 2 ** 32)).toBe(0x811c9dc5);
    expect(batchOfKey('a', 2 ** 32)).toBe(0xe40c292c);
    expect(batchOfKey('foobar', 2 ** 32)).toBe(0xbf9cf968);
  });
});
