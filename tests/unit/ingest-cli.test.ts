import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyContent, runScript, treeHash } from '../support/project-copy.ts';
import { SOURCE_IDS, sourceLines } from '../support/sources.ts';

let project: ReturnType<typeof copyContent>;
const sources = () => join(project.root, 'content', 'sources');
const zh = () => join(project.root, 'content', 'zh');

beforeEach(() => {
  project = copyContent();
});
afterEach(() => project.remove());

describe('npm run ingest', () => {
  it('gives byte-identical files on every run, and the committed files are current', () => {
    const committed = treeHash(zh());
    expect(runScript('ingest', [], project.root).status).toBe(0);
    expect(treeHash(zh())).toBe(committed);
    expect(runScript('ingest', [], project.root).status).toBe(0);
    expect(treeHash(zh())).toBe(committed);
  });

  it('starts every generated file with a comment saying it is generated and from what', () => {
    runScript('ingest', [], project.root);
    const file = readFileSync(join(zh(), 'reports', 'qijiang-2022-high-tech-zone.mdx'), 'utf8');
    expect(file.split('\n').slice(0, 2)).toEqual([
      '---',
      '# GENERATED FILE. Do not edit: made by `npm run ingest` from content/sources/qijiang-2022-high-tech-zone.txt',
    ]);
  });

  it('--check fails, listing the page, when a source changed and ingest was not run', () => {
    appendFileSync(join(sources(), `${SOURCE_IDS.newForces}.txt`), '\n新增一段文字。\n');
    const result = runScript('ingest', ['--check'], project.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/zh is out of date');
    expect(result.stderr).toContain('changed  reports/qijiang-2024-new-productive-forces.mdx');
  });

  it('--check fails when a generated file was edited by hand', () => {
    const file = join(zh(), 'reports', 'dazu-2023-innovation-highland.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('潜心筑巢', '潜心筑巣'));
    expect(runScript('ingest', ['--check'], project.root).status).toBe(1);
  });

  it('builds a page for a sixth source that has only the four required fields', () => {
    writeFileSync(join(sources(), 'wanzhou-2024-sample.txt'), `${sourceLines(SOURCE_IDS.newForces, 13, 19)}\n`);
    writeFileSync(
      join(sources(), 'wanzhou-2024-sample.meta.yaml'),
      'title: 测试报道\nkind: report\ndistricts: [万州]\npublished: "2024"\n',
    );
    const result = runScript('ingest', [], project.root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const page = readFileSync(join(zh(), 'reports', 'wanzhou-2024-sample.mdx'), 'utf8');
    expect(page).toContain('<h2 id="s1">核心提示</h2>');
    expect(page).toContain('districts:\n  - 万州');
  });
});

describe('npm run ingest warns about a very long paragraph (issue 17)', () => {
  it('names its file and line on stderr, and still builds it', () => {
    // Real sentences, repeated into one paragraph of 20,001 characters with no line break, on line 3; then a short one.
    const sentence = sourceLines(SOURCE_IDS.newForces, 15);
    const paragraph = `${[...sentence.repeat(Math.ceil(20_000 / [...sentence].length))].slice(0, 20_000).join('')}。`;
    writeFileSync(join(sources(), 'wanzhou-2024-long.txt'), `# 长段落\n\n${paragraph}\n\n${sentence}\n`);
    writeFileSync(
      join(sources(), 'wanzhou-2024-long.meta.yaml'),
      'title: 长段落\nkind: report\ndistricts: [万州]\npublished: "2024"\n',
    );
    const result = runScript('ingest', [], project.root);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      'content/sources/wanzhou-2024-long.txt:3: warning: a paragraph of 20001 characters (more than 20000): were its line breaks lost? It is built as one paragraph.',
    ]);
    expect(readFileSync(join(zh(), 'reports', 'wanzhou-2024-long.mdx'), 'utf8')).toContain(paragraph.slice(-50));
  });
});

describe('bad input: a clear message, exit status 1, and content/zh untouched', () => {
  const cases: [string, () => void, RegExp][] = [
    [
      'a text without metadata',
      () => {
        writeFileSync(join(sources(), 'new-report.txt'), '一段文字。\n');
      },
      /content\/sources\/new-report\.txt: no metadata file/,
    ],
    [
      'a missing field',
      () => {
        const meta = join(sources(), `${SOURCE_IDS.newForces}.meta.yaml`);
        writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^districts:.*\n/m, ''));
      },
      /content\/sources\/qijiang-2024-new-productive-forces\.meta\.yaml:\d+: missing required field "districts"/,
    ],
    [
      'an unknown kind',
      () => {
        const meta = join(sources(), `${SOURCE_IDS.newForces}.meta.yaml`);
        writeFileSync(meta, readFileSync(meta, 'utf8').replace('kind: report', 'kind: feature'));
      },
      /qijiang-2024-new-productive-forces\.meta\.yaml:4: field "kind" must be one of report, plan \(got "feature"\)/,
    ],
    [
      'an empty text',
      () => {
        writeFileSync(join(sources(), `${SOURCE_IDS.centenary}.txt`), '');
      },
      /content\/sources\/qijiang-2021-centenary-review\.txt: source text is empty/,
    ],
    [
      'a text that is not UTF-8',
      () => {
        // 綦江 in GBK, on a new line 69 (the file has 68 lines and no final newline).
        appendFileSync(
          join(sources(), `${SOURCE_IDS.centenary}.txt`),
          Buffer.from([0x0a, 0xc6, 0xeb, 0xbd, 0xad, 0x0a]),
        );
      },
      /content\/sources\/qijiang-2021-centenary-review\.txt:69: source text is not valid UTF-8/,
    ],
    [
      'two sources with the same id',
      () => {
        mkdirSync(join(sources(), 'archive'));
        for (const ext of ['.txt', '.meta.yaml']) {
          writeFileSync(
            join(sources(), 'archive', `${SOURCE_IDS.plan}${ext}`),
            readFileSync(join(sources(), `${SOURCE_IDS.plan}${ext}`)),
          );
        }
      },
      /duplicate source id "qijiang-14th-five-year-st-plan"/,
    ],
    [
      'a metadata line match that names no line',
      () => {
        const meta = join(sources(), `${SOURCE_IDS.highTechZone}.meta.yaml`);
        writeFileSync(meta, readFileSync(meta, 'utf8').replace('match: 链接', 'match: 链 接'));
      },
      /qijiang-2022-high-tech-zone\.meta\.yaml:\d+: lines\[\]\.match "链 接" matches no line/,
    ],
  ];

  for (const [name, breakIt, message] of cases) {
    it(name, () => {
      const before = treeHash(zh());
      breakIt();
      const result = runScript('ingest', [], project.root);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^ingest failed; nothing was written\./);
      expect(result.stderr).toMatch(message);
      expect(treeHash(zh())).toBe(before);
    });
  }
});
