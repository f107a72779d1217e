import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../errors.ts';

/** A mapping from a YAML list, with the line it starts on, for error messages. */
export interface YamlRecord {
  line: number;
  values: Record<string, unknown>;
}

/** Read a YAML file that is a list of mappings; every key must be one of `allowed`. */
export function readRecords(file: string, text: string, allowed: readonly string[]): YamlRecord[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node: unknown) => ((node as Node | null)?.range ? lineCounter.linePos((node as Node).range![0]).line : undefined);
  if (doc.errors[0]) throw new InputError(file, `invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, lineCounter.linePos(doc.errors[0].pos[0]).line);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new InputError(file, 'expected a list of entries', lineOf(doc.contents));
  return doc.contents.items.map((item, i) => {
    const line = lineOf(item) ?? 0;
    if (!isMap(item)) throw new InputError(file, `entry ${i + 1} must be a mapping`, line);
    const values = item.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(values)) {
      if (!allowed.includes(key)) throw new InputError(file, `entry ${i + 1}: unknown field "${key}" (known: ${allowed.join(', ')})`, line);
    }
    return { line, values };
  });
}

/** A field that must be non-empty text. */
export function textField(file: string, record: YamlRecord, name: string, optional = false): string | undefined {
  const value = record.values[name];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(file, `field "${name}" must be non-empty text${value === undefined ? ' (it is missing)' : ''}`, record.line);
  }
  return value.trim();
}

/** The entry's `id`: lowercase ASCII words joined by hyphens, not used by an earlier entry (`seen` collects them). */
export function uniqueId(file: string, record: YamlRecord, seen: Set<string>, what: string): string {
  const id = textField(file, record, 'id')!;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new InputError(file, `${what} id "${id}" must be lowercase ASCII words joined by hyphens`, record.line);
  if (seen.has(id)) throw new InputError(file, `${what} id "${id}" is used twice`, record.line);
  seen.add(id);
  return id;
}
