import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/proportion.js';

// Worked examples from Newcombe RG (1998) "Two-sided confidence intervals for the single proportion: comparison
// of seven methods", Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score, no continuity correction).
const NEWCOMBE_TABLE_I: readonly [number, number, number, number][] = [
  [81, 263, 0.2553, 0.3662],
  [15, 148, 0.0624, 0.1605],
  [0, 20, 0, 0.1611],
  [1, 29, 0.0061, 0.1718],
];

describe('wilsonInterval', () => {
  it.each(NEWCOMBE_TABLE_I)('%i/%i matches Newcombe 1998 to 4 dp', (x, n, low, high) => {
    const w = wilsonInterval(x, n);
    expect(w.low).toBeCloseTo(low, 4);
    expect(w.high).toBeCloseTo(high, 4);
  });

  it('matches the closed form computed by hand for 7/10', () => {
    // centre = (0.7 + 1.96²/20) / (1 + 1.96²/10); half = 1.96/(1 + 1.96²/10) * sqrt(0.021 + 1.96²/400)
    const z = 1.959963984540054;
    const centre = (0.7 + (z * z) / 20) / (1 + (z * z) / 10);
    const half = (z / (1 + (z * z) / 10)) * Math.sqrt(0.021 + (z * z) / 400);
    const w = wilsonInterval(7, 10);
    expect(w.low).toBeCloseTo(centre - half, 12);
    expect(w.high).toBeCloseTo(centre + half, 12);
    expect(w.low).toBeCloseTo(0.3968, 4);
    expect(w.high).toBeCloseTo(0.8922, 4);
  });

  it('is symmetric: the interval for n − x failures mirrors the one for x successes', () => {
    const a = wilsonInterval(3, 17);
    const b = wilsonInterval(14, 17);
    expect(a.low).toBeCloseTo(1 - b.high, 12);
    expect(a.high).toBeCloseTo(1 - b.low, 12);
  });

  it('pins the limits at exactly 0 and 1 for 0/n and n/n', () => {
    expect(wilsonInterval(0, 5).low).toBe(0);
    expect(wilsonInterval(5, 5).high).toBe(1);
    expect(wilsonInterval(5, 5).low).toBeCloseTo(1 - wilsonInterval(0, 5).high, 12);
  });

  it('honours a different z (99%: z = 2.5758293035489)', () => {
    const w = wilsonInterval(81, 263, 2.5758293035489);
    expect(w.low).toBeLessThan(0.2553);
    expect(w.high).toBeGreaterThan(0.3662);
  });

  it('gives NaN limits for n = 0 instead of throwing', () => {
    const w = wilsonInterval(0, 0);
    expect(w.low).toBeNaN();
    expect(w.high).toBeNaN();
  });

  it('rejects counts that are not a proportion', () => {
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, -2)).toThrow(RangeError);
    expect(() => wilsonInterval(Number.NaN, 10)).toThrow(RangeError);
  });
});
