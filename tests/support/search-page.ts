/** The search page as the browser tests read it: a page's text by the rules search promises, and a search's results. */
import type { Page } from 'playwright-core';

interface Section {
  anchor: string;
  texts: string[];
}
export interface PageText {
  path: string;
  front: string[];
  headings: string[];
  sections: Section[];
  kind: string;
  districts: string[];
  year: string;
}

/** The text of a page as a reader sees it, by the rules search promises: blocks with ids, sections at each h2. */
export async function readPage(page: Page): Promise<Omit<PageText, 'path'>> {
  return page.evaluate(() => {
    const skip = (el: Element) =>
      el.matches('[data-pagefind-ignore], [data-chrome], [popover], [hidden], script, style, template');
    const text = (el: Element): string => {
      let out = '';
      for (const node of el.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) out += node.textContent;
        else if (node instanceof Element && !node.closest('[data-pagefind-ignore], [data-chrome], [popover]'))
          out += node.tagName === 'BR' ? ' ' : text(node);
      }
      return out;
    };
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const body = document.querySelector('[data-pagefind-body]')!;
    const blocks = [
      ...body.querySelectorAll('h1[id], h2[id], h3[id], h4[id], p[id], li[id], th[id], td[id], caption[id]'),
    ]
      .filter(
        (el) => !el.parentElement?.closest('[data-pagefind-ignore], [data-chrome], [popover], [hidden]') && !skip(el),
      )
      .filter(
        (el) =>
          !el.parentElement?.closest('h1[id], h2[id], h3[id], h4[id], p[id], li[id], th[id], td[id], caption[id]'),
      );
    const header = body.querySelector('header');
    const front: string[] = [];
    const headings: string[] = [];
    const sections: { anchor: string; texts: string[] }[] = [];
    for (const el of blocks) {
      const t = norm(text(el));
      if (!t) continue;
      if (!header?.contains(el) && /^H[234]$/.test(el.tagName)) headings.push(t);
      if (header?.contains(el)) front.push(t);
      else if (el.tagName === 'H2') sections.push({ anchor: el.id, texts: [t] });
      else {
        if (sections.length === 0) sections.push({ anchor: el.id, texts: [] });
        sections.at(-1)!.texts.push(t);
      }
    }
    const meta = (name: string) =>
      [...document.querySelectorAll(`meta[data-pagefind-filter="${name}[content]"]`)].map((m) =>
        m.getAttribute('content')!,
      );
    return { front, headings, sections, kind: meta('kind')[0]!, districts: meta('district'), year: meta('year')[0]! };
  });
}

/** Which pages and sections hold a text, by those rules: literally, in the headline block or a section. */
export function pagesHolding(corpus: readonly PageText[], holds: (text: string) => boolean) {
  const pages = new Set<string>();
  const sections = new Set<string>();
  for (const page of corpus) {
    const hit = page.sections.filter((s) => s.texts.some(holds));
    if (page.front.some(holds) || hit.length) pages.add(page.path);
    for (const s of hit) sections.add(`${page.path}#${s.anchor}`);
  }
  return { pages, sections };
}

/** Open a search's URL and show every result ("more" until there is none), once its status is written. */
export async function showAllResults(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-search-results]');
    return list && !list.hasAttribute('aria-busy') && document.querySelector('[data-search-status]')?.textContent;
  });
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const count = await page.locator('a[data-kind="page"]').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('a[data-kind="page"]').length > n, count);
  }
}

/** Run a search through the search page, showing every result, and read what it lists. */
export async function searchFor(siteUrl: string, page: Page, params: Record<string, string>, searchPath = 'search/') {
  await showAllResults(page, `${siteUrl}${searchPath}?${new URLSearchParams(params)}`);
  return page.evaluate((base) => {
    const path = (a: Element) =>
      new URL(a.getAttribute('href')!, location.href).pathname.slice(new URL(base).pathname.length);
    return {
      status: document.querySelector('[data-search-status]')!.textContent!,
      pages: [...document.querySelectorAll('a[data-kind="page"]')].map(path),
      sections: [...document.querySelectorAll('a[data-kind="section"]')].map(
        (a) => `${path(a)}#${(a as HTMLElement).dataset.section}`,
      ),
      hrefs: [...document.querySelectorAll('a[data-kind]')].map((a) => a.getAttribute('href')!),
      marks: [...document.querySelectorAll('.search-result__excerpt mark')].map((m) => m.textContent!),
      excerpts: [...document.querySelectorAll('.search-result__excerpt')].map((e) => e.textContent!),
    };
  }, siteUrl);
}
