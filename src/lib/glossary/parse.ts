import type { z } from 'zod';
import { readYaml } from '../io/yaml-records.ts';
import { glossarySchema } from '../schemas/glossary.ts';

/** A recurring term and the one English rendering the translations use for it (content/glossary.yaml), with its line there. */
export type GlossaryTerm = z.output<typeof glossarySchema>[number] & { line: number };

export function parseGlossary(file: string, text: string): GlossaryTerm[] {
  const { value, lineAt } = readYaml(file, text, glossarySchema);
  return value.map((term, i) => ({ ...term, line: lineAt([i]) }));
}
