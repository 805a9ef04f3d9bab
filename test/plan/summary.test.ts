import { describe, expect, it } from 'vitest';
import { configFromRaw } from '../../src/config/validate-config.js';
import type { MetricsResult } from '../../src/metrics/index.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import type { AcademicYear } from '../../src/model/year.js';
import { type PlanInput, planContext } from '../../src/plan/context.js';
import { measureInfo } from '../../src/plan/measures.js';
import { summarySection } from '../../src/plan/sections/summary.js';

const { config } = configFromRaw(
  {
    hubs: [
      { id: 'north', name: 'North', localAuthorities: [{ oldCode: '202', newCode: 'E09000007', name: 'Camden' }] },
      { id: 'south', name: 'South', localAuthorities: [{ oldCode: '306', newCode: 'E09000008', name: 'Croydon' }] },
    ],
  },
  'test.json',
  '/tmp',
);

function input(rows: MetricRow[], absent: MetricsResult['absent']): PlanInput {
  return {
    config,
    year: '2023/24' as AcademicYear,
    hub: null,
    files: [],
    warnings: [],
    logo: null,
    version: 't',
    chartFrame: 'bare',
    narrative: { foreword: null, acknowledgements: null, recommendations: null },
    // Coverage as computeMetrics gives it: the single periods each measure has rows for.
    metrics: {
      rows,
      coverage: [...new Set(rows.map((r) => r.measure))].map((measure) => ({
        measure,
        kind: measureInfo(measure).kind,
        periods: rows.filter((r) => r.measure === measure && !r.period.includes('-')).map((r) => r.period),
      })),
      exclusions: [],
      absent,
      sdcApplied: true,
    },
  };
}

function findings(rows: MetricRow[], absent: MetricsResult['absent']): string[] {
  const section = summarySection(planContext(input(rows, absent)));
  const bullets = section.blocks.find((b) => b.kind === 'bullets');
  return bullets && bullets.kind === 'bullets' ? bullets.items.map((i) => i.text) : [];
}

const mean = (hub: string, period: string, value: number) =>
  metricRow({ measure: 'compass_mean_benchmarks_achieved', hub, period, breakdown: 'all', unit: 'mean', value });
const trend = (low: number, high: number) =>
  metricRow({
    measure: 'compass_mean_benchmarks_trend',
    hub: 'all',
    period: '2021/22-2023/24',
    breakdown: 'all',
    unit: 'mean',
    value: (low + high) / 2,
    ci_low: low,
    ci_high: high,
  });
const eet = (hub: string, period: string, value: number | null, diff: number | null = null) =>
  metricRow({
    measure: 'eet_sustained_pct',
    hub,
    period,
    breakdown: 'total',
    unit: 'pct',
    value,
    diff,
    symbol: value === null ? 'c' : '',
  });
const change = (hub: string, value: number | null, low: number | null, high: number | null) =>
  metricRow({
    measure: 'eet_change_pp',
    hub,
    period: '2015/16-2020/21',
    breakdown: 'total',
    unit: 'pp',
    value,
    ci_low: low,
    ci_high: high,
    symbol: value === null ? 'c' : '',
  });
const NOT_DESTINATIONS = ['institutions', 'neet', 'activities'] as const;

describe('executive summary sentences', () => {
  it('a rise in every year whose trend interval excludes zero', () => {
    const rows = [
      mean('all', '2021/22', 2.6),
      mean('all', '2022/23', 3.9),
      mean('all', '2023/24', 5.3),
      trend(1.2, 1.5),
    ];
    expect(findings(rows, ['institutions', 'destinations', 'neet', 'activities'])).toEqual([
      'The average number of Gatsby Benchmarks fully achieved rose every year from 2.6 in 2021/22 to 5.3 in 2023/24.',
    ]);
  });

  it('a fall', () => {
    const rows = [
      mean('all', '2021/22', 4.1),
      mean('all', '2022/23', 3.2),
      mean('all', '2023/24', 3.6),
      trend(-0.6, -0.1),
    ];
    expect(findings(rows, ['institutions', 'destinations', 'neet', 'activities'])).toEqual([
      'The average number of Gatsby Benchmarks fully achieved fell from 4.1 in 2021/22 to 3.6 in 2023/24.',
    ]);
  });

  it('no clear change when the interval includes zero', () => {
    const rows = [
      mean('all', '2021/22', 4.1),
      mean('all', '2022/23', 4.0),
      mean('all', '2023/24', 4.2),
      trend(-0.2, 0.3),
    ];
    expect(findings(rows, ['institutions', 'destinations', 'neet', 'activities'])).toEqual([
      'The average number of Gatsby Benchmarks fully achieved showed no clear change between 2021/22 (4.1) and ' +
        '2023/24 (4.2); the 95% confidence interval of the change includes zero.',
    ]);
  });

  it('hub changes: clear rise, no clear change, and a suppressed hub; gaps to England', () => {
    const rows = [
      eet('north', '2015/16', 93.0),
      eet('north', '2020/21', 94.4, 1.2),
      eet('south', '2015/16', null),
      eet('south', '2020/21', 95.1, 1.9),
      eet('england', '2015/16', 94.1),
      eet('england', '2020/21', 93.9),
      change('north', 1.4, 0.9, 1.9),
      change('south', null, null, null),
      change('england', -0.2, -0.3, -0.1),
    ];
    const [changes, gaps] = findings(rows, [...NOT_DESTINATIONS, 'compass']);
    expect(changes).toBe(
      'For the KS4 cohorts 2015/16 to 2020/21, the sustained EET rate rose in North, by 1.4 percentage points; the ' +
        'figures for South are suppressed. The England rate fell from 94.1% in 2015/16 to 93.9% in 2020/21.',
    );
    expect(gaps).toBe(
      'All hubs were between 1.2 percentage points (North) and 1.9 (South) above the England sustained EET rate for ' +
        'the 2020/21 cohort.',
    );
  });

  it('every hub with no clear change', () => {
    const rows = [
      eet('north', '2015/16', 94.0),
      eet('north', '2020/21', 94.1, 0.2),
      eet('south', '2015/16', 94.3),
      eet('south', '2020/21', 94.2, 0.3),
      eet('england', '2015/16', 93.9),
      eet('england', '2020/21', 93.9),
      change('north', 0.1, -0.4, 0.6),
      change('south', -0.1, -0.5, 0.3),
      change('england', 0, -0.1, 0.1),
    ];
    expect(findings(rows, [...NOT_DESTINATIONS, 'compass'])[0]).toBe(
      'For the KS4 cohorts 2015/16 to 2020/21, the sustained EET rate showed no clear change in any hub. The ' +
        'England rate showed no clear change between 2015/16 (93.9%) and 2020/21 (93.9%); the 95% confidence ' +
        'interval of the change includes zero.',
    );
  });
});
