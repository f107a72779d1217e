import { present } from '../assert.ts';
import { InputError, InputErrors } from '../errors.ts';
import type { Source } from '../sources/load.ts';
import type { Layout } from '../sources/meta.ts';
import { withoutWhitespace } from '../text/normalize.ts';
import { buildBlocks } from './blocks.ts';
import { blockCharacters, blockFirstLine, LONG_REPORT_CHARACTERS, longReportCuts } from './long-reports.ts';
import { readLines, type Line } from './lines.ts';
import type { Block, FrontRole, Span, Passage } from './types.ts';

export type PagePart = 'article' | 'preamble' | 'chapter';

export interface FrontLine {
  role: FrontRole;
  passage: Passage;
  /** `#` markers of the heading line it came from. */
  markup: Span[];
}

/** One page of the site, made from a contiguous run of one source's lines. */
export interface Page {
  /** Site path without language prefix, e.g. `reports/qijiang-2022-high-tech-zone`. */
  slug: string;
  source: Source;
  part: PagePart;
  /** Position of the page within its source, from 1. */
  order: number;
  title: string;
  titleEn?: string;
  /** True when the title is a line of the source (shown as such), false when it comes from the metadata. */
  titleInSource: boolean;
  districts: string[];
  authors?: string[];
  authorsEn?: string[];
  chapter?: { number: number; label: string };
  firstLine: number;
  lastLine: number;
  front: FrontLine[];
  blocks: Block[];
  /** Set on each page of a report that ingest split for its length (`LONG_REPORT_CHARACTERS`), not its metadata. */
  autoSplit?: { part: number; of: number; characters: number };
}

/** Split a source into pages and give every passage its stable id. */
export function paginate(source: Source): Page[] {
  const lines = readLines(source.text);
  const cutStart = annotateLines(source, lines);
  const layout = source.meta.layout ?? detectLayout(lines);
  const pages =
    source.meta.kind === 'plan'
      ? planPages(source, lines, layout, cutStart)
      : reportPages(source, lines, layout, cutStart);
  for (const page of pages) assignIds(page);
  return pages;
}

/**
 * Newspaper columns wrap every dozen characters; web and PDF extractions keep
 * one paragraph per line. The median line length tells them apart.
 */
export function detectLayout(lines: readonly Line[]): Layout {
  const lengths = lines
    .filter((l) => l.shape === 'text')
    .map((l) => [...l.text].length)
    .sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return median > 0 && median < 30 ? 'wrapped' : 'lines';
}

/** Apply the metadata's line roles and truncation notes; every `match` must name exactly one line. */
function annotateLines(source: Source, lines: Line[]): Set<number> {
  const errors: InputError[] = [];
  const find = (match: string, field: string, metaLine: number): Line | undefined => {
    const found = lines.filter((l) => l.raw.trim() === match);
    if (found.length === 1) return found[0];
    errors.push(
      new InputError(
        source.metaFile,
        found.length === 0
          ? `${field} "${match}" matches no line of ${source.file} (it must equal a whole line, without surrounding spaces)`
          : `${field} "${match}" matches ${found.length} lines of ${source.file} (lines ${found.map((l) => l.n).join(', ')}); it must name one`,
        metaLine,
      ),
    );
    return undefined;
  };
  for (const override of source.meta.lines ?? []) {
    const line = find(override.match, 'lines[].match', override.metaLine);
    if (line) line.role = override.role;
  }
  const cutStart = new Set<number>();
  for (const truncation of source.meta.truncated ?? []) {
    const line = find(truncation.match, 'truncated[].match', truncation.metaLine);
    if (line && truncation.at === 'start') cutStart.add(line.n);
  }
  for (const page of source.meta.pages ?? []) {
    if (page.startsAt) find(page.startsAt, 'pages[].starts_at', page.metaLine);
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return cutStart;
}

function reportPages(source: Source, lines: Line[], layout: Layout, cutStart: Set<number>): Page[] {
  const { meta } = source;
  const splits = meta.pages ?? [
    {
      id: source.id,
      title: meta.title,
      titleEn: meta.titleEn,
      districts: meta.districts,
      authors: meta.authors,
      authorsEn: meta.authorsEn,
      metaLine: 0,
    },
  ];
  // annotateLines has checked that every starts_at names exactly one line.
  const placed: { split: (typeof splits)[number]; firstLine: number }[] = splits.map((split) => ({
    split,
    firstLine: split.startsAt
      ? present(
          lines.find((l) => l.raw.trim() === split.startsAt),
          `a line equal to pages[].starts_at "${split.startsAt}"`,
        ).n
      : 1,
  }));
  const automatic = meta.pages ? undefined : automaticSplit(source, lines, layout, cutStart);
  if (automatic)
    placed.push(...automatic.starts.map((firstLine) => ({ split: present(splits[0], 'the default page'), firstLine })));
  for (const [k, { split, firstLine }] of placed.entries()) {
    const previous = placed[k - 1];
    if (previous && firstLine <= previous.firstLine) {
      throw new InputError(
        source.metaFile,
        `pages[${k}].starts_at must come after the start of pages[${k - 1}] in the text`,
        split.metaLine,
      );
    }
  }
  return placed.map(({ split, firstLine }, k) => {
    const lastLine = (placed[k + 1]?.firstLine ?? lines.length + 1) - 1;
    const pageLines = lines.slice(firstLine - 1, lastLine);
    // Reports have no chapters: a 第X章 line in a report is an ordinary heading.
    const blocks = buildBlocks(pageLines, { file: source.file, layout, cutStart }).map((block): Block =>
      block.kind === 'chapter' ? { kind: 'heading', level: 2, title: block.title, subtitles: [], markup: [] } : block,
    );
    const { front, body } = separateFront(blocks);
    const titled = markTitle(front, split.title);
    const page: Page = {
      slug: `reports/${split.id}`,
      source,
      part: 'article',
      order: k + 1,
      title: split.title,
      titleInSource: titled,
      districts: split.districts ?? meta.districts,
      firstLine,
      lastLine,
      front,
      blocks: body,
    };
    const titleEn = split.titleEn ?? (meta.pages ? undefined : meta.titleEn);
    if (titleEn) page.titleEn = titleEn;
    if (automatic) {
      const of = placed.length;
      page.autoSplit = { part: k + 1, of, characters: automatic.characters };
      if (k > 0) {
        page.slug = `reports/${split.id}-${k + 1}`;
        page.title = `${split.title}（${k + 1}/${of}）`;
        if (page.titleEn) page.titleEn = `${page.titleEn} (${k + 1}/${of})`;
      }
    }
    const authors = split.authors ?? meta.authors;
    if (authors) page.authors = authors;
    const authorsEn = split.authors ? split.authorsEn : meta.authorsEn;
    if (authorsEn) page.authorsEn = authorsEn;
    return page;
  });
}

function planPages(source: Source, lines: Line[], layout: Layout, cutStart: Set<number>): Page[] {
  const blocks = buildBlocks(lines, { file: source.file, layout, cutStart });
  const pages: Page[] = [];
  let current: Page | null = null;
  const lastLineOf = (page: Page, nextStart: number) => {
    page.lastLine = nextStart - 1;
  };

  const preamble = blocks.findIndex((b) => b.kind === 'chapter');
  if (preamble > 0 || preamble === -1) {
    current = {
      slug: `plan/${source.id}/preamble`,
      source,
      part: 'preamble',
      order: 1,
      title: source.meta.preambleTitle ?? source.meta.title,
      titleInSource: false,
      districts: source.meta.districts,
      firstLine: 1,
      lastLine: lines.length,
      front: [],
      blocks: [],
    };
    if (source.meta.preambleTitleEn) current.titleEn = source.meta.preambleTitleEn;
    pages.push(current);
  }
  for (const block of blocks) {
    if (block.kind !== 'chapter') {
      // Blocks before the first chapter make the preamble page, so a page is always open here.
      const page = present(current, 'a page open before the first chapter');
      if (block.kind === 'front') page.front.push({ role: 'kicker', passage: block.passage, markup: block.markup });
      else page.blocks.push(block);
      continue;
    }
    const firstLine = present(block.title.spans[0], `a source line for chapter ${block.label}`).line;
    if (current) lastLineOf(current, firstLine);
    if (pages.some((p) => p.chapter?.number === block.number)) {
      throw new InputError(source.file, `chapter ${block.label} appears twice`, firstLine);
    }
    current = {
      slug: `plan/${source.id}/chapter-${block.number}`,
      source,
      part: 'chapter',
      order: pages.length + 1,
      title: block.title.text,
      titleInSource: true,
      districts: source.meta.districts,
      chapter: { number: block.number, label: block.label },
      firstLine,
      lastLine: lines.length,
      front: [{ role: 'title', passage: block.title, markup: [] }],
      blocks: [],
    };
    pages.push(current);
  }
  return pages;
}

/**
 * Where a report too long for one page (LONG_REPORT_CHARACTERS) is cut: the first line of each page after the
 * first, and the report's length; undefined when it fits on one page.
 */
function automaticSplit(
  source: Source,
  lines: Line[],
  layout: Layout,
  cutStart: Set<number>,
): { starts: number[]; characters: number } | undefined {
  // Code units are at least as many as characters: a quick test that almost every report passes.
  if (source.text.length <= LONG_REPORT_CHARACTERS) return undefined;
  const blocks = buildBlocks(lines, { file: source.file, layout, cutStart });
  const characters = blocks.reduce((sum, block) => sum + blockCharacters(block), 0);
  const firstBody = blocks.findIndex(isBodyBlock);
  const cuts = longReportCuts(blocks, LONG_REPORT_CHARACTERS, Math.max(firstBody, 0));
  if (cuts.length === 0) return undefined;
  return { starts: cuts.map((cut) => blockFirstLine(present(blocks[cut], 'a block where a page starts'))), characters };
}

/**
 * Extraction-made Markdown puts the article's banner, headline and standfirst
 * above the first section as headings one level up from the section headings.
 * Those lines (and explicit `front` lines) are the article's front matter.
 */
function separateFront(blocks: Block[]): { front: FrontLine[]; body: Block[] } {
  const front: FrontLine[] = [];
  const levels = blocks.flatMap((b) => (b.kind === 'heading' && b.sourceLevel ? [b.sourceLevel] : []));
  const bodyLevel = mostFrequent(levels);
  const firstBody = blocks.findIndex(isBodyBlock);
  const body: Block[] = [];
  blocks.forEach((block, i) => {
    const beforeBody = firstBody === -1 || i < firstBody;
    const isFront =
      block.kind === 'front' ||
      (beforeBody &&
        bodyLevel !== undefined &&
        block.kind === 'heading' &&
        (block.sourceLevel === undefined ? block.level === 2 : block.sourceLevel < bodyLevel));
    if (isFront && (block.kind === 'front' || block.kind === 'heading')) {
      const passage = block.kind === 'front' ? block.passage : block.title;
      front.push({ role: 'kicker', passage, markup: block.markup });
      // Subtitles of a front heading are front lines too.
      if (block.kind === 'heading')
        for (const sub of block.subtitles) front.push({ role: 'deck', passage: sub, markup: [] });
      return;
    }
    if (block.kind === 'heading' && block.sourceLevel !== undefined && bodyLevel !== undefined) {
      block.level = block.sourceLevel > bodyLevel ? 3 : 2;
    }
    body.push(block);
  });
  return { front, body };
}

/** The blocks that end an article's front lines: its body starts at the first of them. */
function isBodyBlock(block: Block): boolean {
  return ['paragraph', 'list', 'box', 'table'].includes(block.kind);
}

/** Mark the front line that is the page title; lines after it are its standfirst. Returns whether one was found. */
function markTitle(front: FrontLine[], title: string): boolean {
  const index = front.findIndex((f) => withoutWhitespace(f.passage.text) === withoutWhitespace(title));
  const titleLine = front[index];
  if (index === -1 || !titleLine) return false;
  titleLine.role = 'title';
  for (const line of front.slice(index + 1)) line.role = 'deck';
  return true;
}

function mostFrequent(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    // Ties go to the deeper level: section headings outnumber headlines.
    if (best === undefined || count > bestCount || (count === bestCount && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Ids are ASCII, positional within the page, and shared by every translation of it. */
function assignIds(page: Page): void {
  let f = 0;
  let s = 0;
  let p = 0;
  const para = (passage: Passage) => {
    passage.id = `p${++p}`;
  };
  // A box or table number printed twice on one page (a source error) must not give two elements one id.
  const taken = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  for (const line of page.front) line.passage.id = `f${++f}`;
  for (const block of page.blocks) {
    switch (block.kind) {
      case 'heading':
        block.id = `s${++s}`;
        block.title.id = block.id;
        block.subtitles.forEach(para);
        break;
      case 'paragraph':
      case 'caption':
      case 'byline':
      case 'colophon':
        para(block.passage);
        break;
      case 'list':
        block.items.forEach(para);
        break;
      case 'box':
        block.id = unique(`box${block.number}`);
        block.title.id = `${block.id}-title`;
        block.items.forEach(para);
        break;
      case 'table':
        block.id = unique(`table${block.number}`);
        block.caption.id = `${block.id}-caption`;
        block.header.forEach((cell, c) => {
          cell.id = `${block.id}-h${c + 1}`;
        });
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            cell.id = `${block.id}-r${r + 1}-c${c + 1}`;
          }),
        );
        break;
      case 'front':
      case 'chapter':
        break;
    }
  }
}
