/**
 * The site's public address and the URLs built from it. One rule everywhere
 * (canonical and alternate links, printed URLs, CSV and JSON, sitemap, feeds):
 * with an address a URL is absolute; without one it is root-relative, so a build
 * made without knowing where it will be served never names a host it does not own.
 */
import { joinBase } from './paths.ts';

/** What the build says once when it has no public address. */
export const NO_ADDRESS_WARNING =
  '[site] No public address set (SITE_URL or site.yaml url:): no sitemap, no absolute URLs';

/**
 * The URL of `path` (relative to the base path) on the site: `https://host/base/path` when the
 * address (an origin, as publicAddress in src/lib/schemas/site-settings.ts gives it) is known,
 * else `/base/path`.
 */
export function publicUrl(address: string | undefined, base: string, path: string): string {
  const rooted = joinBase(base, path);
  return address ? new URL(rooted, address).href : rooted;
}
