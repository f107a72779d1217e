import { parse } from 'csv-parse/sync';

/**
 * The rows of a CSV file as the site writes them (RFC 4180: CRLF between
 * records, quoted fields holding commas, doubled quotes and line breaks), read
 * by csv-parse. A leading byte-order mark (there for Excel) is dropped; a row
 * with a different number of fields is an error.
 */
export function parseCsv(text: string | Buffer): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n' });
}
