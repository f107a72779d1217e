// npm run ingest [-- --check]
// Turns content/sources/*.txt (+ .meta.yaml) into content/zh/**/*.mdx.
// --check writes nothing and fails if content/zh is not what ingest would make.
import { relative } from 'node:path';
import { formatWarning, InputError, InputErrors, type InputWarning } from '../src/lib/errors.ts';
import { ingest } from '../src/lib/ingest.ts';
import { projectPaths, readIngestInput } from '../src/lib/io/project.ts';
import { compareTree, recoverInterruptedSwap, replaceTree } from '../src/lib/io/tree.ts';

const root = process.cwd();
const LISTED_AT_MOST = 20;
const check = process.argv.includes('--check');
const paths = projectPaths(root);

// A run killed while swapping content/zh in is repaired first, whatever this run does next.
if (!check) for (const repaired of recoverInterruptedSwap(paths.zh)) console.log(repaired);
const printWarnings = (warnings: readonly InputWarning[]) => {
  for (const warning of warnings) console.error(formatWarning(warning));
};

try {
  const { files, pages, warnings } = ingest(readIngestInput(root));
  printWarnings(warnings);
  const target = relative(root, paths.zh);
  if (check) {
    const diff = compareTree(paths.zh, files);
    const stale = [
      ...diff.changed.map((f) => `changed  ${f}`),
      ...diff.missing.map((f) => `missing  ${f}`),
      ...diff.extra.map((f) => `extra    ${f}`),
    ];
    if (stale.length > 0) {
      console.error(
        `${target} is out of date with content/sources; run \`npm run ingest\` and commit the result:\n  ${stale.join('\n  ')}`,
      );
      process.exit(1);
    }
    console.log(`${target} is up to date (${files.size} pages).`);
  } else {
    const update = replaceTree(paths.zh, files);
    const rewritten = update.added.length + update.changed.length;
    console.log(
      `Wrote ${files.size} pages to ${target} from ${new Set(pages.map((p) => p.source.id)).size} sources: ` +
        `${rewritten} rewritten (${update.added.length} new, ${update.changed.length} changed), ` +
        `${update.unchanged} unchanged, ${update.removed.length} removed.`,
    );
    // Named when few (an added or edited text); a first ingest of a whole corpus only counts them.
    const named = [
      ...update.added.map((path) => `  new      ${target}/${path}`),
      ...update.changed.map((path) => `  changed  ${target}/${path}`),
      ...update.removed.map((path) => `  removed  ${target}/${path}`),
    ];
    for (const line of named.slice(0, LISTED_AT_MOST)) console.log(line);
    if (named.length > LISTED_AT_MOST) console.log(`  … and ${named.length - LISTED_AT_MOST} more`);
  }
} catch (error) {
  if (error instanceof InputErrors || error instanceof InputError) {
    // The warnings found before the error, so they are seen even when an error follows.
    if (error instanceof InputErrors) printWarnings(error.warnings);
    console.error(`ingest failed; nothing was written.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
