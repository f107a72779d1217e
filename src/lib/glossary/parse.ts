import { InputError } from '../errors.ts';
import { readRecords, textField, uniqueId, type YamlRecord } from '../io/yaml-records.ts';

/** A recurring term and the one English rendering the translations use for it (content/glossary.yaml). */
export interface GlossaryTerm {
  id: string;
  zh: string;
  en: string;
  pinyin?: string;
  note: string;
  /** Other Chinese spellings of the same term (规上工业企业 for 规模以上工业企业). */
  zhVariants: string[];
  /** Other English wordings the consistency check accepts (inflections, a short form). */
  enVariants: string[];
  /** False for words too common in English to mark as the term (municipal, district, national). */
  markInEnglish: boolean;
  line: number;
}

const FIELDS = ['id', 'zh', 'en', 'pinyin', 'note', 'zh_variants', 'en_variants', 'mark_in_english'] as const;

export function parseGlossary(file: string, text: string): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  const seenZh = new Map<string, string>();
  const ids = new Set<string>();
  for (const record of readRecords(file, text, FIELDS)) {
    const field = (name: (typeof FIELDS)[number], optional = false) => textField(file, record, name, optional);
    const id = uniqueId(file, record, ids, 'term');
    const term: GlossaryTerm = {
      id,
      zh: field('zh')!,
      en: field('en')!,
      note: field('note')!,
      zhVariants: list(file, record, 'zh_variants'),
      enVariants: list(file, record, 'en_variants'),
      markInEnglish: flag(file, record, 'mark_in_english', true),
      line: record.line,
    };
    const pinyin = field('pinyin', true);
    if (pinyin) term.pinyin = pinyin;
    for (const form of [term.zh, ...term.zhVariants]) {
      const other = seenZh.get(form);
      if (other) throw new InputError(file, `"${form}" is already a spelling of term "${other}"`, record.line);
      seenZh.set(form, id);
    }
    terms.push(term);
  }
  return terms;
}

function flag(file: string, record: YamlRecord, name: string, fallback: boolean): boolean {
  const value = record.values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new InputError(file, `field "${name}" must be true or false`, record.line);
  return value;
}

function list(file: string, record: YamlRecord, name: string): string[] {
  const value = record.values[name];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new InputError(file, `field "${name}" must be a list of non-empty texts`, record.line);
  }
  return (value as string[]).map((v) => v.trim());
}
