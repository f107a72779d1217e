/**
 * The data pages (tracker, compare, indicators, discrepancies, home key figures, chart tables and labels) compose
 * each value in both languages from its observation. Every bound the Chinese rendering states (超过, 约, 以上, 余, 多,
 * ≥, ＞ …) must be stated by the English one, in the wording src/lib/text/quantities.ts declares for it: a target of
 * ≥6.1件 that reads "6.1 patents" in English says something the plan does not.
 */
import { chartLabel, observationDisplay, observationText } from '../charts/values.ts';
import type { ObservationData } from '../data/records.ts';
import type { Indicator } from '../indicators/registry.ts';
import { BOUND_WORDS, boundWordsIn } from '../text/quantities.ts';

/** A value whose English rendering (or a Chinese one composed from it) leaves out a bound the figure states. */
export interface LostBound {
  indicator: string;
  district: string;
  period: string;
  /** Which composition lost it: the table cell and link (observationDisplay), the value in words, the chart label. */
  view: 'table' | 'words' | 'chart label';
  zh: string;
  en: string;
  /** The bound words the English, or the Chinese as composed, does not state. */
  missing: string[];
}

/** What a bound word says, as its English wording: 约 and 左右 both say "about", 超过 and 余 "over". */
const meaning = (word: string) => BOUND_WORDS[word]?.en ?? word;

/** Whether an English wording stands in a text as words of their own ("over", not the end of "turnover"). */
const says = (text: string, phrase: string) =>
  // No English wording of a bound is special in a regular expression.
  new RegExp(`(?<![A-Za-z])${phrase}(?![A-Za-z])`, 'u').test(text);

/**
 * The bound words of `zh` whose meaning `rendering` does not state. A rendering in Chinese (Chinese renderings, and
 * English showing a value that does not convert as written) must carry a bound word of the same meaning; one in
 * English, the bound's English wording. A figure that states one meaning twice (约20%左右) says it once.
 */
export function missingBounds(zh: string, rendering: { text: string; lang: 'zh-CN' | 'en' }): string[] {
  return missingFrom(boundWordsIn(zh), rendering);
}

function missingFrom(expected: readonly string[], rendering: { text: string; lang: 'zh-CN' | 'en' }): string[] {
  const stated = new Set(boundWordsIn(rendering.text).map(meaning));
  return expected.filter((word) =>
    rendering.lang === 'zh-CN'
      ? !stated.has(meaning(word))
      : BOUND_WORDS[word]?.en === undefined || !says(rendering.text, meaning(word)),
  );
}

/**
 * Every value of every observation as the data pages compose it in each language (`checked` counts them), and those
 * whose English loses a bound.
 */
export function lostBounds(
  observations: readonly ObservationData[],
  indicators: readonly Indicator[],
): { checked: number; lost: LostBound[] } {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  let checked = 0;
  const lost = observations.flatMap((o) => {
    const indicator = byId.get(o.indicator);
    if (!indicator) throw new Error(`indicator "${o.indicator}" of an observation is not in the indicator register`);
    const table = observationDisplay(o, indicator, 'zh').text;
    const views: [LostBound['view'], string, { text: string; lang: 'zh-CN' | 'en' }][] = [
      ['table', table, observationDisplay(o, indicator, 'en')],
    ];
    // Values in words and chart labels are composed only for values in the indicator's unit.
    if (o.value_in_indicator_unit !== null)
      views.push(
        ['words', observationText(o, indicator, 'zh'), { text: observationText(o, indicator, 'en'), lang: 'en' }],
        ['chart label', chartLabel(o, indicator, 'zh'), { text: chartLabel(o, indicator, 'en'), lang: 'en' }],
      );
    checked += views.length;
    // The figure as written states the bounds; each composed rendering, Chinese or English, must keep them all.
    const stated = boundWordsIn(table);
    return views.flatMap(([view, zh, en]) => {
      const missing = [...new Set([...missingFrom(stated, { text: zh, lang: 'zh-CN' }), ...missingFrom(stated, en)])];
      return missing.length === 0
        ? []
        : [{ indicator: o.indicator, district: o.district, period: o.period, view, zh, en: en.text, missing }];
    });
  });
  return { checked, lost };
}

/** A lost bound as the check prints it, naming the indicator, district and period. */
export const lostBoundMessage = (b: LostBound) =>
  `${b.indicator}, ${b.district}, ${b.period} (${b.view}): the figure states ${b.missing.join('、')}, but the Chinese reads “${b.zh}” and the English “${b.en}”`;
