import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { present } from '../lib/assert.ts';
import { splitFrontmatter } from '../lib/mdx/read.ts';

/**
 * A page's MDX body, read from its file when a page needs it. The collections keep no bodies
 * (`retainBody: false` in src/content.config.ts): every batch of a build loads the whole data store,
 * and the bodies were 44 % of the pages' bytes (docs/benchmarks.md, "The data store without bodies").
 * Trimmed, as the MDX integration trims the body it would have stored.
 */
export function bodyOf(entry: { id: string; filePath?: string | undefined }): string {
  const file = present(entry.filePath, `the file of content entry "${entry.id}"`);
  const parts = present(
    splitFrontmatter(readFileSync(join(process.cwd(), file), 'utf8')),
    `a frontmatter block in ${file}`,
  );
  return parts.body.trim();
}
