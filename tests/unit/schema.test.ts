import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { zhPageSchema } from '../../src/lib/schemas/page.ts';
import { ROOT } from '../support/sources.ts';

const { files } = ingest(readIngestInput(ROOT));
const frontmatter = (mdx: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!) as Record<string, unknown>;
const sample = frontmatter(files.get('reports/qijiang-2022-high-tech-zone.mdx')!);

describe('the Chinese page schema', () => {
  it('accepts the frontmatter of every generated page', () => {
    expect(files.size).toBe(16);
    for (const [path, mdx] of files) expect(zhPageSchema.safeParse(frontmatter(mdx)).success, path).toBe(true);
  });

  it('rejects an unknown field', () => {
    const result = zhPageSchema.safeParse({ ...sample, sumary: '…' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('sumary');
  });

  it('rejects an unknown field inside a nested object', () => {
    expect(zhPageSchema.safeParse({ ...sample, source: { ...(sample.source as object), md5: 'x' } }).success).toBe(
      false,
    );
  });

  it('rejects a missing field', () => {
    const { published: _published, ...rest } = sample;
    const result = zhPageSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['published']);
  });

  it('rejects a malformed checksum or date', () => {
    expect(zhPageSchema.safeParse({ ...sample, published: '2022/01' }).success).toBe(false);
    expect(zhPageSchema.safeParse({ ...sample, source: { ...(sample.source as object), sha256: 'abc' } }).success).toBe(
      false,
    );
  });
});
