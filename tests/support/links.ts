import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listTree } from '../../src/lib/io/tree.ts';
import { withTrailingSlash } from '../../src/lib/site/paths.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
}

/**
 * Check every internal link and asset in a built site: the target file must
 * exist under the base path, and a `#fragment` must be an id on the target page.
 */
export function checkLinks(dist: string, base = '/'): { checked: number; broken: BrokenLink[] } {
  const prefix = withTrailingSlash(base);
  const pages = listTree(dist).filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(
        file,
        new Set([...readFileSync(join(dist, file), 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1]!))),
      );
    return ids.get(file)!;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const pageUrl = new URL(`${prefix}${page.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
    for (const match of html.matchAll(ATTRIBUTE)) {
      const href = decodeEntities(match[1]!);
      if (/^(?:[a-z]+:|\/\/)/i.test(href) && !href.startsWith('http://site.invalid')) continue; // external, mailto:, data:
      checked++;
      const url = new URL(href, pageUrl);
      if (!url.pathname.startsWith(prefix)) {
        broken.push({ page, href, reason: `outside the base path ${prefix}` });
        continue;
      }
      let file = decodeURIComponent(url.pathname.slice(prefix.length));
      const full = join(dist, file);
      if (file === '' || file.endsWith('/') || (existsSync(full) && statSync(full).isDirectory()))
        file = join(file, 'index.html');
      if (!existsSync(join(dist, file))) {
        broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
        broken.push({ page, href, reason: `no element with id "${fragment}"` });
    }
  }
  return { checked, broken };
}
