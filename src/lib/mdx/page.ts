import type { Root } from 'mdast';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { present } from '../assert.ts';
import type { Figure } from '../figures/extract.ts';
import type { Observation } from '../indicators/observations.ts';
import type { ProvisionalIndicator } from '../indicators/registry.ts';
import type { FigureRecord, zhPageSchema } from '../schemas/page.ts';
import type { Correction } from '../sources/corrections.ts';
import type { Page } from '../segment/pages.ts';
import { lineRange } from '../segment/passages.ts';
import type { Passage } from '../segment/types.ts';
import { bodyNodes } from './body.ts';
import { placeCorrections, type PlacedCorrection } from './corrections.ts';
import type { InlineSpan } from './inline.ts';
import { serializeMdx } from './serialize.ts';

export interface EmitContext {
  corrections: readonly Correction[];
  /** Path of the corrections register, for messages. */
  correctionsFile: string;
  /** The page's figures, marked up in the text and listed in the frontmatter. */
  figures?: readonly Figure[];
  /** The indicator observations the page contains. */
  observations?: readonly Observation[];
  /** Indicators the page's plan table made from rows no indicator matched. */
  provisionalIndicators?: readonly ProvisionalIndicator[];
}

export type { FigureRecord };

/** Frontmatter of a generated Chinese page, as the schema that reads it back declares (src/lib/schemas/page.ts). */
export type ZhFrontmatter = z.input<typeof zhPageSchema>;

export function frontmatterOf(
  page: Page,
  corrections: PlacedCorrection[],
  figures: readonly Figure[] = [],
  observations: readonly Observation[] = [],
  provisionalIndicators: readonly ProvisionalIndicator[] = [],
): ZhFrontmatter {
  const { meta } = page.source;
  const truncated: ZhFrontmatter['truncated'] = [];
  for (const block of page.blocks) {
    const passages = block.kind === 'paragraph' ? [block.passage] : block.kind === 'list' ? block.items : [];
    for (const passage of passages) {
      if (passage.cut?.start) truncated.push({ id: passageId(passage), at: 'start' });
      if (passage.cut?.end) truncated.push({ id: passageId(passage), at: 'end' });
    }
  }
  return pruneUndefined({
    lang: 'zh',
    slug: page.slug,
    kind: meta.kind,
    part: page.part,
    order: page.order,
    title: page.title,
    titleEn: page.titleEn,
    titleInSource: page.titleInSource,
    chapter: page.chapter,
    autoSplit: page.autoSplit,
    districts: page.districts,
    published: meta.published,
    dateInferred: meta.dateInferred ?? false,
    dateNote: meta.dateNote,
    dateNoteEn: meta.dateNoteEn,
    authors: page.authors,
    authorsEn: page.authorsEn,
    outlet: meta.outlet,
    url: meta.url,
    source: pruneUndefined({
      id: page.source.id,
      file: basename(page.source.file),
      sha256: page.source.sha256,
      title: meta.title,
      titleEn: meta.titleEn,
      period: meta.period,
      firstLine: page.firstLine,
      lastLine: page.lastLine,
      receivedAs: meta.receivedAs,
    }),
    front: page.front.map((f) => ({
      id: passageId(f.passage),
      role: f.role,
      lines: lineRange(f.passage),
      text: f.passage.text,
    })),
    truncated,
    corrections: corrections.map(({ source: _source, ...rest }) => rest),
    figures: figures.map(({ start: _start, end: _end, ...record }) => record),
    observations: [...observations],
    // Written only when there are some, so pages without provisional indicators stay as they were.
    provisionalIndicators: provisionalIndicators.length > 0 ? [...provisionalIndicators] : undefined,
  });
}

/** paginate gives every passage its id before a page is written. */
function passageId(passage: Passage): string {
  return present(passage.id, 'an id on every passage (paginate assigns them)');
}

/** Each figure becomes `<Fig id="fig-p22-2">25家</Fig>` around exactly its span of the text. */
function figureMarks(figures: readonly Figure[]): Map<string, InlineSpan[]> {
  const marks = new Map<string, InlineSpan[]>();
  for (const figure of figures) {
    const list = marks.get(figure.at) ?? [];
    list.push({ from: figure.start, to: figure.end, kind: { name: 'Fig', attributes: { id: figure.anchor } } });
    marks.set(figure.at, list);
  }
  return marks;
}

/** The generated MDX file for a page: a header comment, frontmatter, then the body. */
export function emitPage(page: Page, context: EmitContext): string {
  const { placed, marks: correctionMarks } = placeCorrections(page, context.corrections, context.correctionsFile);
  const figures = context.figures ?? [];
  const marks = new Map(correctionMarks);
  for (const [passage, list] of figureMarks(figures)) marks.set(passage, [...(marks.get(passage) ?? []), ...list]);
  const frontmatter = frontmatterOf(page, placed, figures, context.observations, context.provisionalIndicators);
  const header = [
    `# GENERATED FILE. Do not edit: made by \`npm run ingest\` from content/sources/${frontmatter.source.file}`,
    `# (lines ${page.firstLine}-${page.lastLine}, sha256 ${page.source.sha256.slice(0, 12)}…) and its .meta.yaml.`,
    '# Fix the metadata, content/corrections.yaml or the ingest code, then run `npm run ingest` again.',
  ].join('\n');
  // Astro reads frontmatter as YAML 1.1: written the same way, dates like 2023-10-25 and words like yes stay quoted strings.
  const yaml = stringify(frontmatter, {
    lineWidth: 0,
    minContentWidth: 0,
    aliasDuplicateObjects: false,
    version: '1.1',
  });
  const tree: Root = { type: 'root', children: bodyNodes(page.blocks, { marks }) };
  return `---\n${header}\n${yaml}---\n\n${serializeMdx(tree)}`;
}

function pruneUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
