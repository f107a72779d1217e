import { InputError } from '../errors.ts';
import { ID_PATTERN } from '../sources/meta.ts';
import { readRecords, textField } from './yaml-records.ts';

/** An indicator readers compare (content/indicators.yaml). */
export interface Indicator {
  id: string;
  name: string;
  nameEn: string;
  unit: string;
  unitEn: string;
  definition: string;
  definitionEn: string;
  /** The row name in a plan's indicator table that measures it. */
  tableRow?: string;
}

const FIELDS = ['id', 'name', 'name_en', 'unit', 'unit_en', 'definition', 'definition_en', 'table_row'] as const;

export function parseIndicators(file: string, text: string): Indicator[] {
  const indicators: Indicator[] = [];
  for (const record of readRecords(file, text, FIELDS)) {
    const field = (name: (typeof FIELDS)[number], optional = false) => textField(file, record, name, optional);
    const id = field('id')!;
    if (!ID_PATTERN.test(id)) throw new InputError(file, `indicator id "${id}" must be lowercase ASCII words joined by hyphens`, record.line);
    if (indicators.some((i) => i.id === id)) throw new InputError(file, `indicator id "${id}" is used twice`, record.line);
    const indicator: Indicator = {
      id, name: field('name')!, nameEn: field('name_en')!, unit: field('unit')!, unitEn: field('unit_en')!,
      definition: field('definition')!, definitionEn: field('definition_en')!,
    };
    const tableRow = field('table_row', true);
    if (tableRow) indicator.tableRow = tableRow;
    indicators.push(indicator);
  }
  return indicators;
}
