import { describe, expect, it } from 'vitest';
import { emptyCellReason } from '../../src/lib/data/empty-cells.ts';
import type { ObservationData } from '../../src/lib/data/records.ts';

// An increase such as 新增高新技术企业22家 (the 2023 Belt and Road feature) is a change, not a level.
const increase = {
  indicator: 'high-tech-enterprises',
  district: '黔江',
  kind: 'increase',
} as ObservationData;

describe('why a comparison cell is empty', () => {
  it('says so when the texts give only a change for the district', () => {
    expect(emptyCellReason([increase], 'high-tech-enterprises', '黔江')).toBe('only-changes');
  });

  it('says "not reported" when there is nothing for that district or indicator', () => {
    expect(emptyCellReason([increase], 'high-tech-enterprises', '大足')).toBe('not-reported');
    expect(emptyCellReason([increase], 'rd-intensity', '黔江')).toBe('not-reported');
  });

  it('does not count a level as a change', () => {
    expect(emptyCellReason([{ ...increase, kind: 'actual' }], 'high-tech-enterprises', '黔江')).toBe('not-reported');
  });
});
