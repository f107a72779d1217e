import { join } from 'node:path';
import type { Locale } from '../i18n/index.ts';
import { asciiId } from '../lib/charts/specs.ts';
import { readInputFile } from '../lib/io/input-text.ts';
import { englishDistrictName } from '../lib/sources/districts.ts';
import { termOccurrences, type Occurrence } from '../lib/glossary/occurrences.ts';
import { parseGlossary, type GlossaryTerm } from '../lib/glossary/parse.ts';
import { zhPages } from './content.ts';
import { zhPassagesOf } from './translations.ts';

let cached: GlossaryTerm[] | undefined;

/** The project glossary (content/glossary.yaml), read once per build. */
export function glossary(): GlossaryTerm[] {
  const file = join('content', 'glossary.yaml');
  cached ??= parseGlossary(file, readInputFile(join(process.cwd(), file), file));
  return cached;
}

/** A district's name in a locale: 綦江 is "Qijiang" by the glossary, else by the list of Chongqing's districts; an unknown name stays as written. */
export function districtName(locale: Locale, district: string): string {
  if (locale === 'zh') return district;
  return englishDistrictName(glossary(), district) ?? district;
}

/** A district's ASCII id, the same in every language, from its English name (綦江 → qijiang). */
export const districtId = (district: string) => asciiId(districtName('en', district));

let occurrences: Promise<Map<string, Occurrence[]>> | undefined;

/** Where each glossary term occurs in the Chinese pages, computed once per build. */
export function glossaryOccurrences(): Promise<Map<string, Occurrence[]>> {
  occurrences ??= zhPages().then((pages) =>
    termOccurrences(
      glossary(),
      pages.map((entry) => ({
        slug: entry.data.slug,
        // The page title is the h1 `#title` unless a printed title line stands in for it (with its own id).
        passages: zhPassagesOf(entry).filter(
          (u) => u.id !== 'title' || !entry.data.front.some((f) => f.role === 'title'),
        ),
      })),
    ),
  );
  return occurrences;
}
