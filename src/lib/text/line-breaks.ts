/**
 * A line break: LF, or a lone CR (the line ending of old Mac files, which
 * some converters still write). CRLF is split at its LF, its CR staying at
 * the end of the line as trailing space, as it always has.
 */
const LINE_BREAK = /\r(?!\n)|\n/;

/** A text's lines as editors count them. A final line break gives a last, empty line. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The line (from 1) of the character at `index`. */
export function lineOfIndex(text: string, index: number): number {
  return splitLines(text.slice(0, index)).length;
}

/** The line of the first lone CR, if the text has one. */
export function firstLoneCrLine(text: string): number | undefined {
  const index = text.search(/\r(?!\n)/);
  return index < 0 ? undefined : lineOfIndex(text, index);
}

/** A text's lines, a final line break not starting another. */
export function textLines(text: string): string[] {
  const lines = splitLines(text);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
