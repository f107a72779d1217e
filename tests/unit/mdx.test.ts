import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/lib/errors.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { GENERATED_ELEMENTS } from '../../src/lib/mdx/elements.ts';
import { emitPage } from '../../src/lib/mdx/page.ts';
import { extractFigures, extractOptionsFor } from '../../src/lib/figures/extract.ts';
import { guardEsmKeywords } from '../../src/lib/mdx/serialize.ts';
import { paginate, type Page } from '../../src/lib/segment/pages.ts';
import { passagesOf } from '../../src/lib/segment/passages.ts';
import { withoutWhitespace } from '../../src/lib/text/normalize.ts';
import { remarkPlugins } from '../../src/integrations/markdown.ts';
import { children, elementsById, elementTypes, renderMdx, textOf, type VNode } from '../support/mdx-render.ts';
import { makeSource, ROOT } from '../support/sources.ts';

/** Render a page's MDX and check every passage came out exactly as ingest made it. */
async function expectPassagesRenderExactly(page: Page, mdx: string) {
  const byId = elementsById(await renderMdx(mdx));
  for (const unit of passagesOf(page)) {
    if (page.front.some((f) => f.passage === unit)) continue; // front lines live in the frontmatter
    const element = byId.get(unit.id!);
    expect(element, `element #${unit.id}`).toBeDefined();
    expect(textOf(element!)).toBe(unit.text);
  }
}

const ALLOWED_ELEMENTS = new Set(['#text', ...GENERATED_ELEMENTS]);

/**
 * A URL or e-mail address printed in the text (`www.…`, `http://…`, `a@b.c`) becomes a link even when the
 * serialiser escapes it (GFM, then src/integrations/remark-source-urls.ts). That keeps the text exactly and
 * links only http(s) and mailto, so it is allowed; any other element, or a link whose text is not its own
 * address or runs past the URL's characters, is not.
 */
function unexpectedElements(nodes: VNode[]): string[] {
  const found: string[] = [];
  const walk = (list: VNode[]) => {
    for (const node of list) {
      if (node.type === 'a') {
        const href = String(node.props.href);
        const text = textOf(node);
        // An address ends where the URL does: never over Chinese, full-width punctuation or a space.
        const urlOnly = /^[\x21-\x7e]+$/.test(text);
        if (![text, `mailto:${text}`, `http://${text}`].includes(href) || !/^(https?:|mailto:)/.test(href) || !urlOnly)
          found.push(`a href=${href}`);
      } else if (!ALLOWED_ELEMENTS.has(node.type)) {
        found.push(node.type);
      }
      if (node.type !== '#text') walk(children(node));
    }
  };
  walk(nodes);
  return found;
}

describe('generated MDX is safe', () => {
  const pieces = [
    ...'綦江创新企业研发高新技术一二三。，、；：“”‘’（）《》「」『』…—·●',
    ...'{}<>*`_[]()#!|\\&;:"\'/.-+=~^$%@?,0123456789abc',
    'import ',
    'export ',
    '<div>',
    '</P>',
    '<br/>',
    '{1,2}',
    '{x}',
    '<!-- 注释 -->',
    '&amp;',
    '&#123;',
    '---',
    '***',
    '```',
    '第一章 ',
    '第二节 ',
    '专栏1',
    '表1 ',
    '# ',
    '## ',
    ' 摄/张静',
    '图片由某局提供',
    '文/张静',
    ' ',
    '  ',
    '\t',
    '\u3000',
    '3.5亿元',
    '2021年',
    '123家',
    '同比增长35%',
    '30余家',
    '“33618”',
    '5G',
    '1:1',
    '5至10年',
    '2.51件/万人',
    '10月25日',
    'http://',
    'https://kjj.cq.gov.cn/',
    'www.',
  ];
  const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
  const text = fc
    .array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 12 })
    .map((lines) => lines.join('\n'));

  it('renders arbitrary text literally: braces, tags, asterisks, backticks, import/export all stay text', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        fc.pre(input.trim() !== '');
        let pages: Page[];
        try {
          pages = paginate(makeSource('random-text', input));
        } catch (error) {
          if (error instanceof InputError || error instanceof InputErrors) return; // bad input is tested elsewhere
          throw error;
        }
        checked++;
        for (const page of pages) {
          // Figures are marked up too: numbers in the random text become <Fig> elements.
          const figures = extractFigures(page, extractOptionsFor(page));
          const mdx = emitPage(page, { corrections: [], correctionsFile: 'corrections.yaml', figures });
          const rendered = await renderMdx(mdx);
          expect(unexpectedElements(rendered)).toEqual([]);
          await expectPassagesRenderExactly(page, mdx);
        }
        // And nothing but whitespace and structural markup was dropped on the way.
        const all = pages.flatMap((p) => [...passagesOf(p)].map((u) => u.text)).join('');
        const markup = pages.flatMap((p) => [
          ...p.blocks.flatMap((b) => ('markup' in b ? b.markup : [])),
          ...p.front.flatMap((f) => f.markup),
        ]);
        expect(withoutWhitespace(all).length + markup.reduce((n, s) => n + s.to - s.from, 0)).toBe(
          withoutWhitespace(input).length,
        );
      }),
      { numRuns: Number(process.env.MDX_RUNS ?? 300) },
    );
    expect(checked).toBeGreaterThan(Number(process.env.MDX_RUNS ?? 300) * 0.6);
  }, 600_000);

  it('a line starting with import or export is escaped even outside an element', () => {
    expect(guardEsmKeywords('import x\n  export y\nimported')).toBe('&#x69;mport x\n  &#x65;xport y\nimported');
  });

  it('every committed page compiles, uses only the page vocabulary and no JavaScript expressions or imports', async () => {
    const { pages, files } = ingest(readIngestInput(ROOT));
    for (const page of pages) {
      const mdx = files.get(`${page.slug}.mdx`)!;
      const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
      await compile(body, { remarkPlugins: [remarkGfm], outputFormat: 'function-body' });
      const found = new Set<string>();
      const mdast = unified().use(remarkParse).use(remarkMdx).parse(body);
      visit(mdast, (node) => {
        found.add(node.type);
      });
      expect(
        [...found].filter((t) => /^mdx(FlowExpression|TextExpression|jsEsm)$/.test(t)),
        page.slug,
      ).toEqual([]);
      await expectPassagesRenderExactly(page, mdx);
    }
  });
});

describe('remark-cjk-friendly', () => {
  const sample = '这是**“引号加粗”**然后继续。';

  it('makes **“引号加粗”**然后 bold, as the site’s processor is configured', async () => {
    const [p] = await renderMdx(sample);
    expect(p!.type).toBe('p');
    const strong = elementTypes([p!]);
    expect(strong.has('strong')).toBe(true);
    expect(textOf(p!)).toBe('这是“引号加粗”然后继续。');
  });

  it('is needed: without it the asterisks stay literal (the control for the test above)', async () => {
    const [p] = await renderMdx(sample, []);
    expect(elementTypes([p!]).has('strong')).toBe(false);
    expect(textOf(p!)).toContain('**');
  });

  it('is what makes the bold lead-ins of the plan’s 专栏 items work', async () => {
    expect(remarkPlugins).toContain(remarkCjkFriendly);
    const [p] = await renderMdx('<P id="p1">**检验检测。**引进培育一批</P>');
    expect(elementTypes([p!]).has('strong')).toBe(true);
    const [literal] = await renderMdx('<P id="p1">**检验检测。**引进培育一批</P>', []);
    expect(elementTypes([literal!]).has('strong')).toBe(false);
  });
});
