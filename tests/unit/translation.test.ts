import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors.ts';
import { parseGlossary } from '../../src/lib/glossary/parse.ts';
import { readMdx } from '../../src/lib/mdx/read.ts';
import { checkTranslation, type Problem } from '../../src/lib/translation/checks.ts';
import { chineseNumerals, chineseStatedNumbers, digitNumbers } from '../../src/lib/translation/numerals.ts';
import { readChinesePage, readEnglishPage } from '../../src/lib/translation/pages.ts';
import { parallelGroups } from '../../src/lib/translation/parallel.ts';
import { chineseQuantity, englishQuantity, sameQuantity } from '../../src/lib/translation/quantities.ts';
import { restamp } from '../../src/lib/translation/restamp.ts';
import { scaffoldEnglish } from '../../src/lib/translation/scaffold.ts';
import { translationGaps } from '../../src/lib/translation/status.ts';
import { alignedPassages, passageHash } from '../../src/lib/translation/aligned-passages.ts';
import { ROOT } from '../support/sources.ts';

const SLUG = 'reports/qijiang-2022-high-tech-zone';
const zhFile = `content/zh/${SLUG}.mdx`;
const enFile = `content/en/${SLUG}.mdx`;
const zhSource = readFileSync(join(ROOT, zhFile), 'utf8');
const enSource = readFileSync(join(ROOT, enFile), 'utf8');
const glossary = parseGlossary('content/glossary.yaml', readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8'));
const zh = readChinesePage(zhFile, zhSource);

/** The real English page with one element (found by id) rewritten. */
function editedEnglish(id: string, edit: (element: string) => string): string {
  const pattern = new RegExp(`<(\\w+) id="${id}"[^>]*>.*?</\\1>`, 's');
  expect(pattern.test(enSource), `element #${id} in ${enFile}`).toBe(true);
  return enSource.replace(pattern, (element) => edit(element));
}

function problemsOf(english: string): Problem[] {
  return checkTranslation(zh, readEnglishPage(enFile, SLUG, english), { glossary });
}

describe('reading pages back', () => {
  it('gives every paragraph, heading and cell as a unit with its displayed text', () => {
    const units = new Map(zh.passages.map((u) => [u.id, u]));
    // Source line 159: 2021年，綦江区的国家高新技术企业新增25家、累计123家……
    const p22 = units.get('p22')!;
    expect(p22.text).toContain('累计123家');
    expect(p22.figures.map((f) => f.text)).toContain('123家');
    expect(p22.textOutsideFigures).not.toContain('123');
    expect(units.get('s1')?.text).toBe('核心提示');
    expect(units.get('title')?.text).toBe('以创建国家级高新区为契机 綦江创新推动建设资源型城市转型升级试验区');
  });

  it('shows a correction as corrected, and leaves translator’s notes out of the text', () => {
    const body = readMdx(
      'x.mdx',
      '---\nlang: en\n---\n\n<P id="p1" data-zh="00000000">The <Corr id="corr-1" original="Expected value" corrected="Type">Expected value</Corr> column.<Tn>a note with 2019 in it</Tn></P>\n',
    ).body;
    const [unit] = alignedPassages(body);
    expect(unit!.text).toBe('The Type column.');
    expect(unit!.notes).toEqual(['a note with 2019 in it']);
    expect(unit!.stamp).toBe('00000000');
  });

  it('gives each figure the words either side of it in its element, corrections applied and notes left out', () => {
    // content/en/reports/dazu-2023-innovation-highland.mdx #p13, shortened: seven figures in one paragraph.
    const body = readMdx(
      'x.mdx',
      '---\nlang: en\n---\n\n<P id="p13" data-zh="00000000">Dazu has built <Fig id="fig-p13-3">3</Fig> incubators, <Fig id="fig-p13-4">8</Fig> maker spaces and <Fig id="fig-p13-5">1</Fig> “mass innovation world”<Tn>a note</Tn>; <Fig id="fig-p13-6">10</Fig> <Corr id="corr-1" original="distinctve" corrected="distinctive">distinctve</Corr> facilities are being cultivated and the floor area exceeds <Fig id="fig-p13-7">150,000 square metres</Fig>.</P>\n',
    ).body;
    const [unit] = alignedPassages(body);
    expect(unit!.figures.map(({ id, before, after }) => [id, before, after])).toEqual([
      ['fig-p13-3', 'Dazu has built ', ' incubators, 8 maker spa'],
      ['fig-p13-4', 'Dazu has built 3 incubators, '.slice(-24), ' maker spaces and 1 “mas'],
      ['fig-p13-5', '3 incubators, 8 maker spaces and '.slice(-24), ' “mass innovation world”'],
      ['fig-p13-6', '“mass innovation world”; '.slice(-24), ' distinctive facilities '],
      ['fig-p13-7', 'cultivated and the floor area exceeds '.slice(-24), '.'],
    ]);
    expect(unit!.textOutsideFigures).toBe(
      'Dazu has built   incubators,   maker spaces and   “mass innovation world”;   distinctive facilities are being cultivated and the floor area exceeds  .',
    );
  });

  it('names the file and line of anything outside the page vocabulary', () => {
    const read = (body: string) => () => readMdx('content/en/reports/x.mdx', `---\nlang: en\ntitle: X\n---\n\n${body}`);
    expect(read('<P id="p1">fine</P>\n\n## A Markdown heading\n')).toThrow(
      /content\/en\/reports\/x\.mdx:8: a Markdown heading/,
    );
    expect(read('<P id="p1">{1 + 1}</P>\n')).toThrow(InputError);
    expect(read('Loose text.\n')).toThrow(/x\.mdx:6: text outside any element/);
  });

  it('stamps change when, and only when, the Chinese text changes', () => {
    // The stamp the committed translation of #p22 recorded for its Chinese text, which has not changed since.
    const committed = /<P id="p22" data-zh="([0-9a-f]+)">/.exec(enSource)![1];
    expect(passageHash(zh.passages.find((u) => u.id === 'p22')!.text)).toBe(committed);
    expect(passageHash('专利授权1063件')).not.toBe(passageHash('专利授权1064件'));
    expect(passageHash('专利授权1063件')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('figures as quantities', () => {
  const zhQ = (value: number, unit: string, high?: number) =>
    chineseQuantity({ value, unit, ...(high === undefined ? {} : { high }) });

  it('converts 亿 and 万 to the numbers English writes', () => {
    expect(sameQuantity(zhQ(3.5, '亿元'), englishQuantity('350 million yuan')!)).toBe(true);
    expect(sameQuantity(zhQ(3.5, '亿元'), englishQuantity('RMB 350 million')!)).toBe(true);
    expect(sameQuantity(zhQ(107.8, '亿元'), englishQuantity('10.78 billion yuan')!)).toBe(true);
    expect(sameQuantity(zhQ(2268, '万元'), englishQuantity('22.68 million yuan')!)).toBe(true);
    expect(sameQuantity(zhQ(2.2, '万人'), englishQuantity('22,000 people')!)).toBe(true);
    expect(sameQuantity(zhQ(35, '万吨'), englishQuantity('350,000 tonnes')!)).toBe(true);
    expect(sameQuantity(zhQ(1, '亿元'), englishQuantity('over 100 million yuan')!)).toBe(true);
  });

  it('keeps percentages, percentage points, multiples and rates apart', () => {
    expect(sameQuantity(zhQ(2.3, '%'), englishQuantity('2.3%')!)).toBe(true);
    expect(sameQuantity(zhQ(5, '个百分点'), englishQuantity('5 percentage points')!)).toBe(true);
    expect(sameQuantity(zhQ(5, '个百分点'), englishQuantity('5%')!)).toBe(false);
    expect(sameQuantity(zhQ(4.3, '倍'), englishQuantity('4.3 times')!)).toBe(true);
    expect(sameQuantity(zhQ(2.51, '件/万人'), englishQuantity('2.51 per 10,000 people')!)).toBe(true);
    expect(sameQuantity(zhQ(3.5, '亿元'), englishQuantity('35 million yuan')!)).toBe(false);
    expect(sameQuantity(zhQ(3.5, '亿元'), englishQuantity('350 million')!)).toBe(false);
  });

  it('reads ranges and small numbers in words', () => {
    expect(sameQuantity(zhQ(5, '年', 10), englishQuantity('5 to 10 years')!)).toBe(true);
    expect(sameQuantity(zhQ(6, '个'), englishQuantity('six')!)).toBe(true);
    expect(englishQuantity('the district')).toBeUndefined();
  });
});

describe('numbers the Chinese states', () => {
  it('reads Chinese numerals as plan names and headings use them', () => {
    expect(chineseNumerals('十四五')).toEqual([14, 5]);
    expect(chineseNumerals('二〇三五')).toContain(2035);
    expect(chineseNumerals('一百二十三')).toEqual([123]);
    expect(chineseNumerals('百亿')).toEqual([1e10]);
  });

  it('includes the forms English uses for amounts in 万 and 亿', () => {
    const stated = chineseStatedNumbers('每百亿元GDP，投资3.5亿元，专利1,063件，第十九届');
    for (const n of ['10', '350', '1063', '19', '100']) expect(stated, n).toContain(n);
    expect(digitNumbers('1,063 patents in 2021 and 2.30%')).toEqual(['1063', '2021', '2.3']);
  });
});

describe('translation checks, on the real Qijiang 2022 report', () => {
  it('pass on the committed translation', () => {
    expect(problemsOf(enSource)).toEqual([]);
  });

  it('report a paragraph left out, and one with no original', () => {
    const dropped = problemsOf(editedEnglish('p21', () => ''));
    expect(dropped).toContainEqual(expect.objectContaining({ check: 'coverage', id: 'p21' }));
    const extra = problemsOf(editedEnglish('p21', (e) => `${e}\n\n<P id="p999" data-zh="00000000">Added.</P>`));
    expect(extra).toContainEqual(expect.objectContaining({ check: 'coverage', id: 'p999' }));
  });

  it('report a figure changed, unmarked or not the Chinese one', () => {
    const changed = problemsOf(
      editedEnglish('p22', (e) => e.replace(/(<Fig id="fig-p22-2">)[^<]*(<\/Fig>)/, '$1132$2')),
    );
    expect(changed).toContainEqual(
      expect.objectContaining({ check: 'figures', id: 'p22', message: expect.stringContaining('123家') }),
    );
    const unmarked = problemsOf(editedEnglish('p22', (e) => e.replace(/<Fig id="fig-p22-2">([^<]*)<\/Fig>/, '$1')));
    expect(unmarked).toContainEqual(
      expect.objectContaining({ check: 'figures', message: expect.stringContaining('is not marked') }),
    );
    const foreign = problemsOf(editedEnglish('p22', (e) => e.replace('fig-p22-2', 'fig-p22-99')));
    expect(foreign).toContainEqual(
      expect.objectContaining({
        check: 'figures',
        message: expect.stringContaining('not a figure of the Chinese page'),
      }),
    );
  });

  it('report a bound the English drops, before or inside the Chinese figure', () => {
    const figureProblems = (english: string) => problemsOf(english).filter((p) => p.check === 'figures');
    // p8, source lines 57–61: …同比增长35%，50%以上规上工业企业建立研发机构 (the bound is part of the figure).
    const inside = figureProblems(editedEnglish('p8', (e) => e.replace('more than 50%', '50%')));
    expect(inside.map((p) => [p.id, p.message])).toEqual([
      [
        'p8',
        '#p8: the Chinese says 以上 of 50%以上, the English "50%" does not (say "at least", or another wording of the bound)',
      ],
    ]);
    // "over half" would say it too; a wording of the bound right before the figure counts.
    expect(figureProblems(editedEnglish('p8', (e) => e.replace('more than 50%', 'at least 50%')))).toEqual([]);
    // p21, source lines 153–157, 增加近5倍: the bound 近 stands before the figure in the Chinese.
    const before = figureProblems(editedEnglish('p21', (e) => e.replace('nearly <Fig', '<Fig')));
    expect(before.map((p) => p.message)).toEqual([
      '#p21: the Chinese says 近 of 5倍, the English "5 times" does not (say "nearly", or another wording of the bound)',
    ]);
  });

  it('report "an increase of X times" for 倍 unless it says of what', () => {
    const figureProblems = (english: string) => problemsOf(english).filter((p) => p.check === 'figures');
    // 较2018年增长4.3倍: the paragraph's own figures (86 platforms, 66 new) make it 4.3 times the 2018 level.
    const calque = figureProblems(
      editedEnglish('p9', (e) =>
        e.replace(
          '<Fig id="fig-p9-2">4.3 times</Fig> the 2018 level',
          'an increase of <Fig id="fig-p9-2">4.3 times</Fig> over 2018',
        ),
      ),
    );
    expect(calque.map((p) => [p.id, p.message])).toEqual([
      [
        'p9',
        '#p9: "an increase of 4.3 times" for 4.3倍 is a calque: write "4.3 times the … level", or "an increase of 4.3 times the … number" where the paragraph\'s own figures show that (docs/translation-style.md, Multiples)',
      ],
    ]);
    for (const wording of ['a growth of', 'up', 'rose by'])
      expect(
        figureProblems(
          editedEnglish('p9', (e) =>
            e.replace(
              '<Fig id="fig-p9-2">4.3 times</Fig> the 2018 level',
              `${wording} <Fig id="fig-p9-2">4.3 times</Fig>`,
            ),
          ),
        ),
        wording,
      ).toHaveLength(1);
    // Said of what, it is the style guide's wording where the figures show an increase of X times the base.
    expect(
      figureProblems(
        editedEnglish('p9', (e) =>
          e.replace(
            '<Fig id="fig-p9-2">4.3 times</Fig> the 2018 level',
            'an increase of <Fig id="fig-p9-2">4.3 times</Fig> the 2018 number',
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('report a glossary term not rendered as the glossary says', () => {
    const problems = problemsOf(
      editedEnglish('p22', (e) => e.replace(/national high-tech enterprises/, 'national hi-tech firms')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ check: 'glossary', id: 'p22', message: expect.stringContaining('国家高新技术企业') }),
    );
  });

  it('report Chinese left in, and a number the Chinese does not state', () => {
    const chinese = problemsOf(editedEnglish('p21', (e) => e.replace('</P>', '高于全市平均水平</P>')));
    expect(chinese).toContainEqual(expect.objectContaining({ check: 'untranslated', id: 'p21' }));
    const glossed = problemsOf(editedEnglish('p21', (e) => e.replace('</P>', ' (全市)</P>')));
    expect(glossed.filter((p) => p.check === 'untranslated')).toEqual([]);
    const added = problemsOf(editedEnglish('p21', (e) => e.replace('</P>', ' It was 1.9% in 2019.</P>')));
    expect(added).toContainEqual(
      expect.objectContaining({ check: 'added-numbers', id: 'p21', message: expect.stringContaining('1.9, 2019') }),
    );
  });

  it('report a translation made from Chinese that has since changed', () => {
    const stale = problemsOf(editedEnglish('p22', (e) => e.replace(/data-zh="[0-9a-f]+"/, 'data-zh="deadbeef"')));
    expect(stale).toContainEqual(expect.objectContaining({ check: 'staleness', id: 'p22' }));
    const english = readEnglishPage(
      enFile,
      SLUG,
      editedEnglish('p22', (e) => e.replace(/ data-zh="[0-9a-f]+"/, '')),
    );
    expect(translationGaps(zh.passages, english.passages).outdated).toEqual(['p22']);
  });

  it('restamp marks only the named unit as current, changing nothing else', () => {
    const staleSource = editedEnglish('p22', (e) => e.replace(/data-zh="[0-9a-f]+"/, 'data-zh="deadbeef"'));
    const fixed = restamp(enFile, staleSource, zh, ['p22']);
    expect(fixed).toBe(enSource);
    expect(() => restamp(enFile, enSource, zh, ['p404'])).toThrow(/no passage #p404/);
  });
});

describe('scaffolding a new translation', () => {
  // No memory: the page as a translator starting from nothing gets it.
  const scaffold = scaffoldEnglish(zh, zhSource, { date: '2026-12-05' }).mdx;
  const english = readEnglishPage(enFile, SLUG, scaffold);

  it('keeps every id and stamps it with the hash of its Chinese text', () => {
    expect(english.passages.map((u) => u.id)).toEqual(zh.passages.map((u) => u.id));
    for (const [i, unit] of english.passages.entries())
      expect(unit.stamp, unit.id).toBe(passageHash(zh.passages[i]!.text));
    expect(scaffold).not.toMatch(/\blines="/);
    expect(scaffold.startsWith('---\n# English translation (unofficial')).toBe(true);
  });

  it('is reported as untranslated until the Chinese is replaced', () => {
    const problems = checkTranslation(zh, english, { glossary });
    expect(problems.filter((p) => p.check === 'untranslated').length).toBeGreaterThan(40);
    expect(problems.filter((p) => p.check === 'coverage' || p.check === 'staleness')).toEqual([]);
  });
});

describe('the parallel view', () => {
  it('pairs the Chinese and English of every unit, opening boxes and lists', () => {
    const planFile = 'content/zh/plan/qijiang-14th-five-year-st-plan/chapter-3.mdx';
    const zhPlan = readMdx(planFile, readFileSync(join(ROOT, planFile), 'utf8'));
    const enPlan = readMdx(
      planFile.replace('/zh/', '/en/'),
      readFileSync(join(ROOT, planFile.replace('/zh/', '/en/')), 'utf8'),
    );
    const groups = parallelGroups(zhPlan.body, enPlan.body);
    const rows = groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((r) => r.en !== undefined)).toBe(true);
    expect(rows.every((r) => r.zh.attributes.id === r.en!.attributes.id || r.zh.name === 'hgroup')).toBe(true);
    const box = groups.find((g) => g.container?.name === 'Box')!;
    expect(box.rows[0]!.id).toBe(`${box.container!.id}-title`);
    const alone = parallelGroups(zhPlan.body, []).flatMap((g) => g.rows);
    expect(alone).toHaveLength(rows.length);
    expect(alone.every((r) => r.en === undefined)).toBe(true);
  });
});
