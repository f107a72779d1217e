/** What a generated page records of the text it was made from (its frontmatter `source`). */
export interface PageProvenance {
  /** The page file, for messages: `content/zh/reports/….mdx`. */
  page: string;
  sourceId: string;
  sha256: string;
}

/** A source text as it is now. */
export interface SourceFingerprint {
  id: string;
  /** Path for messages: `content/sources/….txt`. */
  file: string;
  sha256: string;
}

const short = (sha256: string) => `${sha256.slice(0, 12)}…`;

/**
 * Where the generated pages no longer match the source texts: a page made
 * from an older version of its text (it would show a SHA-256 that does not
 * match the raw file it links to), a page whose text is gone, and a text
 * with no page yet. One line each, naming the file; empty when all is fresh.
 */
export function stalePages(pages: readonly PageProvenance[], sources: readonly SourceFingerprint[]): string[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const problems = pages.flatMap(({ page, sourceId, sha256 }) => {
    const source = byId.get(sourceId);
    if (!source) return [`${page}: made from the source "${sourceId}", which is no longer in content/sources`];
    if (source.sha256 === sha256) return [];
    return [
      `${page}: made from ${source.file} with SHA-256 ${short(sha256)}, but the file now has ${short(source.sha256)}`,
    ];
  });
  const withPages = new Set(pages.map((page) => page.sourceId));
  for (const source of sources)
    if (!withPages.has(source.id)) problems.push(`${source.file}: no page has been generated from it`);
  return problems;
}

/** The error to stop a build with, or undefined when every page is fresh. */
export function freshnessError(
  pages: readonly PageProvenance[],
  sources: readonly SourceFingerprint[],
): Error | undefined {
  const problems = stalePages(pages, sources);
  if (problems.length === 0) return undefined;
  return new Error(
    `The generated pages are out of date with content/sources: run \`npm run ingest\`, then build again.\n  ${problems.join('\n  ')}`,
  );
}
