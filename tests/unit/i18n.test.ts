import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import { t } from '../../src/i18n/index.ts';
import zh from '../../src/i18n/zh.json';

describe('UI strings', () => {
  it('have the same keys in every locale, none empty', () => {
    expect(Object.keys(zh).length).toBeGreaterThan(50);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in every locale', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
  });

  it('say on the data page how CSV text cells a spreadsheet would run as formulas are written (src/lib/data/csv.ts)', () => {
    expect(en['data.csvText']).toContain(
      "begins with =, +, -, @, a tab or a carriage return is written with an apostrophe (')",
    );
    expect(zh['data.csvText']).toContain("以 =、+、-、@、制表符或回车开头的文本单元格，前面加一个撇号（'）");
  });

  it('fill placeholders', () => {
    expect(t('zh', 'page.sourceLines', { first: 2, last: 145 })).toBe('第 2–145 行');
    expect(t('en', 'page.sourceLines', { first: 2, last: 145 })).toBe('lines 2–145');
  });
});
