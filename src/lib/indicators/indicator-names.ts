import { normaliseIndicatorName } from '../schemas/indicators.ts';
import type { Indicator } from './registry.ts';

/**
 * Every name a text may use for an indicator (its name, its 表1 row name, its aliases), indexed once so that a
 * figure's label is looked up by its endings, not compared with every alias of every indicator.
 */
export interface IndicatorNames {
  /** The indicator a name (normalised) belongs to. */
  byName: ReadonlyMap<string, Indicator>;
  /** The longest name, in characters: no ending longer than that is looked up. */
  longest: number;
}

export const normaliseName = normaliseIndicatorName;

export function indexIndicatorNames(indicators: readonly Indicator[]): IndicatorNames {
  const byName = new Map<string, Indicator>();
  let longest = 0;
  for (const indicator of indicators) {
    for (const name of [indicator.name, indicator.tableRow, ...(indicator.aliases ?? [])]) {
      if (name === undefined) continue;
      const key = normaliseName(name);
      // The schema lets no name belong to two indicators.
      byName.set(key, indicator);
      longest = Math.max(longest, key.length);
    }
  }
  return { byName, longest };
}

/** A name found at the end of a label: the indicator, the name as matched, and the words before it. */
export interface NameMatch {
  indicator: Indicator;
  name: string;
  before: string;
}

/** The longest indicator name that `label` ends with. */
export function nameAtEnd(names: IndicatorNames, label: string): NameMatch | undefined {
  const text = normaliseName(label);
  for (let start = Math.max(0, text.length - names.longest); start < text.length; start += 1) {
    const name = text.slice(start);
    const indicator = names.byName.get(name);
    if (indicator) return { indicator, name, before: text.slice(0, start) };
  }
  return undefined;
}

/** The longest indicator name that `text` starts with, after `skip` leading characters. */
export function nameAtStart(names: IndicatorNames, text: string, skip: number): NameMatch | undefined {
  for (let end = Math.min(text.length, skip + names.longest); end > skip; end -= 1) {
    const name = text.slice(skip, end);
    const indicator = names.byName.get(name);
    if (indicator) return { indicator, name, before: text.slice(0, skip) };
  }
  return undefined;
}
