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
export interface Passage {
  text: string;
  spans: Span[];
  spacing: SpacingMode;
  /** Set when the extraction cut the text off at its start or end. */
  cut?: { start?: boolean; end?: boolean };
  id?: string;
}

export type Block =
  | {
      kind: 'heading';
      level: 2 | 3;
      sourceLevel?: number;
      title: Passage;
      subtitles: Passage[];
      markup: Span[];
      id?: string;
    }
  | { kind: 'paragraph'; passage: Passage }
  | { kind: 'caption'; passage: Passage }
  | { kind: 'byline'; passage: Passage }
  | { kind: 'list'; items: Passage[]; markup: Span[] }
  | { kind: 'box'; number: string; title: Passage; items: Passage[]; markup: Span[]; id?: string }
  | {
      kind: 'table';
      number: string;
      caption: Passage;
      header: Passage[];
      rows: Passage[][];
      markup: Span[];
      id?: string;
    }
  | { kind: 'front'; passage: Passage; role: FrontRole; markup: Span[]; sourceLevel?: number }
  | { kind: 'colophon'; passage: Passage }
  | { kind: 'chapter'; number: number; label: string; title: Passage };

/** Lines printed above an article's body: series banner, headline, standfirst. */
export type FrontRole = 'kicker' | 'title' | 'deck';

export type BlockKind = Block['kind'];
