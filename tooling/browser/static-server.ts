import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { withTrailingSlash } from '../../src/lib/site/paths.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const HTML = 'text/html; charset=utf-8';
const TYPES: Record<string, string> = {
  '.html': HTML,
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  /** The site's root URL, with the base path: `http://127.0.0.1:1234/policy-site/`. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Serve the site under this path, as a sub-path host would (`/policy-site/`). */
  base?: string;
  /** Extra headers on every response. */
  headers?: Record<string, string>;
  /** Apply the site's own `_headers` file (Content-Security-Policy, caching), as Netlify or Cloudflare Pages would. */
  applyHeadersFile?: boolean;
  /**
   * `false`: send text types without a charset (`text/plain`), as nginx's defaults and
   * `python3 -m http.server` do; `_headers`, when applied, still sets its own.
   */
  charsets?: boolean;
}

/**
 * A plain static file server on 127.0.0.1, behaving like a typical static host:
 * `/dir/` serves `dir/index.html`, unknown paths get the site's 404.html.
 */
export async function serveDirectory(
  dir: string,
  { base = '/', headers = {}, applyHeadersFile = false, charsets = true }: ServeOptions = {},
): Promise<StaticServer> {
  const typeOf = (file: string) => {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    return charsets ? type : type.replace(/; charset=utf-8$/, '');
  };
  const prefix = withTrailingSlash(base);
  const rules = applyHeadersFile ? parseHeadersFile(join(dir, '_headers')) : [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: Buffer | string, type: string) => {
      response.writeHead(status, { 'Content-Type': type, ...headersFor(rules, url.pathname), ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      send(404, existsSync(page) ? readFileSync(page) : 'Not found', HTML);
    };
    if (!url.pathname.startsWith(prefix)) return notFound();
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return notFound();
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/`, ...headers });
        return response.end();
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, readFileSync(index), typeOf(index)) : notFound();
    }
    if (!existsSync(file)) return notFound();
    send(200, readFileSync(file), typeOf(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
