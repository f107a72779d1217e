import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { InputError, InputErrors } from '../errors.ts';

type Path = readonly PropertyKey[];

/** A YAML file validated by a schema, with the line of any part of it, for messages. */
export interface ReadYaml<T> {
  value: T;
  /** The line a value starts on (that of its nearest existing parent when it is absent). */
  lineAt(path: Path): number;
}

/**
 * Parse a YAML file and validate it with `schema`. Every problem of the file is
 * reported in one pass, each as `file:line: message` with the line of the
 * value at fault: one InputError, or InputErrors when there are several.
 *
 * Messages are built from the schema's wording for each value ("must be
 * non-empty text") and the path of the field (`pages[1].title`). In a list of
 * entries the entry is located by its line, so field names leave its index
 * out. Problems across fields (crossProblem in src/lib/schemas/yaml-fields.ts)
 * keep their messages as they stand.
 */
export function readYaml<S extends z.ZodType>(file: string, text: string, schema: S): ReadYaml<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError)
    throw new InputError(
      file,
      `invalid YAML: ${yamlError.message.split('\n')[0]}`,
      lineCounter.linePos(yamlError.pos[0]).line,
    );
  const lineOf = (node: Node | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const lineAt = (path: Path) => lineOf(nodeAt(doc, path));

  const data: unknown = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, lineAt };

  const inList = Array.isArray(data);
  const errors = result.error.issues.flatMap((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const fieldPath = inList && typeof path[0] === 'number' ? path.slice(1) : path;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) =>
          new InputError(
            file,
            `unknown field "${fieldName([...fieldPath, key])}" ${issue.message}`,
            lineOf(keyNode(doc, path, key) ?? nodeAt(doc, path)),
          ),
      );
    }
    const line = lineAt(path);
    if (issue.code === 'custom' && issue.params?.standalone) return [new InputError(file, issue.message, line)];
    if (fieldPath.length === 0) {
      const message = path.length === 0 ? issue.message : `entry ${Number(path[0]) + 1} ${issue.message}`;
      return [new InputError(file, message, line)];
    }
    const value = valueAt(data, path);
    if (value === undefined || value === null)
      return [new InputError(file, `missing required field "${fieldName(fieldPath)}"`, line)];
    return [new InputError(file, `field "${fieldName(fieldPath)}" ${issue.message}`, line)];
  });
  const [only, ...more] = errors;
  throw only && more.length === 0 ? only : new InputErrors(errors);
}

/** `pages[1].title` for ['pages', 1, 'title']. */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | null | undefined)?.[key];
  return value;
}

/** The node at `path`, or its nearest existing parent. */
function nodeAt(doc: Document, path: Path): Node | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length), true);
    if (node && typeof node === 'object' && 'range' in node) return node as Node;
  }
  return (doc.contents ?? undefined) as Node | undefined;
}

/** The node of the key `key` in the mapping at `path`. */
function keyNode(doc: Document, path: Path, key: string): Node | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  return (pair?.key ?? undefined) as Node | undefined;
}
