import { readYaml } from '../io/yaml-records.ts';
import { indicatorsSchema, type Indicator } from '../schemas/indicators.ts';

export type { Indicator };

export function parseIndicators(file: string, text: string): Indicator[] {
  return readYaml(file, text, indicatorsSchema).value;
}
