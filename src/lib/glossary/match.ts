import { present } from '../assert.ts';
import type { GlossaryTerm } from './parse.ts';

/** What the matcher needs of a glossary term or a registered entity: its Chinese spellings and English wordings. */
export interface Named {
  id: string;
  zh: string;
  zhVariants: readonly string[];
  en: string;
  enVariants?: readonly string[];
  /** Chinese phrases in which a spelling is something else (联合川渝 holds 合川 by accident). */
  exceptIn?: readonly string[];
}

export interface TermOccurrence<T extends Named = GlossaryTerm> {
  term: T;
  /** The spelling found, and where (UTF-16 offsets into the text). */
  form: string;
  from: number;
  to: number;
}

/**
 * Find glossary terms in Chinese text, longest spelling first, without overlaps:
 * 国家高新技术企业 is one occurrence of its own term, not also of 高新技术企业.
 * A match gives way to a longer one starting inside it, so 建成渝东南 holds
 * 渝东南 and not 成渝.
 */
export function findChineseTerms<T extends Named>(text: string, terms: readonly T[]): TermOccurrence<T>[] {
  const formsAt = formsByFirstUnit(terms);
  const excepted = (i: number, form: string, term: T) =>
    (term.exceptIn ?? []).some((phrase) => {
      for (let k = phrase.indexOf(form); k >= 0; k = phrase.indexOf(form, k + 1))
        if (i - k >= 0 && text.startsWith(phrase, i - k)) return true;
      return false;
    });
  const longestAt = (i: number) =>
    formsAt.get(text.charAt(i))?.find(({ form, term }) => text.startsWith(form, i) && !excepted(i, form, term));
  const found: TermOccurrence<T>[] = [];
  for (let i = 0; i < text.length;) {
    const hit = longestAt(i);
    const end = hit ? i + hit.form.length : i;
    let overtaken = false;
    for (let k = i + 1; hit && k < end && !overtaken; k += 1) {
      const other = longestAt(k);
      overtaken = other !== undefined && other.form.length > hit.form.length;
    }
    if (hit && !overtaken) {
      found.push({ term: hit.term, form: hit.form, from: i, to: end });
      i = end;
    } else i += 1;
  }
  return found;
}

const formsCache = new WeakMap<readonly Named[], Map<string, { form: string; term: Named }[]>>();

/**
 * Every spelling of the terms, longest first, by its first UTF-16 unit, made once per list of terms: trying every
 * spelling at every character took the glossary's page 28 s at 10,000 texts (docs/benchmarks.md).
 */
function formsByFirstUnit<T extends Named>(terms: readonly T[]): Map<string, { form: string; term: T }[]> {
  let byFirst = formsCache.get(terms);
  if (!byFirst) {
    const forms = terms
      .flatMap((term) => [term.zh, ...term.zhVariants].map((form) => ({ form, term })))
      .sort((a, b) => b.form.length - a.form.length);
    byFirst = Map.groupBy(forms, ({ form }) => form.charAt(0));
    formsCache.set(terms, byFirst);
  }
  return byFirst as Map<string, { form: string; term: T }[]>;
}

/** Fold case, quotes, dashes, hyphens and spacing: "High-tech  enterprise’s" reads as "high tech enterprise's". */
export function foldEnglish(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[-‐‑‒–—―]/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The English wordings a translation may use for a term: its rendering first. */
export function englishForms(term: Named): string[] {
  return [term.en, ...(term.enVariants ?? [])];
}

/**
 * A wording as a pattern over folded text: whole words, and the last word in
 * any number (factory, factories; enterprise, enterprises; zone, zones). A
 * wording ending in `*` is a stem: `commercialis*` matches commercialise,
 * commercialised, commercialisation.
 */
function formPattern(form: string): RegExp {
  const stem = form.endsWith('*');
  const words = foldEnglish(stem ? form.slice(0, -1) : form)
    .trim()
    .split(' ');
  const last = present(words.pop(), `a word in "${form}"`);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inflected = stem
    ? `${escape(last)}[a-z]*`
    : /[^aeiou]y$/.test(last)
      ? `${escape(last.slice(0, -1))}(?:y|ies)`
      : `${escape(last)}(?:s|es)?`;
  const start = /^\w/.test(words[0] ?? last) ? '\\b' : '';
  const end = /\w$/.test(last) ? '(?![a-z])' : '';
  return new RegExp(`${start}${[...words.map(escape), inflected].join(' ')}${end}`);
}

/** Every place the term's rendering (or a variant) occurs in English text, in order. */
export function findAllEnglishTerm(text: string, term: Named): { from: number; to: number }[] {
  const folded = foldEnglish(text);
  const ranges: { from: number; to: number }[] = [];
  for (const form of englishForms(term)) {
    const pattern = new RegExp(formPattern(form).source, 'g');
    for (const match of folded.matchAll(pattern)) ranges.push({ from: match.index, to: match.index + match[0].length });
  }
  return ranges
    .sort((a, b) => a.from - b.from || b.to - a.to)
    .filter((r, i, all) => {
      const previous = all[i - 1];
      return previous === undefined || r.from >= previous.to;
    })
    .map((r) => mapBack(text, r));
}

export function containsEnglishTerm(text: string, term: Named): boolean {
  const folded = foldEnglish(text);
  return englishForms(term).some((form) => formPattern(form).test(folded));
}

/** Offsets in the folded text back to offsets in the original. */
function mapBack(text: string, range: { from: number; to: number }): { from: number; to: number } {
  const positions: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i += 1) {
    const piece = foldEnglish(text.charAt(i));
    if (piece === ' ' && folded.endsWith(' ')) continue;
    for (let k = 0; k < piece.length; k += 1) positions.push(i);
    folded += piece;
  }
  positions.push(text.length);
  return { from: positions[range.from] ?? text.length, to: (positions[range.to - 1] ?? text.length - 1) + 1 };
}
