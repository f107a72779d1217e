/** The parts of Pagefind's browser API (pagefind.js, 1.6) that search uses. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  /** Where the matched words stand among the words of `content`. */
  locations?: number[];
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

/**
 * Load Pagefind's own bundle of the English pages, once (the exact index is
 * read without Pagefind's runtime: exact-index.ts). `baseUrl` goes before the
 * URLs the bundle stores, which are paths from the site's root.
 */
const loaded = new Map<string, Promise<Pagefind>>();

export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  let bundle = loaded.get(bundleUrl);
  if (!bundle) {
    bundle = (async () => {
      const module = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
      // In the page, not a worker: one fewer file to fetch, and searches here are small.
      await module.options({ basePath: bundleUrl, baseUrl, noWorker: true });
      await module.init();
      return module;
    })();
    loaded.set(bundleUrl, bundle);
  }
  return bundle;
}
