import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import type { Page } from '../../src/lib/segment/pages.ts';
import type { Block, Span } from '../../src/lib/segment/types.ts';
import { passagesOf } from '../../src/lib/segment/passages.ts';
import { withoutWhitespace } from '../../src/lib/text/normalize.ts';
import { ROOT } from '../support/sources.ts';

const input = readIngestInput(ROOT);
const { pages } = ingest(input);

function markupSpans(block: Block): Span[] {
  return 'markup' in block ? block.markup : [];
}

describe('the pages made from the five sources', () => {
  it('are the five district reports and the plan in eleven parts', () => {
    expect(pages.filter((p) => p.source.meta.kind === 'report').map((p) => [p.slug, p.districts.join()])).toEqual([
      ['reports/qianjiang-2023-innovation-centre', '黔江'],
      ['reports/dazu-2023-innovation-highland', '大足'],
      ['reports/qijiang-2021-centenary-review', '綦江'],
      ['reports/qijiang-2022-high-tech-zone', '綦江'],
      ['reports/qijiang-2024-new-productive-forces', '綦江'],
    ]);
    const plan = pages.filter((p) => p.source.meta.kind === 'plan');
    expect(plan.map((p) => p.slug.split('/').at(-1))).toEqual([
      'preamble',
      ...Array.from({ length: 10 }, (_, i) => `chapter-${i + 1}`),
    ]);
    expect(plan.slice(1).map((p) => p.chapter!.label)).toEqual([
      '第一章',
      '第二章',
      '第三章',
      '第四章',
      '第五章',
      '第六章',
      '第七章',
      '第八章',
      '第九章',
      '第十章',
    ]);
  });

  it('give plan chapters their 节 as headings', () => {
    const chapter10 = pages.find((p) => p.slug.endsWith('chapter-10'))!;
    const headings = chapter10.blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => (b as Extract<Block, { kind: 'heading' }>).title.text);
    expect(headings).toEqual([
      '第一节 强化组织领导保障',
      '第二节 完善创新投入机制',
      '第三节 构建协调联动机制',
      '第四节 建立评估考核机制',
      '第五节 完善容错纠错机制',
    ]);
  });

  it('find the article headline among the lines printed above the body', () => {
    const qianjiang = pages.find((p) => p.slug === 'reports/qianjiang-2023-innovation-centre')!;
    expect(qianjiang.front.map((f) => [f.role, f.passage.text])).toEqual([
      ['kicker', '首届“一带一路”科技交流大会·专题策划'],
      ['kicker', '坚持战略思维 聚焦目标导向'],
      ['title', '黔江 高水平建设渝东南科技创新中心'],
    ]);
    const newForces = pages.find((p) => p.slug === 'reports/qijiang-2024-new-productive-forces')!;
    expect(newForces.front.map((f) => f.role)).toEqual(['kicker', 'title', 'deck']);
  });
});

describe('nothing is lost or altered', () => {
  for (const source of input.sources) {
    it(`every non-blank character of ${source.id} is in exactly one span`, () => {
      const lines = source.text.split('\n');
      const owner = lines.map((line) => new Array<number>(line.length).fill(0));
      const sourcePages = pages.filter((p) => p.source === source);
      const claim = (span: Span) => {
        for (let c = span.from; c < span.to; c++) owner[span.line - 1]![c]! += 1;
      };
      for (const page of sourcePages) {
        for (const unit of passagesOf(page)) unit.spans.forEach(claim);
        for (const block of page.blocks) markupSpans(block).forEach(claim);
        for (const line of page.front) line.markup.forEach(claim);
      }
      const problems: string[] = [];
      lines.forEach((line, i) => {
        for (let c = 0; c < line.length; c++) {
          const count = owner[i]![c]!;
          if (/\s/u.test(line[c]!) ? count > 1 : count !== 1)
            problems.push(`line ${i + 1} col ${c}: ${JSON.stringify(line[c])} claimed ${count}×`);
        }
      });
      expect(problems).toEqual([]);
    });
  }

  it('each unit’s text is its spans’ text with only whitespace changed', () => {
    for (const page of pages) {
      const lines = page.source.text.split('\n');
      for (const unit of passagesOf(page)) {
        const raw = unit.spans.map((s) => lines[s.line - 1]!.slice(s.from, s.to)).join('');
        expect(withoutWhitespace(unit.text), `${page.slug}#${unit.id}`).toBe(withoutWhitespace(raw));
      }
    }
  });

  it('no unit keeps a space between two Chinese characters in running text', () => {
    for (const page of pages) {
      for (const block of page.blocks) {
        const units =
          block.kind === 'paragraph'
            ? [block.passage]
            : block.kind === 'list' || block.kind === 'box'
              ? block.items
              : [];
        for (const unit of units)
          expect(unit.text, `${page.slug}#${unit.id}`).not.toMatch(
            /[\p{Script=Han}，。、；：“”]\s|\s[\p{Script=Han}，。、；：“”]/u,
          );
      }
    }
  });
});

describe('anchors', () => {
  const idsOf = (page: Page) => [...passagesOf(page)].map((u) => u.id!);

  it('every unit has an ASCII id, unique on its page', () => {
    for (const page of pages) {
      const ids = idsOf(page);
      expect(
        ids.every((id) => /^[a-z][a-z0-9-]*$/.test(id)),
        page.slug,
      ).toBe(true);
      expect(new Set(ids).size, page.slug).toBe(ids.length);
    }
  });

  it('are positional: headings s1…, paragraphs p1…, boxes and tables by their number', () => {
    const chapter1 = pages.find((p) => p.slug.endsWith('chapter-1'))!;
    const ids = idsOf(chapter1);
    expect(ids.slice(0, 3)).toEqual(['f1', 's1', 'p1']);
    expect(ids).toContain('table1-caption');
    expect(ids).toContain('table1-r14-c6');
  });
});
