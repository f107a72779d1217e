import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that failed or answered 4xx/5xx. */
  failed: string[];
  /** Requests to any origin but the site's own (blocked, and listed). */
  outside: string[];
  /** What loading the page downloaded: each response with its gzip size. */
  transfers: { url: string; gzipBytes: number }[];
  close(): Promise<void>;
}

/** Open a URL in a fresh browser context, recording errors, failed requests and requests that leave the site. */
export interface VisitOptions {
  width?: number;
  colorScheme?: 'light' | 'dark';
  javaScript?: boolean;
  /** The HTTP status the page itself should answer with (404 for the not-found page). */
  expectStatus?: number;
  /** A touch screen (a phone), so `tap` works. */
  touch?: boolean;
}

export async function visit(browser: Browser, url: string, options: VisitOptions = {}): Promise<Visit> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const failed: string[] = [];
  const outside: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin) failed.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  const bodies: Promise<{ url: string; gzipBytes: number } | null>[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== url) failed.push(`${response.status()} ${response.url()}`);
    if (response.status() < 300) {
      bodies.push(
        response.body().then(
          (body) => ({ url: response.url(), gzipBytes: gzipSync(body, { level: 9 }).length }),
          () => null,
        ),
      );
    }
  });
  await context.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.origin !== origin && target.protocol !== 'data:' && target.protocol !== 'blob:') {
      outside.push(target.href);
      return route.abort();
    }
    return route.continue();
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (
    !response ||
    response.status() >= (options.expectStatus ?? 200) + 100 ||
    response.status() < (options.expectStatus ?? 200)
  ) {
    failed.push(`${response?.status()} ${url}`);
  }
  const transfers = (await Promise.all(bodies)).filter((t): t is { url: string; gzipBytes: number } => t !== null);
  return { page, errors, failed, outside, transfers, close: () => context.close() };
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
