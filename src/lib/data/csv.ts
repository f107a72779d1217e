/**
 * CSV that opens correctly everywhere: RFC 4180 (CRLF line ends, fields with
 * commas, quotes or line breaks quoted, quotes doubled), and a UTF-8 byte-order
 * mark so Excel reads the Chinese text as UTF-8.
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const cell = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
