import { InputError } from '../errors.ts';
import { readRecords, textField, uniqueId } from '../io/yaml-records.ts';

/** An indicator readers compare (content/indicators.yaml). */
export interface Indicator {
  id: string;
  name: string;
  nameEn: string;
  unit: string;
  unitEn: string;
  definition: string;
  definitionEn: string;
  /** The row name in a plan's indicator table that measures it, and that name in English. */
  tableRow?: string;
  tableRowEn?: string;
}

const FIELDS = ['id', 'name', 'name_en', 'unit', 'unit_en', 'definition', 'definition_en', 'table_row', 'table_row_en'] as const;

export function parseIndicators(file: string, text: string): Indicator[] {
  const indicators: Indicator[] = [];
  const ids = new Set<string>();
  for (const record of readRecords(file, text, FIELDS)) {
    const field = (name: (typeof FIELDS)[number], optional = false) => textField(file, record, name, optional);
    const id = uniqueId(file, record, ids, 'indicator');
    const indicator: Indicator = {
      id, name: field('name')!, nameEn: field('name_en')!, unit: field('unit')!, unitEn: field('unit_en')!,
      definition: field('definition')!, definitionEn: field('definition_en')!,
    };
    const tableRow = field('table_row', true);
    const tableRowEn = field('table_row_en', true);
    if (Boolean(tableRow) !== Boolean(tableRowEn)) throw new InputError(file, `indicator "${id}": table_row and table_row_en go together`, record.line);
    if (tableRow) indicator.tableRow = tableRow;
    if (tableRowEn) indicator.tableRowEn = tableRowEn;
    indicators.push(indicator);
  }
  return indicators;
}
