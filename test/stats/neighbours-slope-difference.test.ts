import { describe, expect, it } from 'vitest';
import { type PairedRates, slopeDifference } from '../../src/stats/slope-difference.js';

// Five pre-start years, 10,000 young people on each side each year.
const N = 10_000;
const series = (hub: readonly number[], group: readonly number[]): PairedRates[] =>
  hub.map((p, k) => ({ t: 2015 + k, x1: p * N, n1: N, x2: (group[k] as number) * N, n2: N }));

describe('slopeDifference (pre-trend check)', () => {
  it('parallel trends: a difference of zero whose interval covers zero', () => {
    // Hub 0.050 -> 0.042 and group 0.040 -> 0.032: both fall 0.002 a year, the gap stays 0.010.
    const d = slopeDifference(series([0.05, 0.048, 0.046, 0.044, 0.042], [0.04, 0.038, 0.036, 0.034, 0.032]))!;
    expect(d.diff).toBeCloseTo(0, 12);
    expect(d.low).toBeLessThan(0);
    expect(d.high).toBeGreaterThan(0);
    expect(d.dispersion).toBe(1);
    expect(d.n).toBe(5);
  });

  it('diverging trends: the hub falls 0.004 a year faster, and the interval excludes zero', () => {
    // Gap: 0.010, 0.006, 0.002, -0.002, -0.006 -> slope -0.004 exactly (points on a line).
    const d = slopeDifference(series([0.05, 0.044, 0.038, 0.032, 0.026], [0.04, 0.038, 0.036, 0.034, 0.032]))!;
    expect(d.diff).toBeCloseTo(-0.004, 6);
    expect(d.high).toBeLessThan(0);
  });

  it('matches a hand-computed weighted fit on two points', () => {
    // t = 0, 1; hub 0.1 -> 0.2 of 100, group 0.1 -> 0.1 of 100: gap slope 0.1.
    // v with Agresti-Caffo p: (11/102)(91/102)/100 x 2 = 0.0019243 at t=0; (21/102)(81/102)/100 + 0.0019243/2 at t=1.
    const pts = [
      { t: 0, x1: 10, n1: 100, x2: 10, n2: 100 },
      { t: 1, x1: 20, n1: 100, x2: 10, n2: 100 },
    ];
    const a = (x: number) => (((x + 1) / 102) * (1 - (x + 1) / 102)) / 100;
    const v0 = 2 * a(10);
    const v1 = a(20) + a(10);
    // With two points, Σw(t − t̄w)² = w0 w1 / (w0 + w1) = 1 / (v0 + v1).
    const se = Math.sqrt(v0 + v1);
    const d = slopeDifference(pts)!;
    expect(d.diff).toBeCloseTo(0.1, 12);
    expect(d.high - d.diff).toBeCloseTo(1.959963984540054 * se, 12);
  });

  it('widens the interval when the gap swings more than sampling error allows', () => {
    const calm = slopeDifference(series([0.05, 0.05, 0.05, 0.05], [0.04, 0.04, 0.04, 0.04]))!;
    const swinging = slopeDifference(series([0.05, 0.07, 0.04, 0.06], [0.04, 0.04, 0.04, 0.04]))!;
    expect(swinging.dispersion).toBeGreaterThan(1);
    expect(swinging.high - swinging.low).toBeGreaterThan(calm.high - calm.low);
  });

  it('has no answer for fewer than two years', () => {
    expect(slopeDifference(series([0.05], [0.04]))).toBeUndefined();
    expect(() =>
      slopeDifference([
        { t: 0, x1: 1, n1: 0, x2: 1, n2: 10 },
        { t: 1, x1: 1, n1: 10, x2: 1, n2: 10 },
      ]),
    ).toThrow(RangeError);
  });
});
