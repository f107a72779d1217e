import { describe, expect, it } from 'vitest';
import { append, maxOf, minOf } from '../../src/lib/arrays.ts';

describe('array helpers for arrays of any length', () => {
  const many = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_001);

  it('append more items than a call takes arguments', () => {
    const target = [-1];
    expect(() => target.push(...many)).toThrow(RangeError);
    expect(append(target, many)).toBe(target);
    expect(target.length).toBe(many.length + 1);
    expect(target.at(-1)).toBe(many.at(-1));
  });

  it('find the largest and smallest of them, as Math.max and Math.min do for few', () => {
    expect(maxOf(many)).toBe(300_000);
    expect(minOf(many)).toBe(0);
    expect([maxOf([]), minOf([])]).toEqual([Math.max(), Math.min()]);
    expect(maxOf([3, 9, 4])).toBe(Math.max(3, 9, 4));
  });
});
