/**
 * How Chinese writes quantities, declared once: multipliers (万, 亿), numerals
 * (一二三…十百千, 两), measure words (家, 个, 件…), units, and the words and
 * signs that make a figure a bound (超过, 约, 以上, ≥…). Figure extraction
 * (src/lib/figures), the translation checks (src/lib/translation/numerals.ts,
 * quantities.ts), unit conversion, the data display and the charts read them
 * here. Where a caller uses part of a list, the part is a named filter below,
 * saying why.
 */

/** Multipliers written after a number (3.5亿 = 350,000,000), longest first so 万亿 is read before 万. */
export const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

export const multiplierOf = (word: string): number | undefined => MULTIPLIERS.find(([w]) => w === word)?.[1];

/**
 * The characters figure extraction reads as a multiplier straight after digits
 * (3.5亿元, 2268万元, 1.5千万): 万, 亿, 千. 百 is left out: after digits in the
 * sources it begins 百分点 or a name, never a multiplier, and reading it would
 * turn such numbers into figures.
 */
export const DIGIT_MULTIPLIER_CHARACTERS = '万亿千';

/** Chinese numerals: digits (两 is 2 when counting), then 十 百 千 within a section, then 万 亿, which multiply all before them. */
export const NUMERAL_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const NUMERAL_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const NUMERAL_SECTION_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Every character a run of Chinese numerals is made of. */
export const NUMERAL_CHARACTERS = [
  ...Object.keys(NUMERAL_DIGITS),
  ...Object.keys(NUMERAL_SMALL_UNITS),
  ...Object.keys(NUMERAL_SECTION_UNITS),
].join('');

/** Digits as read one by one in a year (二〇三五): 两 counts things and is never written in a year. */
export const DIGIT_BY_DIGIT = pick(NUMERAL_DIGITS, (c) => c !== '两');

/** Digits of chapter numbers (第一章 … 第十九章): never 零 or 〇 (no chapter 0) nor 两 (chapters are ordinal: 第二章). */
export const CHAPTER_DIGITS = pick(NUMERAL_DIGITS, (c, value) => value > 0 && c !== '两');

/** Measure words (量词) that count things: 54家 and 54个 platforms are both 54 of something. */
export const COUNT_WORDS = [
  '个',
  '家',
  '项',
  '件',
  '名',
  '人',
  '位',
  '户',
  '所',
  '笔',
  '场',
  '批',
  '台',
  '套',
  '条',
  '座',
  '种',
  '篇',
  '次',
  '颗',
  '只',
  '处',
  '栋',
  '辆',
  '张',
  '份',
  '款',
] as const;

/**
 * Count words after which the counted thing is named (6个“国字号”研发机构, 163户企业):
 * not 人, which is itself the thing counted (100人 are people), nor 位, which in
 * these texts is mostly a rank (前3位).
 */
export const CLASSIFIER_WORDS: ReadonlySet<string> = new Set(COUNT_WORDS.filter((w) => w !== '人' && w !== '位'));

/**
 * Count words an indicator's count converts between (54家 = 54个). Batches and
 * sets (批, 套, 份) count groups, not things, so never convert. The rest left
 * out were never converted either: a figure counted in them is not taken as a
 * count of an indicator's things, and adding one is a decision about which
 * figures count towards an indicator.
 */
const GROUP_COUNT_WORDS = ['批', '套', '份'];
const UNCONVERTED_COUNT_WORDS = ['台', '篇', '颗', '只', '处', '栋', '辆', '张', '款', '位'];
export const CONVERTIBLE_COUNT_WORDS: ReadonlySet<string> = new Set(
  COUNT_WORDS.filter((w) => !GROUP_COUNT_WORDS.includes(w) && !UNCONVERTED_COUNT_WORDS.includes(w)),
);

/** Units other than count words, as written after a number (or its multiplier). */
export const MEASURE_UNITS = [
  '个百分点',
  '个工作日',
  '平方公里',
  '平方米',
  '件/万人',
  '亿人民币',
  '人民币',
  '个月',
  '公里',
  '公顷',
  '人年',
  '%',
  '％',
  '‰',
  '倍',
  '元',
  '吨',
  '年',
  '天',
  '小时',
  '周',
  '亩',
  '期',
  '类',
  '米',
  '千米',
] as const;

/** Money, in yuan: 2268万元 = 0.2268亿元. */
export const MONEY_UNITS: Readonly<Record<string, number>> = {
  元: 1,
  万元: 1e4,
  亿元: 1e8,
  亿人民币: 1e8,
  万人民币: 1e4,
};

/**
 * Words that make a figure a bound or an estimate. `position` is where Chinese
 * writes the word: before the number (超过100家), between number and unit
 * (100余家), after it (100家以上), or as a sign in a table cell (≥6.1 is 不低于).
 * `en` is how English says it, where the site says it in English.
 */
export interface BoundWord {
  position: 'before' | 'inside' | 'after' | 'sign';
  en?: string;
  /**
   * The wordings a translator may use for it in running text (the translation check accepts any); the data pages
   * always say `en`.
   */
  prose: readonly string[];
}

const MORE_THAN = [
  'over',
  'more than',
  'above',
  'in excess of',
  'or more',
  'upwards of',
  'exceed',
  'exceeds',
  'exceeded',
  'exceeding',
];
const ABOUT = ['about', 'around', 'approximately', 'some', 'roughly'];
const AT_LEAST = ['at least', 'or more', 'or above', 'no less than', 'not less than', 'more than', 'over', 'above'];
const AT_MOST = ['at most', 'or less', 'or below', 'no more than', 'not more than', 'up to'];

export const BOUND_WORDS: Readonly<Record<string, BoundWord>> = {
  超过: { position: 'before', en: 'over', prose: MORE_THAN },
  近: { position: 'before', en: 'nearly', prose: ['nearly', 'almost', 'close to'] },
  约: { position: 'before', en: 'about', prose: ABOUT },
  余: { position: 'inside', en: 'over', prose: MORE_THAN },
  多: { position: 'inside', en: 'more than', prose: MORE_THAN },
  以上: { position: 'after', en: 'at least', prose: AT_LEAST },
  左右: { position: 'after', en: 'about', prose: ABOUT },
  以下: { position: 'after', en: 'at most', prose: [...AT_MOST, 'below', 'under', 'less than'] },
  不低于: { position: 'sign', en: 'at least', prose: AT_LEAST },
  低于: { position: 'sign', en: 'below', prose: ['below', 'less than', 'under'] },
  不高于: { position: 'sign', en: 'at most', prose: AT_MOST },
};

/** Comparison signs in table cells (＞10, ≥6.1) and the bound word each stands for. */
export const COMPARISON_SIGNS: Readonly<Record<string, string>> = {
  '＞': '超过',
  '>': '超过',
  '≥': '不低于',
  '＜': '低于',
  '<': '低于',
  '≤': '不高于',
};

/** A regular-expression character class of the comparison signs: `[＞>≥＜<≤]`. */
export const COMPARISON_SIGN_CLASS = `[${Object.keys(COMPARISON_SIGNS).join('')}]`;

/** The bound words written before the number (超过, 近, 约): they go in front of a figure shown alone. */
export const LEADING_BOUND_WORDS: ReadonlySet<string> = new Set(boundWordsWhere((b) => b.position === 'before'));

/**
 * The bounds the data pages and charts say, in both languages: those with an
 * English wording (every bound word has one, so none is shown as an exact
 * value); the table signs' 不低于/低于/不高于 (≥6.1, ＜5) are said as "at
 * least", "below" and "at most", so a plan's target keeps its bound.
 */
export const STATED_BOUNDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(BOUND_WORDS).flatMap(([word, b]) => (b.en === undefined ? [] : [[word, b.en]])),
);

export function boundWordsWhere(test: (bound: BoundWord) => boolean): string[] {
  return Object.entries(BOUND_WORDS)
    .filter(([, b]) => test(b))
    .map(([word]) => word);
}

function pick(
  record: Readonly<Record<string, number>>,
  keep: (key: string, value: number) => boolean,
): Readonly<Record<string, number>> {
  return Object.fromEntries(Object.entries(record).filter(([k, v]) => keep(k, v)));
}

/**
 * The bound words figure extraction reads right after a figure (5%以上, 20左右,
 * 6倍多): the `after` words but 以下, which extraction has never read as a bound
 * (reading it would change the extracted figures), and 多, which may follow a
 * unit as well as a number.
 */
export const TRAILING_BOUND_WORDS: readonly string[] = [
  ...boundWordsWhere((b) => b.position === 'after').filter((w) => w !== '以下'),
  '多',
];

/** Bound words written between a number and its multiplier or unit (30余家, 1500余万元, 1亿多元). */
export const INSIDE_BOUND_WORDS: readonly string[] = boundWordsWhere((b) => b.position === 'inside');

/** Bound words and comparison signs, longest first, so 不低于 is read as itself and not as the 低于 inside it. */
const BOUND_MARKS = [...Object.keys(BOUND_WORDS), ...Object.keys(COMPARISON_SIGNS)].sort((a, b) => b.length - a.length);
// No bound word or sign is special in a regular expression (＞ > ≥ ＜ < ≤ and Chinese words).
const BOUND_MARK = new RegExp(BOUND_MARKS.join('|'), 'gu');

/**
 * The bounds a Chinese rendering of a value states, as bound words, in order: 超过100家 → [超过], ≥6.1件 → [不低于]
 * (a sign is read as the word it stands for), 100余家 → [余]. For checking that a translation keeps them.
 */
export function boundWordsIn(text: string): string[] {
  return [...text.matchAll(BOUND_MARK)].map(([mark]) => COMPARISON_SIGNS[mark] ?? mark);
}
