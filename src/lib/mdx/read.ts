import type { Nodes, Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors.ts';

/**
 * A page's MDX read back into a small element tree, for the checks that compare
 * a translation with its original and for the parallel view. Only the page
 * vocabulary is accepted (JSX elements with string attributes, text, bold,
 * italics, links); anything else is an error naming the file and line, so a
 * translator's Markdown heading or stray `{…}` cannot slip through.
 */
export interface MdxText {
  type: 'text';
  value: string;
}
export interface MdxElement {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: MdxNode[];
  /** 1-based line in the file. */
  line: number;
}
export type MdxNode = MdxText | MdxElement;

export interface MdxDocument {
  file: string;
  frontmatter: Record<string, unknown>;
  /** Top-level elements of the body, in order. */
  body: MdxElement[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkCjkFriendly);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The frontmatter block and the body of an MDX file. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyOffset: number } | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  const [block, yaml = ''] = match;
  return { yaml, body: source.slice(block.length), bodyOffset: block.split('\n').length - 1 };
}

/** The MDX syntax tree of a page body, parsed as the site's Markdown processor parses it. */
export function parseBody(body: string): Root {
  return parser.parse(body) as Root;
}

export function readMdx(file: string, source: string): MdxDocument {
  const parts = splitFrontmatter(source);
  if (!parts) throw new InputError(file, 'the file must start with a `---` frontmatter block', 1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter, version: '1.1' });
  const [first] = doc.errors;
  if (first) {
    throw new InputError(
      file,
      `frontmatter: ${first.message.split('\n')[0]}`,
      lineCounter.linePos(first.pos[0]).line + 1,
    );
  }
  const frontmatter = doc.toJS() as unknown;
  if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter)) {
    throw new InputError(file, 'the frontmatter must be a mapping of fields', 2);
  }
  return {
    file,
    frontmatter: frontmatter as Record<string, unknown>,
    body: readBody(file, parts.body, parts.bodyOffset),
  };
}

/** The elements of a page body; `lineOffset` is the number of lines above it in the file (its frontmatter). */
export function readBody(file: string, body: string, lineOffset = 0): MdxElement[] {
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch (error) {
    const place = (error as { line?: number }).line;
    throw new InputError(
      file,
      `not valid MDX: ${(error as Error).message}`,
      place === undefined ? undefined : place + lineOffset,
    );
  }
  const elements: MdxElement[] = [];
  for (const node of flow(tree.children)) {
    for (const n of convert(node, file, lineOffset)) {
      if (n.type === 'element') elements.push(n);
      else if (n.value.trim() !== '')
        throw new InputError(file, 'text outside any element: wrap it in <P id="…">', lineOf(node, lineOffset));
    }
  }
  return elements;
}

/** `<P>…</P>` written on one line parses as a paragraph holding the element: unwrap it. */
function flow(nodes: readonly Nodes[]): Nodes[] {
  return nodes.flatMap((node) =>
    node.type === 'paragraph' &&
    node.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''))
      ? node.children
      : [node],
  );
}

function lineOf(node: Nodes, offset: number): number {
  return (node.position?.start.line ?? 0) + offset;
}

function convert(node: Nodes, file: string, offset: number): MdxNode[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (!node.name) throw new InputError(file, 'fragments (<>…</>) are not allowed', lineOf(node, offset));
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
          throw new InputError(
            file,
            `<${node.name}>: attributes must be plain strings (name="value")`,
            lineOf(node, offset),
          );
        }
        attributes[attribute.name] = attribute.value;
      }
      return [element(node.name, attributes, node.children as Nodes[], node, file, offset)];
    }
    case 'paragraph':
      // Text directly inside a flow element (`<P>\n  text\n</P>`) arrives wrapped in a paragraph.
      return node.children.flatMap((c) => convert(c, file, offset));
    case 'strong':
      return [element('strong', {}, node.children, node, file, offset)];
    case 'emphasis':
      return [element('em', {}, node.children, node, file, offset)];
    case 'link':
      return [element('a', { href: node.url }, node.children, node, file, offset)];
    case 'break':
      return [{ type: 'element', name: 'br', attributes: {}, children: [], line: lineOf(node, offset) }];
    default:
      throw new InputError(
        file,
        `${describe(node)} is not allowed in a page: use the page components (<P id="…">, <h2 id="…">, …)`,
        lineOf(node, offset),
      );
  }
}

function element(
  name: string,
  attributes: Record<string, string>,
  children: readonly Nodes[],
  node: Nodes,
  file: string,
  offset: number,
): MdxElement {
  return {
    type: 'element',
    name,
    attributes,
    children: flow(children).flatMap((c) => convert(c, file, offset)),
    line: lineOf(node, offset),
  };
}

function describe(node: Nodes): string {
  const names: Partial<Record<Nodes['type'], string>> = {
    heading: 'a Markdown heading (#)',
    list: 'a Markdown list',
    code: 'a code block',
    inlineCode: 'inline code',
    html: 'raw HTML',
    image: 'an image',
    mdxFlowExpression: 'an expression ({…})',
    mdxTextExpression: 'an expression ({…})',
    mdxjsEsm: 'import/export',
    table: 'a Markdown table',
    blockquote: 'a block quote',
    thematicBreak: 'a rule (---)',
  };
  return names[node.type] ?? `\`${node.type}\``;
}

/** All elements of a tree, depth first, in document order. */
export function* walkElements(nodes: readonly MdxNode[]): Generator<MdxElement> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    yield node;
    yield* walkElements(node.children);
  }
}
