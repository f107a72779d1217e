import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, InputErrors, type InputWarning } from '../../src/lib/errors.ts';
import { parseMeta } from '../../src/lib/sources/meta.ts';
import { ROOT, SOURCE_IDS, sourceLines } from '../support/sources.ts';

const FILE = 'content/sources/x.meta.yaml';
const parse = (yaml: string) => parseMeta(FILE, yaml).meta;
const error = (yaml: string): InputError => {
  try {
    parse(yaml);
  } catch (e) {
    return e as InputError;
  }
  throw new Error('expected an error');
};

describe('source metadata', () => {
  it('needs only four fields', () => {
    expect(parse('title: 测试报道\nkind: report\ndistricts: [万州]\npublished: "2024-05"\n')).toEqual({
      title: '测试报道',
      kind: 'report',
      districts: ['万州'],
      published: '2024-05',
    });
  });

  it('reads every committed metadata file', () => {
    // The four required fields of each file, as written there.
    const expected: Record<string, { kind: string; districts: string[]; published: string; title: string }> = {
      [SOURCE_IDS.highTechZone]: {
        kind: 'report',
        districts: ['綦江'],
        published: '2022',
        title: '以创建国家级高新区为契机 綦江创新推动建设资源型城市转型升级试验区',
      },
      [SOURCE_IDS.beltAndRoad]: {
        kind: 'report',
        districts: ['黔江', '大足'],
        published: '2023',
        title: '首届“一带一路”科技交流大会·专题策划',
      },
      [SOURCE_IDS.newForces]: {
        kind: 'report',
        districts: ['綦江'],
        published: '2024',
        title: '聚焦『两主四特』产业 加快发展新质生产力',
      },
      [SOURCE_IDS.centenary]: {
        kind: 'report',
        districts: ['綦江'],
        published: '2021',
        title: '庆祝建党百年成就巡礼·綦江区',
      },
      [SOURCE_IDS.plan]: { kind: 'plan', districts: ['綦江'], published: '2022', title: '綦江区科技创新“十四五”规划' },
    };
    for (const id of Object.values(SOURCE_IDS)) {
      const meta = parse(readFileSync(join(ROOT, 'content', 'sources', `${id}.meta.yaml`), 'utf8'));
      expect(meta, id).toMatchObject(expected[id]!);
    }
  });

  it('names the missing field', () => {
    const e = error('title: 测试\nkind: report\npublished: "2022"\n');
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(`${FILE}:1: missing required field "districts"`);
  });

  it('names the line of an unknown kind', () => {
    expect(error('title: 测试\nkind: news\ndistricts: [綦江]\npublished: "2022"\n').message).toBe(
      `${FILE}:2: field "kind" must be one of report, plan (got "news")`,
    );
  });

  it('rejects a misspelt field rather than ignoring it', () => {
    expect(
      error('title: 测试\nkind: report\ndistricts: [綦江]\npublished: "2022"\ndistrcts: [黔江]\n').message,
    ).toMatch(/^content\/sources\/x\.meta\.yaml:5: unknown field "distrcts"/);
  });

  it('accepts a bare year left unquoted, which YAML reads as a number', () => {
    expect(parse('title: 测试\nkind: report\ndistricts: [綦江]\npublished: 2024\n').published).toBe('2024');
    expect(parse('title: 测试\nkind: report\ndistricts: [綦江]\npublished: 2024\n')).toEqual(
      parse('title: 测试\nkind: report\ndistricts: [綦江]\npublished: "2024"\n'),
    );
  });

  it('rejects dates that are not YYYY, YYYY-MM or YYYY-MM-DD, naming the file and line', () => {
    expect(error('title: 测试\nkind: report\ndistricts: [綦江]\npublished: 2024-13\n').message).toBe(
      `${FILE}:4: field "published" must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "2024-13")`,
    );
    expect(error('title: 测试\nkind: report\ndistricts: [綦江]\npublished: 20240\n').message).toMatch(
      /:4: field "published" must be a date/,
    );
    expect(error('title: 测试\nkind: report\ndistricts: [綦江]\npublished: "2022-13"\n').message).toMatch(
      /:4: field "published"/,
    );
    expect(error('title: 测试\nkind: report\ndistricts: [綦江]\npublished: "2023-02-30"\n').message).toMatch(
      /:4: field "published"/,
    );
  });

  it('rejects an empty district list and invalid YAML', () => {
    expect(error('title: 测试\nkind: report\ndistricts: []\npublished: "2022"\n').message).toMatch(
      /:3: field "districts" must list at least one entry/,
    );
    expect(error('title: 测试\nkind: [report\n').message).toMatch(/^content\/sources\/x\.meta\.yaml:\d+: invalid YAML/);
  });

  it('checks page splits', () => {
    const base = 'title: 专题\nkind: report\ndistricts: [黔江, 大足]\npublished: "2023"\n';
    expect(error(`${base}pages:\n  - id: a\n    title: 甲\n  - id: b\n    title: 乙\n`).message).toMatch(
      /field "pages\[1\]\.starts_at" is required/,
    );
    expect(error(`${base}pages:\n  - id: Bad_Id\n    title: 甲\n`).message).toMatch(
      /:6: field "pages\[0\]\.id" must be lowercase ASCII words joined by hyphens \(got "Bad_Id"\)/,
    );
  });

  it('reports every problem of a file in one pass, each with its line', () => {
    const e = error('title: 测试\nkind: news\ndistricts: [綦江, ""]\npublished: 2024-13\nurl: ftp://x\ncolour: red\n');
    expect(e).toBeInstanceOf(InputErrors);
    expect((e as unknown as InputErrors).errors.map((problem) => problem.message)).toEqual([
      `${FILE}:2: field "kind" must be one of report, plan (got "news")`,
      `${FILE}:3: field "districts[1]" must be non-empty text`,
      `${FILE}:4: field "published" must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "2024-13")`,
      `${FILE}:5: field "url" must be an http(s) URL`,
      `${FILE}:6: unknown field "colour" (known: title, kind, districts, published, title_en, outlet, url, authors, authors_en, date_inferred, date_note, date_note_en, received_as, period, layout, preamble_title, preamble_title_en, pages, lines, truncated)`,
    ]);
  });
});

describe('plausibility warnings in metadata', () => {
  const TODAY = new Date(2026, 11, 3); // 3 December 2026, the machine's local day
  const REQUIRED = 'title: 测试报道\nkind: report\ndistricts: [綦江]\npublished: "2024"\n';
  const warningsOf = (yaml: string) => {
    const { meta, warnings } = parseMeta(FILE, yaml, { today: TODAY });
    return { meta, warnings: warnings.map((w: InputWarning) => `${w.file}:${w.line}: ${w.message}`) };
  };

  it('gives none for the committed metadata files', () => {
    for (const id of Object.values(SOURCE_IDS)) {
      const file = join(ROOT, 'content', 'sources', `${id}.meta.yaml`);
      expect(warningsOf(readFileSync(file, 'utf8')).warnings).toEqual([]);
    }
  });

  it('suggests the short name for a district written with 区 or 县, or in full', () => {
    const { meta, warnings } = warningsOf(
      REQUIRED.replace('[綦江]', '\n  - 綦江区\n  - 重庆市大足区\n  - 石柱土家族自治县\n  - 忠县'),
    );
    expect(warnings).toEqual([
      `${FILE}:4: district "綦江区" is written "綦江" in this project (the short name, without 区 or 县); as it stands its pages are listed apart from 綦江's`,
      `${FILE}:5: district "重庆市大足区" is written "大足" in this project (the short name, without 区 or 县); as it stands its pages are listed apart from 大足's`,
      `${FILE}:6: district "石柱土家族自治县" is written "石柱" in this project (the short name, without 区 or 县); as it stands its pages are listed apart from 石柱's`,
    ]);
    // A warning, not a change: the metadata says what it says.
    expect(meta.districts).toEqual(['綦江区', '重庆市大足区', '石柱土家族自治县', '忠县']);
  });

  it('suggests the nearest district for a misspelt one, and says an unknown one has no English name', () => {
    expect(warningsOf(REQUIRED.replace('[綦江]', '[万洲, 棋江, 火星区]')).warnings).toEqual([
      `${FILE}:3: district "万洲" is not a district or county of Chongqing; did you mean "万州"?`,
      // One character off three districts: all three are offered.
      `${FILE}:3: district "棋江" is not a district or county of Chongqing; did you mean "黔江" or "綦江" or "垫江"?`,
      `${FILE}:3: district "火星区" is not a district or county of Chongqing, and has no English name: English pages will show it as written`,
    ]);
  });

  it('keeps a district listed twice once, in the source and in a page split', () => {
    const yaml = `${REQUIRED.replace('[綦江]', '[黔江, 大足, 黔江]')}pages:\n  - id: a-page\n    title: 甲\n    districts: [大足, 大足]\n`;
    const { meta, warnings } = warningsOf(yaml);
    expect(meta.districts).toEqual(['黔江', '大足']);
    expect(meta.pages?.[0]?.districts).toEqual(['大足']);
    expect(warnings).toEqual([
      `${FILE}:3: district "黔江" is listed twice; it is kept once`,
      `${FILE}:8: district "大足" is listed twice; it is kept once`,
    ]);
  });

  it('warns of a title longer than 200 characters, in the source and in a page split, and keeps it', () => {
    // The report's opening lines pasted into the title: 201 characters, then exactly 200.
    const body = [...sourceLines(SOURCE_IDS.highTechZone, 5, 80).replace(/\s+/g, '')];
    const long = body.slice(0, 201).join('');
    const yaml = `${REQUIRED.replace('测试报道', long)}pages:\n  - id: a-page\n    title: ${body.slice(0, 200).join('')}\n  - id: b-page\n    title: ${long}\n    starts_at: 第二页\n`;
    const { meta, warnings } = warningsOf(yaml);
    expect(meta.title).toBe(long);
    expect(warnings).toEqual([
      `${FILE}:1: a title of 201 characters (more than 200): is text of the page in it? It is used as written.`,
      `${FILE}:9: a title of 201 characters (more than 200): is text of the page in it? It is used as written.`,
    ]);
  });

  it('warns of a publication date after today, at any precision', () => {
    for (const published of ['"2099"', '"2027"', '"2027-01"', '"2026-12-04"'])
      expect(warningsOf(REQUIRED.replace('"2024"', published)).warnings).toEqual([
        `${FILE}:4: publication date ${published.slice(1, -1)} is after today (2026-12-03); figures would be dated to it`,
      ]);
    for (const published of ['2026', '"2026-12"', '"2026-12-03"'])
      expect(warningsOf(REQUIRED.replace('"2024"', published)).warnings).toEqual([]);
  });
});
