/**
 * Every page and endpoint learns its locale from its path (English under
 * `en/`, after the base path; Chinese elsewhere), so templates and components
 * read it from Astro.locals rather than have it handed down as a prop. The
 * site is static: this runs once per page at build time. In a build in batches
 * (BUILD_BATCH, src/lib/site/build-batches.ts), a page of another batch is not
 * rendered: Astro writes no file for a response without a body.
 */
import { defineMiddleware } from 'astro:middleware';
import { htmlLang, translator } from './i18n/index.ts';
import { localeOfPathname, pathWithinBase } from './i18n/paths.ts';
import { batchKeyOfPath, parseBuildBatch, rendersInBatch } from './lib/site/build-batches.ts';

const batch = parseBuildBatch(process.env.BUILD_BATCH);

export const onRequest = defineMiddleware((context, next) => {
  if (batch && !rendersInBatch(batch, batchKeyOfPath(pathWithinBase(context.url.pathname) ?? '')))
    return new Response(null, { status: 204 });
  const locale = localeOfPathname(context.url.pathname);
  context.locals.locale = locale;
  context.locals.lang = htmlLang[locale];
  context.locals.t = translator(locale);
  return next();
});
