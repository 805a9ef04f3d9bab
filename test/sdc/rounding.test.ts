import { describe, expect, it } from 'vitest';
import { metricRow } from '../../src/model/metric.js';
import { roundPeopleCounts, roundToBase } from '../../src/sdc/rounding.js';
import { peopleCount, peopleRate } from './fixtures.js';

describe('roundToBase', () => {
  it('rounds to the nearest multiple, halves away from zero', () => {
    expect([0, 2, 2.5, 3, 7, 7.5, 8, 12, 12.5, 13].map((v) => roundToBase(v, 5))).toEqual([
      0, 0, 5, 5, 5, 10, 10, 10, 15, 15,
    ]);
    expect(roundToBase(-2.5, 5)).toBe(-5);
    expect(Object.is(roundToBase(-1, 5), 0)).toBe(true);
    expect(roundToBase(14, 10)).toBe(10);
    expect(roundToBase(15, 10)).toBe(20);
  });
});

describe('roundPeopleCounts', () => {
  it('rounds a count value and the numerator and denominator of a rate, not the rate', () => {
    const [count, rate] = roundPeopleCounts([peopleCount('east', 'all', 123), peopleRate('east', 'all', 187, 201)], 5);
    expect(count!.value).toBe(125);
    expect(rate).toMatchObject({ numerator: 185, denominator: 200 });
    expect(rate!.value).toBeCloseTo((100 * 187) / 201, 12);
    expect(rate!.ci_low).toBeCloseTo((100 * 187) / 201 - 3, 12);
  });

  it('leaves events, institutions and unspecified counts unrounded', () => {
    const events = metricRow({
      measure: 'activities',
      hub: 'east',
      period: '2023/24',
      breakdown: 'all',
      unit: 'count',
      value: 123,
      sdc: { counts: 'events' },
    });
    const bare = metricRow({
      measure: 'compass_coverage_pct',
      hub: 'east',
      period: '2023/24',
      breakdown: 'all',
      unit: 'count',
      value: 123,
    });
    expect(roundPeopleCounts([events, bare], 5).map((r) => r.value)).toEqual([123, 123]);
  });
});
