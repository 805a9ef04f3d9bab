import { describe, expect, it } from 'vitest';
import { metricRow } from '../../src/model/metric.js';
import { applySdc } from '../../src/sdc/apply.js';
import { derivedFrom } from '../../src/sdc/row-key.js';
import { peopleRate } from './fixtures.js';

const options = { threshold: 5, rounding: 5, minInstitutions: 3 };

describe('derived suppression', () => {
  // Two cohorts of one hub: 2 of 40 disadvantaged pupils is a small numerator (suppressed), 150 of 160 is not.
  const dis = peopleRate('east', 'disadvantaged', 2, 40);
  const other = peopleRate('east', 'not_disadvantaged', 150, 160);
  const gap = derivedFrom(
    metricRow({
      measure: 'eet_disadvantage_gap_pp',
      hub: 'east',
      period: '2023/24',
      breakdown: 'total',
      unit: 'pp',
      value: -88.75,
    }),
    [dis, other],
  );
  const chained = derivedFrom(
    metricRow({
      measure: 'eet_change_vs_england_pp',
      hub: 'east',
      period: '2023/24',
      breakdown: 'total',
      unit: 'pp',
      value: 1,
    }),
    [gap],
  );

  it('suppresses a figure worked out from a suppressed one, and figures worked out from that in turn', () => {
    const [d, o, g, c] = applySdc([dis, other, gap, chained], options);
    expect(d!.symbol).toBe('c');
    expect(o!.symbol).toBe('');
    // -88.75 = 5% - 93.75%: published beside 93.75% it would give the suppressed 5% away.
    expect(g).toMatchObject({ symbol: 'c', value: null });
    expect(g!.note).toBe('suppressed: worked out from a suppressed figure, which it would give away');
    expect(c).toMatchObject({ symbol: 'c', value: null });
  });

  it('leaves a derived figure alone when its sources are published', () => {
    const fine = peopleRate('east', 'disadvantaged', 30, 40);
    const [, , g] = applySdc([fine, other, derivedFrom(gap, [fine, other])], options);
    expect(g).toMatchObject({ symbol: '', value: -88.8 });
  });
});
