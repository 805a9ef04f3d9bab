import { describe, expect, it } from 'vitest';
import { metricRow } from '../../src/model/metric.js';
import { primaryReason, primarySuppression, suppressRow } from '../../src/sdc/primary.js';
import { suppressionNote } from '../../src/sdc/suppression-note.js';
import { peopleCount, peopleRate } from './fixtures.js';

const options = { threshold: 5, rounding: 5, minInstitutions: 3 };

describe('primaryReason', () => {
  it('suppresses counts of people from 1 to threshold − 1, not 0 and not the threshold itself', () => {
    expect(primaryReason(peopleCount('central', 'all', 0), options)).toBeUndefined();
    expect(primaryReason(peopleCount('central', 'all', 1), options)).toBe('small-count');
    expect(primaryReason(peopleCount('central', 'all', 4), options)).toBe('small-count');
    expect(primaryReason(peopleCount('central', 'all', 5), options)).toBeUndefined();
  });

  it('leaves counts of events and institutions alone', () => {
    const events = metricRow({
      measure: 'activities',
      hub: 'east',
      period: '2023/24',
      breakdown: 'all',
      unit: 'count',
      value: 2,
      sdc: { counts: 'events' },
    });
    const schools = metricRow({
      measure: 'membership_institutions',
      hub: 'east',
      period: '2023/24',
      breakdown: 'all',
      unit: 'count',
      value: 2,
      sdc: { counts: 'institutions' },
    });
    expect(primaryReason(events, options)).toBeUndefined();
    expect(primaryReason(schools, options)).toBeUndefined();
  });

  it('suppresses a rate on a small numerator or a small group, but not a zero numerator', () => {
    expect(primaryReason(peopleRate('east', 'all', 3, 200), options)).toBe('small-numerator');
    expect(primaryReason(peopleRate('east', 'all', 4, 4), options)).toBe('small-denominator');
    expect(primaryReason(peopleRate('east', 'all', 0, 200), options)).toBeUndefined();
    expect(primaryReason(peopleRate('east', 'all', 5, 200), options)).toBeUndefined();
  });

  it('applies the institutions rule to any row that knows its institutions', () => {
    const mean = metricRow({
      measure: 'compass_mean_benchmarks_achieved',
      hub: 'west',
      period: '2023/24',
      breakdown: 'all',
      unit: 'mean',
      value: 5.5,
      sdc: { counts: 'institutions', institutions: 2 },
    });
    expect(primaryReason(mean, options)).toBe('few-institutions');
    expect(primaryReason({ ...mean, sdc: { counts: 'institutions', institutions: 3 } }, options)).toBeUndefined();
  });

  it('suppresses a count that would round into 1..threshold − 1 (threshold 7, rounding 5: 7 → 5)', () => {
    const t7 = { threshold: 7, rounding: 5, minInstitutions: 0 };
    expect(primaryReason(peopleCount('central', 'all', 7), t7)).toBe('rounds-small');
    expect(primaryReason(peopleCount('central', 'all', 8), t7)).toBeUndefined();
    expect(primaryReason(peopleRate('central', 'all', 7, 100), t7)).toBe('rounds-small');
  });

  it('has nothing to protect in a row that shows no figure', () => {
    const empty = metricRow({
      measure: 'membership_pupils',
      hub: 'east',
      period: '2023/24',
      breakdown: 'all',
      unit: 'count',
      symbol: 'x',
      sdc: { counts: 'people', institutions: 0 },
    });
    expect(primaryReason(empty, options)).toBeUndefined();
  });
});

describe('primarySuppression', () => {
  it('empties every figure except the comparator, marks c and says why', () => {
    const [row] = primarySuppression([peopleRate('east', 'all', 3, 200)], options);
    expect(row).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      ci_low: null,
      ci_high: null,
      diff: null,
      diff_ci_low: null,
      diff_ci_high: null,
      comparator: 94.1,
      symbol: 'c',
      note: 'suppressed: fewer than 5 people have this outcome',
    });
  });

  it('words each reason from one function', () => {
    expect(suppressionNote('small-count', options)).toBe('suppressed: fewer than 5 people');
    expect(suppressionNote('few-institutions', options)).toBe('suppressed: fewer than 3 institutions');
    const [row] = primarySuppression([peopleCount('east', 'all', 2)], options);
    expect(row!.note).toBe(suppressionNote('small-count', options));
  });

  it('clears leftover figures on a row that arrives as c, keeping its note', () => {
    const incoming = { ...peopleCount('east', 'all', 40), symbol: 'c' as const, note: 'suppressed at source (DfE)' };
    const [row] = primarySuppression([incoming], options);
    expect(row).toMatchObject({ value: null, symbol: 'c', note: 'suppressed at source (DfE)' });
  });

  it('returns new rows in the same order and leaves the input alone', () => {
    const rows = [peopleCount('a', 'all', 2), peopleCount('b', 'all', 20)];
    const out = primarySuppression(rows, options);
    expect(out.map((r) => r.hub)).toEqual(['a', 'b']);
    expect(rows[0]!.value).toBe(2);
    expect(out[1]).toBe(rows[1]);
  });

  it('suppressRow keeps the key fields and the sdc facts', () => {
    const row = suppressRow(peopleCount('east', 'girls', 3), 'n');
    expect(row).toMatchObject({
      measure: 'membership_pupils',
      hub: 'east',
      period: '2023/24',
      breakdown: 'girls',
      sdc: { counts: 'people' },
    });
  });
});
