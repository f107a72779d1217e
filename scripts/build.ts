// npm run build [-- --out-dir <dir>] [--batches <n>] [--silent]: build the site into dist/ (or <dir>), all or nothing.
// Astro writes into a staging folder beside the target; only when every step has succeeded (pages,
// search indexes and their read-back check, _headers, sitemap) is it swapped in, so a failed build
// never replaces a good site. BASE_PATH and SITE_URL as in astro.config.mjs.
// A large site is built in batches (src/lib/site/build-batches.ts), each an `astro build` in a process of
// its own with a bounded heap, so that memory follows the batch, not the corpus; --batches sets their number (1: none).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { delimiter, relative, resolve } from 'node:path';
import { build, type AstroInlineConfig } from 'astro';
import { countContentEntries } from '../src/lib/io/project.ts';
import { recoverInterruptedSwap, replaceTreeWith } from '../src/lib/io/tree.ts';
import { batchCountFor } from '../src/lib/site/build-batches.ts';

function printBuildError(error: unknown): void {
  // A plain Error is the project's own message (a stale page, a bad observation): its stack, into the
  // staging folder's chunks, would only hide it. Anything else (a TypeError, Astro's errors) is shown whole.
  console.error(error instanceof Error && error.name === 'Error' ? error.message : error);
}

/**
 * The heap a batch may grow to before V8 collects in earnest. Left to itself on a large machine V8 lets the heap grow
 * far past what a batch keeps alive: at 10,000 texts batch 0 peaked at 4,192 MB without a limit, 3,815 MB with 3,072
 * and 3,540 MB (and 10 % sooner) with 2,560 (docs/benchmarks.md, "A heap limit for each batch"). A NODE_OPTIONS that
 * sets its own limit is left to decide.
 */
const BATCH_HEAP_MB = 2560;
const heapFlags = () =>
  /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${BATCH_HEAP_MB}`];

/** One batch, in a process of its own (its memory is returned when it ends), into `outDir`. */
function buildBatchInChild(
  root: string,
  outDir: string,
  batch: string,
  logLevel: AstroInlineConfig['logLevel'],
  env: NodeJS.ProcessEnv = {},
) {
  const child = spawnSync(
    process.execPath,
    [...heapFlags(), import.meta.filename, '--batch-into', outDir, ...(logLevel === 'silent' ? ['--silent'] : [])],
    { cwd: root, env: { ...process.env, ...env, BUILD_BATCH: batch }, stdio: 'inherit' },
  );
  if (child.status !== 0) throw new Error(`Batch ${batch} of the build failed (see above).`);
}

function buildInBatches(root: string, staging: string, count: number, logLevel: AstroInlineConfig['logLevel']) {
  const outputs = Array.from({ length: count - 1 }, (_, k) => `${staging}.batch-${k + 1}`);
  // Every batch judges the plans as of the same day (the tracker), though the build may cross midnight.
  const epochWasSet = process.env.SOURCE_DATE_EPOCH !== undefined;
  process.env.SOURCE_DATE_EPOCH ??= String(Math.floor(Date.now() / 1000));
  try {
    for (const [k, output] of outputs.entries()) buildBatchInChild(root, output, `${k + 1}/${count}`, logLevel);
    // Batch 0 renders the pages made from the whole corpus and takes in the others (src/integrations/merge-batches.ts).
    buildBatchInChild(root, staging, `0/${count}`, logLevel, { BUILD_BATCH_OUTPUTS: outputs.join(delimiter) });
  } finally {
    if (!epochWasSet) delete process.env.SOURCE_DATE_EPOCH;
    for (const output of outputs) rmSync(output, { recursive: true, force: true });
  }
}

export async function buildSite(
  outDir: string,
  logLevel: AstroInlineConfig['logLevel'] = 'info',
  root = process.cwd(),
  batches = batchCountFor(countContentEntries(root)),
): Promise<void> {
  const target = resolve(root, outDir);
  const shown = `${relative(root, target) || '.'}/`;
  for (const repaired of recoverInterruptedSwap(target)) console.log(repaired);
  try {
    // The integrations write into the folder Astro gives them at astro:build:done: the staging folder.
    await replaceTreeWith(target, async (staging) => {
      if (batches > 1) buildInBatches(root, staging, batches, logLevel);
      else await build({ root, outDir: staging, logLevel });
    });
  } catch (error) {
    printBuildError(error);
    console.error(`\nThe build failed: ${shown} was left as it was.`);
    process.exit(1);
  }
  if (logLevel !== 'silent' && logLevel !== 'error')
    console.log(`Built the site into ${shown}${batches > 1 ? ` in ${batches} batches` : ''}`);
}

if (import.meta.main) {
  const flag = (name: string) => {
    const at = process.argv.indexOf(name);
    if (at > 0 && !process.argv[at + 1]) throw new Error(`${name} needs a value`);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const logLevel = process.argv.includes('--silent') ? 'silent' : 'info';
  const batchInto = flag('--batch-into');
  const batches = flag('--batches');
  if (batches !== undefined && !/^[1-9]\d*$/u.test(batches)) throw new Error(`--batches ${batches}: expected a count`);
  // Internal: one batch of a build in batches (BUILD_BATCH), written where the build that started it asks.
  if (batchInto) {
    try {
      await build({ root: process.cwd(), outDir: batchInto, logLevel });
    } catch (error) {
      printBuildError(error);
      process.exit(1);
    }
  } else
    await buildSite(
      flag('--out-dir') ?? 'dist',
      logLevel,
      process.cwd(),
      batches === undefined ? undefined : Number(batches),
    );
}
