import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import deployFiles from '../../src/integrations/deploy-files.ts';
import { siteAddress } from '../../src/lib/io/site-settings.ts';
import { NO_ADDRESS_WARNING, publicUrl } from '../../src/lib/site/address.ts';

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('publicUrl', () => {
  it('is absolute with an address, under the base path', () => {
    expect(publicUrl('https://policy-reference.test', '/policy-site/', 'reports/dazu-2023-innovation-highland/')).toBe(
      'https://policy-reference.test/policy-site/reports/dazu-2023-innovation-highland/',
    );
    expect(publicUrl('http://127.0.0.1:4321', '/', '')).toBe('http://127.0.0.1:4321/');
  });

  it('is root-relative, with the base path, without an address', () => {
    expect(publicUrl(undefined, '/policy-site/', 'sources/qijiang-2022-high-tech-zone.txt')).toBe(
      '/policy-site/sources/qijiang-2022-high-tech-zone.txt',
    );
    expect(publicUrl(undefined, '/policy-site', '/en/data/')).toBe('/policy-site/en/data/');
    expect(publicUrl(undefined, '/', '')).toBe('/');
  });
});

describe('siteAddress', () => {
  const withFile = (text: string) => {
    const root = tempDir('site-yaml-');
    writeFileSync(join(root, 'site.yaml'), text);
    return root;
  };

  it('is none when neither SITE_URL nor site.yaml says', () => {
    expect(siteAddress(tempDir('no-site-yaml-'), {})).toBeUndefined();
    expect(siteAddress(withFile('# nothing yet\nurl:\n'), {})).toBeUndefined();
    expect(siteAddress(withFile(''), {})).toBeUndefined();
  });

  it('reads url: from site.yaml, normalised to the origin', () => {
    expect(siteAddress(withFile('url: https://policy-reference.test/\n'), {})).toBe('https://policy-reference.test');
  });

  it('lets SITE_URL win over site.yaml', () => {
    const root = withFile('url: https://policy-reference.test\n');
    expect(siteAddress(root, { SITE_URL: 'http://localhost:8080' })).toBe('http://localhost:8080');
  });

  it('rejects a bad address, naming the setting and the line', () => {
    expect(() => siteAddress(withFile('# the site\n\nurl: policy-reference.test\n'), {})).toThrow(
      /^site\.yaml:3: field "url" must be an absolute http\(s\) URL/,
    );
    expect(() => siteAddress(withFile('url: https://policy-reference.test/?a=1\n'), {})).toThrow(
      /site\.yaml:1: .*no \?query or #fragment/,
    );
    expect(() => siteAddress(withFile('host: https://policy-reference.test\n'), {})).toThrow(
      /site\.yaml:1: unknown field "host"/,
    );
    expect(() => siteAddress(tempDir('env-'), { SITE_URL: 'ftp://policy-reference.test' })).toThrow(
      /^SITE_URL: must be an absolute http\(s\) URL/,
    );
    expect(() => siteAddress(tempDir('env-'), { SITE_URL: 'https://policy-reference.test/policy-site/' })).toThrow(
      /^SITE_URL: must be the host only: put a sub-path in BASE_PATH/,
    );
  });
});

describe('deploy files integration', () => {
  const run = (site: string | undefined) => {
    const dist = tempDir('dist-');
    writeFileSync(join(dist, 'index.html'), '<html></html>');
    const warn = vi.fn();
    const logger = { warn } as unknown as AstroIntegrationLogger;
    const { hooks } = deployFiles();
    const done = hooks['astro:config:done'] as unknown as (o: object) => void;
    const built = hooks['astro:build:done'] as unknown as (o: object) => void;
    done({ config: { site, base: '/policy-site/' } });
    built({ dir: pathToFileURL(`${dist}/`), logger });
    return { dist, warn };
  };

  it('without an address writes no sitemap, no Sitemap line, and warns once', () => {
    const { dist, warn } = run(undefined);
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    expect(warn.mock.calls).toEqual([[NO_ADDRESS_WARNING]]);
  });

  it('with an address writes the sitemap at it and says nothing', () => {
    const { dist, warn } = run('https://policy-reference.test');
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain(
      '<loc>https://policy-reference.test/policy-site/</loc>',
    );
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://policy-reference.test/policy-site/sitemap.xml',
    );
    expect(warn).not.toHaveBeenCalled();
  });
});
