import { InputError } from '../errors.ts';

/**
 * A translator has checked the pre-filled passages `ids` against the Chinese:
 * drop their `data-draft` mark. Nothing else in the file changes.
 */
export function confirmDrafts(file: string, source: string, ids: readonly string[]): string {
  let out = source;
  for (const id of ids) {
    const tag = new RegExp(`<[A-Za-z]\\w*\\b[^>]*\\bid="${id}"[^>]*>`);
    const found = tag.exec(out);
    if (!found) throw new InputError(file, `no element with id="${id}"`);
    if (!/\sdata-draft="[^"]*"/.test(found[0])) throw new InputError(file, `#${id} is not marked data-draft`);
    out = out.replace(found[0], found[0].replace(/\sdata-draft="[^"]*"/, ''));
  }
  return out;
}
