import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { stringify } from 'yaml';
import { present } from '../assert.ts';
import { parseBody, splitFrontmatter } from '../mdx/read.ts';
import { serializeMdx } from '../mdx/serialize.ts';
import type { ChinesePageFile } from './pages.ts';
import { PASSAGE_ELEMENTS } from '../mdx/elements.ts';
import { passageHash } from './aligned-passages.ts';

/**
 * A new English page to translate into: the Chinese page's structure with every
 * id kept, each passage stamped with the hash of the Chinese text it will
 * translate (`data-zh`), and the Chinese text left in place to be overwritten.
 * The translation check reports any passage still in Chinese.
 */
export function scaffoldEnglish(zh: ChinesePageFile, zhSource: string): string {
  const hashes = new Map(zh.passages.map((u) => [u.id, passageHash(u.text)]));
  const tree = parseBody(present(splitFrontmatter(zhSource), `a frontmatter block in ${zh.file}`).body) as Root;
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const attributes = node.attributes as MdxJsxAttribute[];
    // Source line numbers belong to the Chinese page.
    node.attributes = attributes.filter((a) => a.name !== 'lines');
    const id = attributes.find((a) => a.name === 'id')?.value;
    if (typeof id === 'string' && PASSAGE_ELEMENTS.has(node.name ?? '')) {
      node.attributes.push({
        type: 'mdxJsxAttribute',
        name: 'data-zh',
        value: present(hashes.get(id), `a Chinese passage with id ${id} in ${zh.file}`),
      });
    }
  });
  const front = (zh.doc.frontmatter.front as { id: string; text: string }[] | undefined) ?? [];
  const frontmatter = {
    lang: 'en',
    // Reports have an English title in their source metadata already; the page uses it.
    title: zh.doc.frontmatter.titleEn ?? zh.doc.frontmatter.title,
    titleZh: hashes.get('title'),
    front: front.map((f) => ({ id: f.id, text: f.text, zh: hashes.get(f.id) })),
  };
  return `---\n${ENGLISH_HEADER}${stringify(frontmatter, { lineWidth: 0 })}---\n\n${serializeMdx(tree)}`;
}

export const ENGLISH_HEADER = [
  '# English translation (unofficial; the Chinese original prevails). Edited by hand.',
  '# Every id matches the Chinese page; `zh`, `titleZh` and `data-zh` record the hash of',
  '# the Chinese text translated. `npm run check:translations` checks this file.',
  '',
].join('\n');
