import { describe, expect, it } from 'vitest';
import { type StandoutFact, standoutKind, standoutParagraph } from '../../src/plan/phrases/index.js';

// East in the sample report (data-samples, 2023/24): sustained EET 94.1% for the 2021/22 cohort, Wilson interval
// above England's 93.3%; NEET 1.7% against England's 3.2%; benchmarks 5.3 against all hubs' 5.3.
const eet: StandoutFact = {
  subject: 'its sustained EET rate for the 2021/22 KS4 cohort',
  value: 94.1,
  low: 93.7,
  high: 94.5,
  unit: 'pct',
  reference: 93.3,
  referenceName: 'England',
};
const benchmarks: StandoutFact = {
  subject: 'its average number of benchmarks fully achieved in 2023/24',
  value: 5.3,
  low: 5.0,
  high: 5.6,
  unit: 'mean',
  reference: 5.3,
  referenceName: 'all hubs together',
};

describe('standoutKind', () => {
  it('is above or below only when the whole 95% interval is on one side of the reference', () => {
    expect(standoutKind(eet)).toBe('above');
    expect(standoutKind({ ...eet, low: 91, high: 93.2 })).toBe('below');
    expect(standoutKind({ ...eet, low: 93.3 })).toBe('similar');
    expect(standoutKind(benchmarks)).toBe('similar');
  });

  it('is unknown, never similar, when a figure is suppressed or has no interval', () => {
    expect(standoutKind({ ...eet, value: null })).toBe('unknown');
    expect(standoutKind({ ...eet, low: null })).toBe('unknown');
    expect(standoutKind({ ...eet, reference: null })).toBe('unknown');
  });
});

describe('standoutParagraph', () => {
  it('names what stands out, then what is similar, then the change', () => {
    expect(standoutParagraph('East', [eet, benchmarks], 'The sustained EET rate in East showed no clear change.')).toBe(
      'What stands out for East: its sustained EET rate for the 2021/22 KS4 cohort (94.1%) was above England ' +
        '(93.3%). Its average number of benchmarks fully achieved in 2023/24 was similar to the comparison once ' +
        'the 95% intervals are taken into account. The sustained EET rate in East showed no clear change.',
    );
  });

  it('says a year shared by every similar figure once', () => {
    const coverage = { ...benchmarks, subject: 'its Compass coverage in 2023/24', unit: 'pct' as const };
    expect(standoutParagraph('East', [eet, benchmarks, coverage])).toContain(
      'Its average number of benchmarks fully achieved and Compass coverage in 2023/24 were similar',
    );
  });

  it('says so when nothing differs clearly, or nothing can be compared', () => {
    expect(standoutParagraph('West', [benchmarks])).toBe(
      'No headline figure for West differs clearly from its comparison once the 95% intervals are taken into account.',
    );
    expect(standoutParagraph('West', [{ ...benchmarks, value: null }])).toBe(
      'The headline figures for West are suppressed or not available, so none can be compared.',
    );
  });
});
