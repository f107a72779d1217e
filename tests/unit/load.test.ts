import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputErrors } from '../../src/lib/errors.ts';
import { loadSources } from '../../src/lib/sources/load.ts';
import { SOURCE_IDS, sourceLines } from '../support/sources.ts';

const META = 'title: 测试\nkind: report\ndistricts: [綦江]\npublished: "2022"\n';
const TEXT = `${sourceLines(SOURCE_IDS.highTechZone, 40, 41)}\n`;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sources-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function problems(): string[] {
  try {
    loadSources(dir, { root: dir });
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('loading sources', () => {
  it('loads a text with its metadata and fingerprints it', () => {
    writeFileSync(join(dir, 'a-report.txt'), TEXT);
    writeFileSync(join(dir, 'a-report.meta.yaml'), META);
    const [source] = loadSources(dir, { root: dir });
    expect(source).toMatchObject({ id: 'a-report', file: 'a-report.txt', text: TEXT });
    expect(source!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a text without a metadata file', () => {
    writeFileSync(join(dir, 'a-report.txt'), TEXT);
    expect(problems()).toEqual([
      'a-report.txt: no metadata file: create a-report.meta.yaml beside it with title, kind, districts and published',
    ]);
  });

  it('reports an empty text', () => {
    writeFileSync(join(dir, 'a-report.txt'), '\n \n');
    writeFileSync(join(dir, 'a-report.meta.yaml'), META);
    expect(problems()).toEqual(['a-report.txt: source text is empty']);
  });

  it('reports a text that is not UTF-8, with the line', () => {
    const gbk = Buffer.from([0xc6, 0xeb, 0xbd, 0xad]); // 綦江 in GBK
    writeFileSync(join(dir, 'a-report.txt'), Buffer.concat([Buffer.from('第一行\n第二行\n'), gbk, Buffer.from('\n')]));
    writeFileSync(join(dir, 'a-report.meta.yaml'), META);
    expect(problems()).toEqual([
      'a-report.txt:3: source text is not valid UTF-8 (convert it to UTF-8 before adding it)',
    ]);
  });

  it('reports two sources with the same id', () => {
    mkdirSync(join(dir, '2022'));
    for (const folder of ['', '2022']) {
      writeFileSync(join(dir, folder, 'a-report.txt'), TEXT);
      writeFileSync(join(dir, folder, 'a-report.meta.yaml'), META);
    }
    expect(problems()).toEqual(['a-report.txt: duplicate source id "a-report": 2022/a-report.txt has the same id']);
  });

  it('reports metadata without a text, and an id that is not ASCII', () => {
    writeFileSync(join(dir, 'orphan.meta.yaml'), META);
    writeFileSync(join(dir, '綦江.txt'), TEXT);
    writeFileSync(join(dir, '綦江.meta.yaml'), META);
    expect(problems()).toEqual([
      'orphan.meta.yaml: metadata without a source text: expected orphan.txt beside it',
      expect.stringMatching(/^綦江\.txt: source id "綦江" must be lowercase ASCII/u),
    ]);
  });

  it('reports a metadata error with the metadata file and line', () => {
    writeFileSync(join(dir, 'a-report.txt'), TEXT);
    writeFileSync(join(dir, 'a-report.meta.yaml'), META.replace('kind: report', 'kind: brief'));
    expect(problems()).toEqual(['a-report.meta.yaml:2: field "kind" must be one of report, plan (got "brief")']);
  });
});
