import { describe, expect, it } from 'vitest';
import { lineRange } from '../../src/lib/site/source-lines.ts';
import { namesList } from '../../src/lib/site/names-list.ts';
import { headingsWithoutNotes } from '../../src/lib/translation/headings.ts';
import { alignedPassages } from '../../src/lib/translation/aligned-passages.ts';
import { readBody } from '../../src/lib/mdx/read.ts';
import { termFilterText, termMatches } from '../../src/lib/glossary/filter-text.ts';

describe('source lines shown by a paragraph mark', () => {
  it('keeps one line and sets a range with an en dash', () => {
    expect(lineRange('85')).toBe('85');
    expect(lineRange('98-99')).toBe('98–99');
    expect(lineRange('7-7')).toBe('7');
  });
  it('shows nothing for a passage without lines, and refuses what is not a line number', () => {
    expect(lineRange(undefined)).toBeUndefined();
    expect(lineRange('')).toBeUndefined();
    expect(() => lineRange('p12')).toThrow(/"p12" are not a line/);
  });
});

describe('a list of names in running text', () => {
  it('joins names with the language’s own conjunction', () => {
    expect(namesList(['綦江', '黔江', '大足'], 'zh')).toEqual({ text: '綦江、黔江和大足', more: false });
    expect(namesList(['Qijiang', 'Qianjiang', 'Dazu'], 'en')).toEqual({
      text: 'Qijiang, Qianjiang and Dazu',
      more: false,
    });
    expect(namesList(['Dazu'], 'en').text).toBe('Dazu');
  });
  it('past the limit gives the first names only and says there are more', () => {
    const names = ['万州', '涪陵', '渝中', '大渡口', '江北', '沙坪坝'];
    expect(namesList(names, 'zh', 5)).toEqual({ text: '万州、涪陵、渝中、大渡口、江北', more: true });
  });
});

describe('headings for the table of contents', () => {
  // The English heading of content/en/reports/qijiang-2022-high-tech-zone.mdx, s2, with its translator's note.
  const body = readBody(
    'qijiang-2022-high-tech-zone.mdx',
    '<h2 id="s2" data-zh="dc4972ed">Using stones from other hills to polish jade<Tn>a classical idiom: drawing on the resources of others to improve oneself</Tn></h2>\n\n<h2 id="s3">Plain heading</h2>\n',
  );
  const passages = alignedPassages(body);
  it('leaves the translator’s note out of a heading’s text', () => {
    const astro = [
      {
        depth: 2,
        slug: 's2',
        text: 'Using stones from other hills to polish jadea classical idiom: drawing on the resources of others to improve oneself',
      },
      { depth: 2, slug: 's3', text: 'Plain heading' },
    ];
    expect(headingsWithoutNotes(astro, passages)).toEqual([
      { depth: 2, slug: 's2', text: 'Using stones from other hills to polish jade' },
      astro[1],
    ]);
  });
});

describe('the glossary filter', () => {
  // content/glossary.yaml, specialised-refined-distinctive-innovative.
  const srdi = termFilterText({
    zh: '专精特新',
    en: 'specialised, refined, distinctive and innovative',
    pinyin: 'zhuān jīng tè xīn',
    zhVariants: [],
    enVariants: ['SRDI'],
  });
  it('finds a term by its Chinese, English, pinyin with or without tones, and a listed variant', () => {
    for (const query of [
      '专精',
      '专精特新',
      'distinctive',
      'Specialised, refined',
      'SRDI',
      'srdi',
      'zhuān jīng',
      'zhuan jing',
      'zhuanjing',
    ]) {
      expect(termMatches(srdi, query), query).toBe(true);
    }
  });
  it('does not find it by words it does not have, or across two of its names', () => {
    for (const query of ['小巨人', 'giant', 'xīn srdi', 'innovativesrdi'])
      expect(termMatches(srdi, query), query).toBe(false);
  });
  it('an English stem variant is found by its stem', () => {
    const text = termFilterText({ zh: '孵化', en: 'incubation', zhVariants: [], enVariants: ['incubat*'] });
    expect(termMatches(text, 'incubat')).toBe(true);
  });
});
