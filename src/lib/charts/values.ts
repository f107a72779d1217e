/**
 * An indicator value in words, in the page's language: 98家 / 98 enterprises,
 * 3.5亿元 / 350 million yuan (亿 = 100 million, never rounded), 2.3% / 2.3%.
 */
import { present } from '../assert.ts';
import { boundOf } from '../data/bounds.ts';
import { figureText } from '../data/display.ts';
import type { ObservationData } from '../data/records.ts';
import type { Indicator } from '../indicators/registry.ts';
import type { Locale } from '../site/locale.ts';
import { BOUND_WORDS, LEADING_BOUND_WORDS, MULTIPLIERS, STATED_BOUNDS } from '../text/quantities.ts';

/** Up to ten decimals, without the float noise of 3.84 × 100 = 384.00000000000006. */
const clean = (n: number) => Number(n.toFixed(10));

export function numberText(value: number, language: Locale): string {
  const n = clean(value);
  if (language === 'zh') return String(n);
  const [whole = '', fraction] = String(n).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

export function valueText(value: number, unit: string, unitEn: string, language: Locale): string {
  if (language === 'zh') return `${numberText(value, 'zh')}${unit}`;
  if (unit === '%') return `${numberText(value, 'en')}%`;
  // 亿元 reads as millions of yuan: 3.5亿元 = 350 million yuan, 0.2268亿元 = 22.68 million yuan.
  if (unit === '亿元') return `${numberText(value * 100, 'en')} million yuan`;
  if (unit === '万元') return `${numberText(value / 100, 'en')} million yuan`;
  return `${numberText(value, 'en')} ${unitEn}`;
}

/** A table sign's word (不低于, for ≥) goes before the number, as 超过 does. */
const leadsNumber = (bound: string) => LEADING_BOUND_WORDS.has(bound) || BOUND_WORDS[bound]?.position === 'sign';

/**
 * Chinese puts 超过/近/约 before the number, 余 and 多 between number and unit, 以上/左右/以下 after: 超过100家,
 * 100余家, 100家以上. 多 follows a multiplier (1亿多元, as the texts write it): 1多亿元 is not Chinese.
 */
function boundedZh(bound: string, value: number, unit: string): string {
  const number = numberText(value, 'zh');
  const multiplier = MULTIPLIERS.find(([word]) => unit.startsWith(word))?.[0];
  if (bound === '多' && multiplier) return `${number}${multiplier}多${unit.slice(multiplier.length)}`;
  if (BOUND_WORDS[bound]?.position === 'inside') return `${number}${bound}${unit}`;
  return leadsNumber(bound) ? `${bound}${number}${unit}` : `${number}${unit}${bound}`;
}

/** An observation's value in the indicator's unit, in words, with its bound if it is one (超过100家 / over 100 enterprises). */
export function observationText(
  o: Pick<ObservationData, 'qualifier' | 'value_in_indicator_unit'>,
  indicator: Indicator,
  language: Locale,
): string {
  const value = present(o.value_in_indicator_unit, `a value in ${indicator.unit}`);
  const bound = boundOf(o);
  const say = valueText(value, indicator.unit, indicator.unitEn, language);
  if (!bound) return say;
  return language === 'en' ? `${STATED_BOUNDS[bound]} ${say}` : boundedZh(bound, value, indicator.unit);
}

/**
 * An observation as a table shows it: in Chinese as written (超过100家, ＞10%);
 * in English in words when its value converts to the indicator's unit
 * (over 100 enterprises), otherwise as written.
 */
export function observationDisplay(
  o: Pick<ObservationData, 'qualifier' | 'value_in_indicator_unit' | 'raw' | 'unit'>,
  indicator: Indicator,
  language: Locale,
): { text: string; lang: 'zh-CN' | 'en' } {
  if (language === 'en' && o.value_in_indicator_unit !== null)
    return { text: observationText(o, indicator, 'en'), lang: 'en' };
  return { text: figureText(o.raw, o.unit, o.qualifier), lang: 'zh-CN' };
}

/** A value as a chart labels it: the number in the chart's unit (its axis names the unit), keeping % and any bound. */
export function chartLabel(
  o: Pick<ObservationData, 'qualifier' | 'value_in_indicator_unit'>,
  indicator: Indicator,
  language: Locale,
): string {
  const value = present(o.value_in_indicator_unit, `a value in ${indicator.unit}`);
  const number = `${numberText(value, language)}${indicator.unit === '%' ? '%' : ''}`;
  const bound = boundOf(o);
  if (!bound) return number;
  if (language === 'en') return `${STATED_BOUNDS[bound]} ${number}`;
  return leadsNumber(bound) ? `${bound}${number}` : `${number}${bound}`;
}
