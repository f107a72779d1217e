import type { ObservationKind } from '../schemas/vocabulary.ts';
import { CONVERTIBLE_COUNT_WORDS } from '../text/quantities.ts';

/**
 * The kind of observation a figure is, read from the words of its sentence before it (the rules of issue 18):
 * 新增 an increase; 累计 a running total; 达到, 拥有 or no word a level; 同比增长 / 增长X% a growth rate;
 * 提高…个百分点 a change in percentage points; 力争 / 目标 / 到20XX年 a target; …的X倍 a ratio. A multiple
 * or a percentage-point change is never a level. Where the words do not settle it, the figure is skipped, with
 * the reason: no proposal is better than a wrong one.
 */
export type KindReading = { kind: ObservationKind } | { skip: string };

export interface KindContext {
  /** The figure as the extractor read it. */
  unit: string;
  qualifier: readonly string[];
  period: string;
  /** The sentence's clause before the figure (from the last ，；： before it). */
  clauseBefore: string;
  /** The year the text was published: a period after it is a goal. */
  documentYear: number;
}

const TARGET_WORDS = /力争|目标|争取|预计|计划|预期/u;
const INCREASE_WORDS = /新增|新培育|新认定|新引进|新建|净增|增加|认定/gu;
const CUMULATIVE_WORDS = /累计/gu;
/** Words that make what follows a level again after an increase (净增52家、总数达到486家). */
const LEVEL_WORDS = /总数|总量|拥有|现有/gu;
const GROWTH_WORDS = /同比增长|同比|增长|增速/u;
const CHANGE_WORDS = /提高|提升|增加|上升|下降|降低|减少/u;
/** Words that say a count is not an outcome: applications (新组织申报…孵化器2家), intentions. */
const NOT_OUTCOME_WORDS = /申报|申请|拟/u;
/** A change measured from a base year (较2018年增长) is not the change of the figure's period. */
const BASE_YEAR = /[较比](?:\d{4}年|“?十[一二三四五]五”?)/u;

export function kindOf(context: KindContext): KindReading {
  const { unit, qualifier, clauseBefore } = context;
  if (CONVERTIBLE_COUNT_WORDS.has(unit) && NOT_OUTCOME_WORDS.test(clauseBefore))
    return { skip: 'an application or intention, not an outcome' };
  if (unit === '倍') {
    return /的$/u.test(clauseBefore)
      ? { kind: 'ratio' }
      : { skip: 'a growth by a multiple (增长X倍) is neither a level nor a growth rate in %' };
  }
  if (unit === '个百分点') {
    return CHANGE_WORDS.test(clauseBefore) ? { kind: 'change' } : { skip: 'percentage points with no change word' };
  }
  const sinceBase = BASE_YEAR.test(clauseBefore);
  const nearest = lastCue(clauseBefore);
  const target =
    qualifier.includes('目标') || TARGET_WORDS.test(clauseBefore) || startYear(context.period) > context.documentYear;
  if (target) {
    return nearest === 'increase' || qualifier.includes('新增')
      ? { skip: 'a target for an increase is not a target level' }
      : { kind: 'target' };
  }
  if (unit === '%') {
    const growth =
      qualifier.includes('同比增长') || qualifier.includes('增长') || GROWTH_WORDS.test(lastClausePart(clauseBefore));
    if (growth) return sinceBase ? { skip: 'a growth since a base year' } : { kind: 'growth-rate' };
    return { kind: 'actual' };
  }
  if (nearest === 'increase' || (nearest === undefined && qualifier.includes('新增'))) {
    return sinceBase ? { skip: 'an increase since a base year' } : { kind: 'increase' };
  }
  if (nearest === 'cumulative' || (nearest === undefined && qualifier.includes('累计'))) return { kind: 'cumulative' };
  return { kind: 'actual' };
}

/** The cue word nearest before the figure in its clause: 新增X22家、累计达到194家 makes 194 a running total. */
function lastCue(clause: string): 'increase' | 'cumulative' | 'level' | undefined {
  const last = (pattern: RegExp) => {
    let index = -1;
    for (const match of clause.matchAll(pattern)) index = match.index;
    return index;
  };
  const cues = [
    { cue: 'increase', at: last(INCREASE_WORDS) },
    { cue: 'cumulative', at: last(CUMULATIVE_WORDS) },
    { cue: 'level', at: last(LEVEL_WORDS) },
  ] as const;
  const nearest = cues.reduce((a, b) => (b.at > a.at ? b : a));
  return nearest.at < 0 ? undefined : nearest.cue;
}

/** The words since the last list break (、): 增长 there belongs to this figure, not to an earlier one. */
function lastClausePart(clause: string): string {
  return clause.slice(clause.lastIndexOf('、') + 1);
}

function startYear(period: string): number {
  return Number(period.slice(0, 4));
}
