import type { Figure } from '../figures/extract.ts';
import { CHONGQING_DISTRICTS } from '../schemas/vocabulary.ts';
import type { Observation } from '../schemas/page.ts';
import { convert } from './unit-conversion.ts';
import { nameAtEnd, nameAtStart, normaliseName, type IndicatorNames, type NameMatch } from './indicator-names.ts';
import {
  definitionNote,
  leadingQualifiers,
  readQualifiers,
  withoutTrailingWords,
  type Qualifier,
} from './measure-qualifiers.ts';
import { kindOf } from './observation-kind.ts';
import { observationOf } from './observation-record.ts';
import { CONVERTIBLE_COUNT_WORDS } from '../text/quantities.ts';

/** What the matcher needs to know of a page besides its figures. */
export interface MatchPage {
  districts: readonly string[];
  documentYear: number;
}

/** The indicator a figure's words name, and the qualifiers before the name. */
export interface Named {
  match: NameMatch;
  qualifiers: Qualifier[];
}

/** A figure's reading as an observation, or why it has none; `named` is what its words name, if anything. */
export type FigureReading = ({ observation: Observation } | { skip: string }) & { named?: Named };

/** A change stated against a base (比上年提高0.15个百分点, 比上年末增加46家) is of the measure named before it. */
const AGAINST_BASE = /^(?:比|较)(?:上年|去年|上年末|上年同期)?$/u;
/** A label that only says how much of the measure named before (…净增52家、总数达到486家). */
const SAME_MEASURE = /^(?:总数|总量|累计|共)$/u;
/** 首次突破30亿元，达到32.7亿元: the threshold passed is not the value. */
const THRESHOLD_PASSED = /首次(?:突破|超过)$/u;

const CLAUSE_BREAK = /[，,；;：:。！？!?]/u;
/** Figures of a larger whole than the district (全市平均, 全国), whatever they name. */
const WIDER_AREA = /全市|全国|全省/u;

/**
 * Propose at most one indicator observation for each figure that has none, from the indicator's names, the
 * figure's unit and the words before it. Figures in `claimed` (reviewed, rejected) are left alone; `reviewed`
 * are the page's reviewed observations.
 */
export function proposeObservations(
  page: MatchPage,
  figures: readonly Figure[],
  names: IndicatorNames,
  { claimed, reviewed }: { claimed: ReadonlySet<string>; reviewed: readonly Observation[] },
): Observation[] {
  const proposals: Observation[] = [];
  // Indicators already observed in each sentence: a second figure of the same one (市级…、区级…) is a part.
  const inSentence = new Map<string, Set<string>>();
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const observation of reviewed) {
    const figure = byId.get(observation.figure);
    if (figure) sentenceSet(inSentence, figure).add(observationKey(observation));
  }
  const seen = new Map<string, number>();
  let previous: { sentence: string; named: Named } | undefined;
  for (const figure of figures) {
    const occurrence = countOccurrence(seen, figure);
    if (figure.at.startsWith('table')) continue;
    const before = previous?.sentence === `${figure.at}\u0000${figure.sentence}` ? previous.named : undefined;
    const reading = readFigure(page, figure, occurrence, names, before);
    if (reading.named) previous = { sentence: `${figure.at}\u0000${figure.sentence}`, named: reading.named };
    if (claimed.has(figure.id) || !('observation' in reading)) continue;
    const named = sentenceSet(inSentence, figure);
    const { observation } = reading;
    if (named.has(observationKey(observation))) continue;
    named.add(observationKey(observation));
    proposals.push(observation);
  }
  return proposals;
}

function sentenceSet(inSentence: Map<string, Set<string>>, figure: Figure): Set<string> {
  const key = `${figure.at}\u0000${figure.sentence}`;
  const named = inSentence.get(key) ?? new Set<string>();
  inSentence.set(key, named);
  return named;
}

function observationKey(o: Observation): string {
  return `${o.indicator}\u0000${o.kind}\u0000${o.period}`;
}

/**
 * Read one figure. `occurrence` counts the figures before it in its sentence with the same text; `previous` is
 * what the figure before it in the sentence named.
 */
export function readFigure(
  page: MatchPage,
  figure: Figure,
  occurrence: number,
  names: IndicatorNames,
  previous?: Named,
): FigureReading {
  const position = nthIndexOf(figure.sentence, figure.raw, occurrence);
  if (position < 0) return { skip: 'the figure is not in its sentence' };
  const sentenceBefore = figure.sentence.slice(0, position);
  const clauseStart = lastIndexOfPattern(sentenceBefore, CLAUSE_BREAK) + 1;
  const clauseBefore = sentenceBefore.slice(clauseStart);
  const after = figure.sentence.slice(position + figure.raw.length).split(CLAUSE_BREAK)[0] ?? '';

  if (
    THRESHOLD_PASSED.test(clauseBefore) &&
    /^[，,]\s*达到?\d/u.test(figure.sentence.slice(position + figure.raw.length))
  )
    return { skip: 'a threshold passed; the value follows' };
  const found =
    respectively(page, clauseBefore, names) ??
    nameOf(page, figure.label, after, names) ??
    (AGAINST_BASE.test(figure.label) || SAME_MEASURE.test(figure.label) || !figure.label ? previous : undefined);
  if (!found) return { skip: 'names no indicator' };
  return { ...readNamed(page, figure, found, { sentenceBefore, clauseBefore }, names), named: found };
}

function readNamed(
  page: MatchPage,
  figure: Figure,
  { match, qualifiers }: Named,
  { sentenceBefore, clauseBefore }: { sentenceBefore: string; clauseBefore: string },
  names: IndicatorNames,
): { observation: Observation } | { skip: string } {
  const { indicator } = match;
  if (WIDER_AREA.test(clauseBefore)) return { skip: 'a figure of a wider area than the district' };
  if (otherDistrict(page, sentenceBefore)) return { skip: 'a figure of another district' };

  const reading = kindOf({
    unit: figure.unit,
    qualifier: figure.qualifier,
    period: figure.period,
    clauseBefore,
    documentYear: page.documentYear,
  });
  if ('skip' in reading) return reading;
  const { kind } = reading;
  // 其中新认定640家 is the period's new ones; 其中…16.9亿元 of a 19.82亿元 named before is a part, not the total.
  if (kind !== 'increase' && partOfNamedWhole(clauseBefore, sentenceBefore, indicator.id, names))
    return { skip: 'a part (其中…) of a whole the sentence already gives' };
  const unitInName = perPersonUnit(indicator.unit, figure.unit, match.name);
  if (kind === 'growth-rate' && figure.unit !== '%') return { skip: 'a growth rate not in %' };
  if (kind === 'change' && indicator.unit !== '%') return { skip: 'percentage points of an indicator not in %' };
  if (kind !== 'growth-rate' && kind !== 'change' && kind !== 'ratio') {
    if (convert(figure.value, figure.unit, indicator.unit) === undefined && !unitInName)
      return { skip: `unit ${figure.unit || '(none)'} does not convert to ${indicator.unit}` };
    // 255.8家 per 100 million yuan of GDP is a density, not a count.
    if (CONVERTIBLE_COUNT_WORDS.has(figure.unit) && !unitInName && !Number.isInteger(figure.value))
      return { skip: 'a count that is not whole' };
    if (indicator.unit === '%' && kind === 'increase') return { skip: 'an increase of a share' };
  }
  const note = definitionNote(indicator, match.name, qualifiers);
  return {
    observation: observationOf(indicator, figure, kind, {
      status: 'proposed',
      unitInName,
      ...(note ? { definition: note.definition, definitionEn: note.definitionEn } : {}),
    }),
  };
}

/** The indicator a figure's label names (高新技术企业 in 新增高新技术企业22家), else the noun after it (9家…企业). */
function nameOf(page: MatchPage, label: string, after: string, names: IndicatorNames): Named | undefined {
  const fromLabel = label ? nameAtEnd(names, withoutTrailingWords(normaliseName(label))) : undefined;
  const qualifiedLabel = fromLabel && qualified(page, fromLabel);
  if (qualifiedLabel) return qualifiedLabel;
  // The noun after the figure (3家市级科技企业孵化器): its qualifiers, then a name.
  const text = normaliseName(after);
  const { length } = leadingQualifiers(text, page.districts);
  const found = nameAtStart(names, text, length) ?? (length > 0 ? nameAtStart(names, text, 0) : undefined);
  return found && qualified(page, found);
}

function qualified(page: MatchPage, match: NameMatch): Named | undefined {
  const qualifiers = readQualifiers(match.before, page.districts);
  return qualifiers ? { match, qualifiers } : undefined;
}

/** 件/万人 written 件 after a name that says 万人 (每万人口发明专利拥有量达到15.3件). */
function perPersonUnit(indicatorUnit: string, unit: string, name: string): boolean {
  const [count, per] = indicatorUnit.split('/');
  return per !== undefined && unit === count && name.includes(per);
}

/**
 * 市级以上孵化器和众创空间分别达到12个和18个: the k-th figure after 分别 is of the k-th name before it, the
 * qualifiers of the first name shared by the others.
 */
function respectively(page: MatchPage, clause: string, names: IndicatorNames): Named | undefined {
  const at = clause.indexOf('分别');
  if (at < 0) return undefined;
  const k = (clause.slice(at).match(/\d+(?:\.\d+)?/gu) ?? []).length;
  const parts = normaliseName(clause.slice(0, at)).split(/和|与|及|、/u);
  const part = parts[k];
  if (parts.length < 2 || part === undefined) return undefined;
  const first = parts[0] === undefined ? undefined : nameAtEnd(names, parts[0]);
  const shared = first ? readQualifiers(first.before, page.districts) : undefined;
  const match = nameAtEnd(names, part);
  if (!match || !shared) return undefined;
  const own = readQualifiers(match.before, page.districts);
  if (!own) return undefined;
  return { match, qualifiers: own.length > 0 ? own : shared };
}

/** 研发投入19.82亿元，其中规上工业企业研发投入16.9亿元: the part after 其中 is not the indicator's total. */
function partOfNamedWhole(clause: string, sentence: string, indicator: string, names: IndicatorNames): boolean {
  const at = clause.indexOf('其中');
  if (at < 0) return false;
  const whole = normaliseName(sentence.slice(0, sentence.length - clause.length + at));
  for (const [name, owner] of names.byName) if (owner.id === indicator && whole.includes(name)) return true;
  return false;
}

/** Whether the sentence before the figure names a district (区 or 县) other than the page's own. */
function otherDistrict(page: MatchPage, text: string): boolean {
  return CHONGQING_DISTRICTS.some(
    ({ zh }) => !page.districts.includes(zh) && (text.includes(`${zh}区`) || text.includes(`${zh}县`)),
  );
}

function countOccurrence(seen: Map<string, number>, figure: Figure): number {
  const key = `${figure.at}\u0000${figure.sentence}\u0000${figure.raw}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return n;
}

function nthIndexOf(text: string, part: string, n: number): number {
  let index = -1;
  for (let i = 0; i <= n; i += 1) {
    index = text.indexOf(part, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

function lastIndexOfPattern(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i -= 1) if (pattern.test(text.charAt(i))) return i;
  return -1;
}
