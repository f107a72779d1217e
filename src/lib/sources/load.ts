import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { InputError, InputErrors, type InputWarning } from '../errors.ts';
import { decodeInputText, readInputFile } from '../io/input-text.ts';
import { ID_PATTERN } from '../schemas/vocabulary.ts';
import { firstLoneCrLine } from '../text/line-breaks.ts';
import { parseMeta, type MetaOptions, type SourceMeta } from './meta.ts';
import { append } from '../arrays.ts';

/** A source text as received, with its metadata and fingerprint. */
export interface Source {
  id: string;
  /** Path relative to the project root, for messages and provenance. */
  file: string;
  metaFile: string;
  text: string;
  sha256: string;
  meta: SourceMeta;
}

export interface LoadOptions extends MetaOptions {
  /** Paths in messages are shown relative to this directory. */
  root: string;
}

/** Only whitespace and characters that show nothing: zero-width spaces and joiners, word joiner, BOM. */
const EFFECTIVELY_EMPTY = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/**
 * Read every `*.txt` under `dir` with the `<id>.meta.yaml` beside it, and the warnings about them, in the
 * order the files are read. Collects every problem before throwing, so one run reports them all (the
 * InputErrors thrown carries the warnings too).
 */
export function loadSources(
  dir: string,
  { root, today }: LoadOptions,
): { sources: Source[]; warnings: InputWarning[] } {
  const errors: InputError[] = [];
  const warnings: InputWarning[] = [];
  const sources: Source[] = [];
  const seen = new Map<string, string>();
  const show = (path: string) => relative(root, path) || path;
  const { files, links } = listFiles(dir);

  // A source is evidence kept in the repository byte for byte; git records a
  // symlink as a path, not the text, so a clone would lack it or read another file.
  for (const path of links)
    errors.push(
      new InputError(
        show(path),
        'is a symbolic link; copy the file itself here (git keeps only the link, so the text would not travel with the project)',
      ),
    );

  for (const path of files.filter((f) => f.endsWith('.meta.yaml'))) {
    const textPath = path.replace(/\.meta\.yaml$/, '.txt');
    if (!existsSync(textPath))
      errors.push(
        new InputError(show(path), `metadata without a source text: expected ${basename(textPath)} beside it`),
      );
  }

  for (const path of files.filter((f) => f.endsWith('.txt'))) {
    const file = show(path);
    try {
      const id = basename(path, '.txt');
      if (!ID_PATTERN.test(id)) {
        throw new InputError(
          file,
          `source id "${id}" must be lowercase ASCII words joined by hyphens, e.g. qijiang-2022-high-tech-zone`,
        );
      }
      const clash = seen.get(id);
      if (clash) throw new InputError(file, `duplicate source id "${id}": ${clash} has the same id`);
      seen.set(id, file);

      const bytes = readFileSync(path);
      const text = decodeInputText(file, bytes, { what: 'source text', bom: 'refuse' });
      if (text.trim() === '') throw new InputError(file, 'source text is empty');
      if (EFFECTIVELY_EMPTY.test(text))
        throw new InputError(file, 'source text is empty: it holds only whitespace and zero-width characters');
      const loneCr = firstLoneCrLine(text);
      if (loneCr !== undefined)
        warnings.push({
          file,
          line: loneCr,
          message:
            'lines end with a lone CR (old Mac line endings); read as line breaks, but save the file with LF line endings',
        });

      const metaPath = path.replace(/\.txt$/, '.meta.yaml');
      const metaFile = show(metaPath);
      if (!existsSync(metaPath)) {
        throw new InputError(
          file,
          `no metadata file: create ${basename(metaPath)} beside it with title, kind, districts and published`,
        );
      }
      const parsed = parseMeta(metaFile, readInputFile(metaPath, metaFile), today && { today });
      append(warnings, parsed.warnings);
      const meta = parsed.meta;
      sources.push({ id, file, metaFile, text, sha256: createHash('sha256').update(bytes).digest('hex'), meta });
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else if (error instanceof InputErrors) errors.push(...error.errors);
      else throw error;
    }
  }
  if (errors.length > 0) throw new InputErrors(errors, warnings);
  return { sources: sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), warnings };
}

/** The regular files under `dir`, and the symbolic links (which are not read). */
function listFiles(dir: string): { files: string[]; links: string[] } {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  const paths = (keep: (entry: (typeof entries)[number]) => boolean) =>
    entries
      .filter(keep)
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  return { files: paths((entry) => entry.isFile()), links: paths((entry) => entry.isSymbolicLink()) };
}
