import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

/*
 * Replacing a folder safely. Everything new is written to a sibling,
 * `<dir>.staging-<pid>`, and swapped in by rename, so a failure while writing
 * leaves the old folder untouched. Node has no atomic exchange of two folders
 * (Linux's renameat2 RENAME_EXCHANGE is not exposed), and making `dir` a
 * symlink to versioned folders would put a symlink in git (content/zh) and
 * before every deploy tool (dist/). So a swap is two renames, old out to
 * `<dir>.retired-<pid>`, staging in, and the next run repairs the one
 * interruption that can leave `dir` missing: see recoverInterruptedSwap.
 */

const LEFTOVER = /^(?<name>.+)\.(?<role>staging|retired)-(?<pid>\d+)$/;

/** The sibling folder a run of this process builds the new `dir` in. */
export function stagingFolderFor(dir: string): string {
  return `${dir}.staging-${process.pid}`;
}

/** Put the complete folder `staging` in the place of `dir` (which may not exist yet). */
export function swapInTree(staging: string, dir: string): void {
  const retired = `${dir}.retired-${process.pid}`;
  rmSync(retired, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, retired);
  try {
    renameSync(staging, dir);
  } catch (error) {
    if (!existsSync(dir) && existsSync(retired)) renameSync(retired, dir);
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Repair what an interrupted swap of `dir` left behind, and remove its
 * temporary folders; folders of a run still going are left alone. Returns
 * what was done, one sentence each, for the caller to print.
 *
 * A retired folder is made only once its staging twin is complete, so when
 * `dir` is missing: a staging folder with a retired twin was killed between
 * the two renames and is the new `dir`; a retired folder alone is the old
 * `dir` and goes back. A staging folder alone was never finished.
 */
export function recoverInterruptedSwap(dir: string): string[] {
  const parent = dirname(dir);
  if (!existsSync(parent)) return [];
  const leftovers = readdirSync(parent)
    .sort()
    .flatMap((entry) => {
      const match = LEFTOVER.exec(entry)?.groups;
      if (match?.name !== basename(dir) || isRunning(Number(match.pid))) return [];
      return [{ path: join(parent, entry), role: match.role, pid: match.pid }];
    });
  const done: string[] = [];
  if (!existsSync(dir)) {
    const retired = leftovers.filter((l) => l.role === 'retired');
    const completed = leftovers.find((l) => l.role === 'staging' && retired.some((r) => r.pid === l.pid));
    const newestRetired = retired.sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs)[0];
    const restored = completed ?? newestRetired;
    if (restored) {
      renameSync(restored.path, dir);
      done.push(
        `${dir} was missing after an interrupted run: ${completed ? 'its completed new version' : 'its previous version'} (${basename(restored.path)}) was put back.`,
      );
    }
  }
  const removed = leftovers.filter((l) => existsSync(l.path));
  for (const { path } of removed) rmSync(path, { recursive: true, force: true });
  if (removed.length > 0)
    done.push(`Removed temporary folders of an interrupted run: ${removed.map((l) => basename(l.path)).join(', ')}.`);
  return done;
}

/** What a replaceTree changed: the files written (new or different), removed, and kept as they were. */
export interface TreeUpdate {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

/**
 * Replace the contents of `dir` with `files` in one step (see above): a
 * failure half-way leaves the old folder untouched. A file whose content is
 * what it already was is hard-linked into the new folder, not written again,
 * so it keeps its inode and modification time: a watcher, `make`-style tool or
 * deploy sync sees only the files that changed. (Where a link cannot be made,
 * the file is written, with the same content.)
 */
export function replaceTree(dir: string, files: ReadonlyMap<string, string>): TreeUpdate {
  const staging = stagingFolderFor(dir);
  rmSync(staging, { recursive: true, force: true });
  const update: TreeUpdate = { added: [], changed: [], removed: [], unchanged: 0 };
  try {
    for (const [path, content] of files) {
      const target = join(staging, path);
      const current = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      const before = existsSync(current) && statSync(current).isFile() ? readFileSync(current, 'utf8') : undefined;
      if (before === content) {
        if (!linked(current, target)) writeFileSync(target, content);
        update.unchanged += 1;
      } else {
        writeFileSync(target, content);
        (before === undefined ? update.added : update.changed).push(path);
      }
    }
    if (existsSync(dir)) update.removed = listTree(dir).filter((path) => !files.has(path));
    mkdirSync(staging, { recursive: true });
    swapInTree(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return update;
}

function linked(existing: string, link: string): boolean {
  try {
    linkSync(existing, link);
    return true;
  } catch {
    return false;
  }
}

/**
 * Replace `dir` with the folder `write` fills (it is given an empty staging
 * path): swapped in only when `write` resolves; when it throws, `dir` is left
 * as it was and what `write` had written is removed.
 */
export async function replaceTreeWith(dir: string, write: (staging: string) => Promise<void>): Promise<void> {
  const staging = stagingFolderFor(dir);
  rmSync(staging, { recursive: true, force: true });
  try {
    await write(staging);
    swapInTree(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
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

/**
 * Move every file of `from` into `into` (the batches of a build into one site). A file both
 * hold must be the same bytes in each (each batch bundles the same scripts and styles); any
 * other is an error naming it, since one batch would silently overwrite another's page.
 * Returns how many files were moved; `from` is removed.
 */
export function mergeTreeInto(from: string, into: string): number {
  let moved = 0;
  for (const file of listTree(from)) {
    const source = join(from, file);
    const target = join(into, file);
    if (existsSync(target)) {
      if (!readFileSync(source).equals(readFileSync(target)))
        throw new Error(`Merging the build's batches: ${file} differs between ${from} and ${into}`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    renameSync(source, target);
    moved += 1;
  }
  rmSync(from, { recursive: true, force: true });
  return moved;
}
