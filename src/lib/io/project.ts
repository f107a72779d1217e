import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCorrections } from '../sources/corrections.ts';
import { loadSources } from '../sources/load.ts';
import type { IngestInput } from '../ingest.ts';

/** Where the project keeps its content, relative to a root (the repository, or a test's copy of it). */
export function projectPaths(root: string) {
  return {
    root,
    sources: join(root, 'content', 'sources'),
    corrections: join(root, 'content', 'corrections.yaml'),
    zh: join(root, 'content', 'zh'),
    en: join(root, 'content', 'en'),
  };
}

/** Read everything ingest needs from disk. */
export function readIngestInput(root: string): IngestInput {
  const paths = projectPaths(root);
  const correctionsFile = relative(root, paths.corrections);
  return {
    sources: loadSources(paths.sources, { root }),
    corrections: existsSync(paths.corrections) ? parseCorrections(correctionsFile, readFileSync(paths.corrections, 'utf8')) : [],
    correctionsFile,
  };
}
