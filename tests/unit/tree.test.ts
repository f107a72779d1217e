import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compareTree,
  listTree,
  mergeTreeInto,
  recoverInterruptedSwap,
  replaceTree,
  replaceTreeWith,
  swapInTree,
} from '../../src/lib/io/tree.ts';

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

  it('writes only what changed: an unchanged file keeps its inode and time, and the update names the rest', () => {
    writeFileSync(join(dir, 'reports', 'same.mdx'), 'same');
    writeFileSync(join(dir, 'reports', 'edited.mdx'), 'before');
    const before = statSync(join(dir, 'reports', 'same.mdx'));
    const update = replaceTree(
      dir,
      new Map([
        ['reports/same.mdx', 'same'],
        ['reports/edited.mdx', 'after'],
        ['plan/new.mdx', 'new'],
      ]),
    );
    expect(update).toEqual({
      added: ['plan/new.mdx'],
      changed: ['reports/edited.mdx'],
      removed: ['reports/old.mdx'],
      unchanged: 1,
    });
    const after = statSync(join(dir, 'reports', 'same.mdx'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readFileSync(join(dir, 'reports', 'edited.mdx'), 'utf8')).toBe('after');
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['edited.mdx', 'same.mdx']);
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

/** A process id no process has: what a killed run's folders carry. */
const DEAD_PID = 2 ** 22 + 1;
const write = (path: string, content: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
};

describe('recoverInterruptedSwap', () => {
  it('a run killed between its two renames: the completed staging folder becomes the folder', () => {
    // The old folder was renamed away, the new one not yet renamed in.
    renameSync(dir, `${dir}.retired-${DEAD_PID}`);
    write(join(`${dir}.staging-${DEAD_PID}`, 'reports', 'new.mdx'), 'new');
    const done = recoverInterruptedSwap(dir);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['new.mdx']);
    expect(readdirSync(parent)).toEqual(['zh']);
    expect(done.join('\n')).toMatch(/missing after an interrupted run/);
  });

  it('a run killed after renaming the old folder away, its staging folder gone: the old folder comes back', () => {
    renameSync(dir, `${dir}.retired-${DEAD_PID}`);
    recoverInterruptedSwap(dir);
    expect(readFileSync(join(dir, 'reports', 'old.mdx'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['zh']);
  });

  it('removes a half-written staging folder and a retired one left by a killed run, keeping the folder', () => {
    write(join(`${dir}.staging-${DEAD_PID}`, 'reports', 'half.mdx'), 'half');
    write(join(`${dir}.retired-${DEAD_PID + 1}`, 'reports', 'older.mdx'), 'older');
    expect(recoverInterruptedSwap(dir)).toEqual([
      `Removed temporary folders of an interrupted run: zh.retired-${DEAD_PID + 1}, zh.staging-${DEAD_PID}.`,
    ]);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['old.mdx']);
    expect(readdirSync(parent)).toEqual(['zh']);
  });

  it('leaves alone the folders of a run still going, and other folders beside it', () => {
    write(join(`${dir}.staging-${process.pid}`, 'a.mdx'), 'in progress');
    mkdirSync(join(parent, 'zh-other.staging-1'));
    expect(recoverInterruptedSwap(dir)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(['zh', 'zh-other.staging-1', `zh.staging-${process.pid}`]);
  });
});

describe('swapInTree', () => {
  it('puts a folder in the place of one that does not exist yet, or of the old one', () => {
    const target = join(parent, 'dist');
    write(join(parent, 'new', 'index.html'), 'first');
    swapInTree(join(parent, 'new'), target);
    write(join(parent, 'newer', 'index.html'), 'second');
    swapInTree(join(parent, 'newer'), target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('second');
    expect(readdirSync(parent).sort()).toEqual(['dist', 'zh']);
  });
});

describe('replaceTreeWith', () => {
  it('swaps in what the writer built once it has finished', async () => {
    await replaceTreeWith(dir, async (staging) => {
      write(join(staging, 'index.html'), 'new site');
    });
    expect(readdirSync(dir)).toEqual(['index.html']);
    expect(readdirSync(parent)).toEqual(['zh']);
  });

  it('a writer that fails after writing pages (as a search index failing late in a build would): the folder stays as it was', async () => {
    const failure = new Error('Pagefind could not write pagefind-exact');
    await expect(
      replaceTreeWith(dir, async (staging) => {
        write(join(staging, 'index.html'), 'half a site');
        write(join(staging, 'reports', 'old.mdx'), 'overwritten?');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(readdirSync(dir)).toEqual(['reports']);
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

describe('mergeTreeInto', () => {
  const write = (root: string, file: string, text: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  it('moves the files of one batch into another, keeping a file both hold when it is the same', () => {
    const batch = join(parent, 'batch-1');
    write(batch, 'reports/b/index.html', 'b');
    write(batch, '_astro/site.css', 'css');
    write(dir, '_astro/site.css', 'css');
    expect(mergeTreeInto(batch, dir)).toBe(1);
    expect(listTree(dir)).toEqual(['_astro/site.css', 'reports/b/index.html', 'reports/old.mdx']);
    expect(readFileSync(join(dir, 'reports', 'b', 'index.html'), 'utf8')).toBe('b');
    expect(existsSync(batch)).toBe(false);
  });

  it('stops, naming the file, when two batches wrote different bytes at the same path', () => {
    const batch = join(parent, 'batch-1');
    write(batch, 'reports/old.mdx', 'new');
    expect(() => mergeTreeInto(batch, dir)).toThrow(`Merging the build's batches: reports/old.mdx differs between`);
    expect(readFileSync(join(dir, 'reports', 'old.mdx'), 'utf8')).toBe('old');
  });
});
