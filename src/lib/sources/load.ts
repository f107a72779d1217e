import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { InputError, InputErrors } from '../errors.ts';
import { ID_PATTERN } from '../schemas/vocabulary.ts';
import { parseMeta, type SourceMeta } from './meta.ts';

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

export interface LoadOptions {
  /** Paths in messages are shown relative to this directory. */
  root: string;
}

/**
 * Read every `*.txt` under `dir` with the `<id>.meta.yaml` beside it.
 * Collects every problem before throwing, so one run reports them all.
 */
export function loadSources(dir: string, { root }: LoadOptions): Source[] {
  const errors: InputError[] = [];
  const sources: Source[] = [];
  const seen = new Map<string, string>();
  const files = listFiles(dir);
  const show = (path: string) => relative(root, path) || path;

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
      const text = decodeUtf8(file, bytes);
      if (text.trim() === '') throw new InputError(file, 'source text is empty');

      const metaPath = path.replace(/\.txt$/, '.meta.yaml');
      const metaFile = show(metaPath);
      if (!existsSync(metaPath)) {
        throw new InputError(
          file,
          `no metadata file: create ${basename(metaPath)} beside it with title, kind, districts and published`,
        );
      }
      const meta = parseMeta(metaFile, readFileSync(metaPath, 'utf8'));
      sources.push({ id, file, metaFile, text, sha256: createHash('sha256').update(bytes).digest('hex'), meta });
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else if (error instanceof InputErrors) errors.push(...error.errors);
      else throw error;
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Strict UTF-8: a byte sequence that is not UTF-8 is an error with its line, never replaced silently. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.startsWith('\ufeff'))
      throw new InputError(file, 'source text starts with a byte-order mark; save it as UTF-8 without BOM', 1);
    return text;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const line = firstInvalidUtf8Line(bytes);
    throw new InputError(file, 'source text is not valid UTF-8 (convert it to UTF-8 before adding it)', line);
  }
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
