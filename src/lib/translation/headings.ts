import type { AlignedPassage } from './aligned-passages.ts';

interface Heading {
  slug: string;
  text: string;
}

/**
 * Headings for a table of contents, each with its text as displayed but without translator's notes
 * (`<Tn>` inside a heading): Astro's own heading text keeps the note's words and runs them into the
 * heading's ("…polish jadea classical idiom: …"). A heading with no aligned passage keeps its text.
 */
export function headingsWithoutNotes<H extends Heading>(
  headings: readonly H[],
  passages: readonly AlignedPassage[],
): H[] {
  const noted = new Map(passages.filter((p) => p.notes.length > 0).map((p) => [p.id, p.text.trim()]));
  return headings.map((h) => {
    const text = noted.get(h.slug);
    return text === undefined ? h : { ...h, text };
  });
}
