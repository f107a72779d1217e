import { present } from '../assert.ts';
import { protectedZones, zoneTest } from './zones.ts';

/**
 * Time expressions in Chinese policy text, resolved to ISO 8601 periods:
 * `2021`, `2023-03`, `2023-10-25`, spans within a year `2023-01/2023-09`,
 * spans of years `2021/2025`. Relative words (今年, 去年, 目前) resolve against
 * the document's year.
 */
export interface TimeExpression {
  start: number;
  end: number;
  period: string;
  /** A comparison base (较2018年, 是2015年的): it does not say when the figure is. */
  base: boolean;
  /** A target date (到2025年): it dates what follows it, never what came before. */
  target: boolean;
}

const pad = (n: number | string) => String(n).padStart(2, '0');
const QUARTERS: Record<string, [number, number]> = {
  一季度: [1, 3],
  第一季度: [1, 3],
  二季度: [4, 6],
  第二季度: [4, 6],
  三季度: [7, 9],
  第三季度: [7, 9],
  四季度: [10, 12],
  第四季度: [10, 12],
  上半年: [1, 6],
  下半年: [7, 12],
  前三季度: [1, 9],
};
const span = (year: number, from: number, to: number) => `${year}-${pad(from)}/${year}-${pad(to)}`;

/** What follows a year or 今年: a quarter, a month span, a month and day, or nothing. */
const WITHIN_YEAR =
  '(?:(?<quarter>前三季度|第?[一二三四]季度|上半年|下半年)|(?<m1>\\d{1,2})月?(?:至|到|—|－|-)(?<m2>\\d{1,2})月|(?<month>\\d{1,2})月(?:(?<day>\\d{1,2})日)?|(?<whole>全年))?';

/** A match's named groups; a group that took no part in the match is undefined. */
type Groups = Readonly<Record<string, string | undefined>>;

/** A named group that is not optional in its pattern, so every match fills it. */
const filled = (groups: Groups, name: string): string => present(groups[name], `the group <${name}> in every match`);

const PATTERNS: { pattern: RegExp; resolve: (groups: Groups, year: number, matched: string) => string }[] = [
  { pattern: /(?<y1>\d{4})[—―–-](?<y2>\d{4})年?/gu, resolve: (g) => `${filled(g, 'y1')}/${filled(g, 'y2')}` },
  {
    pattern: new RegExp(`(?<y>\\d{4})年${WITHIN_YEAR}`, 'gu'),
    resolve: (g) => withinYear(Number(filled(g, 'y')), g),
  },
  { pattern: new RegExp(`今年${WITHIN_YEAR}`, 'gu'), resolve: (g, year) => withinYear(year, g) },
  {
    pattern: /去年(?:(?<month>\d{1,2})月)?/gu,
    resolve: (g, year) => (g.month ? `${year - 1}-${pad(g.month)}` : String(year - 1)),
  },
  // A quarter, month span or date without a year (前三季度, 10月25日); 全年 alone dates nothing.
  {
    pattern: new RegExp(`(?<![\\d年])${WITHIN_YEAR.slice(3, -2).replace('|(?<whole>全年)', '')}`, 'gu'),
    resolve: (g, year) => withinYear(year, g),
  },
  { pattern: /“?十三五”?(?:时期|期间|末期?)?/gu, resolve: () => '2020' },
  { pattern: /“?十二五”?(?:时期|期间|末期?)?/gu, resolve: () => '2015' },
  { pattern: /“?十四五”?(?:时期|期间)?/gu, resolve: () => '2021/2025' },
  { pattern: /未来(?<n>\d+)年/gu, resolve: (g, year) => `${year}/${year + Number(filled(g, 'n')) - 1}` },
  {
    pattern: /截至目前|截至当前|截至去年底|目前|当前|近年来|如今|眼下|现有/gu,
    resolve: (_g, year, matched) => (matched === '截至去年底' ? String(year - 1) : String(year)),
  },
];

function withinYear(year: number, groups: Groups): string {
  if (groups.quarter) {
    const [from, to] = present(
      QUARTERS[groups.quarter.replace(/^第/, '')] ?? QUARTERS[groups.quarter],
      `the months of ${groups.quarter}`,
    );
    return span(year, from, to);
  }
  if (groups.m1 && groups.m2) return span(year, Number(groups.m1), Number(groups.m2));
  if (groups.month)
    return groups.day ? `${year}-${pad(groups.month)}-${pad(groups.day)}` : `${year}-${pad(groups.month)}`;
  return String(year);
}

/** Every time expression in `text`, left to right, without overlaps (the longest wins). */
export function timeExpressions(text: string, documentYear: number): TimeExpression[] {
  const found: TimeExpression[] = [];
  // A year in a quoted name or a title (“2023年度…专项”, 《…(2020—2035)》) dates nothing.
  const inZone = zoneTest(protectedZones(text));
  for (const { pattern, resolve } of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (m[0] === '') continue;
      const start = m.index;
      const end = start + m[0].length;
      // A year used as a name (2019中国建材…奖) is not a time: a real year is followed by 年 or a range.
      if (found.some((f) => start < f.end && end > f.start) || inZone(start)) continue;
      const before = text.slice(Math.max(0, start - 2), start);
      // 较2018年, 是2015年的: a comparison base; 从2020年4月…以来, 2022年以来: where a span starts.
      const base = /[较比是与同从自]$|相比$/u.test(before) || /^(?:的|以来)/u.test(text.slice(end));
      const target = /[到至]$/u.test(before);
      // A pattern without named groups has none to give.
      found.push({ start, end, period: resolve(m.groups ?? {}, documentYear, m[0]), base, target });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
