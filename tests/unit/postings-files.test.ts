import { describe, expect, it } from 'vitest';
import {
  fileHolding,
  filesWithPrefix,
  POSTINGS_SIGNATURE,
  postingsPath,
  readPostingsFile,
  type PostingsDirectory,
} from '../../src/lib/search/browser/postings-files.ts';
import { PostingsGatherer } from '../../src/lib/search/build/postings-files.ts';

const hex = (text: string) => Uint8Array.from(text.match(/../g)!.map((b) => Number.parseInt(b, 16)));
const signature = [...new TextEncoder().encode(POSTINGS_SIGNATURE)]
  .map((b) => b.toString(16).padStart(2, '0'))
  .join('');

/** 高新 on page 3 (positions 1, 5) of one slice and page 200 (position 130) of the next; q32q (the digit 2) on page 0. */
function gathered(): PostingsGatherer {
  const gatherer = new PostingsGatherer();
  gatherer.add('高新', { pages: [3], positions: [[1, 5]] });
  gatherer.add('q32q', { pages: [0], positions: [[0]] });
  gatherer.add('高新', { pages: [200], positions: [[130]] });
  return gatherer;
}

// Worked by hand (unsigned LEB128: 197 = 0xc5 0x01, 130 = 0x82 0x01), words in JavaScript's string order.
const Q32Q = '04' + '71333271' + '04' + '01' + '00' + '01' + '00';
const GAOXIN = '06' + 'e9ab98e696b0' + '0a' + '02' + '03' + '02' + '01' + '04' + 'c501' + '01' + '8201';

describe('the postings files', () => {
  it('write each word once, its slices’ pages joined, as worked out by hand', () => {
    const { directories, files } = gathered().files();
    expect(directories).toHaveLength(1);
    const [[from, to, name]] = directories[0] as [[string, string, string]];
    expect([from, to]).toEqual(['q32q', '高新']);
    expect(name).toMatch(/^[0-9a-f]{16}$/);
    expect(postingsPath(name)).toBe(`postings/${name}.bin`);
    expect(files.get(name)).toEqual(hex(signature + Q32Q + GAOXIN));
  });

  it('read back what was written, and only the words asked for', () => {
    const { files } = gathered().files();
    const [name, bytes] = [...files][0]!;
    const file = readPostingsFile(name, bytes);
    expect([...file.words()]).toEqual(['q32q', '高新']);
    expect(file.get('高新')).toEqual({ pages: [3, 200], positions: [[1, 5], [130]] });
    expect(file.get('q32q')).toEqual({ pages: [0], positions: [[0]] });
    expect(file.get('高校')).toBeUndefined();
    // Numbers past one byte, and past four.
    const large = new PostingsGatherer();
    large.add('技术', { pages: [70_000, 2 ** 33], positions: [[300_000], [0, 127, 128, 16_384]] });
    const [bigName, big] = [...large.files().files][0]!;
    expect(readPostingsFile(bigName, big).get('技术')).toEqual({
      pages: [70_000, 2 ** 33],
      positions: [[300_000], [0, 127, 128, 16_384]],
    });
  });

  it('start a new file when the next word would take one past its positions, however large a word is', () => {
    const { directories, files } = gathered().files(2);
    expect(directories).toHaveLength(1);
    const names = directories[0]!.map(([, , name]) => name);
    expect(directories[0]!.map(([from, to]) => [from, to])).toEqual([
      ['q32q', 'q32q'],
      ['高新', '高新'],
    ]);
    expect(names.map((name) => files.get(name))).toEqual([hex(signature + Q32Q), hex(signature + GAOXIN)]);
    // More positions, more words/ files: 32 postings files a words/ file.
    const many = new PostingsGatherer();
    for (let page = 0; page < 200; page++) many.add(`q${page.toString(16)}q中`, { pages: [page], positions: [[0]] });
    expect(many.files(2).directories).toHaveLength(Math.ceil(200 / (2 * 32)));
  });

  it('name a file by its content, so a file whose words did not change keeps its name', () => {
    const again = gathered().files(2).directories[0]!;
    const other = new PostingsGatherer();
    other.add('q32q', { pages: [0], positions: [[0]] });
    other.add('高新', { pages: [3], positions: [[1, 6]] });
    const changed = other.files(2).directories[0]!;
    expect(changed[0]).toEqual(again[0]);
    expect(changed[1]![2]).not.toBe(again[1]![2]);
  });

  it('refuses pages or positions out of order, and a file that is not one, naming it', () => {
    const gatherer = gathered();
    expect(() => gatherer.add('高新', { pages: [150], positions: [[0]] })).toThrow(/高新: page 150 after page 200/);
    expect(() => gatherer.add('研发', { pages: [5, 4], positions: [[0], [0]] })).toThrow(/page 4 after page 5/);
    expect(() => gatherer.add('研究', { pages: [5], positions: [[3, 3]] })).toThrow(/position 3 after 3/);
    expect(() => readPostingsFile('postings/x.bin', hex('1f8b08'))).toThrow(
      'postings/x.bin: not a postings file (no signature)',
    );
    expect(() => readPostingsFile('f', hex(signature + Q32Q.slice(0, 8)))).toThrow(/f: .*a word cut short/);
    expect(() => readPostingsFile('f', hex(signature + GAOXIN.slice(0, -2)))).toThrow(
      /f: .*postings of 高新 cut short/,
    );
    expect(() => readPostingsFile('f', hex(signature + GAOXIN + Q32Q))).toThrow(/f: .*q32q out of order/);
    // 高新's postings with a byte too many inside its length: one page, then 0x00 left over.
    const leftOver = readPostingsFile('f', hex(signature + '06e9ab98e696b0' + '05' + '01030101' + '00'));
    expect(() => leftOver.get('高新')).toThrow(/f: .*postings of 高新 have bytes left over/);
  });
});

describe('finding a word’s postings file', () => {
  const directory: PostingsDirectory = [
    ['q32q', 'q33q中', 'a'],
    ['高新', '高校', 'b'],
    ['高科', '黔江', 'c'],
  ];

  it('is the file whose range holds the word, if any', () => {
    expect(['q32q', 'q33q', '高昂', '高校', '高科', '高科技', '黔江'].map((w) => fileHolding(directory, w))).toEqual([
      'a',
      'a',
      'b',
      'b',
      'c',
      'c',
      'c',
    ]);
    // Between two files' ranges, or past them all: no file holds it.
    expect(['q31q', 'q34q', '綦江', '高校园', '黔江区', '龙'].map((w) => fileHolding(directory, w))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('lists for a character every file that may hold a word starting with it', () => {
    expect(filesWithPrefix(directory, '高')).toEqual(['b', 'c']);
    expect(filesWithPrefix(directory, 'q33q')).toEqual(['a']);
    expect(filesWithPrefix(directory, '黔')).toEqual(['c']);
    expect(filesWithPrefix(directory, '龙')).toEqual([]);
    expect(filesWithPrefix(directory, 'q2eq')).toEqual([]);
  });
});
