import type { Indicator } from './registry.ts';

/**
 * Words a text puts before an indicator's name to narrow what it counts (市级众创空间, 国家级孵化器,
 * 规模以上工业企业研发投入), each with its English, declared once. A figure so qualified is proposed with a
 * definition note composed from them, so that it is never compared silently with the indicator as defined.
 * `after` qualifiers follow the name in English (R&D expenditure of industrial enterprises above designated size).
 */
export const MEASURE_QUALIFIERS: readonly { zh: string; en: string; after?: boolean }[] = [
  { zh: '省（市）级及以上', en: 'Provincial (municipal) level and higher' },
  { zh: '市级及以上', en: 'Municipal-level and higher' },
  { zh: '市级以上', en: 'Municipal-level and higher' },
  { zh: '国家级', en: 'National-level' },
  { zh: '国家备案', en: 'Nationally registered' },
  { zh: '国家', en: 'National' },
  { zh: '重庆市', en: 'Municipal-level' },
  { zh: '市级', en: 'Municipal-level' },
  { zh: '区级', en: 'District-level' },
  { zh: '有效', en: 'Valid' },
  { zh: '登记认定', en: 'Registered and certified' },
  { zh: '规模以上工业企业', en: 'of industrial enterprises above designated size', after: true },
  { zh: '规上工业企业', en: 'of industrial enterprises above designated size', after: true },
];

/**
 * Words before a name that say where, when or how a figure was reached, not what it counts (年末拥有…, 全年新增…,
 * 全区…): they need no note. The kind of observation is read from the sentence, not from these.
 */
const FRAME_WORDS = [
  '全区',
  '全县',
  '该区',
  '该县',
  '本区',
  '全社会',
  '全年',
  '年末',
  '年底',
  '当年',
  '目前',
  '现有',
  '拥有',
  '已有',
  '新增',
  '净增',
  '新建',
  '新认定',
  '新培育',
  '累计',
  '已建成',
  '建成',
  '共有',
  '已',
  '共',
];

/** Words after a name that do not change the measure (科技型企业总数, 高新技术企业将…, 高新技术企业净增). */
const TRAILING_WORDS = ['总数', '总量', '数量', '将', '已', '共', '净增', '新增', '增加', '首次', '达到', '达'];

/** The label without the words after the name that do not change the measure. */
export function withoutTrailingWords(label: string): string {
  let rest = label;
  for (;;) {
    const trailing = TRAILING_WORDS.find((w) => rest.endsWith(w) && rest.length > w.length);
    if (!trailing) return rest;
    rest = rest.slice(0, -trailing.length);
  }
}

export type Qualifier = (typeof MEASURE_QUALIFIERS)[number];

/**
 * Read the words before an indicator's name as place words and qualifiers, left to right. Undefined when some
 * word is neither (每百亿元GDP有市级科技型企业, 重点扶持科技型企业): then the name does not name the measure.
 */
export function readQualifiers(before: string, districts: readonly string[]): Qualifier[] | undefined {
  const { qualifiers, length } = leadingQualifiers(before, districts);
  return length === before.length ? qualifiers : undefined;
}

/** The place words and qualifiers `text` starts with, and how many characters they take. */
export function leadingQualifiers(
  text: string,
  districts: readonly string[],
): { qualifiers: Qualifier[]; length: number } {
  const qualifiers: Qualifier[] = [];
  const places = [...FRAME_WORDS, ...districts.flatMap((d) => [`${d}区`, `${d}县`, d])];
  let at = 0;
  while (at < text.length) {
    const place = places.find((w) => text.startsWith(w, at));
    if (place) {
      at += place.length;
      continue;
    }
    const qualifier = MEASURE_QUALIFIERS.find((q) => text.startsWith(q.zh, at));
    if (!qualifier) break;
    qualifiers.push(qualifier);
    at += qualifier.zh.length;
  }
  return { qualifiers, length: at };
}

/**
 * The definition note for a measure the text qualifies differently from the indicator's definition, in
 * Chinese and English; undefined when every qualifier is already the definition's own (市级科技型企业 for
 * 科技型企业数, whose definition says 市级科技型企业).
 */
export function definitionNote(
  indicator: Indicator,
  name: string,
  qualifiers: readonly Qualifier[],
): { definition: string; definitionEn: string } | undefined {
  const differing = qualifiers.filter((q) => !indicator.definition.includes(`${q.zh}${name}`));
  if (differing.length === 0) return undefined;
  const before = differing.filter((q) => !q.after);
  const after = differing.filter((q) => q.after);
  const english = [
    ...before.map((q, i) => (i === 0 ? q.en : lowerFirst(q.en))),
    before.length > 0 ? lowerFirst(indicator.nameEn) : indicator.nameEn,
    ...after.map((q) => q.en),
  ].join(' ');
  return { definition: `${differing.map((q) => q.zh).join('')}${name}`, definitionEn: english };
}

/** Lower-case a leading capital unless the word is an acronym (R&D, SMEs). */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
