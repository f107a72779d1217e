import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { traditionalFile } from '../../src/lib/search/build/traditional.ts';
import { CONVERSION, hasTraditional, readTraditional } from '../../src/lib/search/browser/traditional.ts';

const convert = OpenCC.Converter(CONVERSION);
const traditional = readTraditional(traditionalFile(convert));

describe('the characters the conversion changes', () => {
  it('hold the traditional characters of the issue’s queries and none of their simplified forms', () => {
    for (const query of ['高新技術企業', '科技特派員', '3.84億元'])
      expect(hasTraditional(query, traditional)).toBe(true);
    for (const query of ['高新技术企业', '科技特派员', '3.84亿元', '綦江', '黔江', '大足', '火锅火箭']) {
      expect(hasTraditional(query, traditional)).toBe(false);
    }
  });

  it('are exactly the characters the converter changes, in every Han block, planes 2 and 3 too', () => {
    const changed = (first: number, last: number) => {
      const found: string[] = [];
      for (let cp = first; cp <= last; cp++) {
        const c = String.fromCodePoint(cp);
        if (convert(c) !== c) found.push(c);
      }
      return found;
    };
    const expected = [
      ...changed(0x3400, 0x4dbf),
      ...changed(0x4e00, 0x9fff),
      ...changed(0xf900, 0xfaff),
      ...changed(0x20000, 0x3134f),
    ];
    expect(expected.length).toBeGreaterThan(3000);
    expect([...traditional]).toEqual(expected);
  });

  it('decode a file written by hand, and refuse a bad step naming the file', () => {
    // 員 is U+54E1, 術 is U+8853: the first step from 0, the second from 員.
    const file = { deltas: `${(0x54e1).toString(36)},${(0x8853 - 0x54e1).toString(36)}` };
    expect([...readTraditional(file)]).toEqual(['員', '術']);
    expect(readTraditional({ deltas: '' }).size).toBe(0);
    expect(() => readTraditional({ deltas: 'a,-1' })).toThrow(/bad step "-1" in search-traditional\.json/);
    expect(() => readTraditional({ deltas: 'a,,b' })).toThrow(/bad step/);
  });
});
