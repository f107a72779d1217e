/**
 * What a figure counts: the phrase naming it, taken from the figure's clause.
 * Chinese puts it before the number (专利授权1063件) or after a measure word
 * (86个市级以上研发平台); a change or ratio (同比增长53.8%) belongs to the thing
 * named just before. Heuristics, measured against the gold set.
 */

import { CLASSIFIER_WORDS, DIGIT_MULTIPLIER_CHARACTERS } from '../text/quantities.ts';

const LEADING_MULTIPLIERS = new RegExp(`^[${DIGIT_MULTIPLIER_CHARACTERS}]+`, 'u');

/** Clause boundaries. Parentheses are not: 重庆（中德）埃森大学 is one name. */
const CLAUSE_BREAK = /[，,、；;：:。！？!?—]/u;

/** Place names as subjects (綦江区拥有…, 全区…), removed from labels; a bare district name stays inside a name (大足英才). */
const PLACE =
  /(?:綦江区|黔江区|大足区|重庆市|全区|全市|该区|我区|区内|区里|辖区内|(?:綦江|黔江|大足)(?=区|的|[拥引建实新累已共有培选组开完推签招设发争申获吸入集聚达]|$))/gu;

/** Words that open a clause before the thing itself: adverbs, verbs of doing, having, reaching. */
const LEADING = [
  '截至目前',
  '截至',
  '目前',
  '当前',
  '近年来',
  '今年',
  '去年',
  '现有',
  '另有',
  '其中',
  '我们',
  '他们',
  '整个',
  '已经',
  '已',
  '还',
  '并',
  '将',
  '又',
  '共有',
  '累计',
  '新增',
  '新认定',
  '新组织',
  '新入库',
  '新引进',
  '新批复',
  '新培育',
  '新创建',
  '成功引进',
  '成功培育',
  '成功创建',
  '成功',
  '力争',
  '通过',
  '连续',
  '持续',
  '加快',
  '大力',
  '全面',
  '进一步',
  '仅仅',
  '首次',
  '分别',
  '合计',
  '总计',
  '达到',
  '即',
  '超过',
  '约占',
  '只占',
  '高于',
  '低于',
  '共计',
];

/** Words between the thing and its number: 新增18家, 累计达到194家, 比重达2.3%, 最高可100万元. */
const TRAILING = [
  '同比增长',
  '同比下降',
  '同比',
  '增长',
  '增加',
  '提高',
  '下降',
  '减少',
  '新增',
  '累计达到',
  '累计达',
  '累计',
  '已达',
  '达到',
  '达',
  '突破',
  '超过',
  '超',
  '逾',
  '近',
  '约',
  '共计',
  '共',
  '合计',
  '总计',
  '为',
  '是',
  '有',
  '占',
  '分别',
  '已',
  '的',
  '了',
  '接近',
  '约占',
  '仅',
  '只',
  '至',
  '在',
  '最高可',
  '最高',
  '可达',
  '可',
  '之一',
  '前',
  '位列',
  '连续多个月',
];

/** Verbs: a label is the noun phrase after the last verb of its clause (企业发放|知识价值信用贷款). */
const VERB =
  /(?:发放|纳入|实施|建立|建成|开展|落地|落户|投产|入驻|参加|参与|获得|获批|获评|获|签约|签订|签署|组成|进入|入围|入选|入库|实现|完成|提供|集聚(?!区)|带动|申报|认定|通过|形成|达到|引进|引导|培育|选派|组建|组织|解决|推介|推动|推广|招引|设立|争取|吸引|评选|聘请|举办|打造|节约|配套|相继|贯穿|转向|加快|逐步|逐户|落实|整合|位列|作为|包括|成立|创建|聘任|支持|需要|位居|授信|明确)/gu;

/** A label that says only how much, not of what: then the phrase after the figure (规模1亿元的知识价值信用贷款风险补偿基金) is better. */
const GENERIC = /^(?:规模|金额|资金|总额|数量|投资)$/u;

const QUOTES = /[“”‘’「」『』]/gu;

const strip = (text: string, words: string[], where: 'start' | 'end'): string => {
  let current = text;
  let changed = true;
  while (changed && current) {
    changed = false;
    for (const word of words) {
      if (where === 'start' ? current.startsWith(word) : current.endsWith(word)) {
        current = where === 'start' ? current.slice(word.length) : current.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return current;
};

/** Remove place names, leading and trailing function words, and quotes wrapping the whole label. */
function clean(phrase: string): string {
  let text = phrase.replace(PLACE, '');
  for (let i = 0; i < 3; i++) {
    // 有 opens a clause (有…), but not 有效.
    text = strip(strip(text.replace(/^有(?!效)/u, ''), LEADING, 'start').replace(PLACE, ''), TRAILING, 'end');
  }
  text = text.replace(/^[的之、和与及]+|[的之、和与及等]+$/gu, '').trim();
  if (/^[“‘「『][^“‘「『]*[”’」』]$/u.test(text)) text = text.slice(1, -1);
  return /\p{Script=Han}/u.test(text) ? text : '';
}

/**
 * The noun phrase at the end of a clause: after its last verb, after an 等 list,
 * and after 和 only when the part before 和 is the previous figure's (1.7平方公里核心区和标准厂房10万平方米).
 */
function lastNounPhrase(clause: string, afterFigure: boolean): string {
  let text = strip(clause, TRAILING, 'end');
  const verbs = [...text.matchAll(VERB)];
  const lastVerb = verbs.at(-1);
  // A verb at the very end (研发投入累计申报, 贷款累计发放) closes the phrase; the noun is before it.
  if (lastVerb && lastVerb.index + lastVerb[0].length === text.length)
    text = strip(text.slice(0, lastVerb.index), TRAILING, 'end');
  const inner = [...text.matchAll(VERB)].at(-1);
  if (inner) text = text.slice(inner.index + inner[0].length);
  if (text.includes('等')) text = text.slice(text.lastIndexOf('等') + 1) || text;
  const ratio = /(?:之比|比重|比例|占比)$/u.test(text);
  const parts = text.split(/[和与]/u);
  const lastPart = parts.at(-1);
  if (afterFigure && !ratio && parts.length > 1 && lastPart !== undefined && lastPart.length >= 2) text = lastPart;
  // A share: 规上工业总产值占全区… names its subject; 只占全区面积 has none, so the part after 占; a ratio stays whole.
  if (/占/u.test(text) && !ratio) {
    const subject = clean(text.slice(0, text.indexOf('占')));
    text = subject || text.slice(text.indexOf('占') + 1);
  }
  return clean(text);
}

// `split` always gives at least one piece: the whole text when the separator does not occur.
function upToFirst(text: string, separator: string | RegExp): string {
  return text.split(separator)[0] ?? '';
}

function afterLast(text: string, separator: string | RegExp): string {
  return text.split(separator).at(-1) ?? '';
}

/** The noun phrase just after a figure: 163户|企业发放…, 6个|“国字号”研发机构, 5年及以上|劳动合同. */
function firstNounPhrase(after: string): string {
  if (/^(?:内|后|前|以来|之内)/u.test(after)) return '';
  let text = after.replace(/^(?:及以上|以上|以下|左右|的)/u, '');
  const verb = [...text.matchAll(VERB)][0];
  if (verb) text = text.slice(0, verb.index);
  text = upToFirst(text, /等|[和与且为]|的/u);
  // A long name followed by a quotation: 办理事项|“只跑一次”或“一次不跑”.
  const quote = text.search(/[“‘]/u);
  if (quote >= 4) text = text.slice(0, quote);
  return clean(text);
}

export interface LabelContext {
  /** The sentence the figure is in, with the figure's offsets inside it. */
  sentence: string;
  start: number;
  end: number;
  unit: string;
  /** Spans of time expressions in the sentence, removed from labels. */
  times: [number, number][];
  /** Spans of other figures in the sentence: a label never reaches across one. */
  figures: [number, number][];
}

export interface Label {
  label: string;
  /** The clause before the figure held only qualifiers (同比增长, 累计): the figure is a change or total of the thing named before. */
  inherits: boolean;
}

export function labelOf(ctx: LabelContext): Label {
  const { sentence, start, end, unit } = ctx;
  const blanked = [...sentence].map((ch, i) =>
    [...ctx.times, ...ctx.figures].some(([s, e]) => i >= s && i < e) ? '\u0000' : ch,
  );
  const text = blanked.join('');
  const rightRaw = upToFirst(upToFirst(text.slice(end), CLAUSE_BREAK), '\u0000');
  const leftClause = afterLast(text.slice(0, start), CLAUSE_BREAK);
  const leftRaw = afterLast(leftClause, '\u0000');
  const afterFigure = leftClause.includes('\u0000');
  const unitBase = unit.replace(LEADING_MULTIPLIERS, '');
  // A rank (位列全市区县前8位) ranks its subject, the phrase before 位列.
  const rankOf = unitBase === '位' ? /^(.*?)(?:位列|位居|排名|排在)/u.exec(leftRaw)?.[1] : undefined;
  const right = firstNounPhrase(rightRaw);
  const left = lastNounPhrase(rankOf ?? leftRaw, afterFigure);
  const percent = /^[%％]$/u.test(unit);
  const duration = /^(?:年|个月|天|小时)$/u.test(unit);
  const ofThing = /^(?:及以上|以上)?的/u.test(rightRaw);

  if (
    right &&
    CLASSIFIER_WORDS.has(unitBase) &&
    !ofThing &&
    !/^[以上下内外余多]/u.test(rightRaw.replace(/^及以上|^以上/u, ''))
  )
    return { label: right, inherits: false };
  if (right && percent && (ofThing || /^以上/u.test(rightRaw))) return { label: right, inherits: false };
  if (right && ofThing && GENERIC.test(left)) return { label: right, inherits: false };
  if (right && duration) return { label: right, inherits: false };
  if (left) return { label: left, inherits: false };
  if (right) return { label: right, inherits: false };
  // Only qualifiers before it (同比增长35%), or written right after another figure (137笔4.85亿元): the same thing.
  const adjacent = leftRaw === '' && leftClause.endsWith('\u0000');
  return { label: '', inherits: leftRaw.trim() !== '' || adjacent };
}

/** Labels compare without quotation marks: “专精特新”企业 and 专精特新企业 name the same thing. */
export function sameLabel(a: string, b: string): boolean {
  return a.replace(QUOTES, '') === b.replace(QUOTES, '');
}
