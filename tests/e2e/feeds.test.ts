import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/sources.ts';

/** The built feeds, read by a maintained feed parser as a feed reader would. */
const DIST = join(ROOT, 'dist');
const read = (path: string) => parseFeed(readFileSync(join(DIST, path), 'utf8'));
const builtPage = (href: string) => join(DIST, href.replace(/^\//, ''), 'index.html');

describe('feeds', () => {
  it('the Chinese feed lists every report and plan page, newest first, linking to built pages', () => {
    const feed = read('feed.xml');
    expect(feed.title).toBe('重庆区县科技政策参考：报道与规划');
    expect(feed.language).toBe('zh-CN');
    expect(feed.items.length).toBeGreaterThan(10);
    const dates = feed.items.map((item) => item.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(item.url).toMatch(/^\/(reports|plan)\//);
      expect(existsSync(builtPage(item.url!)), item.url!).toBe(true);
    }
  });

  it('the English feed uses the English titles and links to English pages', () => {
    const feed = read('en/feed.xml');
    expect(feed.language).toBe('en');
    expect(feed.items.length).toBeGreaterThan(5);
    for (const item of feed.items) {
      expect(item.url).toMatch(/^\/en\/(reports|plan)\//);
      expect(existsSync(builtPage(item.url!)), item.url!).toBe(true);
      expect(item.title, item.url!).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('every page links its language feed in <head>', () => {
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.xml">/,
    );
    expect(readFileSync(join(DIST, 'en', 'index.html'), 'utf8')).toContain('href="/en/feed.xml"');
  });
});
