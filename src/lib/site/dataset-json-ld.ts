/**
 * The open data described as a schema.org `Dataset`, as JSON-LD for the data pages.
 * schema.org wants absolute URLs; they are absolute when the site has a public address
 * (a deploy sets one) and root-relative otherwise, by the one rule of ./address.ts.
 */
import { SITE_LICENCE } from './licence.ts';

/** The files offered for download, relative to the base path. */
export const DATASET_FILES = ['data/figures.csv', 'data/figures.json', 'data/indicators.csv', 'data/indicators.json'];

const FORMATS: Record<string, string> = { csv: 'text/csv', json: 'application/json' };

export interface DatasetFacts {
  name: string;
  description: string;
  /** BCP 47 language of the page. */
  inLanguage: string;
  /** The site's name, as its creator. */
  creator: string;
  /** The data page's URL. */
  url: string;
  /** The URL of a path relative to the base (publicUrl bound to the site). */
  urlOf: (path: string) => string;
}

export function datasetJsonLd(facts: DatasetFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: facts.name,
    description: facts.description,
    inLanguage: facts.inLanguage,
    url: facts.url,
    license: SITE_LICENCE.url,
    creator: { '@type': 'Organization', name: facts.creator },
    isAccessibleForFree: true,
    distribution: DATASET_FILES.map((path) => ({
      '@type': 'DataDownload',
      encodingFormat: FORMATS[path.slice(path.lastIndexOf('.') + 1)],
      contentUrl: facts.urlOf(path),
    })),
  };
}

/** JSON safe inside a <script> element: no `<` can start `</script>` or `<!--`. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
