import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

  it('after a run killed between its two renames (content/zh missing), puts it back and cleans up', () => {
    // A process id no process has (Linux's pid_max is at most 2^22): the killed run's.
    const killed = 2 ** 22 + 1;
    const committed = treeHash(zh());
    const content = join(project.root, 'content');
    renameSync(zh(), join(content, `zh.retired-${killed}`));
    cpSync(join(content, `zh.retired-${killed}`), join(content, `zh.staging-${killed}`), { recursive: true });
    mkdirSync(join(content, `zh.staging-${killed + 1}`));
    const result = runScript('ingest', [], project.root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content/zh was missing after an interrupted run');
    expect(treeHash(zh())).toBe(committed);
    expect(readdirSync(content).filter((name) => name.startsWith('zh'))).toEqual(['zh']);
  }, 30_000);

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

/** 綦江区科技创新 as Chinese Windows saves it (GBK bytes from iconv). */
const GBK_TITLE = Buffer.from([0xf4, 0xeb, 0xbd, 0xad, 0xc7, 0xf8, 0xbf, 0xc6, 0xbc, 0xbc, 0xb4, 0xb4, 0xd0, 0xc2]);

/** Replace line `n` of a file with `bytes` (the other lines kept byte for byte). */
function replaceLine(path: string, n: number, bytes: Buffer) {
  const lines = readFileSync(path).toString('latin1').split('\n');
  lines[n - 1] = bytes.toString('latin1');
  writeFileSync(path, Buffer.from(lines.join('\n'), 'latin1'));
}

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
    [
      'metadata saved as GBK',
      () => {
        replaceLine(
          join(sources(), `${SOURCE_IDS.newForces}.meta.yaml`),
          2,
          Buffer.concat([Buffer.from('title: '), GBK_TITLE]),
        );
      },
      /content\/sources\/qijiang-2024-new-productive-forces\.meta\.yaml:2: file is not valid UTF-8/,
    ],
    ...(['corrections', 'indicators', 'observations'] as const).map((register): [string, () => void, RegExp] => [
      `content/${register}.yaml saved as GBK`,
      () => {
        replaceLine(
          join(project.root, 'content', `${register}.yaml`),
          3,
          Buffer.concat([Buffer.from('# '), GBK_TITLE]),
        );
      },
      new RegExp(`content/${register}\\.yaml:3: file is not valid UTF-8`),
    ]),
    [
      'a text of only a zero-width space',
      () => {
        writeFileSync(join(sources(), `${SOURCE_IDS.centenary}.txt`), '\u200b');
      },
      /content\/sources\/qijiang-2021-centenary-review\.txt: source text is empty/,
    ],
    [
      'a NUL in a text',
      () => {
        const file = join(sources(), `${SOURCE_IDS.centenary}.txt`);
        writeFileSync(file, readFileSync(file, 'utf8').replace('\n', '\n\u0000'));
      },
      /content\/sources\/qijiang-2021-centenary-review\.txt:2: source text contains the control character U\+0000/,
    ],
    [
      'a symlinked source',
      () => {
        const file = join(sources(), `${SOURCE_IDS.centenary}.txt`);
        renameSync(file, join(project.root, 'centenary.txt'));
        symlinkSync(join(project.root, 'centenary.txt'), file);
      },
      /content\/sources\/qijiang-2021-centenary-review\.txt: is a symbolic link; copy the file itself here/,
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

describe('suspect input: a warning naming file and line, and the pages still written', () => {
  it('warns of a district not Chongqing’s, a district listed twice and a date after today', () => {
    const meta = join(sources(), `${SOURCE_IDS.newForces}.meta.yaml`);
    const yaml = readFileSync(meta, 'utf8');
    const line = (prefix: string) => yaml.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
    writeFileSync(
      meta,
      yaml
        .replace('districts: [綦江]', 'districts: [綦江, 綦江区, 火星区, 綦江]')
        .replace(/^published: .*$/m, 'published: "2099"'),
    );
    const result = runScript('ingest', [], project.root);
    expect(result.status).toBe(0);
    const file = 'content/sources/qijiang-2024-new-productive-forces.meta.yaml';
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `${file}:${line('published')}: warning: publication date 2099 is after today (${new Date().getFullYear()}-${String(new Date().getMonth() + 1).padStart(2, '0')}-${String(new Date().getDate()).padStart(2, '0')}); figures would be dated to it`,
      `${file}:${line('districts')}: warning: district "綦江区" is written "綦江" in this project (the short name, without 区 or 县); as it stands its pages are listed apart from 綦江's`,
      `${file}:${line('districts')}: warning: district "火星区" is not a district or county of Chongqing, and has no English name: English pages will show it as written`,
      `${file}:${line('districts')}: warning: district "綦江" is listed twice; it is kept once`,
    ]);
    const page = readFileSync(join(zh(), 'reports', `${SOURCE_IDS.newForces}.mdx`), 'utf8');
    expect(page).toContain('districts:\n  - 綦江\n  - 綦江区\n  - 火星区\n');
  });

  it('warns of a title of more than 200 characters, and builds the page with it', () => {
    const meta = join(sources(), `${SOURCE_IDS.newForces}.meta.yaml`);
    const yaml = readFileSync(meta, 'utf8');
    // The text's own opening lines pasted into the title.
    const title = [...sourceLines(SOURCE_IDS.newForces, 1, 60).replace(/\s+/g, '')].slice(0, 250).join('');
    writeFileSync(meta, yaml.replace(/^title: .*$/m, `title: "${title}"`));
    const result = runScript('ingest', [], project.root);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'content/sources/qijiang-2024-new-productive-forces.meta.yaml:2: warning: a title of 250 characters (more than 200): is text of the page in it? It is used as written.\n',
    );
    expect(readFileSync(join(zh(), 'reports', `${SOURCE_IDS.newForces}.mdx`), 'utf8')).toContain(title);
  });

  it('reads a text with CR-only line endings into the same page as with LF, warning once', () => {
    const file = join(sources(), `${SOURCE_IDS.newForces}.txt`);
    const before = readFileSync(join(zh(), 'reports', `${SOURCE_IDS.newForces}.mdx`), 'utf8');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('\n', '\r'));
    const result = runScript('ingest', [], project.root);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'content/sources/qijiang-2024-new-productive-forces.txt:1: warning: lines end with a lone CR (old Mac line endings); read as line breaks, but save the file with LF line endings\n',
    );
    const after = readFileSync(join(zh(), 'reports', `${SOURCE_IDS.newForces}.mdx`), 'utf8');
    // Only the fingerprint of the file changes.
    const withoutHash = (page: string) => page.replace(/\b[0-9a-f]{12,64}\b/g, 'HASH');
    expect(withoutHash(after)).toBe(withoutHash(before));
    expect(after).not.toBe(before);
  });
});
