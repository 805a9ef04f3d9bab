import { describe, expect, it } from 'vitest';
import { niceScale } from '../../src/charts/value-domain.js';

describe('niceScale', () => {
  it('rounds out to a 1-2-5 step with about five ticks', () => {
    // span 2.8 -> rough step 0.56 -> 0.5
    expect(niceScale([92.0, 94.8])).toEqual({ domain: [92, 95], ticks: [92, 92.5, 93, 93.5, 94, 94.5, 95] });
    // span 83 -> rough step 16.6 -> 20
    expect(niceScale([12, 95])).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
  });

  it('includes zero when asked (bars), and clips percentages at 100', () => {
    expect(niceScale([40, 97], { includeZero: true, limits: [0, 100] }).domain).toEqual([0, 100]);
    expect(niceScale([101, 103], { limits: [0, 100] }).domain[1]).toBe(100);
    expect(niceScale([-0.3, 1.8], { includeZero: true })).toEqual({
      domain: [-0.5, 2],
      ticks: [-0.5, 0, 0.5, 1, 1.5, 2],
    });
  });

  it('gives ticks without floating-point noise', () => {
    const { ticks } = niceScale([0.1, 0.7]);
    expect(ticks).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('widens a single value and copes with no values', () => {
    // 50 +/- 10% = 45-55, span 10 -> rough step 2 -> step 2 -> 44-56
    expect(niceScale([50]).domain).toEqual([44, 56]);
    expect(niceScale([]).domain).toEqual([0, 1]);
  });
});
