import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listTree } from '../../src/lib/io/tree.ts';
import { ROOT } from './sources.ts';

/** A scratch copy of the project's content folder, to run the command-line tools against. */
export function copyContent(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'project-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A scratch copy of the whole project (node_modules linked, not copied), to build in. */
export function copyProject(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'project-'));
  for (const entry of [
    'src',
    'content',
    'public',
    'scripts',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'site.yaml',
  ]) {
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Run `npm run build` (the copy's scripts/build.ts) in a copy of the project, with the project's Node. */
export function buildIn(root: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts'), '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Run one of the project's scripts (`scripts/<name>.ts`) with the project's Node, in `cwd`. */
export function runScript(name: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', `${name}.ts`), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One hash over every file name and byte in a folder, to prove it did not change. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listTree(dir))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Add a source to a copy of the project, as staff do: its text (paragraphs separated by blank lines) and its metadata. */
export function addSource(root: string, id: string, paragraphs: readonly string[], meta: string): void {
  writeFileSync(join(root, 'content', 'sources', `${id}.txt`), paragraphs.map((p) => `${p}\n`).join('\n'));
  writeFileSync(join(root, 'content', 'sources', `${id}.meta.yaml`), meta);
}
