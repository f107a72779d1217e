/**
 * A passage's source lines as a reader sees them: `85` stays `85`, `85-87` becomes `85–87` (an en dash
 * for a range). Undefined for a passage with no lines (a title written by staff).
 */
export function lineRange(lines: string | undefined): string | undefined {
  if (lines === undefined || lines === '') return undefined;
  const match = /^(\d+)(?:-(\d+))?$/.exec(lines);
  if (!match) throw new Error(`source lines "${lines}" are not a line or a range of lines (85, 85-87)`);
  const [, first, last] = match;
  return last === undefined || last === first ? first : `${first}–${last}`;
}
