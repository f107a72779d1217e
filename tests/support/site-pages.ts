import { listTree } from '../../src/lib/io/tree.ts';
import { splitLocale, withoutTrailingSlash } from '../../src/lib/site/paths.ts';

export interface BuiltPage {
  /** File under dist, e.g. `reports/x/index.html`. */
  file: string;
  /** URL path relative to the site root, e.g. `reports/x/`. */
  path: string;
  /** Which page template made it, so checks can pick one page per template. */
  template: string;
}

const TEMPLATES: [RegExp, string][] = [
  [/^(en\/)?$/, 'home'],
  [/^(en\/)?reports\/[^/]+\/$/, 'report'],
  [/^(en\/)?plan\/[^/]+\/(preamble|chapter-\d+)\/$/, 'plan part'],
  [/^(en\/)?plan\/[^/]+\/$/, 'plan contents'],
  [/^(en\/)?sources\/$/, 'sources'],
  [/^(en\/)?sources\/district\/[^/]+\/(\d+\/)?$/, 'sources part'],
  [/^(en\/)?sources\/[^/]+\/$/, 'source viewer'],
  [/^(en\/)?indicators\/$/, 'indicators'],
  [/^(en\/)?indicators\/[^/]+\/$/, 'indicator'],
  [/^(en\/)?indicators\/[^/]+\/[^/]+\/(\d+\/)?$/, 'indicator part'],
  [/^(en\/)?(compare|tracker|discrepancies|figures|data)\/$/, 'data page'],
  [/^(en\/)?figures\/[^/]+\/(\d+\/)?$/, 'figures part'],
  [/^(en\/)?discrepancies\/[^/]+\/(\d+\/)?$/, 'discrepancies part'],
  [/^(en\/)?parallel\/.+\/$/, 'parallel view'],
  [/^(en\/)?glossary\/$/, 'glossary'],
  [/^(en\/)?embed\/[^/]+\/$/, 'chart embed'],
  [/^404\.html$/, 'not found'],
];

/** Every HTML page of a built site (Pagefind's own files excluded), with its template. */
export function builtPages(dist: string): BuiltPage[] {
  return listTree(dist)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => {
      const path = file === '404.html' ? file : file.replace(/index\.html$/, '');
      const found = TEMPLATES.find(([pattern]) => pattern.test(path));
      // Each data page is its own template.
      const template =
        found?.[1] === 'data page' ? withoutTrailingSlash(splitLocale(path).path) : (found?.[1] ?? 'other');
      return { file, path, template: path.startsWith('en/') ? `${template} (en)` : template };
    });
}

/** One page of each template: the first in path order. */
export function onePerTemplate(pages: BuiltPage[]): BuiltPage[] {
  const seen = new Set<string>();
  return pages.filter((page) => !seen.has(page.template) && seen.add(page.template));
}
