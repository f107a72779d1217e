import { readFileSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { lineOfIndex } from '../text/line-breaks.ts';

/**
 * Control characters that are never text: C0 other than tab, LF and CR, DEL,
 * and C1. Extraction leaves them behind; on a page they show as � or not at all.
 */
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;

export interface DecodeOptions {
  /** What the file is, for messages: "source text", "file". */
  what: string;
  /**
   * A byte-order mark is refused in a source text (kept byte for byte, it would
   * be part of its first line) and dropped from a YAML file, where it means nothing.
   */
  bom: 'refuse' | 'drop';
}

/**
 * Every input file is read through here: strict UTF-8, a byte sequence that
 * is not UTF-8 being an error with its line, never replaced silently; no
 * control characters.
 */
export function decodeInputText(file: string, bytes: Uint8Array, { what, bom }: DecodeOptions): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(
      file,
      `${what} is not valid UTF-8 (convert it to UTF-8 before adding it)`,
      firstInvalidUtf8Line(bytes),
    );
  }
  if (text.startsWith('\ufeff')) {
    if (bom === 'refuse')
      throw new InputError(file, `${what} starts with a byte-order mark; save it as UTF-8 without BOM`, 1);
    text = text.slice(1);
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control)
    throw new InputError(
      file,
      `${what} contains the control character ${codePoint(control[0])}, which is not text; remove it`,
      lineOfIndex(text, control.index),
    );
  return text;
}

/** Read an input file (a YAML register or metadata) from `path`, named `file` in messages. */
export function readInputFile(path: string, file: string): string {
  return decodeInputText(file, readFileSync(path), { what: 'file', bom: 'drop' });
}

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const cr = bytes[i] === 0x0d && bytes[i + 1] !== 0x0a;
    if (i === bytes.length || bytes[i] === 0x0a || cr) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
