import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    const [source] = loadSources(dir, { root: dir }).sources;
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

  it('reports metadata saved as GBK, with the line, instead of a garbled title', () => {
    // "title: 綦江区科技创新" as Chinese Windows saves it (GBK bytes from iconv).
    const gbkTitle = Buffer.from([0xf4, 0xeb, 0xbd, 0xad, 0xc7, 0xf8, 0xbf, 0xc6, 0xbc, 0xbc, 0xb4, 0xb4, 0xd0, 0xc2]);
    writeFileSync(join(dir, 'a-report.txt'), TEXT);
    writeFileSync(
      join(dir, 'a-report.meta.yaml'),
      Buffer.concat([
        Buffer.from('kind: report\ntitle: '),
        gbkTitle,
        Buffer.from('\ndistricts: [綦江]\npublished: "2022"\n'),
      ]),
    );
    expect(problems()).toEqual([
      'a-report.meta.yaml:2: file is not valid UTF-8 (convert it to UTF-8 before adding it)',
    ]);
  });

  it('reads metadata saved as UTF-8 with a byte-order mark', () => {
    writeFileSync(join(dir, 'a-report.txt'), TEXT);
    writeFileSync(join(dir, 'a-report.meta.yaml'), `\ufeff${META}`);
    expect(loadSources(dir, { root: dir }).sources[0]?.meta.title).toBe('测试');
  });

  it('refuses a symlinked source, saying why', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    try {
      writeFileSync(join(elsewhere, 'a-report.txt'), TEXT);
      symlinkSync(join(elsewhere, 'a-report.txt'), join(dir, 'a-report.txt'));
      writeFileSync(join(dir, 'a-report.meta.yaml'), META);
      expect(problems()).toEqual([
        'a-report.txt: is a symbolic link; copy the file itself here (git keeps only the link, so the text would not travel with the project)',
      ]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('warns of CR-only line endings and keeps the text byte for byte', () => {
    const text = `${sourceLines(SOURCE_IDS.highTechZone, 40, 43).replaceAll('\n', '\r')}\r`;
    writeFileSync(join(dir, 'a-report.txt'), text);
    writeFileSync(join(dir, 'a-report.meta.yaml'), META);
    const {
      sources: [source],
      warnings,
    } = loadSources(dir, { root: dir });
    expect(source?.text).toBe(text);
    expect(Buffer.from(source?.text ?? '')).toEqual(readFileSync(join(dir, 'a-report.txt')));
    expect(warnings).toEqual([
      {
        file: 'a-report.txt',
        line: 1,
        message:
          'lines end with a lone CR (old Mac line endings); read as line breaks, but save the file with LF line endings',
      },
    ]);
  });

  it('reports a text of only a zero-width space as empty', () => {
    writeFileSync(join(dir, 'a-report.txt'), '\u200b\n');
    writeFileSync(join(dir, 'a-report.meta.yaml'), META);
    expect(problems()).toEqual([
      'a-report.txt: source text is empty: it holds only whitespace and zero-width characters',
    ]);
  });

  it('reports control characters with their line: NUL, and C1 such as U+0085', () => {
    const [first, second] = [sourceLines(SOURCE_IDS.highTechZone, 40), sourceLines(SOURCE_IDS.highTechZone, 41)];
    writeFileSync(join(dir, 'a-report.txt'), `${first}\n${second.slice(0, 5)}\u0000${second.slice(5)}\n`);
    writeFileSync(join(dir, 'b-report.txt'), `${first}\r\n\t${second}\r\n\r\n${first}\u0085\n`);
    writeFileSync(join(dir, 'a-report.meta.yaml'), META);
    writeFileSync(join(dir, 'b-report.meta.yaml'), META);
    expect(problems()).toEqual([
      'a-report.txt:2: source text contains the control character U+0000, which is not text; remove it',
      'b-report.txt:4: source text contains the control character U+0085, which is not text; remove it',
    ]);
  });
});
