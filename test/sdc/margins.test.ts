import { describe, expect, it } from 'vitest';
import { metricRow } from '../../src/model/metric.js';
import { additiveMargins } from '../../src/sdc/margins.js';
import { peopleCount, peopleRate } from './fixtures.js';

describe('additiveMargins', () => {
  const rows = [
    peopleCount('all', 'all', 30),
    peopleCount('east', 'all', 10),
    peopleCount('west', 'all', 20),
    peopleCount('england', 'all', 900),
    peopleCount('east', 'girls', 4),
    peopleCount('east', 'boys', 6),
  ];

  it('relates the configured hubs to all, leaving england out', () => {
    const margins = additiveMargins(rows, { hubs: ['east', 'west', 'north'] });
    expect(margins).toEqual([
      {
        total: 'membership_pupils|all|2023/24|all',
        parts: ['membership_pupils|east|2023/24|all', 'membership_pupils|west|2023/24|all'],
      },
    ]);
  });

  it('relates each breakdown group to breakdown all, per hub', () => {
    const margins = additiveMargins(rows, { breakdownGroups: () => [['girls', 'boys']] });
    expect(margins).toEqual([
      {
        total: 'membership_pupils|east|2023/24|all',
        parts: ['membership_pupils|east|2023/24|girls', 'membership_pupils|east|2023/24|boys'],
      },
    ]);
  });

  it('takes extra relations from partsOf', () => {
    const margins = additiveMargins(rows, {
      partsOf: (total) => (total.hub === 'england' ? [['membership_pupils|all|2023/24|all']] : []),
    });
    expect(margins).toEqual([
      { total: 'membership_pupils|england|2023/24|all', parts: ['membership_pupils|all|2023/24|all'] },
    ]);
  });

  it('includes rates (they add up through their counts) but not differences', () => {
    const pp = (hub: string) =>
      metricRow({ measure: 'eet_disadvantage_gap_pp', hub, period: '2023/24', breakdown: 'all', unit: 'pp', value: 1 });
    const table = [peopleRate('all', 'all', 50, 60), peopleRate('east', 'all', 20, 25), pp('all'), pp('east')];
    const margins = additiveMargins(table, { hubs: ['east'] });
    expect(margins.map((m) => m.total)).toEqual(['eet_sustained_pct|all|2023/24|all']);
  });

  it('leaves out multi-year trends, whose denominator counts years, unless the caller says otherwise', () => {
    const trend = (hub: string) =>
      metricRow({
        measure: 'compass_mean_benchmarks_trend',
        hub,
        period: '2019/20-2023/24',
        breakdown: 'all',
        unit: 'mean',
        value: 0.3,
        denominator: 5,
      });
    expect(additiveMargins([trend('all'), trend('east')], { hubs: ['east'] })).toEqual([]);
    expect(additiveMargins([trend('all'), trend('east')], { hubs: ['east'], additive: () => true })).toHaveLength(1);
  });
});
