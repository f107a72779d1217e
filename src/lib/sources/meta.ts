import type { z } from 'zod';
import type { InputWarning } from '../errors.ts';
import { readYaml } from '../io/yaml-records.ts';
import { LINE_ROLES, sourceMetaSchema } from '../schemas/source-meta.ts';
import { districtProblem } from './districts.ts';

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

export interface MetaOptions {
  /** The day a publication date may not be after: the machine's today unless a test fixes it. */
  today?: Date;
}

/** Longer than any headline (the seed texts' longest has 33 characters): most likely body text pasted into it. */
export const LONG_TITLE_CHARACTERS = 200;

/**
 * Parse and validate a `<id>.meta.yaml` file, with the warnings about it. Throws an InputError (InputErrors for several) naming the file, line and field.
 * Warns of a district that is not Chongqing's, a district listed twice (kept once), a date after today and a
 * title longer than LONG_TITLE_CHARACTERS.
 */
export function parseMeta(
  file: string,
  text: string,
  { today = new Date() }: MetaOptions = {},
): { meta: SourceMeta; warnings: InputWarning[] } {
  const warnings: InputWarning[] = [];
  const warn = (warning: InputWarning) => warnings.push(warning);
  const { value, lineAt } = readYaml(file, text, sourceMetaSchema);
  const { pages, lines, truncated, ...meta } = value;
  const onLines = <T extends object>(name: string, list: T[]): OnMetaLine<T>[] =>
    list.map((entry, i) => ({ ...entry, metaLine: lineAt([name, i]) }));
  const checkedDistricts = (districts: string[], path: readonly PropertyKey[]): string[] =>
    districts.filter((district, i) => {
      const line = lineAt([...path, i]);
      if (districts.indexOf(district) < i) {
        warn({ file, line, message: `district "${district}" is listed twice; it is kept once` });
        return false;
      }
      const problem = districtProblem(district);
      if (problem) warn({ file, line, message: problem });
      return true;
    });
  const checkTitle = (title: string, path: readonly PropertyKey[]) => {
    const characters = [...title].length;
    if (characters > LONG_TITLE_CHARACTERS)
      warn({
        file,
        line: lineAt(path),
        message: `a title of ${characters} characters (more than ${LONG_TITLE_CHARACTERS}): is text of the page in it? It is used as written.`,
      });
  };
  checkTitle(meta.title, ['title']);
  pages?.forEach((page, i) => checkTitle(page.title, ['pages', i, 'title']));
  if (meta.published > localDate(today).slice(0, meta.published.length))
    warn({
      file,
      line: lineAt(['published']),
      message: `publication date ${meta.published} is after today (${localDate(today)}); figures would be dated to it`,
    });
  const checked: SourceMeta = {
    ...meta,
    districts: checkedDistricts(meta.districts, ['districts']),
    ...(pages && {
      pages: onLines('pages', pages).map((page, i) =>
        page.districts ? { ...page, districts: checkedDistricts(page.districts, ['pages', i, 'districts']) } : page,
      ),
    }),
    ...(lines && { lines: onLines('lines', lines) }),
    ...(truncated && { truncated: onLines('truncated', truncated) }),
  };
  return { meta: checked, warnings };
}

/** YYYY-MM-DD of the machine's day (not UTC: the day the person running ingest sees). */
function localDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
