import { CHONGQING_DISTRICTS } from '../schemas/vocabulary.ts';

const KNOWN = CHONGQING_DISTRICTS.map((d) => d.zh);

/**
 * A district's English name: the glossary's rendering (綦江 → Qijiang), else
 * that of the list of Chongqing's districts (万州 → Wanzhou); undefined for a
 * name that is neither.
 */
export function englishDistrictName(glossary: readonly { zh: string; en: string }[], district: string) {
  return (glossary.find((term) => term.zh === district) ?? CHONGQING_DISTRICTS.find((d) => d.zh === district))?.en;
}

/**
 * Why a district name in the metadata is suspect, or undefined when it is one
 * of Chongqing's. A name the project does not use would split a district in
 * two (綦江区 beside 綦江) or reach the English pages untranslated.
 */
export function districtProblem(name: string): string | undefined {
  if (KNOWN.includes(name)) return undefined;
  // 綦江区, 重庆市綦江区, 石柱土家族自治县: the longest known name inside it.
  const inside = KNOWN.filter((known) => name.includes(known)).sort((a, b) => b.length - a.length)[0];
  if (inside)
    return `district "${name}" is written "${inside}" in this project (the short name, without 区 or 县); as it stands its pages are listed apart from ${inside}'s`;
  const near = KNOWN.filter((known) => editDistance(known, name) === 1);
  if (near.length > 0)
    return `district "${name}" is not a district or county of Chongqing; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`;
  return `district "${name}" is not a district or county of Chongqing, and has no English name: English pages will show it as written`;
}

/** Levenshtein distance, by characters (code points). */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}
