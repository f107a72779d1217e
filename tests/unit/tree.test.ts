import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareTree, replaceTree } from '../../src/lib/io/tree.ts';

let parent: string;
let dir: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'tree-'));
  dir = join(parent, 'zh');
  mkdirSync(join(dir, 'reports'), { recursive: true });
  writeFileSync(join(dir, 'reports', 'old.mdx'), 'old');
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('replaceTree', () => {
  it('swaps in the new files and removes the old ones', () => {
    replaceTree(dir, new Map([['reports/new.mdx', 'new']]));
    expect(readdirSync(join(dir, 'reports'))).toEqual(['new.mdx']);
    expect(readdirSync(parent)).toEqual(['zh']);
  });

  it('leaves the folder untouched and cleans up when writing fails part-way', () => {
    // `a` cannot be both a file and a folder: the second write fails after the first succeeded.
    expect(() =>
      replaceTree(
        dir,
        new Map([
          ['a', 'file'],
          ['a/b.mdx', 'nested'],
        ]),
      ),
    ).toThrow();
    expect(readFileSync(join(dir, 'reports', 'old.mdx'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['zh']);
  });
});

describe('compareTree', () => {
  it('lists changed, missing and extra files', () => {
    writeFileSync(join(dir, 'extra.mdx'), 'x');
    expect(
      compareTree(
        dir,
        new Map([
          ['reports/old.mdx', 'changed'],
          ['missing.mdx', 'm'],
        ]),
      ),
    ).toEqual({
      changed: ['reports/old.mdx'],
      missing: ['missing.mdx'],
      extra: ['extra.mdx'],
    });
    expect(existsSync(join(dir, 'missing.mdx'))).toBe(false);
  });
});
