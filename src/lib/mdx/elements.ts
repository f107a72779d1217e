/**
 * The element vocabulary of page MDX: every element a page may hold, and what
 * each part of the pipeline needs to know about it. Ingest writes these
 * (src/lib/mdx/body.ts, corrections.ts, page.ts), translators keep them, the
 * site renders the components with src/components/content/ (checked against
 * this list by tests/unit/elements.test.ts), and translation alignment,
 * glossary marking, the parallel view and search text read their sets here.
 */
export interface ElementTraits {
  /** `block`: a line (or lines) of its own in the MDX; `inline`: inside a passage's text. */
  placement: 'block' | 'inline';
  /** It holds one passage and carries that passage's id: pages are translated and aligned by it. */
  passage?: true;
  /** A heading passage: search files it as a (sub)heading of its section. */
  heading?: true;
  /** A container whose passages the parallel view aligns one by one. */
  container?: true;
  /**
   * Glossary marking: terms are looked for in the text of `scanned` elements
   * and never inside `skipped` ones (figures, corrections, translator's notes,
   * page furniture are not running text).
   */
  glossary?: 'scanned' | 'skipped';
  /** Its id names an entry outside the page body (a correction), so it is never prefixed. */
  sharedId?: true;
  /** Written by ingest into the Chinese pages; otherwise only translators write it. */
  generated: boolean;
}

/** A component also says which HTML element it renders as its outermost one. */
export interface ComponentTraits extends ElementTraits {
  renders: string;
}

/** The components (capitalised JSX): each has src/components/content/<Name>.astro. */
export const COMPONENT_ELEMENTS = {
  P: { renders: 'p', placement: 'block', passage: true, glossary: 'scanned', generated: true },
  Li: { renders: 'li', placement: 'block', passage: true, glossary: 'scanned', generated: true },
  Caption: { renders: 'p', placement: 'block', passage: true, glossary: 'scanned', generated: true },
  Byline: { renders: 'p', placement: 'block', passage: true, glossary: 'scanned', generated: true },
  List: { renders: 'ul', placement: 'block', container: true, generated: true },
  Box: { renders: 'aside', placement: 'block', container: true, generated: true },
  PrintResidue: { renders: 'div', placement: 'block', container: true, glossary: 'skipped', generated: true },
  Table: { renders: 'section', placement: 'block', generated: true },
  Fig: { renders: 'a', placement: 'inline', glossary: 'skipped', generated: true },
  Corr: { renders: 'span', placement: 'inline', glossary: 'skipped', sharedId: true, generated: true },
  Tn: { renders: 'span', placement: 'inline', glossary: 'skipped', generated: false },
} as const satisfies Record<string, ComponentTraits>;

/**
 * Plain HTML elements pages write: headings stay HTML so the table of contents
 * sees them, tables keep their own structure, `strong` is a lead-in, `em` a
 * translator's italics.
 */
export const HTML_ELEMENTS = {
  h2: { placement: 'block', passage: true, heading: true, generated: true },
  h3: { placement: 'block', passage: true, heading: true, generated: true },
  h4: { placement: 'block', passage: true, heading: true, generated: false },
  hgroup: { placement: 'block', generated: true },
  p: { placement: 'block', passage: true, generated: true },
  caption: { placement: 'block', passage: true, generated: true },
  thead: { placement: 'block', generated: true },
  tbody: { placement: 'block', generated: true },
  tr: { placement: 'block', generated: true },
  th: { placement: 'block', passage: true, generated: true },
  td: { placement: 'block', passage: true, generated: true },
  strong: { placement: 'inline', generated: true },
  // A translator's Markdown italics (_Measures for …_): the title of a document.
  em: { placement: 'inline', generated: false },
} as const satisfies Record<string, ElementTraits>;

export type ComponentName = keyof typeof COMPONENT_ELEMENTS;
export type HtmlElementName = keyof typeof HTML_ELEMENTS;
export type ElementName = ComponentName | HtmlElementName;

const ALL: Record<ElementName, ElementTraits> = { ...COMPONENT_ELEMENTS, ...HTML_ELEMENTS };

/** The names whose traits pass `test`. */
export function elementsWhere(test: (traits: ElementTraits) => boolean): ReadonlySet<string> {
  return new Set((Object.keys(ALL) as ElementName[]).filter((name) => test(ALL[name])));
}

export const COMPONENT_NAMES = Object.keys(COMPONENT_ELEMENTS) as ComponentName[];
/** Elements holding one passage each, aligned between the Chinese and the English page by id. */
export const PASSAGE_ELEMENTS = elementsWhere((e) => e.passage === true);
export const HEADING_ELEMENTS = elementsWhere((e) => e.heading === true);
export const CONTAINER_ELEMENTS = elementsWhere((e) => e.container === true);
export const GLOSSARY_SCANNED = elementsWhere((e) => e.glossary === 'scanned');
export const GLOSSARY_SKIPPED = elementsWhere((e) => e.glossary === 'skipped');
export const SHARED_ID_ELEMENTS = elementsWhere((e) => e.sharedId === true);
/** What ingest may write into a Chinese page. */
export const GENERATED_ELEMENTS = elementsWhere((e) => e.generated);

/** The HTML element each passage element becomes in the built page (search reads passages there). */
export const RENDERED_PASSAGE_TAGS: ReadonlySet<string> = new Set(
  [...PASSAGE_ELEMENTS].map((name) =>
    name in COMPONENT_ELEMENTS ? COMPONENT_ELEMENTS[name as ComponentName].renders : name,
  ),
);
