import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/lib/errors.ts';
import { parseMeta } from '../../src/lib/sources/meta.ts';
import { ROOT, SOURCE_IDS } from '../support/sources.ts';

const FILE = 'content/sources/x.meta.yaml';
const parse = (yaml: string) => parseMeta(FILE, yaml);
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
