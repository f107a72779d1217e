import type { SpacingMode } from '../text/normalize.ts';

/** A slice of one source line: `line` is 1-based, `from`/`to` are UTF-16 offsets into it. */
export interface Span {
  line: number;
  from: number;
  to: number;
}

/**
 * One piece of displayable text and the exact source slices it was made from.
 * `text` is the slices joined with the spacing rules applied; nothing else.
 */
export interface TextUnit {
  text: string;
  spans: Span[];
  spacing: SpacingMode;
  /** Set when the extraction cut the text off at its start or end. */
  cut?: { start?: boolean; end?: boolean };
  id?: string;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; sourceLevel?: number; title: TextUnit; subtitles: TextUnit[]; markup: Span[]; id?: string }
  | { kind: 'paragraph'; unit: TextUnit }
  | { kind: 'caption'; unit: TextUnit }
  | { kind: 'byline'; unit: TextUnit }
  | { kind: 'list'; items: TextUnit[]; markup: Span[] }
  | { kind: 'box'; number: string; title: TextUnit; items: TextUnit[]; markup: Span[]; id?: string }
  | { kind: 'table'; number: string; caption: TextUnit; header: TextUnit[]; rows: TextUnit[][]; markup: Span[]; id?: string }
  | { kind: 'front'; unit: TextUnit; role: FrontRole; markup: Span[]; sourceLevel?: number }
  | { kind: 'colophon'; unit: TextUnit }
  | { kind: 'chapter'; number: number; label: string; title: TextUnit };

/** Lines printed above an article's body: series banner, headline, standfirst. */
export type FrontRole = 'kicker' | 'title' | 'deck';

export type BlockKind = Block['kind'];
