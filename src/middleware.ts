/**
 * Every page and endpoint learns its locale from its path (English under
 * `en/`, after the base path; Chinese elsewhere), so templates and components
 * read it from Astro.locals rather than have it handed down as a prop. The
 * site is static: this runs once per page at build time.
 */
import { defineMiddleware } from 'astro:middleware';
import { htmlLang, translator } from './i18n/index.ts';
import { localeOfPathname } from './i18n/paths.ts';

export const onRequest = defineMiddleware((context, next) => {
  const locale = localeOfPathname(context.url.pathname);
  context.locals.locale = locale;
  context.locals.lang = htmlLang[locale];
  context.locals.t = translator(locale);
  return next();
});
