import { passageHash, type AlignedPassage } from './aligned-passages.ts';

export type PassageStatus = 'missing' | 'unstamped' | 'stale' | 'current';

/** Whether a Chinese passage has a translation, and whether that translation was made from its current text. */
export function passageStatus(original: AlignedPassage, translation: AlignedPassage | undefined): PassageStatus {
  if (!translation) return 'missing';
  if (translation.stamp === undefined) return 'unstamped';
  return translation.stamp === passageHash(original.text) ? 'current' : 'stale';
}

/** The ids of a page's passages whose translation is missing or may be outdated. */
export function translationGaps(
  original: readonly AlignedPassage[],
  translated: readonly AlignedPassage[],
): { missing: string[]; outdated: string[] } {
  const byId = new Map(translated.map((u) => [u.id, u]));
  const missing: string[] = [];
  const outdated: string[] = [];
  for (const passage of original) {
    const status = passageStatus(passage, byId.get(passage.id));
    if (status === 'missing') missing.push(passage.id);
    else if (status !== 'current') outdated.push(passage.id);
  }
  return { missing, outdated };
}
