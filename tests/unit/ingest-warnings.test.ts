import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatWarning, InputErrors } from '../../src/lib/errors.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { copyContent, runScript } from '../support/project-copy.ts';
import { SOURCE_IDS } from '../support/sources.ts';

// One way warnings travel (issue 17): returned as data, by reading and by ingest, and printed by the CLI alone.

let project: ReturnType<typeof copyContent>;
const sources = () => join(project.root, 'content', 'sources');
const META = `${SOURCE_IDS.newForces}.meta.yaml`;
const TEXT = `${SOURCE_IDS.centenary}.txt`;

beforeEach(() => {
  project = copyContent();
  // Two suspect inputs in two files: a district listed twice, and CR-only line endings.
  const meta = join(sources(), META);
  writeFileSync(meta, readFileSync(meta, 'utf8').replace('districts: [綦江]', 'districts: [綦江, 綦江]'));
  const text = join(sources(), TEXT);
  writeFileSync(text, readFileSync(text, 'utf8').replaceAll('\n', '\r'));
});
afterEach(() => project.remove());

const expected = [
  `content/sources/${TEXT}:1: warning: lines end with a lone CR (old Mac line endings); read as line breaks, but save the file with LF line endings`,
  `content/sources/${META}:5: warning: district "綦江" is listed twice; it is kept once`,
];

describe('ingest warnings', () => {
  it('are returned by ingest, those found while reading the input first, in the order the files are read', () => {
    const districtsLine =
      readFileSync(join(sources(), META), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('districts:')) + 1;
    expect(districtsLine).toBe(5);
    expect(ingest(readIngestInput(project.root)).warnings.map(formatWarning)).toEqual(expected);
  });

  it('travel with the error when a later file stops ingest', () => {
    writeFileSync(join(project.root, 'content', 'corrections.yaml'), 'corrections: [');
    let thrown: unknown;
    try {
      readIngestInput(project.root);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputErrors);
    expect((thrown as InputErrors).warnings.map(formatWarning)).toEqual(expected);
  });

  it('are printed by the CLI before the error, once each', () => {
    rmSync(join(sources(), `${SOURCE_IDS.plan}.meta.yaml`));
    const result = runScript('ingest', [], project.root);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').slice(0, 4)).toEqual([
      ...expected,
      'ingest failed; nothing was written.',
      `content/sources/${SOURCE_IDS.plan}.txt: no metadata file: create ${SOURCE_IDS.plan}.meta.yaml beside it with title, kind, districts and published`,
    ]);
  });
});
