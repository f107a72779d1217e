/**
 * Web addresses printed in a text. A URL is made only of the characters RFC 3986
 * allows (ASCII letters, digits, `-._~:/?#@!$&'()*+,;=` and `%` with two hex
 * digits; `[` and `]` only enclose an IPv6 host, so they are left out), so it ends
 * at the first other character: a space, `<`, a full-width bracket or punctuation
 * mark, or Chinese. Sentence punctuation at its end is
 * left out, as GFM does (`见http://a.cn/x.` links `http://a.cn/x`).
 */

export interface UrlSpan {
  /** UTF-16 offsets into the text, end exclusive. */
  from: number;
  to: number;
  /** What the link points to: the address as written, `http://` before a bare `www.`. */
  href: string;
}

const URL_CHARACTER = String.raw`(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})`;
/** A scheme or `www.`, then at least one letter or digit of the host. Not inside an ASCII word (`xhttp://`). */
const URL = new RegExp(String.raw`(?<![A-Za-z0-9])(?:https?://|www\.)[A-Za-z0-9]${URL_CHARACTER}*`, 'giu');
const TRAILING_PUNCTUATION = new Set([...".,:;!?'*_~"]);

export function findUrls(text: string): UrlSpan[] {
  const spans: UrlSpan[] = [];
  for (const match of text.matchAll(URL)) {
    const address = trimEnd(match[0]);
    const href = /^www\./i.test(address) ? `http://${address}` : address;
    spans.push({ from: match.index, to: match.index + address.length, href });
  }
  return spans;
}

/** Drop sentence punctuation, and closing brackets that open nowhere in the address: `（见http://a.cn/x)`. */
function trimEnd(address: string): string {
  let end = address.length;
  for (;;) {
    const last = address[end - 1] ?? '';
    const head = address.slice(0, end);
    if (TRAILING_PUNCTUATION.has(last)) end--;
    else if (last === ')' && count(head, ')') > count(head, '(')) end--;
    else return head;
  }
}

const count = (text: string, character: string) => text.split(character).length - 1;
