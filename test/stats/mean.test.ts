import { describe, expect, it } from 'vitest';
import { meanInterval, tQuantile } from '../../src/stats/mean.js';
import { tCdf } from '../../src/stats/student-t.js';

// Two-sided 95% critical values t(0.975, ν), as printed in standard tables (e.g. NIST/SEMATECH e-Handbook
// 1.3.6.7.2) and reproduced to 7 dp by R's qt().
const T_TABLE: readonly [number, number, number][] = [
  [0.975, 1, 12.7062047],
  [0.975, 2, 4.3026527],
  [0.975, 4, 2.7764451],
  [0.975, 10, 2.2281389],
  [0.975, 30, 2.0422725],
  [0.975, 1000, 1.962339],
  [0.995, 5, 4.032143],
  [0.95, 20, 1.7247182],
];

describe('tQuantile', () => {
  it.each(T_TABLE)('t(%f, %i) = %f to 1e-6', (p, df, t) => {
    expect(Math.abs(tQuantile(p, df) - t)).toBeLessThan(1e-6);
  });

  it('is the inverse of the CDF across tails and fractional df', () => {
    for (const df of [1, 2, 2.5, 3, 7, 29, 500]) {
      for (const p of [1e-6, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.9995]) {
        expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 12);
      }
    }
  });

  it('is antisymmetric and approaches the normal quantile as df grows', () => {
    expect(tQuantile(0.025, 4)).toBeCloseTo(-2.7764451, 6);
    expect(tQuantile(0.975, 1e7)).toBeCloseTo(1.959963985, 6);
  });

  it('handles the edges and rejects bad arguments', () => {
    expect(tQuantile(0.5, 3)).toBe(0);
    expect(tQuantile(1, 3)).toBe(Infinity);
    expect(tQuantile(0, 3)).toBe(-Infinity);
    expect(() => tQuantile(1.2, 3)).toThrow(RangeError);
    expect(() => tQuantile(0.9, 0)).toThrow(RangeError);
  });
});

describe('meanInterval', () => {
  it('matches a hand-computed t interval', () => {
    // values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, s = √(32/7) = 2.1380899,
    // s/√8 = 0.7559289, t(0.975, 7) = 2.3646243, half-width 1.7874879.
    const m = meanInterval([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(m).toBeDefined();
    expect(m!.n).toBe(8);
    expect(m!.mean).toBe(5);
    expect(m!.sd).toBeCloseTo(2.1380899, 7);
    expect(m!.low).toBeCloseTo(5 - 1.7874879, 6);
    expect(m!.high).toBeCloseTo(5 + 1.7874879, 6);
  });

  it('uses the requested level', () => {
    // 90%: t(0.95, 7) = 1.8945786; half-width 1.8945786 × 0.7559289 = 1.4321665
    const m = meanInterval([2, 4, 4, 4, 5, 5, 7, 9], 0.9)!;
    expect(m.high - m.mean).toBeCloseTo(1.4321665, 6);
  });

  it('returns undefined for no values and NaN limits for one value', () => {
    expect(meanInterval([])).toBeUndefined();
    const one = meanInterval([3.5])!;
    expect(one.mean).toBe(3.5);
    expect(one.n).toBe(1);
    expect(one.low).toBeNaN();
    expect(one.high).toBeNaN();
    expect(one.sd).toBeNaN();
  });

  it('gives a zero-width interval when every value is the same', () => {
    const m = meanInterval([4, 4, 4])!;
    expect(m.low).toBe(4);
    expect(m.high).toBe(4);
  });

  it('refuses non-finite values rather than averaging a missing value in', () => {
    expect(() => meanInterval([1, Number.NaN, 3])).toThrow(RangeError);
    expect(() => meanInterval([1, 2], 1)).toThrow(RangeError);
  });
});
