import { isMap, isSeq, parseDocument } from 'yaml';
import { InputError } from '../errors.ts';
import { splitFrontmatter } from '../mdx/read.ts';
import type { ChinesePageFile } from './pages.ts';
import { passageHash } from './aligned-passages.ts';

/**
 * Record that the English passages `ids` translate the current Chinese text: set
 * their stamp to its hash. Run it only after bringing each translation up to
 * date; it edits nothing else in the file.
 */
export function restamp(file: string, source: string, zh: ChinesePageFile, ids: readonly string[]): string {
  const parts = splitFrontmatter(source);
  if (!parts) throw new InputError(file, 'the file must start with a `---` frontmatter block', 1);
  const doc = parseDocument(parts.yaml, { version: '1.1' });
  let body = parts.body;
  for (const id of ids) {
    const passage = zh.passages.find((u) => u.id === id);
    if (!passage) throw new InputError(file, `the Chinese page has no passage #${id}`);
    const hash = passageHash(passage.text);
    if (id === 'title') {
      doc.set('titleZh', hash);
      continue;
    }
    const front = doc.get('front');
    if (isSeq(front)) {
      const item = front.items.find((i) => isMap(i) && i.get('id') === id);
      if (isMap(item)) {
        item.set('zh', hash);
        continue;
      }
    }
    const tag = new RegExp(
      `(<[A-Za-z][\\w]*\\b[^>]*\\bid="${id}"[^>]*\\bdata-zh=")[0-9a-f]*(")|(<[A-Za-z][\\w]*\\b[^>]*\\bdata-zh=")[0-9a-f]*("[^>]*\\bid="${id}")`,
    );
    if (!tag.test(body)) throw new InputError(file, `no element with id="${id}" and a data-zh stamp`);
    body = body.replace(tag, (_m, a?: string, b?: string, c?: string, d?: string) =>
      a !== undefined ? `${a}${hash}${b}` : `${c}${hash}${d}`,
    );
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
}
