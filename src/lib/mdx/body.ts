import type { BlockContent, Paragraph, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Block, Passage } from '../segment/types.ts';
import { lineRange } from '../segment/passages.ts';
import { COMPARISON_SIGN_CLASS } from '../text/quantities.ts';
import type { ElementName } from './elements.ts';
import { attributes, jsxText, phrasing, type InlineSpan } from './inline.ts';

/**
 * How a page body is written in the MDX vocabulary (./elements.ts). Every passage is one line of JSX with
 * its stable id and the source lines it came from:
 *
 *   <P id="p3" lines="18-35">…</P>          paragraph (cut="end" when truncated)
 *   <Caption id="p1" lines="11">…</Caption> photo caption (the photo is not in the source)
 *   <Byline id="p27" lines="77">…</Byline>  reporters, photo credits
 *   <h2 id="s1">…</h2>, <hgroup>            headings (plain HTML so the table of contents sees them)
 *   <List>/<Li>, <Box>, <Table>, <PrintResidue>
 *   <Corr …>original</Corr>                 a documented correction, around the original wording
 */
export interface BodyOptions {
  /** Inline marks per passage id (corrections now; figures later). */
  marks: ReadonlyMap<string, InlineSpan[]>;
}

export function bodyNodes(blocks: readonly Block[], options: BodyOptions): RootContent[] {
  const nodes: RootContent[] = [];
  // Consecutive lines of page furniture are shown together.
  let residue: Passage[] = [];
  const closeResidue = () => {
    if (residue.length === 0) return;
    nodes.push(
      flow(
        'PrintResidue',
        {},
        residue.map((u) => passageLine('P', u, options)),
      ),
    );
    residue = [];
  };
  for (const block of blocks) {
    if (block.kind === 'colophon') {
      residue.push(block.passage);
      continue;
    }
    closeResidue();
    nodes.push(blockNode(block, options));
  }
  closeResidue();
  return nodes;
}

function blockNode(block: Block, options: BodyOptions): BlockContent {
  switch (block.kind) {
    case 'paragraph':
      return passageLine('P', block.passage, options);
    case 'caption':
      return passageLine('Caption', block.passage, options);
    case 'byline':
      return passageLine('Byline', block.passage, options);
    case 'heading': {
      const heading = passageLine(`h${block.level}`, block.title, options, { lines: undefined });
      if (block.subtitles.length === 0) return heading;
      return flow('hgroup', {}, [
        heading,
        ...block.subtitles.map((s) => passageLine('p', s, options, { lines: undefined })),
      ]);
    }
    case 'list':
      return flow(
        'List',
        {},
        block.items.map((item) => passageLine('Li', item, options)),
      );
    case 'box':
      return flow('Box', { id: block.id }, [
        passageLine('h3', block.title, options, { lines: undefined }),
        ...block.items.map((item) => passageLine('P', item, options, {}, leadIn(item.text))),
      ]);
    case 'table': {
      // A serial-number column (序号) is not what names a row; the next column is.
      // (readTable gives every row as many cells as the header, so no cell below is missing.)
      const rowHeader = block.rows.every((row) => /^\d+$/.test(row[0]?.text ?? '')) ? 1 : 0;
      // Columns of figures are set right-aligned in tabular digits, header included.
      const numeric = block.header.map(
        (_, c) => c !== rowHeader && block.rows.every((row) => NUMERIC_CELL.test(row[c]?.text ?? '')),
      );
      const cls = (c: number) => (numeric[c] ? 'num' : undefined);
      return flow('Table', { id: block.id }, [
        passageLine('caption', block.caption, options, { lines: undefined }),
        flow('thead', {}, [
          flow(
            'tr',
            {},
            block.header.map((cell, c) =>
              passageLine('th', cell, options, { lines: undefined, scope: 'col', class: cls(c) }),
            ),
          ),
        ]),
        flow(
          'tbody',
          {},
          block.rows.map((row, r) =>
            flow(
              'tr',
              { id: `${block.id}-r${r + 1}` },
              row.map((cell, c) =>
                passageLine(c === rowHeader ? 'th' : 'td', cell, options, {
                  lines: undefined,
                  ...(c === rowHeader ? { scope: 'row' } : {}),
                  class: cls(c),
                }),
              ),
            ),
          ),
        ),
      ]);
    }
    case 'front':
    case 'colophon':
    case 'chapter':
      // Pagination moves these out of the body; reaching here would drop source text.
      throw new Error(`a ${block.kind} block reached the page body`);
  }
}

/** One passage as a one-line JSX element: `<Name id lines>text</Name>`. */
function passageLine(
  name: ElementName,
  passage: Passage,
  options: BodyOptions,
  extra: Record<string, string | undefined> = {},
  lead?: InlineSpan,
): Paragraph {
  if (!passage.id) throw new Error(`passage without id: ${passage.text.slice(0, 20)}`);
  const cut = passage.cut
    ? [passage.cut.start && 'start', passage.cut.end && 'end'].filter(Boolean).join(' ')
    : undefined;
  const attrs = { id: passage.id, lines: lineRange(passage), ...(cut ? { cut } : {}), ...extra };
  const marks = [...(options.marks.get(passage.id) ?? []), ...(lead ? [lead] : [])];
  // A one-line element inside a paragraph serialises on one line; MDX reads it back as a block element
  // whose content is inline text, with no extra <p> around it.
  return { type: 'paragraph', children: [jsxText(name, attrs, phrasing(passage.text, marks))] };
}

function flow(
  name: ElementName,
  attrs: Record<string, string | undefined>,
  children: BlockContent[],
): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(attrs), children };
}

/** A table cell holding one figure, possibly with a bound: `98`, `2.51`, `＞10`, `≥6.1`. */
const NUMERIC_CELL = new RegExp(`^${COMPARISON_SIGN_CLASS}?\\d[\\d,.]*$`, 'u');

/** Programme items in a 专栏 open with a short label ending in 。 (`检验检测。…`): set it in bold. */
export function leadIn(text: string): InlineSpan | undefined {
  const end = text.indexOf('。');
  if (end <= 0 || end > 24 || end === text.length - 1) return undefined;
  return { from: 0, to: end + 1, kind: 'strong' };
}
