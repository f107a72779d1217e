import { describe, expect, it } from 'vitest';
import { publicUrl } from '../../src/lib/site/address.ts';
import { datasetJsonLd, scriptSafeJson } from '../../src/lib/site/dataset-json-ld.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };

const facts = (address: string | undefined) => ({
  name: en['data.heading'],
  description: en['data.intro'],
  inLanguage: 'en',
  creator: en['site.name'],
  url: publicUrl(address, '/', 'en/data/'),
  urlOf: (path: string) => publicUrl(address, '/', path),
});

describe('datasetJsonLd', () => {
  it('describes the data as a free CC BY Dataset by the site', () => {
    const ld = datasetJsonLd(facts(undefined));
    expect(ld['@type']).toBe('Dataset');
    expect(ld.name).toBe('Open data');
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.creator).toEqual({ '@type': 'Organization', name: 'Chongqing District S&T Policy Reference' });
    expect(ld.isAccessibleForFree).toBe(true);
  });

  it('lists the four downloads, root-relative without an address and absolute with one', () => {
    expect(datasetJsonLd(facts(undefined)).distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: '/data/figures.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: '/data/figures.json' },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: '/data/indicators.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: '/data/indicators.json' },
    ]);
    const ld = datasetJsonLd(facts('https://example.org'));
    expect(ld.url).toBe('https://example.org/en/data/');
    expect((ld.distribution as { contentUrl: string }[])[0]!.contentUrl).toBe('https://example.org/data/figures.csv');
  });
});

describe('scriptSafeJson', () => {
  it('cannot close the script element, and parses back to the same value', () => {
    const value = { name: 'a</script><script>alert(1)</script>' };
    const json = scriptSafeJson(value);
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    expect(JSON.parse(json)).toEqual(value);
  });
});
