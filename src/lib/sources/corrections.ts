import { readYaml } from '../io/yaml-records.ts';
import { correctionsSchema, type Correction } from '../schemas/corrections.ts';

export type { Correction };

/** Parse `content/corrections.yaml`. Each entry may name several lines; each line becomes one correction. */
export function parseCorrections(file: string, text: string): Correction[] {
  return readYaml(file, text, correctionsSchema).value;
}
