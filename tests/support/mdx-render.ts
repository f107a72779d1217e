import { compile, run } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { remarkPlugins } from '../../src/integrations/markdown.ts';
import { COMPONENT_NAMES } from '../../src/lib/mdx/elements.ts';

/** A rendered element: what an MDX page turns into, without React or Astro. */
export interface VNode {
  type: string;
  props: Record<string, unknown> & { children?: unknown };
}

const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Record<string, unknown>) => ({ type, props });

/** Compile an MDX file the way the site does (frontmatter removed, GFM and CJK emphasis on) and render it. */
export async function renderMdx(file: string, plugins = remarkPlugins): Promise<VNode[]> {
  const body = file.replace(/^---\n[\s\S]*?\n---\n/, '');
  const code = await compile(body, { outputFormat: 'function-body', remarkPlugins: [remarkGfm, ...plugins] });
  const { default: Content } = await run(code, { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url });
  // The components the site gives pages, rendered as plain elements named after them.
  const components = Object.fromEntries(
    COMPONENT_NAMES.map((name) => [name, (props: VNode['props']) => ({ type: name, props })]),
  );
  return flatten((Content as (props: unknown) => unknown)({ components }));
}

function flatten(node: unknown): VNode[] {
  if (node === null || node === undefined || node === false) return [];
  if (Array.isArray(node)) return node.flatMap(flatten);
  const vnode = node as { type: unknown; props: VNode['props'] };
  if (typeof vnode === 'object' && vnode.type === Fragment) return flatten(vnode.props.children);
  if (typeof vnode === 'object' && typeof vnode.type === 'function')
    return flatten((vnode.type as (p: unknown) => unknown)(vnode.props));
  if (typeof vnode === 'object') return [{ type: String(vnode.type), props: vnode.props }];
  return [{ type: '#text', props: { value: String(node) } }];
}

export function children(node: VNode): VNode[] {
  return flatten(node.props.children);
}

/** Text content, as the browser would show it. */
export function textOf(node: VNode): string {
  if (node.type === '#text') return String(node.props.value);
  return children(node).map(textOf).join('');
}

/** Every element with an `id`, by id. */
export function elementsById(nodes: VNode[], into = new Map<string, VNode>()): Map<string, VNode> {
  for (const node of nodes) {
    if (node.type === '#text') continue;
    if (typeof node.props.id === 'string') into.set(node.props.id, node);
    elementsById(children(node), into);
  }
  return into;
}

/** Every element type used, recursively. */
export function elementTypes(nodes: VNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    into.add(node.type);
    if (node.type !== '#text') elementTypes(children(node), into);
  }
  return into;
}
