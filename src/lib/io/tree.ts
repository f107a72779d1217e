import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Replace the contents of `dir` with `files` in one step: everything is
 * written to a sibling folder first and swapped in by rename, so a failure
 * half-way leaves the old folder untouched.
 */
export function replaceTree(dir: string, files: ReadonlyMap<string, string>): void {
  const staging = `${dir}.staging-${process.pid}`;
  const retired = `${dir}.retired-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    mkdirSync(staging, { recursive: true });
    if (existsSync(dir)) renameSync(dir, retired);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(dir) && existsSync(retired)) renameSync(retired, dir);
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}

export interface TreeDifference {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** How `dir` differs from what `files` says it should hold. */
export function compareTree(dir: string, files: ReadonlyMap<string, string>): TreeDifference {
  const present = existsSync(dir) ? listTree(dir) : [];
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [path, content] of files) {
    const target = join(dir, path);
    if (!existsSync(target)) missing.push(path);
    else if (readFileSync(target, 'utf8') !== content) changed.push(path);
  }
  const extra = present.filter((path) => !files.has(path));
  return { changed: changed.sort(), missing: missing.sort(), extra: extra.sort() };
}

export function listTree(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Files that differ between two folders, or exist in only one of them. */
export function differingFiles(a: string, b: string): string[] {
  const inA = new Set(listTree(a));
  const inB = new Set(listTree(b));
  const differences: string[] = [];
  for (const file of inA) {
    if (!inB.has(file)) differences.push(`only in ${a}: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(`differs: ${file}`);
  }
  for (const file of inB) if (!inA.has(file)) differences.push(`only in ${b}: ${file}`);
  return differences.sort();
}
