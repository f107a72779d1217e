import type { z } from 'zod';
import { readYaml } from '../io/yaml-records.ts';
import { LINE_ROLES, sourceMetaSchema } from '../schemas/source-meta.ts';

export { SOURCE_KINDS, type SourceKind } from '../schemas/vocabulary.ts';
export { LINE_ROLES };

/** Roles a metadata file can force on a line the heuristics would misread. */
export type LineRole = (typeof LINE_ROLES)[number];

type MetaFields = z.output<typeof sourceMetaSchema>;
/** The line of the metadata file an entry starts on, for messages about it. */
type OnMetaLine<T> = T & { metaLine: number };

export type Layout = NonNullable<MetaFields['layout']>;
export type LineOverride = OnMetaLine<NonNullable<MetaFields['lines']>[number]>;
export type Truncation = OnMetaLine<NonNullable<MetaFields['truncated']>[number]>;
export type PageSplit = OnMetaLine<NonNullable<MetaFields['pages']>[number]>;

export type SourceMeta = Omit<MetaFields, 'pages' | 'lines' | 'truncated'> & {
  pages?: PageSplit[];
  lines?: LineOverride[];
  truncated?: Truncation[];
};

/** Parse and validate a `<id>.meta.yaml` file. Throws an InputError (InputErrors for several) naming the file, line and field. */
export function parseMeta(file: string, text: string): SourceMeta {
  const { value, lineAt } = readYaml(file, text, sourceMetaSchema);
  const { pages, lines, truncated, ...meta } = value;
  const onLines = <T extends object>(name: string, list: T[]): OnMetaLine<T>[] =>
    list.map((entry, i) => ({ ...entry, metaLine: lineAt([name, i]) }));
  return {
    ...meta,
    ...(pages && { pages: onLines('pages', pages) }),
    ...(lines && { lines: onLines('lines', lines) }),
    ...(truncated && { truncated: onLines('truncated', truncated) }),
  };
}
