import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/browser/chromium.ts';
import { serveDirectory, type StaticServer } from '../../tooling/browser/static-server.ts';
import { DIST } from '../support/site-fixture.ts';

/**
 * The raw texts are byte for byte as received, so they carry no BOM, and many hosts
 * (nginx's defaults, `python3 -m http.server`, object storage) send `text/plain`
 * without a charset: Chromium then reads the Chinese as windows-1252. Served so,
 * with and without the site's `_headers`, a raw text must read as the file says
 * when the headers are applied, and the source viewer must read right either way.
 */
const SOURCES = readdirSync(join(DIST, 'sources')).filter((name) => name.endsWith('.txt'));
const fileText = (name: string) => readFileSync(join(DIST, 'sources', name), 'utf8');

let browser: Browser;
let bare: StaticServer;
let withHeaders: StaticServer;

beforeAll(async () => {
  bare = await serveDirectory(DIST, { charsets: false });
  withHeaders = await serveDirectory(DIST, { charsets: false, applyHeadersFile: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await bare.close();
  await withHeaders.close();
});

/** What Chromium shows for a URL: the text of its document. */
async function shown(url: string, selector: string): Promise<{ type: string | null; text: string }> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url);
    const text = await page.locator(selector).first().textContent();
    return { type: response?.headers()['content-type'] ?? null, text: text ?? '' };
  } finally {
    await page.close();
  }
}

describe('raw texts on a host that sends no charset', () => {
  it('has texts to check', () => expect(SOURCES.length).toBeGreaterThan(0));

  it('are garbled without the site headers (the control: this is what the headers fix)', async () => {
    const name = SOURCES[0] ?? '';
    const { type, text } = await shown(`${bare.url}sources/${name}`, 'pre');
    expect(type).toBe('text/plain');
    expect(text).not.toBe(fileText(name));
  });

  it('read exactly as the file with _headers applied: Content-Type text/plain; charset=utf-8', async () => {
    for (const name of SOURCES) {
      const { type, text } = await shown(`${withHeaders.url}sources/${name}`, 'pre');
      expect(type, name).toBe('text/plain; charset=utf-8');
      expect(text, name).toBe(fileText(name));
    }
  });

  it('the CSV and JSON downloads get their charset too', async () => {
    const figures = await shown(`${withHeaders.url}data/figures.json`, 'body');
    expect(figures.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(figures.text)).toEqual(JSON.parse(readFileSync(join(DIST, 'data', 'figures.json'), 'utf8')));
    const csv = await fetch(`${withHeaders.url}data/figures.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('the source viewer, linked from every page, reads right without any header', async () => {
    for (const name of SOURCES) {
      const id = name.replace(/\.txt$/, '');
      const page = await browser.newPage();
      try {
        await page.goto(`${bare.url}sources/${id}/`);
        const lines = await page.locator('.source-lines .tx').allTextContents();
        expect(lines.join('\n'), id).toBe(fileText(name).replace(/\n$/, ''));
        await expect(page.locator(`a[href$="/sources/${name}"]`).first().textContent()).resolves.toBe(name);
      } finally {
        await page.close();
      }
    }
  });
});
