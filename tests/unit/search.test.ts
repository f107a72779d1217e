import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { excerpt, occurrences } from '../../src/lib/search/excerpt.ts';
import { searchPage } from '../../src/lib/search/page-text.ts';
import { mergePageHits, numberForms, pageHits, rankPages, type PageHit } from '../../src/lib/search/rank.ts';
import { bucketOf, firstToken, prefixBuckets } from '../../src/lib/search/prefixes.ts';
import { exactRecords, pageOrder } from '../../src/lib/search/records.ts';
import { blockWords, countOccurrences, decodeContent, encodeChar, normaliseQuery, queryWords, recordContent } from '../../src/lib/search/tokens.ts';
import { sourceLines, SOURCE_IDS } from '../support/sources.ts';

// Source line 159 of the Qijiang 2022 report and line 7 of the plan.
const P22 = '2021年，綦江区的国家高新技术企业新增25家、累计123家，较2018年增长2.7倍；';
const PLAN = '全社会研发经费占地区生产总值的比重达2.3%，高于全市2.1%的平均水平。';

describe('character-pair words', () => {
  it('keep every character apart, and punctuation distinct from digits', () => {
    expect(encodeChar('綦')).toBe('綦');
    expect(encodeChar('.')).toBe('q2eq');
    expect(encodeChar('%')).toBe('q25q');
    expect(encodeChar('G')).toBe('q47q');
    expect(blockWords('2.3%')).toEqual(['q32qq2eq', 'q2eqq33q', 'q33qq25q', 'q25qqzq']);
    // Every word holds only letters and digits, as Pagefind keeps them.
    for (const word of blockWords(sourceLines(SOURCE_IDS.highTechZone, 57, 60))) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('decode back to the exact text, block by block', () => {
    const blocks = [P22, PLAN, '綦', 'GDP 5G（ETC）'];
    expect(decodeContent(recordContent(blocks))).toEqual(blocks);
  });

  it('turn a query into the phrase of its pairs, and one character into a prefix word', () => {
    expect(queryWords('高新技术企业')).toEqual({ exact: '"高新 新技 技术 术企 企业"', loose: '高新 新技 技术 术企 企业', span: 5, prefix: false });
    expect(queryWords(' 綦 ')).toEqual({ exact: '綦', loose: '綦', span: 1, prefix: true });
    expect(queryWords('2.3%')!.exact).toBe('"q32qq2eq q2eqq33q q33qq25q"');
    expect(queryWords('   ')).toBeUndefined();
    expect(normaliseQuery('高新\u200b技术  企业')).toBe('高新技术 企业');
  });

  it('count a phrase once per run of its consecutive words', () => {
    expect(countOccurrences([2, 3, 4, 5, 6, 12, 13, 14, 15, 16], 5)).toBe(2);
    expect(countOccurrences([0, 7], 1)).toBe(2);
    expect(countOccurrences([3, 9], 2)).toBe(0);
  });
});

describe('one-character queries', () => {
  it('list every pair word of each character, so all index chunks holding them can be loaded', () => {
    const content = recordContent(['綦江区科技局', '綦万', '2.3%']);
    const buckets = prefixBuckets([content]);
    const table = buckets.get(bucketOf('綦'))!;
    expect(table['綦']).toEqual(['綦万', '綦江']);
    expect(buckets.get(bucketOf('q2eq'))!['q2eq']).toEqual(['q2eqq33q']);
    // Every word is listed under its first character, once.
    const listed = [...buckets.values()].flatMap((t) => Object.values(t).flat());
    expect(new Set(listed)).toEqual(new Set(content.split(' ')));
    expect(firstToken('q32qq2eq')).toBe('q32q');
    expect(firstToken('局qzq')).toBe('局');
  });
});

describe('excerpts', () => {
  it('show the match as written with up to 50 characters each side', () => {
    const e = excerpt(PLAN, '2.3%')!;
    expect(e.match).toBe('2.3%');
    expect(`${e.before}${e.match}${e.after}`).toBe(PLAN);
    const long = `${'甲'.repeat(80)}綦江${'乙'.repeat(80)}`;
    const cut = excerpt(long, '綦江')!;
    expect(cut.before).toBe(`…${'甲'.repeat(50)}`);
    expect(cut.after).toBe(`${'乙'.repeat(50)}…`);
    expect(excerpt(PLAN, '2.35%')).toBeUndefined();
    const at = (needle: string, from = 0) => [...PLAN.slice(0, PLAN.indexOf(needle, from))].length;
    expect(occurrences(PLAN, '2.')).toEqual([{ from: at('2.3'), to: at('2.3') + 2 }, { from: at('2.1'), to: at('2.1') + 2 }]);
  });
});

const PAGE = `<!doctype html><html lang="zh-CN"><head>
<meta data-pagefind-meta="title[content]" content="测试页"><meta data-pagefind-meta="date[content]" content="2022">
<meta data-pagefind-filter="kind[content]" content="report"><meta data-pagefind-filter="year[content]" content="2022">
<meta data-pagefind-filter="district[content]" content="綦江"></head><body><nav><p id="n1">导航</p></nav>
<article data-pagefind-body><header><p id="f1">核心提示</p><h1 id="title">测试页</h1></header>
<dl data-pagefind-ignore><dd><p id="m1">元数据</p></dd></dl>
<p id="p1">导语<span data-chrome>[编者]</span></p>
<h2 id="s1">第一节</h2><p id="p2">${P22.replace('123家', '<a class="fig" id="fig-p2-1" href="#fig-p2-1">123家</a>')}</p>
<p id="p3"><span class="term"><button>专精特新</button><span popover id="gl-x">specialised…</span></span>企业</p>
<h3 id="s1-1">小标题</h3><h2 id="s2">第二节</h2><p id="p4">  多余   空白 </p></article></body></html>`;

describe('what search reads from a built page', () => {
  const page = searchPage(fromHtml(PAGE) as Root, '/reports/x/')!;

  it('takes the text blocks of the body, leaving out the site’s own words, cards and ignored regions', () => {
    expect(page.front.map((b) => b.text)).toEqual(['核心提示', '测试页']);
    expect(page.titleAnchor).toBe('title');
    expect(page.sections.map((s) => [s.anchor, s.heading?.text, s.subheadings.map((h) => h.text), s.blocks.map((b) => b.text)])).toEqual([
      ['p1', undefined, [], ['导语']],
      ['s1', '第一节', ['小标题'], [P22, '专精特新企业']],
      ['s2', '第二节', [], ['多余 空白']],
    ]);
    expect(page).toMatchObject({ title: '测试页', date: '2022', kind: 'report', year: '2022', districts: ['綦江'], lang: 'zh-CN' });
  });

  it('marks where each figure is in its block', () => {
    const [figure] = page.sections[1]!.blocks[0]!.figures;
    expect(figure!.anchor).toBe('fig-p2-1');
    expect([...P22].slice(figure!.from, figure!.to).join('')).toBe('123家');
  });

  it('is nothing for a page without a searchable body (an untranslated English page)', () => {
    expect(searchPage(fromHtml(PAGE.replace(' data-pagefind-body', '')) as Root, '/en/reports/x/')).toBeUndefined();
  });

  it('becomes title, heading and section records, grouped per page, newest page first', () => {
    const older = { ...page, url: '/reports/old/', date: '2021' };
    const records = exactRecords([older, page], (_url, anchor) => (anchor === 'fig-p2-1' ? '国家高新技术企业' : undefined));
    expect(pageOrder([older, page]).map((p) => p.url)).toEqual(['/reports/x/', '/reports/old/']);
    const mine = records.filter((r) => r.meta.page === '/reports/x/');
    expect(mine.map((r) => [r.filters.group![0], r.sort.order, r.url])).toEqual([
      ['p00000a', 'p00000a0000', '/reports/x/#title'],
      ['p00000c', 'p00000c0001', '/reports/x/#p1'],
      ['p00000b', 'p00000b0002', '/reports/x/#s1'],
      ['p00000b', 'p00000b0003', '/reports/x/#s1-1'],
      ['p00000c', 'p00000c0004', '/reports/x/#s1'],
      ['p00000b', 'p00000b0005', '/reports/x/#s2'],
      ['p00000c', 'p00000c0006', '/reports/x/#s2'],
    ]);
    const section = mine[4]!;
    expect(decodeContent(section.content)).toEqual([P22, '专精特新企业']);
    expect(section.meta.ids).toBe('p2 p3');
    const from = P22.indexOf('123家');
    expect(JSON.parse(section.meta.figures!)).toEqual([[0, from, from + 4, 'fig-p2-1', '国家高新技术企业']]);
    expect(section.filters).toMatchObject({ lang: ['zh'], district: ['綦江'], kind: ['report'], year: ['2022'] });
    expect(records.every((r) => r.language === 'und')).toBe(true);
  });
});

describe('ranking from counts alone', () => {
  const result = (id: string, words: number[] = []) => ({ id, words });

  it('assigns results to pages through the group counts, in sort order', () => {
    const exact = [result('t0'), result('b0'), result('c0'), result('c5'), result('c7')];
    const loose = [result('t0', [0]), result('b0', [3]), result('c0', [1, 9]), result('c5', [4]), result('c7', [2, 8, 11])];
    const groups = { p00000a: 1, p00000b: 1, p00000c: 1, p00005c: 1, p00007c: 1, p00009c: 0 };
    const hits = pageHits(exact, groups, loose, 1);
    expect(hits.map((h) => [h.key, h.records.map((r) => `${r.id}:${r.kind}`), h.inTitle, h.inHeadings, h.occurrences])).toEqual([
      ['p00000', ['t0:title', 'b0:heading', 'c0:body'], true, 1, 4],
      ['p00005', ['c5:body'], false, 0, 1],
      ['p00007', ['c7:body'], false, 0, 3],
    ]);
    expect(() => pageHits(exact, { p00000a: 2 }, loose, 1)).toThrow(/out of step/);
  });

  it('puts title matches first, then heading matches, then frequency, and ties to the newest', () => {
    const hit = (key: string, inTitle: boolean, inHeadings: number, occurrences: number): PageHit => ({ key, records: [], inTitle, inHeadings, occurrences });
    const ranked = rankPages([hit('p00004', false, 0, 9), hit('p00003', false, 2, 1), hit('p00009', true, 0, 1), hit('p00001', false, 0, 3), hit('p00000', false, 0, 3)]);
    expect(ranked.map((h) => h.key)).toEqual(['p00009', 'p00003', 'p00004', 'p00000', 'p00001']);
  });

  it('merges the hits of two forms of a query, and writes 1063 the English way', () => {
    const a: PageHit = { key: 'p1', records: [{ id: 'x', kind: 'body', occurrences: 1 }], inTitle: false, inHeadings: 0, occurrences: 1 };
    const b: PageHit = { key: 'p1', records: [{ id: 'y', kind: 'heading', occurrences: 2 }], inTitle: false, inHeadings: 1, occurrences: 2 };
    expect(mergePageHits([[a], [b, { ...a, key: 'p2' }]]).map((h) => [h.key, h.occurrences, h.inHeadings])).toEqual([['p1', 3, 1], ['p2', 1, 0]]);
    expect(numberForms('1063')).toEqual(['1063', '1,063']);
    expect(numberForms('107.8')).toEqual(['107.8']);
    expect(numberForms('12500%')).toEqual(['12500%', '12,500%']);
  });
});
