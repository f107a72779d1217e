import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeta } from '../../src/lib/sources/meta.ts';
import type { Source } from '../../src/lib/sources/load.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SOURCE_IDS = {
  highTechZone: 'qijiang-2022-high-tech-zone',
  beltAndRoad: 'belt-and-road-2023-qianjiang-dazu',
  newForces: 'qijiang-2024-new-productive-forces',
  centenary: 'qijiang-2021-centenary-review',
  plan: 'qijiang-14th-five-year-st-plan',
} as const;

/** The real text of a source, as committed. */
export function sourceText(id: string): string {
  return readFileSync(join(ROOT, 'content', 'sources', `${id}.txt`), 'utf8');
}

/** Lines `from`..`to` (1-based, inclusive) of a real source, joined with newlines. */
export function sourceLines(id: string, from: number, to = from): string {
  return sourceText(id)
    .split('\n')
    .slice(from - 1, to)
    .join('\n');
}

/** A Source object for in-memory tests, with a minimal valid metadata file unless one is given. */
export function makeSource(
  id: string,
  text: string,
  metaYaml = 'title: 测试\nkind: report\ndistricts: [綦江]\npublished: "2022"\n',
): Source {
  return {
    id,
    file: `content/sources/${id}.txt`,
    metaFile: `content/sources/${id}.meta.yaml`,
    text,
    sha256: '0'.repeat(64),
    meta: parseMeta(`content/sources/${id}.meta.yaml`, metaYaml).meta,
  };
}
