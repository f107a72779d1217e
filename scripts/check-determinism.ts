// npm run check:determinism: two clean builds of the same commit must give byte-identical sites.
// Each build starts without Astro's caches, into its own folder; every differing file is listed.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { differingFiles, listTree } from '../src/lib/io/tree.ts';

const root = process.cwd();
const outDirs = ['.tmp/determinism/a', '.tmp/determinism/b'] as const;
// The tracker judges plans as of the build's date: both builds take the same one (the reproducible-builds
// convention), so a run that crosses midnight still compares like with like.
process.env.SOURCE_DATE_EPOCH ??= String(Math.floor(Date.now() / 1000));

for (const outDir of outDirs) {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite', outDir])
    rmSync(join(root, cache), { recursive: true, force: true });
  await build({ root, outDir, logLevel: 'error' });
}

const differences = differingFiles(join(root, outDirs[0]), join(root, outDirs[1]));
if (differences.length > 0) {
  console.error(`Two clean builds differ in ${differences.length} files:\n  ${differences.join('\n  ')}`);
  process.exit(1);
}
console.log(`Two clean builds are byte-identical (${listTree(join(root, outDirs[0])).length} files).`);
