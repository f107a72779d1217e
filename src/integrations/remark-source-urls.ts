import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Processor } from 'unified';
import { findUrls } from '../lib/text/urls.ts';

/**
 * GFM's parser-level address links read the raw Markdown, escapes included, so an escaped
 * character after an address (`www.\{`) would show its backslash. Off; addresses are found
 * in the parsed text instead (by GFM's own tree pass for e-mail, by this plugin for URLs).
 */
const noRawAddressLinks = { disable: { null: ['wwwAutolink', 'protocolAutolink', 'emailAutolink'] } };

/**
 * GFM links a bare address up to the next space, so in Chinese text it swallows
 * what follows (`http://a.cn/x.html（2024年发布）` linked to `…x.html%EF%BC%88…`),
 * and it does not link an address right after a Chinese character at all. This
 * undoes GFM's bare-address links and links every address in the text itself,
 * ending where the URL ends (src/lib/text/urls.ts). The text stays exactly as written.
 */
export default function remarkSourceUrls(this: Processor) {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), noRawAddressLinks];
  return (tree: Root) => relink(tree);
}

function relink(node: Parent): void {
  const merged: PhrasingContent[] = [];
  for (const child of node.children as PhrasingContent[]) {
    const content = isBareAddressLink(child) ? (child.children[0] as Text) : child;
    const previous = merged.at(-1);
    if (content.type === 'text' && previous?.type === 'text') previous.value += content.value;
    else merged.push(content.type === 'text' ? { type: 'text', value: content.value } : content);
  }
  node.children = merged.flatMap((child) => (child.type === 'text' ? linked(child.value) : [child]));
  for (const child of node.children) {
    // Never a link inside a link, nor in code.
    if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') relink(child);
  }
}

/** A link GFM made of an address printed in the text: its text is its own address. */
function isBareAddressLink(node: PhrasingContent): node is Link {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const [text] = node.children;
  return (
    text?.type === 'text' &&
    /^(?:https?:\/\/|www\.)/i.test(text.value) &&
    (node.url === text.value || node.url === `http://${text.value}`)
  );
}

function linked(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let position = 0;
  for (const { from, to, href } of findUrls(text)) {
    if (from > position) nodes.push({ type: 'text', value: text.slice(position, from) });
    nodes.push({ type: 'link', url: href, children: [{ type: 'text', value: text.slice(from, to) }] });
    position = to;
  }
  if (position < text.length || nodes.length === 0) nodes.push({ type: 'text', value: text.slice(position) });
  return nodes;
}
