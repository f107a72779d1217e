import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { excerpt, occurrences } from '../../src/lib/search/browser/excerpt.ts';
import { searchPage } from '../../src/lib/search/build/page-text.ts';
import { blockAt, regionOf, shardOf } from '../../src/lib/search/browser/cards.ts';
import { exactDocuments, layoutFor, pageOrder } from '../../src/lib/search/build/documents.ts';
import { mergePageHits, numberForms, pageHit, rankPages, type PageHit } from '../../src/lib/search/browser/rank.ts';
import { anyWordPages, keepPages, phrasePages, positionsOn } from '../../src/lib/search/browser/match.ts';
import {
  blockWords,
  coverOffsets,
  encodeChar,
  firstToken,
  normaliseQuery,
  PAD,
  phraseStarts,
  queryWords,
} from '../../src/lib/search/browser/tokens.ts';
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
    for (const word of blockWords(sourceLines(SOURCE_IDS.highTechZone, 57, 60)))
      expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('turn a query into the phrase of its pairs, and one character into a prefix word', () => {
    expect(queryWords('高新技术企业')).toEqual({ words: ['高新', '新技', '技术', '术企', '企业'], prefix: false });
    expect(queryWords(' 綦 ')).toEqual({ words: ['綦'], prefix: true });
    expect(queryWords('2.3%')!.words).toEqual(['q32qq2eq', 'q2eqq33q', 'q33qq25q']);
    expect(queryWords('   ')).toBeUndefined();
    expect(normaliseQuery('高新\u200b技术  企业')).toBe('高新技术 企业');
  });

  it('find where a phrase starts from the positions of a cover of its words, exactly', () => {
    // 高新 技术 企业 hold every character of 高新技术企业; 高新 技术 术企 too short a cover for 5 words would leave 业 out.
    expect(coverOffsets(queryWords('高新技术企业')!.words)).toEqual([0, 2, 4]);
    expect(coverOffsets(queryWords('专精特新')!.words)).toEqual([0, 2]);
    expect(coverOffsets(queryWords('知识价值信用贷款')!.words)).toEqual([0, 2, 4, 6]);
    expect(coverOffsets(queryWords('綦江')!.words)).toEqual([0]);
    const find = (text: string, query: string) => {
      const words = blockWords(text);
      const q = queryWords(query)!.words;
      return phraseStarts(
        coverOffsets(q).map((offset) => ({ offset, positions: words.flatMap((w, i) => (w === q[offset] ? [i] : [])) })),
      );
    };
    expect(find('高新技术，高新技术企业；新技术', '高新技术')).toEqual([0, 5]);
    expect(find('高新技术，高新技术企业；新技术', '新技术')).toEqual([1, 6, 12]);
    // ABA: runs of AB and BA also cover BAB, which is not the phrase.
    expect(find('綦江綦，江綦江', '綦江綦')).toEqual([0]);
    expect(find('綦江綦，江綦江', '江綦江')).toEqual([4]);
    expect(find('綦江綦，江綦江', '綦江綦江')).toEqual([]);
    expect(phraseStarts([])).toEqual([]);
  });
});

describe('postings as sorted lists', () => {
  // Pages ascending, positions ascending in each: as readIndexChunk gives them.
  const a = { pages: [0, 1, 2, 3, 5], positions: [[0, 4], [2], [7], [1, 9], [3, 11]] };
  const b = { pages: [1, 3, 5], positions: [[4], [4], [13, 20]] };

  it('match a phrase where every cover word stands at its offset, walking the rarest word’s pages', () => {
    // a at p and b at p + 2: page 1 (2, 4), page 5 (11, 13); on page 3 b is at 4, and a at 1 and 9, not 2.
    expect(
      phrasePages([
        { offset: 0, postings: a },
        { offset: 2, postings: b },
      ]),
    ).toEqual({
      pages: [1, 5],
      positions: [[2], [11]],
    });
    expect(
      phrasePages([
        { offset: 0, postings: a },
        { offset: 2, postings: undefined },
      ]),
    ).toEqual({
      pages: [],
      positions: [],
    });
    // One word at offset 0: its own positions, not a copy.
    expect(phrasePages([{ offset: 0, postings: b }]).positions[2]).toBe(b.positions[2]);
  });

  it('find a page’s positions, and keep only some pages', () => {
    for (const [i, page] of a.pages.entries()) expect(positionsOn(a, page)).toBe(a.positions[i]);
    expect(positionsOn(a, 4)).toBeUndefined();
    expect(positionsOn(a, 6)).toBeUndefined();
    expect(positionsOn({ pages: [], positions: [] }, 0)).toBeUndefined();
    expect(keepPages(a, (page) => page % 2 === 1)).toEqual({ pages: [1, 3, 5], positions: [[2], [1, 9], [3, 11]] });
  });

  it('join a word’s pages in every character of a one-character query, positions in order', () => {
    expect(anyWordPages([a, b])).toEqual({
      pages: [0, 1, 2, 3, 5],
      positions: [[0, 4], [2, 4], [7], [1, 4, 9], [3, 11, 13, 20]],
    });
  });
});

describe('one-character queries', () => {
  it('find the pair words that start with the character, as encoded', () => {
    expect(firstToken('綦江')).toBe('綦');
    expect(firstToken('q32qq2eq')).toBe('q32q');
    expect(firstToken('局qzq')).toBe('局');
    // q3q is not the start of q32q…: encoded characters end with q, which no hex digit is.
    expect(blockWords('2.3%').map(firstToken)).toEqual(['q32q', 'q2eq', 'q33q', 'q25q']);
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
    const offsetOf = (needle: string) => [...PLAN.slice(0, PLAN.indexOf(needle))].length;
    expect(occurrences(PLAN, '2.')).toEqual([
      { from: offsetOf('2.3'), to: offsetOf('2.3') + 2 },
      { from: offsetOf('2.1'), to: offsetOf('2.1') + 2 },
    ]);
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
    expect(
      page.sections.map((s) => [
        s.anchor,
        s.heading?.text,
        s.subheadings.map((h) => h.text),
        s.blocks.map((b) => b.text),
      ]),
    ).toEqual([
      ['p1', undefined, [], ['导语']],
      ['s1', '第一节', ['小标题'], [P22, '专精特新企业']],
      ['s2', '第二节', [], ['多余 空白']],
    ]);
    expect(page).toMatchObject({
      title: '测试页',
      date: '2022',
      kind: 'report',
      year: '2022',
      districts: ['綦江'],
      lang: 'zh-CN',
    });
  });

  it('marks where each figure is in its block', () => {
    const [figure] = page.sections[1]!.blocks[0]!.figures;
    expect(figure!.anchor).toBe('fig-p2-1');
    expect([...P22].slice(figure!.from, figure!.to).join('')).toBe('123家');
  });

  it('is nothing for a page without a searchable body (an untranslated English page)', () => {
    expect(searchPage(fromHtml(PAGE.replace(' data-pagefind-body', '')) as Root, '/en/reports/x/')).toBeUndefined();
  });

  it('becomes one record per page, Chinese first, then newest first, its words in a title, a headings and a body region', () => {
    const older = { ...page, url: '/reports/old/', date: '2021' };
    // An English page, newer than both, comes after every Chinese page: a slice holds one language.
    const english = { ...page, url: '/en/reports/new/', lang: 'en', date: '2023' };
    expect(pageOrder([english, older, page]).map((p) => p.url)).toEqual([
      '/reports/x/',
      '/reports/old/',
      '/en/reports/new/',
    ]);
    const layout = layoutFor([older, page]);
    expect(layout).toEqual({ headings: 100, body: 200, shard: 300 });
    const documents = exactDocuments(
      [older, page],
      (_url, anchor) => (anchor === 'fig-p2-1' ? '国家高新技术企业' : undefined),
      layout,
    );
    expect(pageOrder([older, page]).map((p) => p.url)).toEqual(['/reports/x/', '/reports/old/']);
    const { record, card, shards } = documents[0]!;
    expect([record.url, record.sort.order, record.language, record.meta]).toEqual(['/reports/x/', '000000', 'und', {}]);
    expect(record.filters).toEqual({ district: ['綦江'], kind: ['report'], year: ['2022'] });
    const words = record.content.split(' ');
    // Each block's words start where its card says; the regions are padded with words that are not indexed.
    const textOf = (index: number) =>
      card.blocks[index]!.text ??
      shards[shardOf(layout, card.blocks[index]!.position)]!.find((e) => e.block === index)!.text;
    card.blocks.forEach((block, i) =>
      expect(words.slice(block.position, block.position + [...textOf(i)].length)).toEqual(blockWords(textOf(i))),
    );
    expect(card.blocks.map((b) => [b.id, regionOf(layout, b.position), b.section])).toEqual([
      ['f1', 'title', -1],
      ['title', 'title', -1],
      ['s1', 'heading', 1],
      ['s1-1', 'heading', 1],
      ['s2', 'heading', 2],
      ['p1', 'body', 0],
      ['p2', 'body', 1],
      ['p3', 'body', 1],
      ['p4', 'body', 2],
    ]);
    expect(words.slice(card.blocks[1]!.position + 3, layout.headings).every((w) => w === PAD)).toBe(true);
    expect(card.sections).toEqual([
      { anchor: 'p1' },
      { anchor: 's1', heading: '第一节' },
      { anchor: 's2', heading: '第二节' },
    ]);
    expect(blockAt(card, card.blocks[6]!.position + 10)).toBe(6);
    expect(blockAt(card, 0)).toBe(0);
    // Body text is in shards of whole blocks, by position; figures carry their label.
    const from = P22.indexOf('123家');
    expect(shards.flat().find((e) => e.text === P22)!.figures).toEqual([
      { from, to: from + 4, anchor: 'fig-p2-1', label: '国家高新技术企业' },
    ]);
    expect(shards.map((shard) => shard.map((e) => e.text))).toEqual([['导语', P22, '专精特新企业', '多余 空白']]);
    // A long block is whole in every shard its positions reach.
    const long = {
      ...page,
      sections: [{ anchor: 'p9', subheadings: [], blocks: [{ id: 'p9', text: P22.repeat(10), figures: [] }] }],
    };
    const split = exactDocuments([long], () => undefined, layout)[0]!;
    expect(split.shards.map((shard) => shard.map((e) => e.block))).toEqual([[2], [2]]);
  });
});

describe('a very long block (issue 17)', () => {
  const page = searchPage(fromHtml(PAGE) as Root, '/reports/x/')!;
  // Real sentences, repeated into one 200,000-character paragraph with no line break.
  const text = [...P22.repeat(Math.ceil(200_000 / [...P22].length))].slice(0, 200_000).join('');

  it('becomes search words, as many as its characters, without overflowing the call stack', () => {
    const long = {
      ...page,
      sections: [{ anchor: 'p9', subheadings: [], blocks: [{ id: 'p9', text, figures: [] }] }],
    };
    const layout = layoutFor([long]);
    const [document] = exactDocuments([long], () => undefined, layout);
    const words = document!.record.content.split(' ');
    expect(words.length - layout.body).toBe(200_000);
    expect(words.at(-1)).toBe(blockWords(text.slice(-1)).at(-1));
  });

  it('names the page when building its search words fails', () => {
    const failing = () => {
      throw new Error('no figure labels');
    };
    expect(() => exactDocuments([page], failing)).toThrow('search index of /reports/x/: no figure labels');
  });

  it('as a title, too', () => {
    const long = { ...page, front: [{ id: 'title', text, figures: [] }] };
    const layout = layoutFor([long]);
    expect(layout.headings).toBeGreaterThan(200_000);
    const [document] = exactDocuments([long], () => undefined, layout);
    expect(document!.card.blocks[0]!.text).toBe(text);
  });
});

describe('ranking from positions alone', () => {
  const layout = { headings: 100, body: 300, shard: 300 };

  it('tells title and heading matches by the region of their positions', () => {
    expect(pageHit(0, [5, 400], layout)).toMatchObject({ inTitle: true, inHeadings: false, starts: [5, 400] });
    expect(pageHit(1, [150], layout)).toMatchObject({ inTitle: false, inHeadings: true });
    expect(pageHit(1, [5, 150, 400], layout)).toMatchObject({ inTitle: true, inHeadings: true });
    expect(pageHit(1, [150, 151, 400], layout)).toMatchObject({ inTitle: false, inHeadings: true });
    expect(() => pageHit(2, [], layout)).toThrow(/out of step/);
  });

  it('puts title matches first, then heading matches, then frequency, and ties to the newest', () => {
    // A page's number is its place in the newest-first order.
    const ranked = rankPages([
      pageHit(4, [300, 301, 302, 303, 304, 305, 306, 307, 308], layout),
      pageHit(3, [100, 120, 300], layout),
      pageHit(9, [1], layout),
      pageHit(1, [300, 310, 320], layout),
      pageHit(0, [300, 310, 320], layout),
    ]);
    expect(ranked.map((h) => h.page)).toEqual([9, 3, 4, 0, 1]);
  });

  it('merges the hits of two forms of a query, and writes 1063 the English way', () => {
    const a: PageHit = pageHit(2, [300], layout);
    const b: PageHit = pageHit(2, [150, 300, 320], layout);
    expect(mergePageHits([[a], [b, pageHit(5, [400], layout)]]).map((h) => [h.page, h.starts, h.inHeadings])).toEqual([
      [2, [150, 300, 320], true],
      [5, [400], false],
    ]);
    expect(numberForms('1063')).toEqual(['1063', '1,063']);
    expect(numberForms('107.8')).toEqual(['107.8']);
    expect(numberForms('12500%')).toEqual(['12500%', '12,500%']);
  });
});
