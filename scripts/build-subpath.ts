// npm run build:subpath: build the site for a sub-path host (GitHub Pages style) into .tmp/dist-subpath,
// so tests can prove every link and asset follows BASE_PATH.
import { buildSite } from './build.ts';

process.env.BASE_PATH = '/policy-site/';
await buildSite('.tmp/dist-subpath', 'error');
