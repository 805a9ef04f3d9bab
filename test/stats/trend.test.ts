import { describe, expect, it } from 'vitest';
import { trendSlope } from '../../src/stats/trend.js';

describe('trendSlope', () => {
  it('matches a hand-computed least-squares line and slope interval', () => {
    // x 1..5, y 2, 4, 5, 4, 5. x̄ = 3, ȳ = 4, Sxx = 10, Sxy = (−2)(−2) + (−1)(0) + 0 + (1)(0) + (2)(1) = 6.
    // slope 0.6, intercept 4 − 1.8 = 2.2; fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals −0.8, 0.6, 1, −0.6, −0.2;
    // RSS = 0.64 + 0.36 + 1 + 0.36 + 0.04 = 2.4; SE = √(2.4/3/10) = 0.2828427; t(0.975, 3) = 3.1824463;
    // half-width 0.9001317.
    const fit = trendSlope([
      { x: 1, y: 2 },
      { x: 2, y: 4 },
      { x: 3, y: 5 },
      { x: 4, y: 4 },
      { x: 5, y: 5 },
    ])!;
    expect(fit.n).toBe(5);
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(2.2, 12);
    expect(fit.low).toBeCloseTo(0.6 - 0.9001317, 6);
    expect(fit.high).toBeCloseTo(0.6 + 0.9001317, 6);
  });

  it('gives a zero-width interval for points exactly on a line', () => {
    const fit = trendSlope([2019, 2020, 2021, 2022].map((x) => ({ x, y: 50 + 1.5 * (x - 2019) })))!;
    expect(fit.slope).toBeCloseTo(1.5, 9);
    expect(fit.low).toBeCloseTo(1.5, 9);
    expect(fit.high).toBeCloseTo(1.5, 9);
  });

  it('fits two points but leaves the interval NaN (no degrees of freedom)', () => {
    const fit = trendSlope([
      { x: 0, y: 1 },
      { x: 2, y: 5 },
    ])!;
    expect(fit.slope).toBe(2);
    expect(fit.intercept).toBe(1);
    expect(fit.low).toBeNaN();
    expect(fit.high).toBeNaN();
  });

  it('is undefined for fewer than two points or when x never varies', () => {
    expect(trendSlope([])).toBeUndefined();
    expect(trendSlope([{ x: 1, y: 1 }])).toBeUndefined();
    expect(
      trendSlope([
        { x: 1, y: 1 },
        { x: 1, y: 3 },
        { x: 1, y: 2 },
      ]),
    ).toBeUndefined();
  });

  it('rejects non-finite points', () => {
    expect(() =>
      trendSlope([
        { x: 1, y: 1 },
        { x: 2, y: Number.NaN },
      ]),
    ).toThrow(RangeError);
  });
});
