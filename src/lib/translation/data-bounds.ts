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

/** How often an English wording stands in a text as words of their own ("over", not the end of "turnover"); no wording is special in a regular expression. */
const occurrences = (text: string, phrase: string) =>
  [...text.matchAll(new RegExp(`(?<![A-Za-z])${phrase}(?![A-Za-z])`, 'gu'))].length;

/**
 * The bound words of `zh` that `en` does not state. English shown in Chinese (a value that does not convert is
 * shown as written) must carry the same bounds; English in words must use each bound's English wording, once per
 * bound (余 and 超过 are both "over": two of them need two).
 */
export function missingBounds(zh: string, en: { text: string; lang: 'zh-CN' | 'en' }): string[] {
  return missingFrom(boundWordsIn(zh), en);
}

function missingFrom(expected: readonly string[], en: { text: string; lang: 'zh-CN' | 'en' }): string[] {
  if (en.lang === 'zh-CN') {
    const found = boundWordsIn(en.text);
    return expected.filter((word) => {
      const at = found.indexOf(word);
      if (at !== -1) found.splice(at, 1);
      return at === -1;
    });
  }
  const needed = new Map<string, string[]>();
  for (const word of expected) {
    const phrase = BOUND_WORDS[word]?.en ?? '';
    needed.set(phrase, [...(needed.get(phrase) ?? []), word]);
  }
  return [...needed].flatMap(([phrase, words]) =>
    phrase === '' ? words : words.slice(Math.min(words.length, occurrences(en.text, phrase))),
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
