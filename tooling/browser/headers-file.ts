import { readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Read a `_headers` file (Netlify / Cloudflare Pages format): a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(path: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: the header line "${line.trim()}" comes before any path`);
    const colon = line.indexOf(':');
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The one header whose joined values mean what the site intends: each is a policy, and a browser enforces all. */
const JOINABLE = new Set(['Content-Security-Policy']);

/**
 * The headers a host applies to a request path: every matching rule, in file
 * order. Netlify and Cloudflare join the values of a header set by two rules
 * with a comma; that is only right for the CSP, so any other overlap is an error.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const previous = headers[name];
      if (previous !== undefined && !JOINABLE.has(name))
        throw new Error(`_headers: two rules set ${name} for ${path}; hosts would join their values`);
      headers[name] = previous === undefined ? value : `${previous}, ${value}`;
    }
  }
  return headers;
}
