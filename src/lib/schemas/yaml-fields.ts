import { z } from 'zod';
import { ID_PATTERN } from './vocabulary.ts';

/**
 * Building blocks of the schemas of the YAML inputs. Each says what a value
 * must be ("must be non-empty text"); src/lib/io/yaml-records.ts puts the file,
 * line and field name in front.
 */

/** Non-empty text, trimmed. */
export const text = z.string({ error: 'must be non-empty text' }).trim().min(1, 'must be non-empty text');

export const bool = z.boolean({ error: 'must be true or false' });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `must be one of ${values.join(', ')} (got ${JSON.stringify(issue.input)})` });

/** A list of texts; `nonEmpty` when it must name at least one. */
export const textList = (options: { nonEmpty?: boolean } = {}) => {
  const list = z.array(text, { error: 'must be a list, e.g. [綦江]' });
  return options.nonEmpty ? list.min(1, 'must list at least one entry') : list;
};

/** An id: lowercase ASCII words joined by hyphens. */
export const id = z
  .string({ error: 'must be non-empty text' })
  .trim()
  .regex(ID_PATTERN, {
    error: (issue) => `must be lowercase ASCII words joined by hyphens (got ${JSON.stringify(issue.input)})`,
  });

/**
 * A mapping with exactly these fields. An empty value (`title_en:`) counts as
 * a field left out; an unknown field is an error that lists the known ones.
 */
export const fields = <Shape extends z.ZodRawShape>(shape: Shape, notAMapping = 'must be a mapping') => {
  const known = Object.keys(shape);
  return z.preprocess(
    (value) =>
      isRecord(value)
        ? Object.fromEntries(Object.entries(value).filter(([key, v]) => v !== null || !known.includes(key)))
        : value,
    z.strictObject(shape, {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `(known: ${known.join(', ')})` : notAMapping),
    }),
  );
};

/** A file that is a list of entries; an empty file has none. */
export const entries = <T extends z.ZodType>(entry: T, notAList = 'expected a list of entries') =>
  z.preprocess((value) => value ?? [], z.array(entry, { error: notAList }));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
export type CamelKeys<T> = { [K in keyof T as K extends string ? Camel<K> : K]: T[K] };

/** `{ title_en }` → `{ titleEn }`: YAML fields are snake_case, the code's camelCase. */
export function camelKeys<T extends object>(value: T): CamelKeys<T> {
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]),
  ) as CamelKeys<T>;
}

/** Checks across fields or entries run once every field is valid, so they can rely on the fields' types. */
export const onceValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/** A problem found across fields or entries: its message stands as written, with no field name put in front. */
export function crossProblem(context: z.RefinementCtx, message: string, path: PropertyKey[]): void {
  context.addIssue({ code: 'custom', message, path, params: { standalone: true } });
}
