import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, feedId } from '../../src/lib/site/feed.ts';
import { uuidV5 } from '../../src/lib/site/uuid.ts';

const feed = {
  lang: 'zh-CN',
  title: '重庆区县科技政策参考：报道与规划',
  subtitle: 'R&D <新>',
  path: 'feed.xml',
  home: '',
  author: '重庆区县科技政策参考',
  entries: [
    { path: 'reports/qijiang-2021-centenary-review/', title: '綦江 "百年"', published: '2021-07' },
    { path: 'reports/dazu-2023-innovation-highland/', title: '大足', published: '2023-05-10', authors: ['张三'] },
    { path: 'plan/qijiang-14th-five-year-st-plan/chapter-2/', title: '第二章', published: '2021-07' },
  ],
};

describe('uuidV5', () => {
  it('gives the same ids as Python (uuid.uuid5(uuid.NAMESPACE_URL, …)), an independent RFC 4122 implementation', () => {
    expect(uuidV5('https://www.python.org/')).toBe('5406f80d-92e9-51cd-a176-77445955e733');
  });
});

describe('atomFeed', () => {
  it('gives full dates, without inventing a clock', () => {
    expect(atomDate('2021-07')).toBe('2021-07-01T00:00:00Z');
    expect(atomDate('2023')).toBe('2023-01-01T00:00:00Z');
  });

  it('lists entries newest first then by path, escaped, updated from the newest text', () => {
    const xml = atomFeed(feed, undefined, '/policy-site/');
    const titles = [...xml.matchAll(/<entry>\s*<id>[^<]+<\/id>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['大足', '第二章', '綦江 &quot;百年&quot;']);
    expect(xml).toContain('<subtitle>R&amp;D &lt;新&gt;</subtitle>');
    expect(xml).toContain('<updated>2023-05-10T00:00:00Z</updated>');
    expect(xml).toContain('<author><name>张三</name></author>');
    expect(xml).toContain('xml:lang="zh-CN"');
  });

  it('links root-relative without an address, absolute with one; ids never depend on the host or base', () => {
    const bare = atomFeed(feed, undefined, '/policy-site/');
    const addressed = atomFeed(feed, 'https://policy-reference.test', '/');
    expect(bare).toContain('href="/policy-site/reports/dazu-2023-innovation-highland/"');
    expect(bare).not.toContain('xml:base');
    expect(addressed).toContain('href="https://policy-reference.test/reports/dazu-2023-innovation-highland/"');
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(bare)).toEqual(ids(addressed));
    expect(ids(bare)[0]).toBe(feedId('feed.xml'));
    expect(new Set(ids(bare)).size).toBe(4);
  });
});
