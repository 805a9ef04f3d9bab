import { describe, expect, it } from 'vitest';
import { differenceFromFixed, newcombeDifference, scaleDifference } from '../../src/stats/difference.js';
import { wilsonInterval } from '../../src/stats/proportion.js';

// Worked examples from Newcombe RG (1998) "Interval estimation for the difference between independent
// proportions: comparison of eleven methods", Statistics in Medicine 17:873-890, Table II, method 10.
// For example (c), 6/7 − 2/7, the method-10 formula gives 0.0582 to 0.8062 (checked by hand below from the
// Wilson limits 0.4869-0.9743 and 0.0822-0.6411); the figures 0.0653 to 0.8137 quoted in our brief do not follow
// from method 10 and are not used.
const NEWCOMBE_TABLE_II: readonly [number, number, number, number, number, number, number][] = [
  [56, 70, 48, 80, 0.2, 0.0524, 0.3339],
  [9, 10, 3, 10, 0.6, 0.1705, 0.809],
  [6, 7, 2, 7, 0.5714, 0.0582, 0.8062],
  [5, 56, 0, 29, 0.0893, -0.0381, 0.1926],
  [0, 10, 0, 20, 0, -0.1611, 0.2775],
  [0, 10, 0, 10, 0, -0.2775, 0.2775],
];

describe('newcombeDifference', () => {
  it.each(NEWCOMBE_TABLE_II)(
    '%i/%i − %i/%i matches Newcombe 1998 method 10 to 4 dp',
    (x1, n1, x2, n2, diff, low, high) => {
      const d = newcombeDifference(x1, n1, x2, n2);
      expect(d.diff).toBeCloseTo(diff, 4);
      expect(d.low).toBeCloseTo(low, 4);
      expect(d.high).toBeCloseTo(high, 4);
    },
  );

  it('combines the Wilson limits by square-and-add (6/7 − 2/7 by hand)', () => {
    const w1 = wilsonInterval(6, 7);
    const w2 = wilsonInterval(2, 7);
    expect(w1.low).toBeCloseTo(0.4869, 4);
    expect(w1.high).toBeCloseTo(0.9743, 4);
    expect(w2.low).toBeCloseTo(0.0822, 4);
    expect(w2.high).toBeCloseTo(0.6411, 4);
    // low = 0.5714 − √((0.8571 − 0.4869)² + (0.6411 − 0.2857)²) = 0.5714 − √(0.13705 + 0.12631) = 0.0582
    expect(newcombeDifference(6, 7, 2, 7).low).toBeCloseTo(0.0582, 4);
  });

  it('is antisymmetric: swapping the groups negates and swaps the limits', () => {
    const a = newcombeDifference(56, 70, 48, 80);
    const b = newcombeDifference(48, 80, 56, 70);
    expect(b.diff).toBeCloseTo(-a.diff, 12);
    expect(b.low).toBeCloseTo(-a.high, 12);
    expect(b.high).toBeCloseTo(-a.low, 12);
  });

  it('gives NaN when either group is empty', () => {
    const d = newcombeDifference(0, 0, 3, 10);
    expect(d.diff).toBeNaN();
    expect(d.low).toBeNaN();
    expect(d.high).toBeNaN();
  });

  it('validates both counts', () => {
    expect(() => newcombeDifference(11, 10, 3, 10)).toThrow(RangeError);
    expect(() => newcombeDifference(1, 10, -3, 10)).toThrow(RangeError);
  });
});

describe('differenceFromFixed', () => {
  it('shifts the Wilson interval of p by the fixed p0', () => {
    // 81/263 = 0.30798 against a national 0.25: Wilson 0.2553-0.3662 shifted by 0.25.
    const d = differenceFromFixed(81, 263, 0.25);
    expect(d.diff).toBeCloseTo(81 / 263 - 0.25, 12);
    expect(d.low).toBeCloseTo(0.0053, 4);
    expect(d.high).toBeCloseTo(0.1162, 4);
  });

  it('is narrower than the two-sample interval, because p0 carries no error', () => {
    const fixed = differenceFromFixed(56, 70, 0.6);
    const twoSample = newcombeDifference(56, 70, 48, 80);
    expect(fixed.high - fixed.low).toBeLessThan(twoSample.high - twoSample.low);
  });

  it('gives NaN for n = 0 and rejects p0 outside 0-1', () => {
    expect(differenceFromFixed(0, 0, 0.5).low).toBeNaN();
    expect(() => differenceFromFixed(1, 2, 1.5)).toThrow(RangeError);
    expect(() => differenceFromFixed(1, 2, Number.NaN)).toThrow(RangeError);
  });
});

describe('scaleDifference', () => {
  it('scales the difference and both limits (0-1 scale to percentage points)', () => {
    const d = scaleDifference({ diff: 0.012, low: -0.003, high: 0.027 }, 100);
    expect(d.diff).toBeCloseTo(1.2, 12);
    expect(d.low).toBeCloseTo(-0.3, 12);
    expect(d.high).toBeCloseTo(2.7, 12);
  });
});
