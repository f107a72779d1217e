import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../errors.ts';

/** A documented correction of one wording on one line of one source. */
export interface Correction {
  /** `corr-<n>`, numbered in file order; stable while the register only grows. */
  id: string;
  source: string;
  line: number;
  original: string;
  corrected: string;
  reason: string;
  reasonEn?: string;
}

/** Parse `content/corrections.yaml`. Each entry may name several lines; each line becomes one correction. */
export function parseCorrections(file: string, text: string): Correction[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  if (doc.errors[0]) throw new InputError(file, `invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, lineCounter.linePos(doc.errors[0].pos[0]).line);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new InputError(file, 'expected a list of corrections', lineOf(doc.contents as Node));
  const corrections: Correction[] = [];
  const allowed = ['source', 'lines', 'original', 'corrected', 'reason', 'reason_en'];
  for (const [i, item] of doc.contents.items.entries()) {
    const at = lineOf(item as Node);
    if (!isMap(item)) throw new InputError(file, `entry ${i + 1} must be a mapping`, at);
    const value = item.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) throw new InputError(file, `entry ${i + 1}: unknown field "${key}" (known: ${allowed.join(', ')})`, at);
    }
    const text = (name: string, optional = false): string | undefined => {
      const v = value[name];
      if (v === undefined && optional) return undefined;
      if (typeof v !== 'string' || v.trim() === '') throw new InputError(file, `entry ${i + 1}: field "${name}" must be non-empty text`, at);
      return v;
    };
    const lines = value.lines;
    if (!Array.isArray(lines) || lines.length === 0 || !lines.every((n) => Number.isInteger(n) && n > 0)) {
      throw new InputError(file, `entry ${i + 1}: field "lines" must list line numbers, e.g. [45]`, at);
    }
    for (const line of lines as number[]) {
      const correction: Correction = {
        id: `corr-${corrections.length + 1}`, source: text('source')!, line,
        original: text('original')!, corrected: text('corrected')!, reason: text('reason')!,
      };
      const reasonEn = text('reason_en', true);
      if (reasonEn) correction.reasonEn = reasonEn;
      corrections.push(correction);
    }
  }
  return corrections;
}
