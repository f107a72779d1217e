import type { AstroIntegration } from 'astro';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeTreeInto } from '../lib/io/tree.ts';

/**
 * The last batch of a build in batches (scripts/build.ts, src/lib/site/build-batches.ts)
 * takes in the output of the others (BUILD_BATCH_OUTPUTS, folders joined by the path
 * delimiter) before the search index and the deploy files read the site: so they see the
 * whole site, as after a build without batches. It must come before those integrations.
 */
export default function mergeBatches(): AstroIntegration {
  return {
    name: 'merge-batches',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outputs = process.env.BUILD_BATCH_OUTPUTS?.split(delimiter).filter(Boolean) ?? [];
        if (outputs.length === 0) return;
        const moved = outputs.reduce((sum, output) => sum + mergeTreeInto(output, fileURLToPath(dir)), 0);
        logger.info(`Merged ${moved} files of ${outputs.length} other batches`);
      },
    },
  };
}
