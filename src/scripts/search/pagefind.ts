/** The parts of Pagefind's browser API (pagefind.js, 1.6) that search uses. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options?: Record<string, unknown>): Promise<void>;
  /** `null` searches no words: every page the filters allow, in sort order. */
  search(query: string | null, options?: { filters?: Record<string, string | string[] | { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
}

/**
 * Load a Pagefind bundle of the site, once. Pagefind picks the index language
 * from `<html lang>` when it starts; `lang` overrides it for that moment (the
 * exact index is language-neutral: it must not split Chinese queries).
 * `baseUrl` goes before the URLs the bundle stores: the exact index stores
 * full paths, Pagefind's own index paths from the site's root.
 */
const loaded = new Map<string, Promise<Pagefind>>();

export function loadPagefind(bundleUrl: string, { lang, baseUrl = '/' }: { lang?: string; baseUrl?: string } = {}): Promise<Pagefind> {
  let bundle = loaded.get(bundleUrl);
  if (!bundle) {
    bundle = (async () => {
      const module = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
      // In the page, not a worker: one fewer file to fetch, and searches here are small.
      await module.options({ basePath: bundleUrl, baseUrl, noWorker: true });
      const root = document.documentElement;
      const pageLang = root.lang;
      if (lang) root.lang = lang;
      try {
        await module.init();
      } finally {
        root.lang = pageLang;
      }
      return module;
    })();
    loaded.set(bundleUrl, bundle);
  }
  return bundle;
}
