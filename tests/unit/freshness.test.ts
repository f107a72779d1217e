import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freshnessError, stalePages, type PageProvenance } from '../../src/lib/mdx/freshness.ts';
import { ROOT, SOURCE_IDS, sourceText } from '../support/sources.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const pageFile = `content/zh/reports/${SOURCE_IDS.highTechZone}.mdx`;
const textFile = `content/sources/${SOURCE_IDS.highTechZone}.txt`;

/** What the committed page records of its source, read from its frontmatter. */
function recorded(file: string): PageProvenance {
  const frontmatter = /^---\n([^]*?)\n---\n/.exec(readFileSync(join(ROOT, file), 'utf8'))?.[1] ?? '';
  const { source } = parse(frontmatter) as { source: { id: string; sha256: string } };
  return { page: file, sourceId: source.id, sha256: source.sha256 };
}

const original = sourceText(SOURCE_IDS.highTechZone);
const page = recorded(pageFile);

describe('stalePages', () => {
  it('finds nothing when the page records the hash of its text as it is', () => {
    expect(page.sha256).toBe(sha256(original));
    expect(stalePages([page], [{ id: SOURCE_IDS.highTechZone, file: textFile, sha256: sha256(original) }])).toEqual([]);
  });

  it('names the page and both hashes when its text changed and ingest was not run', () => {
    // One word of a real sentence edited in the source, the page left as it was.
    const edited = original.replace('命名的第一个', '命名的首个');
    expect(edited).not.toBe(original);
    const now = sha256(edited);
    const problems = stalePages([page], [{ id: SOURCE_IDS.highTechZone, file: textFile, sha256: now }]);
    expect(problems).toEqual([
      `${pageFile}: made from ${textFile} with SHA-256 ${page.sha256.slice(0, 12)}…, but the file now has ${now.slice(0, 12)}…`,
    ]);
  });

  it('names a page whose text is gone, and a text with no page', () => {
    const other = {
      id: 'wanzhou-2025-sample-report',
      file: 'content/sources/wanzhou-2025-sample-report.txt',
      sha256: '0'.repeat(64),
    };
    expect(stalePages([page], [other])).toEqual([
      `${pageFile}: made from the source "${SOURCE_IDS.highTechZone}", which is no longer in content/sources`,
      `${other.file}: no page has been generated from it`,
    ]);
  });
});

describe('freshnessError', () => {
  it('tells the user to run ingest, or is undefined when all is fresh', () => {
    const current = { id: SOURCE_IDS.highTechZone, file: textFile, sha256: page.sha256 };
    expect(freshnessError([page], [current])).toBeUndefined();
    expect(freshnessError([page], [{ ...current, sha256: sha256('') }])?.message).toMatch(
      /^The generated pages are out of date[^\n]*run `npm run ingest`/,
    );
  });
});
