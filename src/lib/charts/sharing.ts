/**
 * What lets a chart leave the site: its PNG's file name and the text drawn
 * into it, the link to its anchor, and the embed page with its <iframe>
 * snippet. Pure, so the islands and the pages share one wording.
 */
import { joinBase } from '../site/paths.ts';

/**
 * The PNG is laid out at this size in CSS pixels and drawn at `scale` device
 * pixels to each: 1,800 pixels wide, enough to print or to put on a slide, with
 * every font and line of the on-page chart scaled alike.
 */
export const PNG_SIZE = { width: 900, height: 560, scale: 2 } as const;

/** The iframe's size in the embed snippet (the embed page fits narrower frames too). */
export const EMBED_SIZE = { width: 720, height: 640 } as const;

export const pngFileName = (chartId: string) => `${chartId}.png`;

/** The embed page of a chart, relative to the locale's root: `embed/<id>/`. */
export const embedPage = (chartId: string) => `embed/${chartId}/`;

/** The site's address as served: the origin and the base path, `https://policy.example.gov.cn/policy-site/`. */
export const siteAddress = (origin: string, base: string) => `${origin}${joinBase(base, '')}`;

/** The absolute URL of a chart's anchor on the page it is on. */
export function anchorUrl(pageUrl: string, chartId: string): string {
  const url = new URL(pageUrl);
  url.hash = chartId;
  return url.href;
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML another site pastes to show a chart. */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" loading="lazy"></iframe>`;
}

/** The source texts a chart's numbers come from, each once, in the order first used. */
export function sourceTitles(sources: string[], titleOf: (page: string) => string): string[] {
  return [...new Set(sources.map((source) => titleOf(source.replace(/#.*$/, ''))))];
}

/** The lines under a chart image: where the data comes from, where the chart is, under which licence. */
export function footerLines(source: string, address: string, licence: string): string[] {
  return [source, address, licence].map((line) => line.trim()).filter((line) => line !== '');
}
