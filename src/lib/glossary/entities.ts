import type { z } from 'zod';
import { readYaml } from '../io/yaml-records.ts';
import { entitiesSchema } from '../schemas/entities.ts';
import { InputError, InputErrors } from '../errors.ts';
import type { GlossaryTerm } from './parse.ts';

/** A registered name (content/entities.yaml) and its one English name, with its line there. */
export type Entity = z.output<typeof entitiesSchema>[number] & { line: number };

export function parseEntities(file: string, text: string): Entity[] {
  const { value, lineAt } = readYaml(file, text, entitiesSchema);
  return value.map((entity, i) => ({ ...entity, line: lineAt([i]) }));
}

/**
 * A name is either a glossary term or a registered entity, never both: the
 * translation check would otherwise hold one Chinese spelling to two renderings.
 */
export function assertNoSharedSpellings(
  entities: readonly Entity[],
  entitiesFile: string,
  glossary: readonly GlossaryTerm[],
  glossaryFile: string,
): void {
  const terms = new Map(glossary.flatMap((t) => [t.zh, ...t.zhVariants].map((form) => [form, t] as const)));
  const problems = entities.flatMap((entity) =>
    [entity.zh, ...entity.zhVariants].flatMap((form) => {
      const term = terms.get(form);
      return term
        ? [
            new InputError(
              entitiesFile,
              `"${form}" is also glossary term "${term.id}" (${glossaryFile}:${term.line}); keep it in one place`,
              entity.line,
            ),
          ]
        : [];
    }),
  );
  if (problems.length > 0) throw new InputErrors(problems);
}
