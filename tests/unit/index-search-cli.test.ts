import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, treeHash } from '../support/project-copy.ts';
import { sourceLines, SOURCE_IDS } from '../support/sources.ts';

// A built report page as search reads it (src/lib/search/build/page-text.ts), with real lines (printed as one
// paragraph) and a figure in them.
const LINE = sourceLines(SOURCE_IDS.highTechZone, 159, 160).replace('\n', '');
const PAGE = `<!doctype html><html lang="zh-CN"><head>
<meta data-pagefind-meta="title[content]" content="测试页"><meta data-pagefind-meta="date[content]" content="2022">
<meta data-pagefind-filter="kind[content]" content="report"><meta data-pagefind-filter="year[content]" content="2022">
<meta data-pagefind-filter="district[content]" content="綦江"></head><body>
<article data-pagefind-body><header><h1 id="title">测试页</h1></header>
<p id="p1">${LINE.replace('123家', '<a class="fig" id="fig-p1-1" href="#fig-p1-1">123家</a>')}</p></article></body></html>`;

let root: string;
const dist = () => join(root, 'dist');
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'index-search-'));
  mkdirSync(join(dist(), 'reports', 'x'), { recursive: true });
  mkdirSync(join(dist(), 'data', 'pages', 'reports'), { recursive: true });
  mkdirSync(join(dist(), 'pagefind-exact', 'results'), { recursive: true });
  writeFileSync(join(dist(), 'reports', 'x', 'index.html'), PAGE);
  // The index of an earlier run, which a new one replaces whole.
  writeFileSync(join(dist(), 'pagefind-exact', 'results', 'stale.0.json'), '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run index:search (issue 17)', () => {
  it('leaves the site as it was when indexing fails, and says so', () => {
    // The figure records are unreadable: indexing fails after Pagefind has started writing.
    writeFileSync(join(dist(), 'data', 'pages', 'reports', 'x.json'), '{"figures": [');
    const before = treeHash(dist());
    const run = runScript('index-search', [dist()], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('search index of /reports/x/:');
    expect(run.stderr).toContain('Indexing failed: dist/ was left as it was.');
    expect(treeHash(dist())).toBe(before);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('replaces the old indexes whole when it succeeds', () => {
    writeFileSync(
      join(dist(), 'data', 'pages', 'reports', 'x.json'),
      JSON.stringify({ figures: [{ anchor: 'fig-p1-1', label: '国家高新技术企业', raw: '123家' }] }),
    );
    const run = runScript('index-search', [dist()], root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(dist(), 'pagefind-exact', 'results', 'stale.0.json'))).toBe(false);
    expect(existsSync(join(dist(), 'pagefind-exact', 'layout.json'))).toBe(true);
    expect(existsSync(join(dist(), 'reports', 'x', 'index.html'))).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('writes a built site’s _headers again, with the long-cache rules of the slices it cut', () => {
    writeFileSync(join(dist(), 'data', 'pages', 'reports', 'x.json'), JSON.stringify({ figures: [] }));
    mkdirSync(join(dist(), 'reports', 'y'), { recursive: true });
    writeFileSync(join(dist(), 'reports', 'y', 'index.html'), PAGE);
    writeFileSync(join(dist(), '_headers'), '# as the build wrote it, with the slices of its own index\n');
    // A slice holds at least one page: each page a slice.
    const run = runScript('index-search', [dist(), '--slice-characters', '1'], root);
    expect(run.stderr).toBe('');
    const headers = readFileSync(join(dist(), '_headers'), 'utf8');
    expect(headers).toContain('/pagefind-exact/slice-1/filter/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headers).toContain('/pagefind-exact/postings/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headers).not.toContain('slice-2');
  });

  it('writes the new indexes apart from the old, so a broken old one cannot stop it half-way', () => {
    writeFileSync(join(dist(), 'data', 'pages', 'reports', 'x.json'), JSON.stringify({ figures: [] }));
    // A file where the English index goes: writing into it in place failed after the exact index was rewritten.
    writeFileSync(join(dist(), 'pagefind'), 'not a folder');
    const run = runScript('index-search', [dist()], root);
    expect(run.status).toBe(0);
    expect(existsSync(join(dist(), 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dist(), 'pagefind-exact', 'results', 'stale.0.json'))).toBe(false);
  });
});
