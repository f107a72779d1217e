import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll } from 'vitest';

export interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that failed or answered 4xx/5xx. */
  failed: string[];
  /** Requests to any origin but the site's own (blocked, and listed). */
  outside: string[];
  /** The URLs loading the page downloaded (answered 2xx). */
  loaded: string[];
  /** Gzip bytes of what loading the page downloaded (read only where a test weighs the page). */
  gzipBytes(): Promise<number>;
  close(): Promise<void>;
}

export interface VisitOptions {
  width?: number;
  colorScheme?: 'light' | 'dark';
  javaScript?: boolean;
  /** The HTTP status the page itself should answer with (404 for the not-found page). */
  expectStatus?: number;
  /** A touch screen (a phone), so `tap` works. */
  touch?: boolean;
}

/** A browser tab of its own context, which records what each visit in it loads, logs and fails. */
export interface Tab {
  visit(url: string, expectStatus?: number): Promise<Omit<Visit, 'close'>>;
  close(): Promise<void>;
}

/** Open a URL in a fresh browser context, recording errors, failed requests and requests that leave the site. */
export async function visit(browser: Browser, url: string, options: VisitOptions = {}): Promise<Visit> {
  const tab = await openTab(browser, options);
  return { ...(await tab.visit(url, options.expectStatus)), close: () => tab.close() };
}

export async function openTab(browser: Browser, options: Omit<VisitOptions, 'expectStatus'> = {}): Promise<Tab> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  const page = await context.newPage();
  // What the current visit records; each visit starts new lists.
  let origin = '';
  let record = { errors: [] as string[], failed: [] as string[], outside: [] as string[], downloads: [] as Response[] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin)
      record.failed.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  let pageUrl = '';
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== pageUrl) {
      record.failed.push(`${response.status()} ${response.url()}`);
    }
    if (response.status() < 300) record.downloads.push(response);
  });
  // Routing also turns off the HTTP cache, so every visit in a reused tab downloads what a first visit does.
  await context.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.origin !== origin && target.protocol !== 'data:' && target.protocol !== 'blob:') {
      record.outside.push(target.href);
      return route.abort();
    }
    return route.continue();
  });
  const quiet = quietNetwork(page);
  return {
    async visit(url, expectStatus = 200) {
      // Requests the last page started during its checks end (or are cancelled) before this visit's record.
      await quiet(0);
      origin = new URL(url).origin;
      pageUrl = url;
      record = { errors: [], failed: [], outside: [], downloads: [] };
      const { errors, failed, outside, downloads } = record;
      const response = await page.goto(url, { waitUntil: 'load' });
      await quiet();
      if (!response || response.status() >= expectStatus + 100 || response.status() < expectStatus) {
        failed.push(`${response?.status()} ${url}`);
      }
      return {
        page,
        errors,
        failed,
        outside,
        loaded: downloads.map((r) => r.url()),
        gzipBytes: async () => (await Promise.all(downloads.map(gzipSize))).reduce((sum, bytes) => sum + bytes, 0),
      };
    },
    close: () => context.close(),
  };
}

/**
 * Tabs reused from visit to visit, one set per kind of view, for sweeps over many pages: a new context and axe
 * compiled again cost about 1.2 s a page, a navigation in a used tab about 0.2 s (docs/benchmarks.md, "CI time").
 * Closed after the test file.
 */
export function tabPool(browser: () => Browser) {
  const idle = new Map<string, Tab[]>();
  const all: Tab[] = [];
  afterAll(async () => {
    // The browser may be gone already (closed by the file's site fixture): nothing is left to close then.
    await Promise.all(all.map((tab) => tab.close().catch(() => undefined)));
  });
  return async (url: string, options: VisitOptions = {}): Promise<Visit> => {
    const { expectStatus, ...view } = options;
    const key = JSON.stringify(view);
    let tab = idle.get(key)?.pop();
    if (!tab) {
      tab = await openTab(browser(), view);
      all.push(tab);
    }
    const used = tab;
    const release = async () => {
      const free = idle.get(key) ?? [];
      free.push(used);
      idle.set(key, free);
    };
    try {
      return { ...(await used.visit(url, expectStatus)), close: release };
    } catch (error) {
      await release();
      throw error;
    }
  };
}

// Playwright's `networkidle` waits for 500 ms without a request. Every visit paid that; the site's late requests
// (a chart's script when it nears the viewport, started by an IntersectionObserver) begin within a frame or two
// of the last, so a shorter quiet time after `load` sees them too (docs/benchmarks.md, "CI time").
const QUIET_MS = 150;

/** A wait for `quietMs` with no request in flight (by default QUIET_MS). */
function quietNetwork(page: Page): (quietMs?: number) => Promise<void> {
  let inFlight = 0;
  let changed = Date.now();
  const settle = (delta: number) => {
    inFlight += delta;
    changed = Date.now();
  };
  page.on('request', () => settle(1));
  page.on('requestfinished', () => settle(-1));
  page.on('requestfailed', () => settle(-1));
  return async (quietMs = QUIET_MS) => {
    while (inFlight > 0 || Date.now() - changed < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
}

// A URL of the served site answers the same bytes all run long, and the scripts, styles and fonts are the same
// files on every page: each is compressed once.
const gzipped = new Map<string, Promise<number>>();

function gzipSize(response: Response): Promise<number> {
  const key = response.url();
  if (!gzipped.has(key)) {
    gzipped.set(
      key,
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0,
      ),
    );
  }
  return gzipped.get(key)!;
}

/** The text of an element without the site's own additions (`data-chrome`), as a reader would copy the source text. */
export function sourceTextOf(page: Page, id: string): Promise<string | null> {
  return page.evaluate((elementId) => {
    const element = document.getElementById(elementId);
    if (!element) return null;
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-chrome]').forEach((node) => node.remove());
    return copy.textContent;
  }, id);
}
