import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/lib/errors.ts';
import { observationsNotInText } from '../../src/lib/indicators/check.ts';
import { parseObservationEntries, resolveObservations } from '../../src/lib/indicators/observations.ts';
import { parseIndicators } from '../../src/lib/indicators/registry.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { copyContent, runScript, treeHash } from '../support/project-copy.ts';
import { ROOT } from '../support/sources.ts';

const input = readIngestInput(ROOT);
const { pages, figures, files } = ingest(input);
const FILE = 'content/observations.yaml';

function problems(yaml: string): string[] {
  try {
    resolveObservations(FILE, parseObservationEntries(FILE, yaml), input.indicators, pages, figures);
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('the curated observations', () => {
  it('all resolve to figures', () => {
    expect(problems(readFileSync(join(ROOT, FILE), 'utf8'))).toEqual([]);
  });

  it('an entry whose value is not in its paragraph fails, naming the file, line and entry', () => {
    expect(
      problems(
        '- { indicator: high-tech-enterprises, page: reports/qijiang-2022-high-tech-zone, at: p22, value: 124, kind: cumulative }\n',
      ),
    ).toEqual([
      `${FILE}:1: high-tech-enterprises reports/qijiang-2022-high-tech-zone#p22 124: no figure with value 124 in p22 (it has 25家, 123家, 2.7倍, 117家, 29倍, 583家, 1633家, 6倍多)`,
    ]);
  });

  it('an entry pointing to a missing paragraph, page or indicator fails', () => {
    const base =
      '- { indicator: high-tech-enterprises, page: reports/qijiang-2022-high-tech-zone, at: p22, value: 123, kind: cumulative }\n';
    expect(problems(base.replace('at: p22', 'at: p99'))[0]).toMatch(/:1: .*paragraph p99 has no figures$/);
    expect(problems(base.replace('reports/qijiang-2022-high-tech-zone', 'reports/nowhere'))[0]).toMatch(
      /:1: .*no page "reports\/nowhere"$/,
    );
    expect(problems(base.replace('high-tech-enterprises', 'unicorns'))[0]).toMatch(/:1: .*no indicator "unicorns"/);
  });

  it('two figures with the value need raw: or nth: to pick one', () => {
    expect(
      problems(
        '- { indicator: municipal-specialized-smes, page: reports/qijiang-2024-new-productive-forces, at: p8, value: 15, kind: increase }\n',
      )[0],
    ).toMatch(/2 figures with value 15 in p8: add raw: or nth:/);
  });

  it('rejects an unknown kind or field', () => {
    expect(() => parseObservationEntries(FILE, '- { indicator: x, page: y, at: p1, value: 1, kind: guess }\n')).toThrow(
      /:1: field "kind" must be one of/,
    );
    expect(() =>
      parseObservationEntries(FILE, '- { indicator: x, page: y, at: p1, value: 1, kind: actual, year: 2021 }\n'),
    ).toThrow(/unknown field "year"/);
  });

  it('reports every bad entry of the file in one pass, each with its line', () => {
    const yaml = [
      '- { indicator: patents-granted, page: reports/qijiang-2022-high-tech-zone, at: p8, value: 1063, kind: actual }',
      '- { indicator: patents-granted, page: reports/qijiang-2022-high-tech-zone, at: p8, value: "53.8", kind: growth-rate }',
      '- { indicator: rd-institutions, page: reports/qijiang-2022-high-tech-zone, at: p9, value: 86, kind: actual, nth: 0 }',
      '- plain text',
    ].join('\n');
    let messages: string[] = [];
    try {
      parseObservationEntries(FILE, yaml);
    } catch (error) {
      messages = error instanceof InputErrors ? error.errors.map((e) => e.message) : [String(error)];
    }
    expect(messages).toEqual([
      `${FILE}:2: field "value" must be the number as written in the text`,
      `${FILE}:3: field "nth" must be a whole number from 1`,
      `${FILE}:4: entry 4 must be a mapping`,
    ]);
  });

  it('a rejection needs a reason and names no indicator; a mapping needs its indicator and kind', () => {
    const at = 'page: reports/qijiang-2022-high-tech-zone, at: p22, value: 123';
    const messages = (yaml: string) => {
      try {
        parseObservationEntries(FILE, yaml);
      } catch (error) {
        if (error instanceof InputErrors) return error.errors.map((e) => e.message);
        if (error instanceof InputError) return [error.message];
        throw error;
      }
      return [];
    };
    expect(messages(`- { ${at}, reject: true }\n`)).toEqual([
      `${FILE}:1: field "reject" needs a reason: add reason: <why it is no observation>`,
    ]);
    expect(messages(`- { indicator: high-tech-enterprises, ${at}, kind: actual, reject: true, reason: x }\n`)).toEqual([
      `${FILE}:1: field "indicator" is not part of a rejection (reject: true)`,
      `${FILE}:1: field "kind" is not part of a rejection (reject: true)`,
    ]);
    expect(messages(`- { ${at}, kind: actual }\n`)).toEqual([`${FILE}:1: missing required field "indicator"`]);
    expect(messages(`- { ${at}, reject: false, reason: x }\n`)[0]).toMatch(/:1: field "reject" must be true/);
  });

  it('a rejection or correction must find its figure like any entry, and one figure takes one entry', () => {
    const rejection =
      '- { page: reports/qijiang-2022-high-tech-zone, at: p22, value: 124, reject: true, reason: not an indicator }\n';
    expect(problems(rejection)).toEqual([
      `${FILE}:1: rejected reports/qijiang-2022-high-tech-zone#p22 124: no figure with value 124 in p22 (it has 25家, 123家, 2.7倍, 117家, 29倍, 583家, 1633家, 6倍多)`,
    ]);
    const correction =
      '- { indicator: tech-enterprises, page: reports/qijiang-2022-high-tech-zone, at: p22, value: 123, kind: actual }\n';
    expect(problems(correction.replace('tech-enterprises', 'unicorns'))[0]).toMatch(/:1: .*no indicator "unicorns"/);
    expect(problems(correction + rejection.replace('124', '123'))).toEqual([
      `${FILE}:2: rejected reports/qijiang-2022-high-tech-zone#p22 123: the figure 123家 has another entry above; keep one`,
    ]);
  });

  it('indicators need every field, and unique ASCII ids', () => {
    expect(() => parseIndicators('content/indicators.yaml', '- id: a-b\n  name: 甲\n')).toThrow(
      /content\/indicators\.yaml:1: missing required field "name_en"/,
    );
    const one = '- { id: x, name: 甲, name_en: A, unit: 家, unit_en: u, definition: d, definition_en: d }\n';
    expect(() => parseIndicators('i.yaml', one + one)).toThrow(/i\.yaml:2: indicator id "x" is used twice/);
    const two = one.replace('id: x', 'id: y').replace('name: 甲', 'name: 乙, aliases: [“甲”]');
    expect(() => parseIndicators('i.yaml', one + two)).toThrow(
      /i\.yaml:2: indicator "y": the name "“甲”" is also one of "x"/,
    );
  });
});

describe('the build-time check of observations against the text', () => {
  it('passes on every generated page', () => {
    const { observations } = ingest(input);
    expect([...observations.values()].flat().length).toBeGreaterThan(50);
    for (const page of pages) {
      expect(observationsNotInText(files.get(`${page.slug}.mdx`)!, observations.get(page.slug)!), page.slug).toEqual(
        [],
      );
    }
  });

  it('finds an observation whose value is not in the paragraph it cites', () => {
    const mdx = files.get('reports/qijiang-2022-high-tech-zone.mdx')!;
    expect(observationsNotInText(mdx, [{ indicator: 'high-tech-enterprises', at: 'p22', value: 123 }])).toEqual([]);
    expect(observationsNotInText(mdx, [{ indicator: 'high-tech-enterprises', at: 'p22', value: 124 }])).toEqual([
      'high-tech-enterprises: value 124 does not occur in paragraph #p22',
    ]);
    expect(observationsNotInText(mdx, [{ indicator: 'x', at: 'p999', value: 1 }])).toEqual([
      'x: paragraph #p999 is not on the page',
    ]);
  });
});

describe('npm run ingest with a bad mapping', () => {
  let project: ReturnType<typeof copyContent>;
  beforeEach(() => {
    project = copyContent();
  });
  afterEach(() => project.remove());

  it('stops with the file and entry, exit status 1, and writes nothing', () => {
    const zh = join(project.root, 'content', 'zh');
    const before = treeHash(zh);
    const file = join(project.root, 'content', 'observations.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('at: p22, value: 123,', 'at: p22, value: 132,'));
    const result = runScript('ingest', [], project.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /content\/observations\.yaml:\d+: high-tech-enterprises reports\/qijiang-2022-high-tech-zone#p22 132: no figure with value 132 in p22/,
    );
    expect(treeHash(zh)).toBe(before);
  });
});
