import { present } from '../../lib/assert.ts';
import { decodePagefindFile } from '../../lib/search/browser/pagefind-files.ts';

/**
 * The search files fetched so far, kept in memory as read: a query, filter or
 * "more" that needs a file again costs no request (each request costs the
 * browser more time than its few bytes) and no second decoding.
 */
const files = new Map<string, Promise<unknown>>();
const KEPT_FILES = 500;

function remember<T>(url: string, load: () => Promise<T>): Promise<T> {
  let file = files.get(url);
  if (!file) {
    file = load();
    file.catch(() => files.delete(url));
    files.set(url, file);
    // Maps keep insertion order: the first key is the oldest file.
    if (files.size > KEPT_FILES) files.delete(present(files.keys().next().value, 'the oldest file kept'));
  }
  return file as Promise<T>;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index incomplete: ${response.status} for ${response.url}`);
  return response;
}

export const fetchJson = <T>(url: string): Promise<T> =>
  remember(url, async () => (await fetchOk(url)).json() as Promise<T>);

/** gzip's first two bytes: a host that sent the file with `Content-Encoding: gzip` has had it unpacked already. */
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

async function gunzip(file: ArrayBuffer): Promise<Uint8Array> {
  const stream = present(new Response(file).body, 'the body of a response made from bytes').pipeThrough(
    new DecompressionStream('gzip'),
  );
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function unpacked(url: string): Promise<Uint8Array> {
  const file = await (await fetchOk(url)).arrayBuffer();
  const bytes = new Uint8Array(file);
  return isGzip(bytes) ? gunzip(file) : bytes;
}

/** A file of Pagefind's index, unpacked, decoded and turned by `read` into what the search uses. */
export function fetchPagefindFile<T>(url: string, read: (file: string, value: unknown) => T): Promise<T> {
  return remember(url, async () => read(url, decodePagefindFile(url, await unpacked(url))));
}

/** A gzip file of the index (a postings file), unpacked and read by `read` (which decodes what it needs, when). */
export function fetchBytes<T>(url: string, read: (file: string, bytes: Uint8Array) => T): Promise<T> {
  return remember(url, async () => read(url, await unpacked(url)));
}
