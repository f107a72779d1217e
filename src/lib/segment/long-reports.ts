import { minOf } from '../arrays.ts';
import { charLength } from '../text/cjk.ts';
import type { InputWarning } from '../errors.ts';
import type { Page } from './pages.ts';
import { blockPassages } from './passages.ts';
import type { Block } from './types.ts';

/**
 * A report body longer than this many characters is split by ingest into pages at its headings (unless its
 * metadata sets `pages:`). A page this long is already about a hundred screens on a phone, and one huge page
 * cost more to build and index than its parts (2 MB: 19.7 s added as one page, 13.0 s split); a lower limit
 * made many more pages and a slower index: docs/benchmarks.md, "Long texts (issue 22)".
 */
export const LONG_REPORT_CHARACTERS = 60_000;

/** Below this share of the limit, a page would end too soon: cut at a paragraph instead of an early heading. */
const SHORTEST_PART = 0.25;

/**
 * Where to cut a report's blocks into pages of at most `limit` characters each: the indices of the blocks that
 * start a new page, none when the report fits. A page ends before its last heading that leaves it at least a
 * quarter full; a section longer than that is cut between paragraphs; a block is never cut, so a block longer
 * than the limit makes a page of its own. `firstBody` is the first block that may start a page (the front
 * lines stay on the first page).
 */
export function longReportCuts(blocks: readonly Block[], limit = LONG_REPORT_CHARACTERS, firstBody = 0): number[] {
  const cuts: number[] = [];
  let start = 0;
  let size = 0;
  // Headings of the current page after its first block, with the page's size before each.
  let headings: { index: number; before: number }[] = [];
  blocks.forEach((block, i) => {
    const blockSize = blockCharacters(block);
    if (i > start && i > firstBody && size + blockSize > limit) {
      const heading = headings.findLast((h) => h.before >= limit * SHORTEST_PART);
      const cut = heading?.index ?? i;
      const before = heading?.before ?? size;
      cuts.push(cut);
      start = cut;
      size -= before;
      headings = headings.filter((h) => h.index > cut).map((h) => ({ index: h.index, before: h.before - before }));
    }
    if (i > start && i > firstBody && block.kind === 'heading') headings.push({ index: i, before: size });
    size += blockSize;
  });
  return cuts;
}

/** Characters (code points) of a block's text. */
export function blockCharacters(block: Block): number {
  let characters = 0;
  for (const passage of blockPassages(block)) characters += charLength(passage.text);
  return characters;
}

/** The first source line of a block. */
export function blockFirstLine(block: Block): number {
  const lines: number[] = [];
  for (const passage of blockPassages(block)) for (const span of passage.spans) lines.push(span.line);
  if ('markup' in block) for (const span of block.markup) lines.push(span.line);
  return minOf(lines);
}

/** One warning per report that ingest split for its length, at its first line, naming where each page starts. */
export function longReportWarnings(pages: readonly Page[]): InputWarning[] {
  return pages.flatMap((page) => {
    if (page.autoSplit?.part !== 1) return [];
    const starts = pages.filter((p) => p.source === page.source && p.autoSplit).map((p) => p.firstLine);
    return [
      {
        file: page.source.file,
        line: 1,
        message: `a report of ${page.autoSplit.characters} characters (more than ${LONG_REPORT_CHARACTERS}): split into ${page.autoSplit.of} pages starting at lines ${starts.join(', ')}, at headings where it could. To choose the pages, list them under "pages:" in ${page.source.metaFile}.`,
      },
    ];
  });
}
