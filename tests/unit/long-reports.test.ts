import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest.ts';
import { paginate, type Page } from '../../src/lib/segment/pages.ts';
import { blockCharacters, LONG_REPORT_CHARACTERS, longReportCuts } from '../../src/lib/segment/long-reports.ts';
import { buildBlocks } from '../../src/lib/segment/blocks.ts';
import { readLines } from '../../src/lib/segment/lines.ts';
import { passagesOf, blockPassages } from '../../src/lib/segment/passages.ts';
import type { Block } from '../../src/lib/segment/types.ts';
import { makeSource, sourceLines, SOURCE_IDS } from '../support/sources.ts';

// Real paragraphs and a real section heading of a seed report, recombined into reports of any length.
const paragraphs = [15, 17, 19, 23].map((n) => sourceLines(SOURCE_IDS.newForces, n));
const heading = sourceLines(SOURCE_IDS.newForces, 21).replace(/^#+\s*/u, '');
const paragraphCharacters = paragraphs.reduce((sum, p) => sum + [...p].length, 0) / paragraphs.length;

/** `# 标题`, then `sections` sections of `perSection` real paragraphs (no headings when `perSection` is 0). */
function longReport(sections: number, perSection: number, withHeadings = true): string {
  const lines = ['# 长篇报告', ''];
  for (let s = 1; s <= sections; s++) {
    if (withHeadings) lines.push(`## ${heading}（${s}）`, '');
    for (let p = 0; p < perSection; p++) lines.push(paragraphs[(s + p) % paragraphs.length]!, '');
  }
  return lines.join('\n');
}

const bodyCharacters = (page: Page) => page.blocks.reduce((sum, block) => sum + blockCharacters(block), 0);
const allText = (pages: readonly Page[]) => pages.flatMap((page) => [...passagesOf(page)].map((p) => p.text)).join('|');

describe('a report too long for one page is split by ingest (issue 22)', () => {
  // About 2.5 times the limit, in sections of about 5 % of it.
  const sectionParagraphs = Math.round((0.05 * LONG_REPORT_CHARACTERS) / paragraphCharacters);
  const text = longReport(50, sectionParagraphs);
  const source = makeSource('long-report', text);
  const pages = paginate(source);

  it('into pages of at most the limit, each after the first starting at a heading line', () => {
    expect(pages.length).toBe(3);
    for (const page of pages) expect(bodyCharacters(page)).toBeLessThanOrEqual(LONG_REPORT_CHARACTERS);
    const lines = text.split('\n');
    for (const page of pages.slice(1)) expect(lines[page.firstLine - 1]).toMatch(/^## /u);
    for (const page of pages.slice(1)) expect(page.blocks[0]?.kind).toBe('heading');
  });

  it('covering every line once, and every passage of the whole text in order', () => {
    expect(pages[0]!.firstLine).toBe(1);
    for (const [k, page] of pages.entries()) {
      const next = pages[k + 1];
      expect(page.lastLine).toBe(next ? next.firstLine - 1 : readLines(text).length);
    }
    const whole = buildBlocks(readLines(text), { file: source.file, layout: 'lines', cutStart: new Set() });
    const wholeText = whole
      .flatMap((block) => [...blockPassages(block)])
      .map((p) => p.text)
      .join('|');
    expect(allText(pages)).toBe(wholeText);
  });

  it('with ids, titles and marks that say which part of how many, made by ingest', () => {
    expect(pages.map((p) => p.slug)).toEqual(['reports/long-report', 'reports/long-report-2', 'reports/long-report-3']);
    expect(pages.map((p) => p.title)).toEqual(['测试', '测试（2/3）', '测试（3/3）']);
    // The report's length counts its front lines (the headline) as well as the body of every page.
    const front = pages[0]!.front.reduce((sum, line) => sum + [...line.passage.text].length, 0);
    const characters = front + pages.reduce((sum, page) => sum + bodyCharacters(page), 0);
    expect(pages.map((p) => p.autoSplit)).toEqual([1, 2, 3].map((part) => ({ part, of: 3, characters })));
    // Each page numbers its own paragraphs and sections from 1, like any other page.
    expect(pages[1]!.blocks[0]).toMatchObject({ kind: 'heading', id: 's1' });
  });

  it('and ingest says so, naming the file, its first line and where each page starts', () => {
    const { warnings, files } = ingest({
      sources: [source],
      warnings: [],
      corrections: [],
      correctionsFile: 'content/corrections.yaml',
      indicators: [],
      observationEntries: [],
      observationsFile: 'content/observations.yaml',
    });
    const starts = pages.map((p) => p.firstLine).join(', ');
    expect(warnings.filter((w) => w.message.includes('split into'))).toEqual([
      {
        file: 'content/sources/long-report.txt',
        line: 1,
        message: expect.stringContaining(`split into 3 pages starting at lines ${starts}, at headings where it could.`),
      },
    ]);
    expect([...files.keys()].sort()).toEqual([
      'reports/long-report-2.mdx',
      'reports/long-report-3.mdx',
      'reports/long-report.mdx',
    ]);
    expect(files.get('reports/long-report-2.mdx')).toMatch(/autoSplit:\n\s+part: 2\n\s+of: 3\n/u);
  });
});

describe('where a long report is cut', () => {
  it('between paragraphs when it has no headings', () => {
    const perPage = Math.floor(LONG_REPORT_CHARACTERS / paragraphCharacters);
    const pages = paginate(makeSource('no-headings', longReport(1, perPage * 2, false)));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(bodyCharacters(page)).toBeLessThanOrEqual(LONG_REPORT_CHARACTERS);
    expect(pages[1]!.blocks[0]?.kind).toBe('paragraph');
  });

  it('not at a heading that would leave a page under a quarter full', () => {
    const block = (kind: 'heading' | 'paragraph', characters: number): Block => {
      const passage = {
        text: '字'.repeat(characters),
        spans: [{ line: 1, from: 0, to: characters }],
        spacing: 'body' as const,
      };
      return kind === 'heading' ? { kind, level: 2, title: passage, subtitles: [], markup: [] } : { kind, passage };
    };
    // Heading at 10 (10 % of the limit before it), then paragraphs: cut at the paragraph that overflows.
    const early = [block('paragraph', 10), block('heading', 5), block('paragraph', 60), block('paragraph', 60)];
    expect(longReportCuts(early, 100)).toEqual([3]);
    // Heading after 40 % of the limit: cut there.
    const late = [block('paragraph', 40), block('heading', 5), block('paragraph', 40), block('paragraph', 40)];
    expect(longReportCuts(late, 100)).toEqual([1]);
    // A block longer than the limit is a page of its own, never cut.
    const huge = [block('paragraph', 30), block('paragraph', 250), block('paragraph', 30)];
    expect(longReportCuts(huge, 100)).toEqual([1, 2]);
    // At the limit, nothing to cut.
    expect(longReportCuts([block('paragraph', 50), block('paragraph', 50)], 100)).toEqual([]);
  });

  it('nowhere when the metadata lists its pages, or when it fits', () => {
    const text = longReport(50, Math.round((0.05 * LONG_REPORT_CHARACTERS) / paragraphCharacters));
    const meta = `title: 测试\nkind: report\ndistricts: [綦江]\npublished: "2022"\npages:\n  - id: whole\n    title: 测试\n`;
    expect(paginate(makeSource('listed', text, meta)).map((p) => [p.slug, p.autoSplit])).toEqual([
      ['reports/whole', undefined],
    ]);
    expect(paginate(makeSource('short', longReport(3, 3))).map((p) => [p.slug, p.autoSplit])).toEqual([
      ['reports/short', undefined],
    ]);
  });
});
