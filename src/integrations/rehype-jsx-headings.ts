import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

/**
 * Pages write headings as JSX (`<h2 id="s1">…</h2>`) so their ids are fixed in
 * the source and shared by both languages. MDX keeps such headings as JSX
 * nodes, which Astro's heading collector does not see; turning them into
 * ordinary HTML elements lets `render()` list them for the table of contents.
 */
export default function rehypeJsxHeadings() {
  return (tree: Root) => convert(tree);
}

function convert(node: Root | Element | MdxJsxFlowElementHast): void {
  const children = node.children as (ElementContent | MdxJsxFlowElementHast)[];
  children.forEach((child, i) => {
    if (child.type === 'mdxJsxFlowElement' && child.name && /^h[1-6]$/.test(child.name)) {
      const properties: Record<string, string> = {};
      const literal = child.attributes.every((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string');
      if (!literal) return;
      for (const a of child.attributes) if (a.type === 'mdxJsxAttribute') properties[a.name] = a.value as string;
      const element: Element = {
        type: 'element',
        tagName: child.name,
        properties,
        children: child.children as ElementContent[],
      };
      children[i] = element;
      return;
    }
    if ('children' in child) convert(child as Element);
  });
}
