import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { ROOT } from './sources.ts';
import { serveDirectory, type ServeOptions, type StaticServer } from '../../tooling/browser/static-server.ts';

export const DIST = join(ROOT, 'dist');

/**
 * A built site served on 127.0.0.1 and a Chromium to visit it, for one test file.
 * By default the site's own `_headers` (its Content-Security-Policy) are applied.
 */
export function siteUnderTest(
  dist = DIST,
  options: ServeOptions = { applyHeadersFile: true },
): { server: StaticServer; browser: Browser } {
  const state = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    if (!existsSync(join(dist, 'index.html')))
      throw new Error(`${dist} has no built site: run \`npm run build\` first`);
    state.server = await serveDirectory(dist, options);
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
