import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseObservationEntries } from '../indicators/observations.ts';
import { parseIndicators } from '../indicators/registry.ts';
import { parseCorrections } from '../sources/corrections.ts';
import type { MetaOptions } from '../sources/meta.ts';
import { loadSources } from '../sources/load.ts';
import { readInputFile } from './input-text.ts';
import { withWarnings } from '../errors.ts';
import { listTree } from './tree.ts';
import type { IngestInput } from '../ingest.ts';

/** Where the project keeps its content, relative to a root (the repository, or a test's copy of it). */
export function projectPaths(root: string) {
  return {
    root,
    sources: join(root, 'content', 'sources'),
    corrections: join(root, 'content', 'corrections.yaml'),
    indicators: join(root, 'content', 'indicators.yaml'),
    observations: join(root, 'content', 'observations.yaml'),
    zh: join(root, 'content', 'zh'),
    en: join(root, 'content', 'en'),
  };
}

/**
 * Read everything ingest needs from disk, with the warnings about suspect input that does not stop ingest
 * (also carried by the InputErrors thrown when something later does).
 */
export function readIngestInput(root: string, options: MetaOptions = {}): IngestInput {
  const paths = projectPaths(root);
  const correctionsFile = relative(root, paths.corrections);
  const observationsFile = relative(root, paths.observations);
  const optional = (path: string) => (existsSync(path) ? readInputFile(path, relative(root, path)) : '');
  const { sources, warnings } = loadSources(paths.sources, { root, ...options });
  try {
    return {
      sources,
      warnings,
      corrections: parseCorrections(correctionsFile, optional(paths.corrections)),
      correctionsFile,
      indicators: parseIndicators(relative(root, paths.indicators), optional(paths.indicators)),
      observationEntries: parseObservationEntries(observationsFile, optional(paths.observations)),
      observationsFile,
    };
  } catch (error) {
    throw withWarnings(error, warnings);
  }
}

/** The MDX pages of a project, Chinese and English: what a build bundles, and its memory grows with. */
export function countContentEntries(root: string): number {
  return ['zh', 'en']
    .map((language) => join(root, 'content', language))
    .filter((dir) => existsSync(dir))
    .reduce((sum, dir) => sum + listTree(dir).filter((file) => file.endsWith('.mdx')).length, 0);
}
