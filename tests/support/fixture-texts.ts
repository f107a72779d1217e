import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../src/lib/sources/load.ts';
import { parseMeta } from '../../src/lib/sources/meta.ts';
import { ROOT } from './sources.ts';

/** Texts written for the tests (tests/fixtures/texts), about a district the seeds do not cover. */
export const FIXTURE_TEXTS = join(ROOT, 'tests', 'fixtures', 'texts');

export const FIXTURE_IDS = {
  yongchuanPlan: 'yongchuan-15th-five-year-st-plan',
  yongchuanReport: 'yongchuan-2026-innovation-report',
} as const;

/** A fixture text as a Source, read the way ingest reads content/sources (its four-field metadata beside it). */
export function fixtureSource(id: string): Source {
  const file = `tests/fixtures/texts/${id}.txt`;
  const metaFile = `tests/fixtures/texts/${id}.meta.yaml`;
  return {
    id,
    file,
    metaFile,
    text: readFileSync(join(ROOT, file), 'utf8'),
    sha256: '0'.repeat(64),
    meta: parseMeta(metaFile, readFileSync(join(ROOT, metaFile), 'utf8')).meta,
  };
}
