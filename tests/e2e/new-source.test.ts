import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIn, copyProject } from '../support/project-copy.ts';
import { SOURCE_IDS, sourceLines } from '../support/sources.ts';

let project: ReturnType<typeof copyProject>;
let copy: string;
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });

beforeAll(() => {
  project = copyProject();
  copy = project.root;
});
afterAll(() => project.remove());

describe('adding a sixth source', () => {
  it('needs only a text and a four-field metadata file: ingest, then build, gives its page', () => {
    // Real sentences from the sources, as a new district's report.
    const text = [sourceLines(SOURCE_IDS.newForces, 21), '', sourceLines(SOURCE_IDS.newForces, 23), '', sourceLines(SOURCE_IDS.newForces, 31), ''].join('\n');
    writeFileSync(join(copy, 'content', 'sources', 'wanzhou-2025-sample-report.txt'), text);
    writeFileSync(join(copy, 'content', 'sources', 'wanzhou-2025-sample-report.meta.yaml'),
      'title: 万州区科技创新报道（测试）\nkind: report\ndistricts: [万州]\npublished: "2025-03"\n');

    const ingest = run([join(copy, 'scripts', 'ingest.ts')]);
    expect(ingest.stderr).toBe('');
    expect(ingest.stdout).toContain('Wrote 17 pages');
    const build = buildIn(copy);
    expect(build.status, build.output).toBe(0);

    const page = join(copy, 'dist', 'reports', 'wanzhou-2025-sample-report', 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h1 id="title"');
    expect(html).toContain('万州区科技创新报道（测试）');
    expect(html).toContain('不久前,位于綦江区东部新城');
    expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toContain('/reports/wanzhou-2025-sample-report/');
    expect(existsSync(join(copy, 'dist', 'sources', 'wanzhou-2025-sample-report.txt'))).toBe(true);
  });
});
