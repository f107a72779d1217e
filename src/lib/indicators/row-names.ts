/**
 * Whether two names of a table row mean the same row, as printed in different plans: full-width and half-width
 * forms, spacing, quotation marks, a bracketed unit or note (（%）, （家）) and a trailing 达 or 为 set aside.
 */
export function sameRowName(a: string, b: string): boolean {
  const x = rowNameKey(a);
  return x !== '' && x === rowNameKey(b);
}

export function rowNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/gu, '')
    .replace(/\([^()]*\)/gu, '')
    .replace(/[“”"'‘’「」《》]/gu, '')
    .replace(/(?:达到|达|为)$/u, '');
}
