import { describe, expect, it } from 'vitest';
import { hanRuns } from '../../src/lib/text/han-runs.ts';

describe('Chinese runs in English text', () => {
  it('cuts the About page’s rule for 亿 and 个百分点 into English and Chinese runs', () => {
    expect(hanRuns('亿 is 100 million, 个百分点 is percentage points')).toEqual([
      { text: '亿', han: true },
      { text: ' is 100 million, ', han: false },
      { text: '个百分点', han: true },
      { text: ' is percentage points', han: false },
    ]);
  });

  it('gives plain English as one run and keeps every character', () => {
    expect(hanRuns('Qijiang District')).toEqual([{ text: 'Qijiang District', han: false }]);
    const mixed = 'words such as 超过 (more than), 约 (about) and 以上 (or more)';
    expect(
      hanRuns(mixed)
        .map((r) => r.text)
        .join(''),
    ).toBe(mixed);
    expect(
      hanRuns(mixed)
        .filter((r) => r.han)
        .map((r) => r.text),
    ).toEqual(['超过', '约', '以上']);
  });
});
