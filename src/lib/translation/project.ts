import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseGlossary, type GlossaryTerm } from '../glossary/parse.ts';
import { assertNoSharedSpellings, parseEntities, type Entity } from '../glossary/entities.ts';
import { observationData } from '../data/records.ts';
import {
  parseIndicators,
  provisionalAsIndicator,
  provisionalIndicatorsIn,
  type Indicator,
  type ProvisionalIndicator,
} from '../indicators/registry.ts';
import { readInputFile } from '../io/input-text.ts';
import { listTree } from '../io/tree.ts';
import { zhPageSchema } from '../schemas/page.ts';
import { checkTranslation, type Problem } from './checks.ts';
import { lostBounds } from './data-bounds.ts';
import { readChinesePage, readEnglishPage, type ChinesePageFile, type EnglishPageFile } from './pages.ts';

/** The Chinese pages, their English translations and the glossary, read from a project root. */
export interface TranslationProject {
  chinese: ChinesePageFile[];
  english: EnglishPageFile[];
  glossary: GlossaryTerm[];
  glossaryFile: string;
  entities: Entity[];
  indicators: Indicator[];
  /** Indicators that plan tables made, with no English name yet, and the generated page that lists each. */
  provisional: { page: string; sourceFile: string; indicator: ProvisionalIndicator }[];
}

export function readTranslationProject(root: string): TranslationProject {
  const zhDir = join(root, 'content', 'zh');
  const enDir = join(root, 'content', 'en');
  const glossaryPath = join(root, 'content', 'glossary.yaml');
  const glossaryFile = relative(root, glossaryPath);
  const mdxIn = (dir: string) => (existsSync(dir) ? listTree(dir).filter((f) => f.endsWith('.mdx')) : []);
  const chineseFiles = mdxIn(zhDir).map((path) => ({
    file: relative(root, join(zhDir, path)),
    text: readFileSync(join(zhDir, path), 'utf8'),
  }));
  const chinese = chineseFiles.map(({ file, text }) => readChinesePage(file, text));
  const provisional = chineseFiles.flatMap(({ file, text }, i) =>
    provisionalIndicatorsIn(file, text).map((indicator) => ({
      page: file,
      sourceFile: String((chinese[i]?.doc.frontmatter.source as { file?: unknown } | undefined)?.file ?? ''),
      indicator,
    })),
  );
  const english = mdxIn(enDir).map((path) =>
    readEnglishPage(
      relative(root, join(enDir, path)),
      path.replace(/\.mdx$/, ''),
      readFileSync(join(enDir, path), 'utf8'),
    ),
  );
  const glossary = existsSync(glossaryPath)
    ? parseGlossary(glossaryFile, readInputFile(glossaryPath, glossaryFile))
    : [];
  const entitiesPath = join(root, 'content', 'entities.yaml');
  const entitiesFile = relative(root, entitiesPath);
  const entities = existsSync(entitiesPath)
    ? parseEntities(entitiesFile, readInputFile(entitiesPath, entitiesFile))
    : [];
  assertNoSharedSpellings(entities, entitiesFile, glossary, glossaryFile);
  const indicatorsPath = join(root, 'content', 'indicators.yaml');
  const indicators = existsSync(indicatorsPath)
    ? parseIndicators(relative(root, indicatorsPath), readInputFile(indicatorsPath, relative(root, indicatorsPath)))
    : [];
  return { chinese, english, glossary, glossaryFile, entities, indicators, provisional };
}

export interface PageReport {
  slug: string;
  /** The English file, when there is one. */
  file?: string;
  passages: number;
  translated: number;
  problems: Problem[];
  /** Passages a scaffold pre-filled that no translator has confirmed (`data-draft`): shown as drafts, not a failure. */
  drafts?: string[];
}

/** Every Chinese page with the state of its translation; English pages without an original are reported too. */
export function checkProject(project: TranslationProject): PageReport[] {
  const bySlug = new Map(project.english.map((e) => [e.slug, e]));
  const indicatorNames = new Map(
    project.indicators.flatMap((i) => (i.tableRow && i.tableRowEn ? [[i.tableRow, i.tableRowEn] as const] : [])),
  );
  const reports: PageReport[] = project.chinese.map((zh) => {
    const en = bySlug.get(zh.slug);
    if (!en) return { slug: zh.slug, passages: zh.passages.length, translated: 0, problems: [] };
    const ids = new Set(en.passages.map((u) => u.id));
    return {
      slug: zh.slug,
      file: en.file,
      passages: zh.passages.length,
      translated: zh.passages.filter((u) => ids.has(u.id)).length,
      drafts: en.passages.filter((u) => u.draft !== undefined).map((u) => u.id),
      problems: [
        ...checkTranslation(zh, en, { glossary: project.glossary, entities: project.entities, indicatorNames }),
        ...titleProblems(zh, en),
      ],
    };
  });
  const known = new Set(project.chinese.map((zh) => zh.slug));
  for (const en of project.english) {
    if (!known.has(en.slug)) {
      reports.push({
        slug: en.slug,
        file: en.file,
        passages: 0,
        translated: 0,
        problems: [
          { check: 'coverage', message: `there is no Chinese page content/zh/${en.slug}.mdx for this translation` },
        ],
      });
    }
  }
  return reports.sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/** A page whose source metadata gives an English title (title_en) uses it: one English title everywhere. */
function titleProblems(zh: ChinesePageFile, en: EnglishPageFile): Problem[] {
  const expected = zh.doc.frontmatter.titleEn;
  const actual = en.doc.frontmatter.title;
  if (typeof expected !== 'string' || actual === expected) return [];
  return [
    {
      check: 'coverage',
      id: 'title',
      line: 1,
      message: `the title must read "${expected}" (title_en in the source metadata), not "${String(actual)}"`,
    },
  ];
}

/**
 * The values the data pages compose in both languages from the observations in the Chinese pages' frontmatter (the
 * same pure functions the pages call), with those whose English loses a bound.
 */
export function checkDataViews(project: TranslationProject): ReturnType<typeof lostBounds> {
  const pages = project.chinese.map((zh) => zhPageSchema.parse(zh.doc.frontmatter));
  const indicators = [...project.indicators, ...project.provisional.map((p) => provisionalAsIndicator(p.indicator))];
  return lostBounds(observationData(pages, indicators), indicators);
}
