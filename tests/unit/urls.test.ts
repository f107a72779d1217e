import { describe, expect, it } from 'vitest';
import { extractFigures, extractOptionsFor } from '../../src/lib/figures/extract.ts';
import { emitPage } from '../../src/lib/mdx/page.ts';
import { paginate } from '../../src/lib/segment/pages.ts';
import { findUrls } from '../../src/lib/text/urls.ts';
import { children, renderMdx, textOf, type VNode } from '../support/mdx-render.ts';
import { makeSource } from '../support/sources.ts';

/** A one-paragraph source through ingest and the site's MDX pipeline: the paragraph's rendered children. */
async function renderedParagraph(text: string): Promise<VNode[]> {
  const [page] = paginate(makeSource('url-test', `${text}\n`));
  if (!page) throw new Error('no page');
  const figures = extractFigures(page, extractOptionsFor(page));
  const mdx = emitPage(page, { corrections: [], correctionsFile: 'corrections.yaml', figures });
  const [paragraph] = await renderMdx(mdx);
  if (!paragraph) throw new Error('nothing rendered');
  expect(textOf(paragraph)).toBe(text);
  return children(paragraph);
}

const links = (nodes: VNode[]) =>
  nodes.filter((n) => n.type === 'a').map((n) => ({ href: n.props.href, text: textOf(n) }));

describe('addresses in source text', () => {
  it('link a bare URL up to where it ends, not over the Chinese after it', async () => {
    const nodes = await renderedParagraph(
      '名单详见http://kjj.cq.gov.cn/tzgg/index.html（2024年5月发布），共收录356家企业。',
    );
    expect(links(nodes)).toEqual([
      { href: 'http://kjj.cq.gov.cn/tzgg/index.html', text: 'http://kjj.cq.gov.cn/tzgg/index.html' },
    ]);
    const link = nodes.findIndex((n) => n.type === 'a');
    expect(textOf(nodes[link + 1] ?? { type: '#text', props: { value: '' } })).toBe('（2024年5月发布），共收录');
  });

  it('also after a full-width colon, and www. addresses get http://', async () => {
    expect(links(await renderedParagraph('来源：https://kjj.cq.gov.cn/a?id=3&p=1，查询'))).toEqual([
      { href: 'https://kjj.cq.gov.cn/a?id=3&p=1', text: 'https://kjj.cq.gov.cn/a?id=3&p=1' },
    ]);
    expect(links(await renderedParagraph('网址：www.cq.gov.cn。电话'))).toEqual([
      { href: 'http://www.cq.gov.cn', text: 'www.cq.gov.cn' },
    ]);
  });

  it('two addresses in one run of text are two links', async () => {
    expect(links(await renderedParagraph('见http://a.cq.cn/x（及http://b.cq.cn/y）')).map((l) => l.href)).toEqual([
      'http://a.cq.cn/x',
      'http://b.cq.cn/y',
    ]);
  });

  it('leave e-mail addresses to GFM, which already stops at Chinese', async () => {
    expect(links(await renderedParagraph('邮箱kjj@cq.gov.cn联系'))).toEqual([
      { href: 'mailto:kjj@cq.gov.cn', text: 'kjj@cq.gov.cn' },
    ]);
  });

  it('end at the first character RFC 3986 does not allow, and leave sentence punctuation out', () => {
    const hrefs = (text: string) => findUrls(text).map((u) => text.slice(u.from, u.to));
    expect(hrefs('见http://a.cn/x.html。')).toEqual(['http://a.cn/x.html']);
    expect(hrefs('see http://a.cn/x.')).toEqual(['http://a.cn/x']);
    expect(hrefs('(http://a.cn/x)')).toEqual(['http://a.cn/x']);
    expect(hrefs('http://a.cn/wiki/A_(b)')).toEqual(['http://a.cn/wiki/A_(b)']);
    expect(hrefs('http://a.cn/%E5%9B%BE%zz')).toEqual(['http://a.cn/%E5%9B%BE']);
    expect(hrefs('http://a.cn/x<y')).toEqual(['http://a.cn/x']);
    expect(hrefs('http://a.cn/x[1]')).toEqual(['http://a.cn/x']);
    expect(hrefs('http://a.cn/x》')).toEqual(['http://a.cn/x']);
    expect(hrefs('http://a.cn/x\u3000下')).toEqual(['http://a.cn/x']);
    expect(hrefs('xhttp://a.cn http:// www. abcwww.a.cn')).toEqual([]);
  });
});
