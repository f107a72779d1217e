// npm run build:subpath: build the site for a sub-path host (GitHub Pages style) into .tmp/dist-subpath,
// so tests can prove every link and asset follows BASE_PATH and that a public address is used everywhere.
import { buildSite } from './build.ts';

process.env.BASE_PATH = '/policy-site/';
// A test address, so the absolute URLs, sitemap and feeds of an addressed build are exercised too.
process.env.SITE_URL = 'https://policy-reference.test';
await buildSite('.tmp/dist-subpath', 'error');
