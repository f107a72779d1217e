import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../errors.ts';

export type SourceKind = 'report' | 'plan';
export const SOURCE_KINDS: readonly SourceKind[] = ['report', 'plan'];

/** Roles a metadata file can force on a line the heuristics would misread. */
export type LineRole = 'heading' | 'subheading' | 'paragraph' | 'caption' | 'byline' | 'front' | 'colophon';
export const LINE_ROLES: readonly LineRole[] = ['heading', 'subheading', 'paragraph', 'caption', 'byline', 'front', 'colophon'];

export type Layout = 'wrapped' | 'lines';

export interface LineOverride {
  match: string;
  role: LineRole;
  metaLine: number;
}

export interface Truncation {
  match: string;
  at: 'start' | 'end';
  note?: string;
  metaLine: number;
}

export interface PageSplit {
  id: string;
  title: string;
  titleEn?: string;
  startsAt?: string;
  districts?: string[];
  authors?: string[];
  authorsEn?: string[];
  metaLine: number;
}

export interface SourceMeta {
  title: string;
  kind: SourceKind;
  districts: string[];
  published: string;
  titleEn?: string;
  outlet?: string;
  url?: string;
  authors?: string[];
  /** The authors' names romanised, for the English pages and citations. */
  authorsEn?: string[];
  dateInferred?: boolean;
  dateNote?: string;
  dateNoteEn?: string;
  receivedAs?: string;
  period?: string;
  layout?: Layout;
  preambleTitle?: string;
  preambleTitleEn?: string;
  pages?: PageSplit[];
  lines?: LineOverride[];
  truncated?: Truncation[];
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parse and validate a `<id>.meta.yaml` file. Throws an InputError naming the file, line and field. */
export function parseMeta(file: string, text: string): SourceMeta {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    throw new InputError(file, `invalid YAML: ${first.message.split('\n')[0]}`, lineCounter.linePos(first.pos[0]).line);
  }
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const fail = (message: string, node?: Node | null): never => {
    throw new InputError(file, message, lineOf(node));
  };

  const root = doc.contents;
  if (!isMap(root)) fail('metadata must be a YAML mapping of fields (title, kind, districts, published)', root);
  const fields = new Map<string, Node | null>();
  for (const pair of (root as { items: { key: unknown; value: unknown }[] }).items) {
    const key = pair.key as Node;
    if (!isScalar(key) || typeof key.value !== 'string') fail('field names must be plain strings', key);
    fields.set((key as { value: string }).value, (pair.value as Node | null) ?? null);
  }

  const reader = fieldReader(fail);
  const known = new Set([
    'title', 'title_en', 'kind', 'districts', 'published', 'outlet', 'url', 'authors', 'authors_en', 'date_inferred',
    'date_note', 'date_note_en', 'received_as', 'period', 'layout', 'preamble_title', 'preamble_title_en', 'pages', 'lines', 'truncated',
  ]);
  for (const [name, node] of fields) {
    if (!known.has(name)) fail(`unknown field "${name}" (known fields: ${[...known].join(', ')})`, node ?? root);
  }
  const get = (name: string) => fields.get(name);
  const required = (name: string): Node => {
    const node = get(name);
    if (node === undefined || node === null) fail(`missing required field "${name}"`, root);
    return node as Node;
  };

  const meta: SourceMeta = {
    title: reader.text('title', required('title')),
    kind: reader.oneOf('kind', required('kind'), SOURCE_KINDS),
    districts: reader.textList('districts', required('districts'), { nonEmpty: true }),
    published: reader.date('published', required('published')),
  };
  const optional = <T>(name: string, read: (node: Node) => T): T | undefined => {
    const node = get(name);
    return node === undefined || node === null ? undefined : read(node);
  };
  assign(meta, {
    titleEn: optional('title_en', (n) => reader.text('title_en', n)),
    outlet: optional('outlet', (n) => reader.text('outlet', n)),
    url: optional('url', (n) => reader.url('url', n)),
    authors: optional('authors', (n) => reader.textList('authors', n)),
    authorsEn: optional('authors_en', (n) => reader.textList('authors_en', n)),
    dateInferred: optional('date_inferred', (n) => reader.bool('date_inferred', n)),
    dateNote: optional('date_note', (n) => reader.text('date_note', n)),
    dateNoteEn: optional('date_note_en', (n) => reader.text('date_note_en', n)),
    receivedAs: optional('received_as', (n) => reader.text('received_as', n)),
    period: optional('period', (n) => reader.text('period', n)),
    layout: optional('layout', (n) => reader.oneOf('layout', n, ['wrapped', 'lines'] as const)),
    preambleTitle: optional('preamble_title', (n) => reader.text('preamble_title', n)),
    preambleTitleEn: optional('preamble_title_en', (n) => reader.text('preamble_title_en', n)),
    pages: optional('pages', (n) => readPages(n, reader, fail, lineOf)),
    lines: optional('lines', (n) =>
      reader.records('lines', n, (item, at) => ({
        match: reader.text(`${at}.match`, item.required('match')),
        role: reader.oneOf(`${at}.role`, item.required('role'), LINE_ROLES),
        metaLine: lineOf(item.node) ?? 0,
      }), ['match', 'role'])),
    truncated: optional('truncated', (n) =>
      reader.records('truncated', n, (item, at) => {
        const truncation: Truncation = {
          match: reader.text(`${at}.match`, item.required('match')),
          at: reader.oneOf(`${at}.at`, item.required('at'), ['start', 'end'] as const),
          metaLine: lineOf(item.node) ?? 0,
        };
        assign(truncation, { note: item.optional('note', (v) => reader.text(`${at}.note`, v)) });
        return truncation;
      }, ['match', 'at', 'note'])),
  });
  if (meta.kind === 'plan' && meta.pages) fail('"pages" splits a report into articles; a plan is split by its chapters', get('pages'));
  const sameCount = (authors: string[] | undefined, authorsEn: string[] | undefined, at: string, node: Node | null | undefined) => {
    if (authorsEn && authorsEn.length !== (authors?.length ?? 0)) fail(`field "${at}authors_en" must romanise each name in "${at}authors", in the same order`, node);
  };
  sameCount(meta.authors, meta.authorsEn, '', get('authors_en'));
  meta.pages?.forEach((page, i) => sameCount(page.authors, page.authorsEn, `pages[${i}].`, get('pages')));
  return meta;
}

function readPages(
  node: Node,
  reader: ReturnType<typeof fieldReader>,
  fail: (message: string, node?: Node | null) => never,
  lineOf: (node: Node | null | undefined) => number | undefined,
): PageSplit[] {
  const pages = reader.records('pages', node, (item, at) => {
    const id = reader.text(`${at}.id`, item.required('id'));
    if (!ID_PATTERN.test(id)) fail(`field "${at}.id": "${id}" must be lowercase ASCII words joined by hyphens`, item.node);
    const page: PageSplit = { id, title: reader.text(`${at}.title`, item.required('title')), metaLine: lineOf(item.node) ?? 0 };
    assign(page, {
      titleEn: item.optional('title_en', (n) => reader.text(`${at}.title_en`, n)),
      startsAt: item.optional('starts_at', (n) => reader.text(`${at}.starts_at`, n)),
      districts: item.optional('districts', (n) => reader.textList(`${at}.districts`, n, { nonEmpty: true })),
      authors: item.optional('authors', (n) => reader.textList(`${at}.authors`, n)),
      authorsEn: item.optional('authors_en', (n) => reader.textList(`${at}.authors_en`, n)),
    });
    return page;
  }, ['id', 'title', 'title_en', 'starts_at', 'districts', 'authors', 'authors_en']);
  if (pages.length === 0) fail('field "pages" must list at least one page', node);
  pages.forEach((page, i) => {
    if (i > 0 && !page.startsAt) fail(`field "pages[${i}].starts_at" is required for every page after the first`, node);
  });
  if (pages[0]?.startsAt) fail('field "pages[0].starts_at" must be left out: the first page starts at the top of the text', node);
  return pages;
}

/** Copy only the defined values, so optional fields stay absent rather than `undefined`. */
function assign<T extends object>(target: T, values: Partial<T>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}

interface RecordItem {
  node: Node;
  required(name: string): Node;
  optional<T>(name: string, read: (node: Node) => T): T | undefined;
}

function fieldReader(fail: (message: string, node?: Node | null) => never) {
  const scalar = (name: string, node: Node): unknown => {
    if (!isScalar(node)) fail(`field "${name}" must be a single value`, node);
    return (node as { value: unknown }).value;
  };
  const text = (name: string, node: Node): string => {
    const value = scalar(name, node);
    if (typeof value !== 'string' || value.trim() === '') fail(`field "${name}" must be non-empty text`, node);
    return (value as string).trim();
  };
  return {
    text,
    bool(name: string, node: Node): boolean {
      const value = scalar(name, node);
      if (typeof value !== 'boolean') fail(`field "${name}" must be true or false`, node);
      return value as boolean;
    },
    oneOf<T extends string>(name: string, node: Node, allowed: readonly T[]): T {
      const value = scalar(name, node);
      if (typeof value !== 'string' || !allowed.includes(value as T)) {
        fail(`field "${name}" must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`, node);
      }
      return value as T;
    },
    date(name: string, node: Node): string {
      const value = scalar(name, node);
      const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
      const [, , month, day] = match ?? [];
      const valid = match !== null
        && (month === undefined || (Number(month) >= 1 && Number(month) <= 12))
        && (day === undefined || isRealDay(value as string));
      if (!valid) fail(`field "${name}" must be a date written YYYY, YYYY-MM or YYYY-MM-DD, in quotes (got ${JSON.stringify(value)})`, node);
      return value as string;
    },
    url(name: string, node: Node): string {
      const value = text(name, node);
      if (!/^https?:\/\/\S+$/.test(value)) fail(`field "${name}" must be an http(s) URL`, node);
      return value;
    },
    textList(name: string, node: Node, options: { nonEmpty?: boolean } = {}): string[] {
      if (!isSeq(node)) fail(`field "${name}" must be a list, e.g. [綦江]`, node);
      const items = (node as unknown as { items: Node[] }).items.map((item, i) => text(`${name}[${i}]`, item));
      if (options.nonEmpty && items.length === 0) fail(`field "${name}" must list at least one entry`, node);
      return items;
    },
    records<T>(name: string, node: Node, read: (item: RecordItem, at: string) => T, allowed: string[]): T[] {
      if (!isSeq(node)) fail(`field "${name}" must be a list`, node);
      return (node as unknown as { items: Node[] }).items.map((itemNode, i) => {
        const at = `${name}[${i}]`;
        if (!isMap(itemNode)) fail(`field "${at}" must be a mapping`, itemNode);
        const entries = new Map<string, Node | null>();
        for (const pair of (itemNode as unknown as { items: { key: Node; value: Node | null }[] }).items) {
          const key = String((pair.key as { value?: unknown }).value);
          if (!allowed.includes(key)) fail(`unknown field "${at}.${key}" (known: ${allowed.join(', ')})`, pair.key);
          entries.set(key, pair.value);
        }
        return read({
          node: itemNode,
          required(field) {
            const value = entries.get(field);
            if (value === undefined || value === null) fail(`missing required field "${at}.${field}"`, itemNode);
            return value as Node;
          },
          optional(field, readValue) {
            const value = entries.get(field);
            return value === undefined || value === null ? undefined : readValue(value);
          },
        }, at);
      });
    },
  };
}

function isRealDay(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}
