import { describe, expect, it } from 'vitest';
import { configFromRaw } from '../../src/config/validate-config.js';
import type { MetricsResult } from '../../src/metrics/index.js';
import type { MeasureId } from '../../src/model/measures/index.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import { type PlanInput, planContext } from '../../src/plan/context.js';
import { summaryFindings, summarySections } from '../../src/plan/sections/summary.js';
import { planInputOf } from './plan-input.js';

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
  return planInputOf(rows, config, absent);
}

function findings(rows: MetricRow[], absent: MetricsResult['absent']): string[] {
  return summaryFindings(planContext(input(rows, absent))).map((f) => f.text);
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
const meanChange = (low: number, high: number, breakdown = 'all') =>
  metricRow({
    measure: 'compass_mean_benchmarks_change',
    hub: 'all',
    period: '2021/22-2023/24',
    breakdown,
    unit: 'mean',
    value: (low + high) / 2,
    ci_low: low,
    ci_high: high,
  });
const eet = (hub: string, period: string, value: number | null, diff: number | null = null, half = 0.5) =>
  metricRow({
    measure: 'eet_sustained_pct',
    hub,
    period,
    breakdown: 'total',
    unit: 'pct',
    value,
    diff,
    diff_ci_low: diff === null ? null : diff - half,
    diff_ci_high: diff === null ? null : diff + half,
    symbol: value === null ? 'c' : '',
  });
const change = (hub: string, value: number | null, low: number | null, high: number | null) =>
  metricRow({
    measure: 'eet_change_since_start_pp',
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

const ONLY_COMPASS = ['institutions', 'destinations', 'neet', 'activities'] as const;

describe('executive summary sentences', () => {
  it('a rise between the two years, every year, with the trend agreeing; and what it means', () => {
    const rows = [
      mean('all', '2021/22', 2.6),
      mean('all', '2022/23', 3.9),
      mean('all', '2023/24', 5.3),
      trend(1.2, 1.5),
      meanChange(2.2, 3.2),
    ];
    expect(findings(rows, [...ONLY_COMPASS])).toEqual([
      'The average number of Gatsby Benchmarks fully achieved rose every year from 2.6 in 2021/22 to 5.3 in ' +
        '2023/24. Schools and colleges were meeting more of the benchmarks of good careers guidance.',
    ]);
  });

  it('a fall between two years is judged by the difference of those years, not the slope', () => {
    // A fall from 2.6 to 0.0 whose slope interval (3 degrees of freedom) includes zero, but whose two-year
    // difference interval does not: "fell", never "no clear change" and never "rose".
    const rows = [
      mean('all', '2021/22', 2.6),
      mean('all', '2022/23', 2.9),
      mean('all', '2023/24', 0.0),
      trend(-4.5, 1.9),
      meanChange(-3.1, -2.1),
    ];
    expect(findings(rows, [...ONLY_COMPASS])).toEqual([
      'The average number of Gatsby Benchmarks fully achieved fell from 2.6 in 2021/22 to 0.0 in 2023/24. Schools ' +
        'and colleges were meeting fewer of the benchmarks of good careers guidance.',
    ]);
  });

  it('no clear change when the interval of the two-year difference includes zero', () => {
    const rows = [
      mean('all', '2021/22', 4.1),
      mean('all', '2022/23', 4.0),
      mean('all', '2023/24', 4.2),
      trend(-0.2, 0.3),
      meanChange(-0.3, 0.5),
    ];
    expect(findings(rows, [...ONLY_COMPASS])).toEqual([
      'The average number of Gatsby Benchmarks fully achieved showed no clear change between 2021/22 (4.1) and ' +
        '2023/24 (4.2); the 95% confidence interval of the change includes zero. The returns do not show a change ' +
        'in careers provision.',
    ]);
  });

  it('without the change row, the two years are stated and no direction is claimed', () => {
    const rows = [mean('all', '2021/22', 2.6), mean('all', '2022/23', 3.9), mean('all', '2023/24', 5.3), trend(1, 2)];
    expect(findings(rows, [...ONLY_COMPASS])).toEqual([
      'The average number of Gatsby Benchmarks fully achieved was 2.6 in 2021/22 and 5.3 in 2023/24.',
    ]);
  });

  it('hub changes: clear rise, and a suppressed hub; gaps to England above', () => {
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
      'Since the hubs began (KS4 cohorts 2015/16 to 2020/21), the sustained EET rate rose in North, by 1.4 ' +
        'percentage points; the ' +
        'figures for South are suppressed. The England rate fell from 94.1% in 2015/16 to 93.9% in 2020/21.',
    );
    expect(gaps).toBe(
      'For the 2020/21 cohort, every hub was above the England sustained EET rate, by 1.2 percentage points in ' +
        "North to 1.9 in South. Young people in the hubs' areas were more likely than others nationally to stay in a " +
        'destination.',
    );
  });

  it('a gap whose interval includes zero is "similar", and no hub is called above', () => {
    const rows = [
      eet('north', '2020/21', 94.2, 0.31, 0.32),
      eet('south', '2020/21', 95.1, 1.9),
      eet('england', '2020/21', 93.9),
    ];
    const [gaps] = findings(rows, [...NOT_DESTINATIONS, 'compass']);
    expect(gaps).toBe(
      'For the 2020/21 cohort, South was 1.9 percentage points above the England sustained EET rate, and North was ' +
        'similar to the England sustained EET rate (the 95% confidence interval of the difference includes zero).',
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
      'Since the hubs began (KS4 cohorts 2015/16 to 2020/21), the sustained EET rate showed no clear change in ' +
        'any hub. The ' +
        'England rate showed no clear change between 2015/16 (93.9%) and 2020/21 (93.9%); the 95% confidence ' +
        'interval of the change includes zero. The share staying in education, an apprenticeship or work held steady.',
    );
  });
});

describe('NEET leads with the DfE headline measure', () => {
  const neet = (measure: MeasureId, hub: string, value: number, low: number, high: number) =>
    metricRow({
      measure,
      hub,
      period: '2022/23-2023/24',
      breakdown: 'all',
      unit: 'pp',
      value,
      ci_low: low,
      ci_high: high,
    });
  it('NEET or not known first, NEET and not known beside it', () => {
    const rows = [
      metricRow({ measure: 'neet_or_not_known_pct', hub: 'north', period: '2023/24', breakdown: 'all', unit: 'pct' }),
      neet('neet_or_not_known_change_since_start_pp', 'england', -0.5, -0.6, -0.4),
      neet('neet_or_not_known_change_since_start_pp', 'north', -1.2, -1.8, -0.6),
      neet('neet_or_not_known_change_since_start_pp', 'south', -0.9, -1.4, -0.4),
      neet('neet_change_since_start_pp', 'north', 0.1, -0.3, 0.5),
      neet('neet_change_since_start_pp', 'south', -0.1, -0.4, 0.2),
      neet('not_known_change_since_start_pp', 'north', -1.3, -1.8, -0.8),
      neet('not_known_change_since_start_pp', 'south', -0.8, -1.2, -0.4),
    ];
    expect(findings(rows, ['compass', 'institutions', 'destinations', 'activities'])).toEqual([
      'Since the hubs began (2022/23 to 2023/24), the share of 16 to 17 year olds NEET or not known fell in every ' +
        'hub, by 0.9 ' +
        'percentage points in South to 1.2 in North. Beside it, the NEET rate alone showed no clear change in any ' +
        'hub; the not known rate fell in every hub, by up to 1.3 percentage points (North; least in South, 0.8). ' +
        'Fewer young people were out of education, employment or training, or untracked.',
    ]);
  });
});

describe("the summary in the evaluation's shape", () => {
  it('groups findings by question and ends with one comparison table of hubs, all hubs and England', () => {
    const rows = [
      mean('north', '2023/24', 5.6),
      mean('south', '2023/24', 4.5),
      mean('all', '2021/22', 2.6),
      mean('all', '2023/24', 5.1),
      meanChange(1.9, 3.1),
      eet('north', '2020/21', 94.4, 1.2),
      eet('south', '2020/21', 95.1, 1.9),
      eet('england', '2020/21', 93.9),
    ];
    const sections = summarySections(planContext(input(rows, ['institutions', 'neet', 'activities'])));
    expect(sections.map((s) => s.title)).toEqual([
      'Executive summary',
      'Provision: careers guidance in schools and colleges',
      'Outcomes: destinations and NEET',
      'The hubs compared',
    ]);
    expect(sections[0]!.blocks[0]).toMatchObject({ kind: 'paragraph' });
    const table = sections[3]!.blocks[0];
    if (table?.kind !== 'table') throw new Error('no comparison table');
    expect(table.table.columns).toEqual(['Measure', 'North', 'South', 'All hubs', 'England']);
    expect(table.table.rows).toEqual([
      ['Average Gatsby Benchmarks fully achieved, 2023/24', '5.6', '4.5', '5.1', 'not available'],
      [
        'Change in average benchmarks achieved since the hubs began, 2021/22 to 2023/24',
        'not available',
        'not available',
        '+2.5 (+1.9 to +3.1)',
        'not available',
      ],
      ['% in sustained EET after KS4 (cohort), 2020/21', '94.4%', '95.1%', 'not available', '93.9%'],
    ]);
    // "the two Careers Hubs", not "the 2".
    const intro = sections[0]!.blocks[0];
    expect(intro?.kind === 'paragraph' && intro.text).toContain('the two Careers Hubs (North and South)');
  });
});
