import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citationMeta, highwireDate } from '../../src/lib/site/citation-meta.ts';
import { splitFrontmatter } from '../../src/lib/mdx/read.ts';
import type { CitableWork } from '../../src/lib/site/citation.ts';

// A real report, read from its page so the test follows the content.
const source = readFileSync('content/zh/reports/dazu-2023-innovation-highland.mdx', 'utf8');
const dazu = parse(splitFrontmatter(source)!.yaml) as CitableWork;
const values = (tags: [string, string][], name: string) => tags.filter(([n]) => n === name).map(([, c]) => c);

describe('citationMeta', () => {
  it('names the Chinese title and authors on a Chinese page', () => {
    const tags = citationMeta(dazu, 'zh');
    expect(values(tags, 'citation_title')).toEqual(['大足绘蓝图 科技创新高地这样建']);
    expect(values(tags, 'citation_author')).toEqual(['刘茂娇', '马菱涛']);
    expect(values(tags, 'citation_language')).toEqual(['zh']);
  });

  it('names the English title and romanised authors on an English page', () => {
    const tags = citationMeta(dazu, 'en');
    expect(values(tags, 'citation_title')).toEqual([
      'Dazu draws up its blueprint: this is how it is building a highland of science and technology innovation',
    ]);
    expect(values(tags, 'citation_author')).toEqual(['Liu Maojiao', 'Ma Lingtao']);
    expect(values(tags, 'citation_language')).toEqual(['en']);
  });

  it('gives no publication date when the date is inferred', () => {
    expect(dazu.dateInferred).toBe(true);
    expect(values(citationMeta(dazu, 'zh'), 'citation_publication_date')).toEqual([]);
  });

  it('gives a stated date with slashes, at the precision known, and the outlet as publisher', () => {
    const work = { ...dazu, dateInferred: false, published: '2023-10-25', outlet: '重庆日报' };
    const tags = citationMeta(work, 'zh');
    expect(values(tags, 'citation_publication_date')).toEqual(['2023/10/25']);
    expect(values(tags, 'citation_publisher')).toEqual(['重庆日报']);
    expect(highwireDate('2023-10')).toBe('2023/10');
    expect(highwireDate('2023')).toBe('2023');
  });

  it('gives the public URL only when there is one', () => {
    expect(values(citationMeta(dazu, 'zh'), 'citation_public_url')).toEqual([]);
    const url = 'https://example.org/reports/dazu-2023-innovation-highland/';
    const tags = citationMeta(dazu, 'zh', url);
    expect(values(tags, 'citation_public_url')).toEqual([url]);
    expect(values(tags, 'citation_abstract_html_url')).toEqual([url]);
  });
});
