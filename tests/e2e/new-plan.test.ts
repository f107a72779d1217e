import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_IDS, FIXTURE_TEXTS } from '../support/fixture-texts.ts';
import { buildIn, copyProject } from '../support/project-copy.ts';

// A new district's 15th Five-Year plan (表1 of 2025年（基期） / 2030年) and a 2026 report, added to a copy of the
// project with only their four-field metadata; the report's figures mapped as a reviewer would.
let project: ReturnType<typeof copyProject>;
let copy: string;
let ingest: ReturnType<typeof spawnSync>;
let translations: ReturnType<typeof spawnSync>;
let build: ReturnType<typeof buildIn>;
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
const read = (...path: string[]) => readFileSync(join(copy, ...path), 'utf8');
const PLAN = FIXTURE_IDS.yongchuanPlan;
const REPORT = FIXTURE_IDS.yongchuanReport;
/** 2026-12-01T00:00:00Z: the tracker's as-of date for this build. */
const AS_OF = '1796083200';

beforeAll(() => {
  project = copyProject();
  copy = project.root;
  for (const id of [PLAN, REPORT])
    for (const ext of ['.txt', '.meta.yaml'])
      copyFileSync(join(FIXTURE_TEXTS, `${id}${ext}`), join(copy, 'content', 'sources', `${id}${ext}`));
  appendFileSync(
    join(copy, 'content', 'observations.yaml'),
    [
      '',
      `- { indicator: rd-intensity, page: reports/${REPORT}, at: p1, value: 2.71, kind: actual }`,
      `- { indicator: high-tech-enterprises, page: reports/${REPORT}, at: p2, value: 520, kind: actual }`,
      `- { indicator: researchers-per-10k, page: reports/${REPORT}, at: p2, value: 92, kind: actual }`,
      `- { indicator: technology-contract-turnover, page: reports/${REPORT}, at: p2, value: 33, kind: actual }`,
      '',
    ].join('\n'),
  );
  ingest = run([join(copy, 'scripts', 'ingest.ts')]);
  translations = run([join(copy, 'scripts', 'translations.ts'), 'check']);
  build = buildIn(copy, { SOURCE_DATE_EPOCH: AS_OF });
}, 600_000);
afterAll(() => project.remove());

/** Each tracker row's indicator and verdict, and its text, from the built page. */
function trackerRows(html: string, plan: string) {
  const section = html.slice(
    html.indexOf(`id="plan-${plan}"`),
    html.indexOf('</table>', html.indexOf(`id="tracker-${plan}"`)),
  );
  return [...section.matchAll(/<tr data-indicator="([^"]+)" data-verdict="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => ({
    indicator: m[1],
    verdict: m[2],
    // The values are the machine's, marked beside each: the words read around the mark.
    proposed: (m[3]!.match(/class="proposed-mark"/g) ?? []).length,
    text: m[3]!.replace(/<span class="proposed-mark">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ''),
  }));
}

describe('a new plan with a 2025 baseline and 2030 targets', () => {
  it('ingests, warning about the table whose header years cannot be read, and builds', () => {
    expect(ingest.status, String(ingest.stderr)).toBe(0);
    const headerLine =
      read('content', 'sources', `${PLAN}.txt`).split('\n').indexOf('表2 永川区“十五五”重点创新平台建设计划') + 2;
    expect(String(ingest.stderr).trim()).toBe(
      `content/sources/${PLAN}.txt:${headerLine}: warning: 表2: the column "近期目标" holds numbers, but its heading gives no year (write it as 2025年, 2025年（基期） or 2030年目标); the table is shown, its values give no baselines or targets`,
    );
    expect(build.status, build.output).toBe(0);
    expect(read('dist', 'plan', PLAN, 'chapter-2', 'index.html')).toContain('表2 永川区“十五五”重点创新平台建设计划');
  });

  it("check:translations lists the provisional indicator's missing English name, and does not fail for it", () => {
    expect(translations.status).toBe(0);
    expect(String(translations.stdout)).toContain(
      `${PLAN}-chapter-1-table1-r4: “规模以上工业企业研发机构覆盖率” (%) has no English name`,
    );
  });

  it('shows the plan in the tracker with its period, status, as-of date and verdicts', () => {
    const html = read('dist', 'tracker', 'index.html');
    expect(html).toContain('判断日期：2026年12月1日。');
    const status = html.slice(
      html.indexOf(`id="plan-status-${PLAN}"`),
      html.indexOf('</p>', html.indexOf(`id="plan-status-${PLAN}"`)),
    );
    expect(status.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(
      '永川 · 规划期2026—2030年 · 实施中（至2030年12月31日）',
    );
    const rows = trackerRows(html, PLAN);
    expect(rows.map((r) => [r.indicator, r.verdict])).toEqual([
      ['rd-intensity', 'cannot-be-judged'],
      ['high-tech-enterprises', 'on-track'],
      ['technology-contract-turnover', 'behind'],
      [`${PLAN}-chapter-1-table1-r4`, 'cannot-be-judged'],
      ['researchers-per-10k', 'met-early'],
    ]);
    // Baseline and target are read by the table rule and 520 is a reviewed entry of this test: two marks.
    expect(rows[1]!.proposed).toBe(2);
    const high = rows[1]!.text;
    for (const part of [
      '400家 (2025年)',
      '520家 (2026年)',
      '≥800家 (2030年)',
      '至2026年完成基期到目标的30%',
      '符合进度',
    ])
      expect(high).toContain(part);
    expect(rows[0]!.text).toContain('无法判断：这些原文中没有基期之后的数值');
    expect(rows[3]!.text).toContain('临时指标');
    // The seed plan, ended on 2025-12-31, is judged on what the texts give.
    expect(
      trackerRows(html, 'qijiang-14th-five-year-st-plan').find((r) => r.indicator === 'high-tech-enterprises')?.text,
    ).toContain('无法判断：这些原文中最新的数值为2021年');
  });

  it('says the same in English, the bound kept and the provisional name marked as Chinese', () => {
    const html = read('dist', 'en', 'tracker', 'index.html');
    expect(html).toContain('As of 1 December 2026.');
    const rows = trackerRows(html, PLAN);
    expect(rows[1]!.text).toContain('at least 800 enterprises (2030)');
    expect(rows[1]!.text).toContain('on track');
    expect(rows[2]!.text).toContain('behind');
    expect(rows[4]!.text).toContain('met early');
    expect(html).toMatch(
      new RegExp(`href="/en/indicators/${PLAN}-chapter-1-table1-r4/" lang="zh-CN">规模以上工业企业研发机构覆盖率<`),
    );
  });

  it('puts the plan on the home page: its status, and each share with its year, never alone', () => {
    const html = read('dist', 'index.html');
    const start = html.indexOf(`id="plan-progress-${PLAN}"`);
    expect(start).toBeGreaterThan(-1);
    const section = html.slice(start, html.indexOf('</section>', start)).replace(/<[^>]+>/g, '');
    expect(section).toContain('规划期2026—2030年，实施中（至2030年12月31日）');
    // 高新技术企业: (520 − 400) / (800 − 400) = 30% by 2026.
    expect(section).toContain('2026年为520家，目标不低于800家；至2026年完成基期到目标的30%');
  });

  it("lists the plan's 2025 baseline against the report's 2025 value as a discrepancy, with both sentences", () => {
    const html = read('dist', 'discrepancies', 'yongchuan', 'index.html');
    const start = html.indexOf('全社会研发投入强度，永川，2025年');
    expect(start).toBeGreaterThan(-1);
    const next = html.indexOf('<section aria-labelledby="d', start);
    const section = html.slice(start, next === -1 ? undefined : next);
    expect(section).toContain('统计数据显示，2025年全区全社会研发经费投入强度为2.71%，较上年提高0.2个百分点。');
    expect(section).toContain('表1 永川区“十五五”时期科技创新主要指标：序号1，指标名称全社会研发经费投入强度');
  });
});
