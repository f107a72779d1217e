/** Gzip bytes a first visit may download (the search index excluded: it loads only when someone searches). */
export const BUDGET = { text: 60 * 1024, charts: 150 * 1024 };
