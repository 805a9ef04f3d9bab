import { describe, expect, it } from 'vitest';
import { differenceOfDifferences } from '../../src/stats/difference.js';
import { pairedDifference, welchDifference } from '../../src/stats/mean-difference.js';

describe('welchDifference', () => {
  it('matches a worked example (Welch two-sample interval)', () => {
    // Samples A1 (n = 10) and A2 (n = 20) of the Welch's t-test article's first example. By hand:
    // mean A1 = 19.37, s² = 1.5690; mean A2 = 21.59, s² = 16.1504 -> se² = 0.15690 + 0.80752 = 0.96442,
    // df = 0.96442² / (0.15690²/9 + 0.80752²/19) = 24.5246; t(0.975, 24.5246) = 2.0937
    // -> 2.22 ± 2.0562 = [0.16354, 4.27646] (scipy.stats.ttest_ind(equal_var=False) gives the same).
    const a = [19.8, 20.4, 19.6, 17.8, 18.5, 18.9, 18.3, 18.9, 19.5, 22.0];
    const b = [
      28.2, 26.6, 20.1, 23.3, 25.2, 22.1, 17.7, 27.6, 20.6, 13.7, 23.2, 17.5, 20.6, 18.0, 23.9, 21.6, 24.3, 20.4, 23.9,
      13.3,
    ];
    const d = welchDifference(a, b)!;
    expect(d.diff).toBeCloseTo(2.22, 10);
    expect(d.df).toBeCloseTo(24.5246, 3);
    expect(d.low).toBeCloseTo(0.16354, 4);
    expect(d.high).toBeCloseTo(4.27646, 4);
  });

  it('gives NaN limits for a sample of one, undefined for an empty one, the point when nothing varies', () => {
    expect(welchDifference([1], [2, 3])).toMatchObject({ diff: 1.5, low: NaN, high: NaN });
    expect(welchDifference([], [2, 3])).toBeUndefined();
    expect(welchDifference([2, 2], [5, 5])).toMatchObject({ diff: 3, low: 3, high: 3 });
  });
});

describe('pairedDifference', () => {
  it('is the t interval of the differences', () => {
    // Differences 1, 2, 3: mean 2, s = 1, se = 1/√3 = 0.57735; t(0.975, 2) = 4.302653 -> 2 ± 2.48414.
    const d = pairedDifference([
      { before: 0, after: 1 },
      { before: 1, after: 3 },
      { before: 2, after: 5 },
    ])!;
    expect(d).toMatchObject({ diff: 2, df: 2 });
    expect(d.low).toBeCloseTo(-0.48414, 4);
    expect(d.high).toBeCloseTo(4.48414, 4);
    expect(pairedDifference([])).toBeUndefined();
  });
});

describe('differenceOfDifferences', () => {
  it('combines the two intervals by square-and-add (MOVER)', () => {
    // d1 = 2 [1, 4], d2 = 0.5 [0.2, 0.7]: d = 1.5; low = 1.5 − √(1² + 0.2²) = 0.480196;
    // high = 1.5 + √(2² + 0.3²) = 1.5 + 2.022375 = 3.522375.
    const d = differenceOfDifferences({ diff: 2, low: 1, high: 4 }, { diff: 0.5, low: 0.2, high: 0.7 });
    expect(d.diff).toBe(1.5);
    expect(d.low).toBeCloseTo(0.480196, 6);
    expect(d.high).toBeCloseTo(3.522375, 6);
  });
});
