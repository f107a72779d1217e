/**
 * CSV that opens correctly everywhere: RFC 4180 (CRLF line ends, fields with
 * commas, quotes or line breaks quoted, quotes doubled), and a UTF-8 byte-order
 * mark so Excel reads the Chinese text as UTF-8.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some a tab
 * or carriage return) as a formula: `=HYPERLINK(…)` in a source text would be a
 * live link. Every text cell that starts so gets a leading `'` (OWASP's advice),
 * which spreadsheets show as text. Whether a cell is a number is decided by its
 * field's type, never by its text: a number field (the schemas' `z.number()`)
 * is written as the number, so -3.5 stays -3.5.
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.map(textCell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return textCell(Array.isArray(value) ? value.join(';') : String(value));
}

const FORMULA_START = /^[=+\-@\t\r]/;

function textCell(text: string): string {
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}
