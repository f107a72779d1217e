import { InputError } from '../errors.ts';
import { readMdx, type MdxDocument, type MdxElement } from '../mdx/read.ts';
import type { OriginalFigure, OriginalPage, TranslatedPage } from './checks.ts';
import { alignedPassages, type AlignedPassage } from './aligned-passages.ts';

/**
 * Chinese and English pages read as units for the translation checks and the
 * site. Titles and the lines printed above an article (kicker, deck) live in
 * the frontmatter; they are units like the paragraphs: `title` and their own ids.
 */
export interface ChinesePageFile extends OriginalPage {
  file: string;
  slug: string;
  doc: MdxDocument;
}

export interface EnglishPageFile extends TranslatedPage {
  file: string;
  slug: string;
  doc: MdxDocument;
}

interface FrontLine {
  id: string;
  text: string;
  zh?: string;
}

export interface ChineseFrontmatter {
  title: string;
  front?: readonly FrontLine[];
  figures?: readonly OriginalFigure[];
}
export interface EnglishFrontmatter {
  title: string;
  titleZh?: string;
  front?: readonly FrontLine[];
}

/** A Chinese page's passages in reading order: title, front lines, then the body. */
export function chinesePassages(fm: ChineseFrontmatter, body: readonly MdxElement[]): AlignedPassage[] {
  return [
    frontPassage('title', fm.title),
    ...(fm.front ?? []).map((f) => frontPassage(f.id, f.text)),
    ...alignedPassages(body),
  ];
}

/** An English page's passages, each with the stamp of the Chinese text it translates. */
export function englishPassages(fm: EnglishFrontmatter, body: readonly MdxElement[]): AlignedPassage[] {
  return [
    frontPassage('title', fm.title, fm.titleZh),
    ...(fm.front ?? []).map((f) => frontPassage(f.id, f.text, f.zh)),
    ...alignedPassages(body),
  ];
}

export function readChinesePage(file: string, source: string): ChinesePageFile {
  const doc = readMdx(file, source);
  const fm = doc.frontmatter as Partial<ChineseFrontmatter> & { slug?: unknown };
  if (typeof fm.slug !== 'string' || typeof fm.title !== 'string')
    throw new InputError(file, 'a Chinese page needs `slug` and `title` in its frontmatter', 2);
  return {
    file,
    slug: fm.slug,
    doc,
    passages: chinesePassages(fm as ChineseFrontmatter, doc.body),
    figures: [...(fm.figures ?? [])],
  };
}

/** An English page's slug is its path under content/en, as the Chinese page's is under content/zh. */
export function readEnglishPage(file: string, slug: string, source: string): EnglishPageFile {
  const doc = readMdx(file, source);
  const fm = doc.frontmatter as Partial<EnglishFrontmatter>;
  if (typeof fm.title !== 'string') throw new InputError(file, 'an English page needs a `title` in its frontmatter', 2);
  return { file, slug, doc, passages: englishPassages(fm as EnglishFrontmatter, doc.body) };
}

function frontPassage(id: string, text: string, stamp?: string): AlignedPassage {
  return {
    id,
    element: 'front',
    text,
    textOutsideFigures: text,
    figures: [],
    notes: [],
    line: 1,
    ...(stamp === undefined ? {} : { stamp }),
  };
}
