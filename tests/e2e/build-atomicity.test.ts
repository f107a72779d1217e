import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIn, copyProject, treeHash } from '../support/project-copy.ts';
import { DIST } from '../support/site-fixture.ts';
import { SOURCE_IDS } from '../support/sources.ts';

/**
 * One failing build of a copy of the project: a source text was edited and
 * nobody ran ingest, so its page would show a SHA-256 that is not the raw
 * file's. The build must fail, say why, and leave the previous dist/ as it was.
 */
let project: ReturnType<typeof copyProject>;
let previous: string;
let build: ReturnType<typeof buildIn>;

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no built site: run \`npm run build\` first`);
  project = copyProject();
  // The last good site, as a deploy would find it.
  cpSync(DIST, join(project.root, 'dist'), { recursive: true });
  previous = treeHash(join(project.root, 'dist'));
  const text = join(project.root, 'content', 'sources', `${SOURCE_IDS.highTechZone}.txt`);
  writeFileSync(text, readFileSync(text, 'utf8').replace('命名的第一个', '命名的首个'));
  build = buildIn(project.root);
}, 600_000);
afterAll(() => project.remove());

describe('a build that fails', () => {
  it('exits non-zero, naming the stale page and telling the user to run ingest', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('run `npm run ingest`');
    expect(build.output).toContain(
      `content/zh/reports/${SOURCE_IDS.highTechZone}.mdx: made from content/sources/${SOURCE_IDS.highTechZone}.txt with SHA-256`,
    );
  });

  it('leaves the previous dist/ byte for byte as it was, and says so', () => {
    expect(treeHash(join(project.root, 'dist'))).toBe(previous);
    expect(build.output).toContain('dist/ was left as it was');
  });

  it('leaves no staging folder behind', () => {
    expect(readdirSync(project.root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
  });
});
