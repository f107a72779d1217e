import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differingFiles, listTree } from '../../src/lib/io/tree.ts';
import { batchKeyOfPath, rendersInBatch } from '../../src/lib/site/build-batches.ts';
import { copyProject } from '../support/project-copy.ts';
import { DIST } from '../support/site-fixture.ts';
import { ROOT, SOURCE_IDS } from '../support/sources.ts';

/**
 * The site built in three batches (as a corpus of thousands of texts is, src/lib/site/build-batches.ts)
 * must be the site built at once, byte for byte, search index and deploy files included.
 */
const out = join(ROOT, '.tmp', 'batched-build');
let build: { status: number | null; output: string };

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no built site: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--out-dir', out, '--batches', '3'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  build = { status: result.status, output: result.stdout + result.stderr };
}, 600_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a build in batches', () => {
  it('gives the same site as one build, file for file and byte for byte', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(build.output).toContain('in 3 batches');
    expect(differingFiles(DIST, out)).toEqual([]);
  });

  it('rendered each page of a text in one batch only: the other batches made every page batch 0 did not', () => {
    // The pages of texts whose batch is 1 or 2, by the same rule the build follows; assets and the files
    // of public/ are in every batch, the same bytes, so the merge moves only these.
    const elsewhere = listTree(DIST).filter((file) => {
      const key = batchKeyOfPath(file.replace(/index\.html$/u, ''));
      return key !== undefined && !rendersInBatch({ index: 0, count: 3 }, key);
    });
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(build.output).toContain(`Merged ${elsewhere.length} files of 2 other batches`);
  });

  it('leaves no batch folder behind', () => {
    expect(listTree(join(ROOT, '.tmp')).filter((file) => file.includes('.batch-'))).toEqual([]);
  });
});

describe('a build in batches that fails', () => {
  it('stops at the batch that fails, names the stale page, and leaves no site and no batch folder', () => {
    const project = copyProject();
    try {
      const text = join(project.root, 'content', 'sources', `${SOURCE_IDS.highTechZone}.txt`);
      writeFileSync(text, readFileSync(text, 'utf8').replace('命名的第一个', '命名的首个'));
      const result = spawnSync(process.execPath, [join(project.root, 'scripts', 'build.ts'), '--batches', '3'], {
        cwd: project.root,
        encoding: 'utf8',
      });
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      expect(output).toContain(`content/zh/reports/${SOURCE_IDS.highTechZone}.mdx: made from content/sources/`);
      // The first batch to run (batch 0 runs last) finds the stale page and stops the build.
      expect(output).toContain('Batch 1/3 of the build failed (see above).');
      expect(output).toContain('dist/ was left as it was');
      expect(readdirSync(project.root).filter((name) => name.startsWith('dist'))).toEqual([]);
    } finally {
      project.remove();
    }
  }, 300_000);
});
