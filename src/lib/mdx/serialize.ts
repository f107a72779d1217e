import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly/serializeOnly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Serialise an MDX syntax tree. Text nodes are escaped by the serialiser itself,
 * so `{1,2}`, `a<b`, `*`, backticks and the like come out literal; never build
 * MDX by concatenating strings.
 */
const processor = unified()
  .use(remarkMdx)
  .use(remarkGfm)
  // Keeps CJK next to `**` as characters instead of character references.
  .use(remarkCjkFriendly)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });

export function serializeMdx(tree: Root): string {
  return guardEsmKeywords(processor.stringify(tree));
}

/**
 * MDX reads `import`/`export` at the start of a line as JavaScript, and the
 * serialiser does not escape them. Every text line here starts inside a JSX
 * element, so this should never fire; it is the last line of defence.
 */
export function guardEsmKeywords(mdx: string): string {
  return mdx.replace(
    /^([ \t]*)(import|export)\b/gm,
    (_m, indent: string, keyword: string) => `${indent}&#x${keyword.charCodeAt(0).toString(16)};${keyword.slice(1)}`,
  );
}
