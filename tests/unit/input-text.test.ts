import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/lib/glossary/parse.ts';
import rehypeGlossaryTerms from '../../src/integrations/rehype-glossary-terms.ts';
import { decodeInputText } from '../../src/lib/io/input-text.ts';
import { CHONGQING_DISTRICTS } from '../../src/lib/schemas/vocabulary.ts';
import { englishDistrictName } from '../../src/lib/sources/districts.ts';
import { readTranslationProject } from '../../src/lib/translation/project.ts';
import { ROOT } from '../support/sources.ts';

/** 綦江区科技创新 as Chinese Windows saves it (GBK bytes from iconv). */
const GBK_TITLE = Buffer.from([0xf4, 0xeb, 0xbd, 0xad, 0xc7, 0xf8, 0xbf, 0xc6, 0xbc, 0xbc, 0xb4, 0xb4, 0xd0, 0xc2]);
const TEXT = { what: 'source text', bom: 'refuse' } as const;

describe('reading an input file', () => {
  it('names the line of bytes that are not UTF-8, counting LF, CRLF and lone CR line ends', () => {
    for (const lineEnd of ['\n', '\r\n', '\r'])
      expect(() =>
        decodeInputText('x.txt', Buffer.concat([Buffer.from(`甲${lineEnd}乙${lineEnd}`), GBK_TITLE]), TEXT),
      ).toThrow('x.txt:3: source text is not valid UTF-8 (convert it to UTF-8 before adding it)');
  });

  it('allows tab, LF and CR, and refuses DEL and the other control characters', () => {
    expect(decodeInputText('x.txt', Buffer.from('甲\t乙\r\n丙\r丁\n'), TEXT)).toBe('甲\t乙\r\n丙\r丁\n');
    for (const [ch, name] of [
      ['\u0001', 'U+0001'],
      ['\u000c', 'U+000C'],
      ['\u001b', 'U+001B'],
      ['\u007f', 'U+007F'],
      ['\u009f', 'U+009F'],
    ])
      expect(() => decodeInputText('x.txt', Buffer.from(`甲\n乙${ch}\n`), TEXT)).toThrow(
        `x.txt:2: source text contains the control character ${name}, which is not text; remove it`,
      );
  });

  it('refuses a byte-order mark in a text and drops it from a YAML file', () => {
    const withBom = Buffer.from('\ufeff甲\n');
    expect(() => decodeInputText('x.txt', withBom, TEXT)).toThrow('x.txt:1: source text starts with a byte-order mark');
    expect(decodeInputText('x.yaml', withBom, { what: 'file', bom: 'drop' })).toBe('甲\n');
  });
});

describe('the glossary saved as GBK', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'project-'));
    cpSync(join(ROOT, 'content', 'glossary.yaml'), join(root, 'content', 'glossary.yaml'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is reported with its line by the translation check, not read as mojibake', () => {
    const file = join(root, 'content', 'glossary.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${lines.slice(0, 4).join('\n')}\n# `), GBK_TITLE, Buffer.from('\n')]),
    );
    expect(() => readTranslationProject(root)).toThrow('content/glossary.yaml:5: file is not valid UTF-8');
  });

  it('is reported with its line by the build’s glossary markup too', () => {
    const file = join(root, 'content', 'glossary.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${lines.slice(0, 4).join('\n')}\n# `), GBK_TITLE, Buffer.from('\n')]),
    );
    expect(() => rehypeGlossaryTerms({ base: '/', glossaryFile: file })).toThrow(
      'content/glossary.yaml:5: file is not valid UTF-8',
    );
  });
});

describe('districts', () => {
  const glossary = parseGlossary('content/glossary.yaml', readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8'));

  it('lists the 38 districts and counties of Chongqing, each once', () => {
    expect(CHONGQING_DISTRICTS).toHaveLength(38);
    expect(new Set(CHONGQING_DISTRICTS.map((d) => d.zh)).size).toBe(38);
    expect(new Set(CHONGQING_DISTRICTS.map((d) => d.en)).size).toBe(38);
  });

  it('agrees with the glossary where both name a district', () => {
    for (const { zh, en } of CHONGQING_DISTRICTS) {
      const term = glossary.find((t) => t.zh === zh);
      if (term) expect(term.en).toBe(en);
    }
  });

  it('have English names from the glossary, else from the list; an unknown name has none', () => {
    expect(englishDistrictName(glossary, '綦江')).toBe('Qijiang');
    expect(englishDistrictName(glossary, '万州')).toBe('Wanzhou');
    expect(englishDistrictName(glossary, '火星区')).toBeUndefined();
  });
});
