import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputErrors } from '../../src/lib/errors.ts';
import { parseCorrections } from '../../src/lib/sources/corrections.ts';
import { ROOT } from '../support/sources.ts';

const FILE = 'content/corrections.yaml';
const ENTRY = [
  '- source: qijiang-14th-five-year-st-plan',
  '  lines: [45]',
  '  original: 预期值',
  '  corrected: 属性',
  '  reason: 表1表头第六列原文作“预期值”，但该列各行给出的是指标属性（第1行为“预期性”），不是数值；按规划指标表的通行格式应为“属性”。',
].join('\n');

describe('the corrections register', () => {
  it('makes one correction per line named, numbered in file order', () => {
    const corrections = parseCorrections(FILE, `${ENTRY}\n${ENTRY.replace('[45]', '[59, 66]')}\n`);
    expect(corrections.map((c) => [c.id, c.line])).toEqual([
      ['corr-1', 45],
      ['corr-2', 59],
      ['corr-3', 66],
    ]);
    expect(corrections[0]).toEqual({
      id: 'corr-1',
      source: 'qijiang-14th-five-year-st-plan',
      line: 45,
      original: '预期值',
      corrected: '属性',
      reason:
        '表1表头第六列原文作“预期值”，但该列各行给出的是指标属性（第1行为“预期性”），不是数值；按规划指标表的通行格式应为“属性”。',
    });
  });

  it('reads the committed register', () => {
    expect(parseCorrections(FILE, readFileSync(join(ROOT, FILE), 'utf8')).length).toBeGreaterThan(0);
  });

  it('reports every problem in one pass, with the file and line', () => {
    const broken = `${ENTRY.replace('[45]', '[0]')}\n${ENTRY.replace('  corrected: 属性\n', '')}\n`;
    let messages: string[] = [];
    try {
      parseCorrections(FILE, broken);
    } catch (error) {
      messages = error instanceof InputErrors ? error.errors.map((e) => e.message) : [String(error)];
    }
    expect(messages).toEqual([
      `${FILE}:2: field "lines[0]" must be a line number`,
      `${FILE}:6: missing required field "corrected"`,
    ]);
  });
});
