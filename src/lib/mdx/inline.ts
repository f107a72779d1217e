import type { PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { ComponentName, ElementName } from './elements.ts';

/** Inline markup over a range of a passage's text (UTF-16 offsets, end exclusive). */
export interface InlineSpan {
  from: number;
  to: number;
  /** `strong`, or a JSX component such as `Corr` with string attributes. */
  kind: 'strong' | { name: ComponentName; attributes: Record<string, string> };
}

export function attributes(values: Record<string, string | undefined>): MdxJsxAttribute[] {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

export function jsxText(
  name: ElementName,
  attrs: Record<string, string | undefined>,
  children: PhrasingContent[],
): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(attrs), children };
}

/**
 * Text with marks as phrasing nodes. Marks may nest (a figure inside a bold
 * lead-in) but must not cross; the text itself is carried over unchanged.
 */
export function phrasing(text: string, marks: readonly InlineSpan[]): PhrasingContent[] {
  const sorted = [...marks].sort((a, b) => a.from - b.from || b.to - a.to);
  return build(text, 0, text.length, sorted);
}

function build(text: string, from: number, to: number, marks: InlineSpan[]): PhrasingContent[] {
  // Marks come sorted by start (longest first): each outer mark takes the marks that start inside it.
  const outer: { mark: InlineSpan; inner: InlineSpan[] }[] = [];
  for (const mark of marks) {
    const open = outer.at(-1);
    if (open && mark.from < open.mark.to) open.inner.push(mark);
    else outer.push({ mark, inner: [] });
  }
  const nodes: PhrasingContent[] = [];
  let position = from;
  for (const { mark, inner } of outer) {
    if (mark.from < position || mark.to > to || mark.from >= mark.to) {
      throw new Error(`mark ${mark.from}-${mark.to} crosses another mark or leaves the text`);
    }
    if (mark.from > position) nodes.push({ type: 'text', value: text.slice(position, mark.from) });
    const children = build(text, mark.from, mark.to, inner);
    nodes.push(
      mark.kind === 'strong' ? { type: 'strong', children } : jsxText(mark.kind.name, mark.kind.attributes, children),
    );
    position = mark.to;
  }
  if (position < to) nodes.push({ type: 'text', value: text.slice(position, to) });
  return nodes;
}
