/** A value the code knows is there (a regex group that always matches, a key just set): says so, or throws naming it. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}
