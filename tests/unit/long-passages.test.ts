import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/segment/pages.ts';
import { LONG_PASSAGE_CHARACTERS, longPassageWarnings } from '../../src/lib/segment/long-passages.ts';
import { makeSource, sourceLines, SOURCE_IDS } from '../support/sources.ts';

// A real sentence, repeated into a paragraph of `length` characters ending with 。 and no line break.
const sentence = sourceLines(SOURCE_IDS.newForces, 15);
const paragraph = (length: number) =>
  `${[...sentence.repeat(Math.ceil(length / [...sentence].length))].slice(0, length - 1).join('')}。`;

describe('a warning for a paragraph too long to be one (issue 17)', () => {
  it('names the file and the line the paragraph starts on', () => {
    const source = makeSource('long', `# 长段落\n\n${sentence}\n\n${paragraph(200_000)}\n\n${sentence}\n`);
    // Too long for one page as well, so ingest splits it (long-reports.ts): the paragraph is a page of its own.
    expect(paginate(source).flatMap((page) => longPassageWarnings(page))).toEqual([
      {
        file: 'content/sources/long.txt',
        line: 5,
        message:
          'a paragraph of 200000 characters (more than 20000): were its line breaks lost? It is built as one paragraph.',
      },
    ]);
  });

  it('counts characters, not UTF-16 units, and says nothing at the limit', () => {
    const astral = '𠀀'.repeat(LONG_PASSAGE_CHARACTERS / 2);
    const source = makeSource('long', `# 长段落\n\n${paragraph(LONG_PASSAGE_CHARACTERS)}\n\n${astral}。\n`);
    expect(longPassageWarnings(paginate(source)[0]!)).toEqual([]);
  });
});
