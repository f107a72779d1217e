import { containsEnglishTerm, englishForms, findChineseTerms, type Named } from '../glossary/match.ts';
import type { Entity } from '../glossary/entities.ts';
import type { GlossaryTerm } from '../glossary/parse.ts';
import { chineseStatedNumbers, digitNumbers } from './numerals.ts';
import { chineseQuantity, describeQuantity, englishQuantity, sameQuantity, type ChineseFigure } from './quantities.ts';
import { passageStatus } from './status.ts';
import { passageHash, type AlignedPassage, type FigureMark } from './aligned-passages.ts';
import { boundsLostInEnglish, chineseBounds, multipleCalque } from './figure-wording.ts';
import { append } from '../arrays.ts';
import { BOUND_WORDS } from '../text/quantities.ts';

/**
 * The checks that let a reader trust an English page as a translation of its
 * Chinese original: every paragraph is there (coverage), every figure came
 * across exactly (figure parity), recurring terms are rendered one way
 * (glossary), the translation was made from the current Chinese text
 * (staleness), nothing is left in Chinese, and no number was added.
 */
export type CheckName =
  'coverage' | 'figures' | 'glossary' | 'entities' | 'indicator-names' | 'staleness' | 'untranslated' | 'added-numbers';
export const CHECK_NAMES: readonly CheckName[] = [
  'coverage',
  'figures',
  'glossary',
  'entities',
  'indicator-names',
  'staleness',
  'untranslated',
  'added-numbers',
];

export interface Problem {
  check: CheckName;
  /** The passage concerned, when there is one. */
  id?: string;
  /** Line in the English file (or the Chinese one for a missing passage). */
  line?: number;
  message: string;
  zh?: string;
  en?: string;
}

export interface OriginalFigure extends ChineseFigure {
  anchor: string;
  at: string;
  raw: string;
}

/** A Chinese page, as the checks see it: its units (title and front lines included) and its figures. */
export interface OriginalPage {
  passages: AlignedPassage[];
  figures: OriginalFigure[];
}

export interface TranslatedPage {
  passages: AlignedPassage[];
}

/** The names a translation is held to. */
export interface Vocabulary {
  glossary: readonly GlossaryTerm[];
  /** The register of names (content/entities.yaml): each has one English name, used wherever it occurs. */
  entities?: readonly Entity[];
  /**
   * The Chinese row names of a plan's indicator table (表1) and their English
   * (`table_row_en` in content/indicators.yaml): the English table uses exactly
   * those names, so the table and the data pages agree.
   */
  indicatorNames?: ReadonlyMap<string, string>;
}

export function checkTranslation(
  zh: OriginalPage,
  en: TranslatedPage,
  { glossary, entities = [], indicatorNames = new Map<string, string>() }: Vocabulary,
): Problem[] {
  const problems: Problem[] = [];
  const enById = new Map(en.passages.map((u) => [u.id, u]));
  const zhById = new Map(zh.passages.map((u) => [u.id, u]));

  for (const original of zh.passages) {
    const translation = enById.get(original.id);
    if (!translation) {
      problems.push({
        check: 'coverage',
        id: original.id,
        message: `#${original.id} has no English translation`,
        zh: original.text,
      });
      continue;
    }
    const pair = { id: original.id, line: translation.line, zh: original.text, en: translation.text };
    if (translation.element !== original.element) {
      problems.push({
        check: 'coverage',
        ...pair,
        message: `#${original.id} is <${original.element}> in Chinese but <${translation.element}> in English`,
      });
    }
    const status = passageStatus(original, translation);
    if (status === 'unstamped') {
      problems.push({
        check: 'staleness',
        ...pair,
        message: `#${original.id} does not record which Chinese text it translates (data-zh="${passageHash(original.text)}")`,
      });
    } else if (status === 'stale') {
      problems.push({
        check: 'staleness',
        ...pair,
        message: `#${original.id} may be outdated: it translates Chinese text ${translation.stamp}, the Chinese is now ${passageHash(original.text)}; update the translation, then \`npm run translations -- restamp <page> ${original.id}\``,
      });
    }
    const leftover = untranslatedChinese(translation.text);
    if (leftover)
      problems.push({
        check: 'untranslated',
        ...pair,
        message: `#${original.id} still contains Chinese outside a parenthesised gloss: "${leftover}"`,
      });
    append(problems, nameProblems('glossary', original, translation, glossary));
    append(problems, nameProblems('entities', original, translation, entities));
    const indicatorName = original.element === 'th' ? indicatorNames.get(original.text) : undefined;
    if (indicatorName !== undefined && translation.text.trim() !== indicatorName) {
      problems.push({
        check: 'indicator-names',
        ...pair,
        message: `#${original.id} names indicator ${original.text}: the English must read "${indicatorName}" (its table_row_en in content/indicators.yaml)`,
      });
    }
    append(problems, addedNumbers(original, translation));
  }
  for (const translation of en.passages) {
    if (!zhById.has(translation.id)) {
      problems.push({
        check: 'coverage',
        id: translation.id,
        line: translation.line,
        message: `#${translation.id} has no Chinese original`,
        en: translation.text,
      });
    }
  }
  append(problems, figureProblems(zh, enById));
  return problems;
}

function figureProblems(zh: OriginalPage, enById: ReadonlyMap<string, AlignedPassage>): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(zh.figures.map((f) => f.anchor));
  // The Chinese figures as marked in their passages, with the words around them (超过<Fig>…).
  const zhMarks = new Map<string, FigureMark>(zh.passages.flatMap((p) => p.figures.map((f) => [f.id, f] as const)));
  for (const figure of zh.figures) {
    const translation = enById.get(figure.at);
    if (!translation) continue; // reported by coverage
    const zhText = zh.passages.find((u) => u.id === figure.at)?.text;
    const pair = { id: figure.at, line: translation.line, zh: zhText, en: translation.text };
    const expected = figureQuantity(figure);
    const marked = translation.figures.find((f) => f.id === figure.anchor);
    if (!marked) {
      problems.push({
        check: 'figures',
        ...pair,
        message: `#${figure.at}: ${figure.raw} (${describeQuantity(expected)}) is not marked in the English as <Fig id="${figure.anchor}">`,
      });
      continue;
    }
    const found = englishQuantity(marked.text);
    if (!found || !sameQuantity(found, expected)) {
      problems.push({
        check: 'figures',
        ...pair,
        message: `#${figure.at}: ${figure.raw} should read ${describeQuantity(expected)}, but <Fig id="${figure.anchor}"> reads "${marked.text}"${found ? ` (${describeQuantity(found)})` : ''}`,
      });
      continue;
    }
    const lost = boundsLostInEnglish(chineseBounds(figure.raw, zhMarks.get(figure.anchor)), marked);
    if (lost.length > 0) {
      problems.push({
        check: 'figures',
        ...pair,
        message: `#${figure.at}: the Chinese says ${lost.join(', ')} of ${figure.raw}, the English "${marked.text}" does not (say ${lost.map((w) => `"${BOUND_WORDS[w]?.en ?? w}"`).join(' or ')}, or another wording of the bound)`,
      });
    }
    const calque = multipleCalque(marked);
    if (calque) {
      problems.push({
        check: 'figures',
        ...pair,
        message: `#${figure.at}: "${calque}" for ${figure.raw} is a calque: write "${marked.text} the … level", or "an increase of ${marked.text} the … number" where the paragraph's own figures show that (docs/translation-style.md, Multiples)`,
      });
    }
  }
  for (const translation of enById.values()) {
    for (const mark of translation.figures) {
      if (!known.has(mark.id))
        problems.push({
          check: 'figures',
          id: translation.id,
          line: translation.line,
          en: translation.text,
          message: `#${translation.id}: <Fig id="${mark.id}"> is not a figure of the Chinese page`,
        });
    }
  }
  return problems;
}

/**
 * What an English figure must say: the Chinese figure's quantity. A figure
 * printed without its unit (a table cell under a unit column) stays a bare number.
 */
function figureQuantity(figure: OriginalFigure) {
  const printedUnit = figure.unit !== '' && isSubsequence(figure.unit, figure.raw);
  return chineseQuantity(printedUnit ? figure : { ...figure, unit: '' });
}

/** 亿元 is printed in 1亿多元, though not as one piece. */
function isSubsequence(needle: string, haystack: string): boolean {
  let matched = 0;
  for (const ch of haystack) if (ch === needle[matched]) matched += 1;
  return matched === needle.length;
}

/** Wherever a glossary term or a registered entity occurs in the Chinese, its English (or a listed variant) is in the English. */
function nameProblems(
  check: 'glossary' | 'entities',
  original: AlignedPassage,
  translation: AlignedPassage,
  names: readonly Named[],
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { term, form } of findChineseTerms(original.text, names)) {
    if (seen.has(term.id)) continue;
    seen.add(term.id);
    if (!containsEnglishTerm(translation.text, term)) {
      const accepted = englishForms(term)
        .map((f) => `"${f}"`)
        .join(' or ');
      problems.push({
        check,
        id: original.id,
        line: translation.line,
        zh: original.text,
        en: translation.text,
        message:
          check === 'entities'
            ? `#${original.id}: ${form} is registered as ${accepted} (content/entities.yaml, "${term.id}"); the English must name it so`
            : `#${original.id}: ${form} should be rendered ${accepted}`,
      });
    }
  }
  return problems;
}

/** Chinese left in an English passage, outside parentheses (where "Qijiang District (綦江区)" glosses a name). */
export function untranslatedChinese(text: string): string | undefined {
  let outside = text;
  for (let previous = ''; previous !== outside;) {
    previous = outside;
    outside = outside.replace(/[(（][^()（）]*[)）]/g, ' ');
  }
  const match = /[\p{Script=Han}\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f]+/u.exec(outside);
  return match?.[0];
}

/**
 * Numbers in the English that the Chinese does not state: a figure marked
 * <Fig> is checked by figure parity; any other number must appear in the
 * Chinese passage, in digits or in Chinese numerals.
 */
function addedNumbers(original: AlignedPassage, translation: AlignedPassage): Problem[] {
  const allowed = chineseStatedNumbers(original.text);
  const added = [...new Set(digitNumbers(translation.textOutsideFigures).filter((n) => !allowed.has(n)))];
  return added.length === 0
    ? []
    : [
        {
          check: 'added-numbers',
          id: original.id,
          line: translation.line,
          zh: original.text,
          en: translation.text,
          message: `#${original.id}: the English states ${added.join(', ')}, which the Chinese does not`,
        },
      ];
}
