import { unitHash, type Unit } from './units.ts';

export type UnitStatus = 'missing' | 'unstamped' | 'stale' | 'current';

/** Whether a Chinese unit has a translation, and whether that translation was made from its current text. */
export function unitStatus(original: Unit, translation: Unit | undefined): UnitStatus {
  if (!translation) return 'missing';
  if (translation.stamp === undefined) return 'unstamped';
  return translation.stamp === unitHash(original.text) ? 'current' : 'stale';
}

/** The ids of a page's units whose translation is missing or may be outdated. */
export function translationGaps(original: readonly Unit[], translated: readonly Unit[]): { missing: string[]; outdated: string[] } {
  const byId = new Map(translated.map((u) => [u.id, u]));
  const missing: string[] = [];
  const outdated: string[] = [];
  for (const unit of original) {
    const status = unitStatus(unit, byId.get(unit.id));
    if (status === 'missing') missing.push(unit.id);
    else if (status !== 'current') outdated.push(unit.id);
  }
  return { missing, outdated };
}
