import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listTree } from '../../src/lib/io/tree.ts';
import { splitFrontmatter } from '../../src/lib/mdx/read.ts';
import { DIST } from '../support/site-fixture.ts';
import { ROOT } from '../support/sources.ts';

/** Every English page in the built site says how it was translated, when it was last reviewed, and that the Chinese prevails. */
const english = listTree(join(ROOT, 'content/en'))
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const front = parse(splitFrontmatter(readFileSync(join(ROOT, 'content/en', file), 'utf8'))!.yaml) as {
      review: { state: string; date: string };
    };
    return { slug: file.replace(/\.mdx$/, ''), review: front.review };
  });
/** The elements under `tree` that are `tag` (with `className`, when given), in document order. */
function elements(tree: Root | Element, tag: string, className?: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    const classes = (node.properties.className as string[] | undefined) ?? [];
    if (node.tagName === tag && (className === undefined || classes.includes(className))) found.push(node);
  });
  return found;
}
const select = (tree: Root | Element, tag: string, className?: string) => elements(tree, tag, className)[0];
const textOf = (node: Element): string => {
  let text = '';
  visit(node, 'text', (t: { value: string }) => {
    text += t.value;
  });
  return text;
};
const built = (path: string) => fromHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));

describe('the colophon of the English pages', () => {
  it('is on every English page, with its review state and day', () => {
    expect(english.length).toBeGreaterThanOrEqual(16);
    for (const { slug, review } of english) {
      const colophon = select(built(`en/${slug}`), 'section', 'colophon');
      expect(colophon, slug).toBeDefined();
      const text = textOf(colophon!);
      expect(text).toContain('The Chinese original prevails.');
      expect(text).toContain(review.state === 'reviewed' ? 'Last reviewed' : 'a draft of');
      expect(select(colophon!, 'time')?.properties.dateTime, slug).toBe(review.date);
      expect(select(colophon!, 'a')?.properties.href).toBe('/en/about-translation/');
    }
  });

  it('is not on the Chinese pages, which are the originals', () => {
    expect(select(built(english[0]!.slug), 'section', 'colophon')).toBeUndefined();
  });

  it('has a page in both languages listing every translated page with its state and day', () => {
    for (const path of ['en/about-translation', 'about-translation']) {
      const table = select(built(path), 'table', 'review-states');
      const rows = elements(table!, 'tr').slice(1);
      const listed = rows.map((row) => [
        String(select(row, 'a')?.properties.href),
        select(row, 'time')?.properties.dateTime,
      ]);
      expect(listed.sort()).toEqual(english.map((e) => [`/en/${e.slug}/`, e.review.date]).sort());
    }
  });
});
