import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '../lib/io/project.ts';
import { loadSources, type Source } from '../lib/sources/load.ts';

const root = process.cwd();
let cached: Source[] | undefined;

/** The source texts with their metadata, read once per build. */
export function allSources(): Source[] {
  cached ??= loadSources(projectPaths(root).sources, { root }).sources;
  return cached;
}

/** The exact bytes of a source file, for serving it unchanged. */
export function sourceBytes(source: Source): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(root, source.file)));
}
