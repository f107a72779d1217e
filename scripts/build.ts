// npm run build [-- --out-dir <dir>] [--silent]: build the site into dist/ (or <dir>), all or nothing.
// Astro writes into a staging folder beside the target; only when every step has succeeded (pages,
// search indexes and their read-back check, _headers, sitemap) is it swapped in, so a failed build
// never replaces a good site. BASE_PATH and SITE_URL as in astro.config.mjs.
import { relative, resolve } from 'node:path';
import { build, type AstroInlineConfig } from 'astro';
import { recoverInterruptedSwap, replaceTreeWith } from '../src/lib/io/tree.ts';

export async function buildSite(
  outDir: string,
  logLevel: AstroInlineConfig['logLevel'] = 'info',
  root = process.cwd(),
): Promise<void> {
  const target = resolve(root, outDir);
  const shown = `${relative(root, target) || '.'}/`;
  for (const repaired of recoverInterruptedSwap(target)) console.log(repaired);
  try {
    // The integrations write into the folder Astro gives them at astro:build:done: the staging folder.
    await replaceTreeWith(target, (staging) => build({ root, outDir: staging, logLevel }));
  } catch (error) {
    // A plain Error is the project's own message (a stale page, a bad observation): its stack, into the
    // staging folder's chunks, would only hide it. Anything else (a TypeError, Astro's errors) is shown whole.
    console.error(error instanceof Error && error.name === 'Error' ? error.message : error);
    console.error(`\nThe build failed: ${shown} was left as it was.`);
    process.exit(1);
  }
  if (logLevel !== 'silent' && logLevel !== 'error') console.log(`Built the site into ${shown}`);
}

if (import.meta.main) {
  const outDirFlag = process.argv.indexOf('--out-dir');
  const outDir = outDirFlag > 0 ? process.argv[outDirFlag + 1] : undefined;
  if (outDirFlag > 0 && !outDir) throw new Error('--out-dir needs a folder');
  await buildSite(outDir ?? 'dist', process.argv.includes('--silent') ? 'silent' : 'info');
}
