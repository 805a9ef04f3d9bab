import { describe, expect, it } from 'vitest';
import { configFromRaw } from '../../src/config/validate-config.js';
import type { NeighbourComparison } from '../../src/metrics/neighbours-comparison.js';
import type { MeasureId } from '../../src/model/measures/index.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import type { AcademicYear } from '../../src/model/year.js';
import { type PlanInput, planContext } from '../../src/plan/context.js';
import {
  neighbourGapSentence,
  pretrendSentence,
  SIMILAR_AREAS_TABLE,
  similarAreasSentence,
  similarAreasWord,
} from '../../src/plan/phrases/index.js';
import { neetNeighboursSection, neighboursMethodSection } from '../../src/plan/sections/neighbours.js';
import { planInput } from './plan-input.js';

describe('neighbourGapSentence', () => {
  const facts = { hub: 'East', period: '2020/21-2024/25', hubChange: 0.2, groupChange: 0.7 };
  it('says below only when the interval excludes zero', () => {
    expect(neighbourGapSentence('the NEET rate', { ...facts, diff: -0.5, low: -0.7, high: -0.3 })).toBe(
      'Between 2020/21 and 2024/25 the NEET rate changed by +0.2 pp in East and by +0.7 pp in its similar areas: ' +
        "East's change was 0.5 percentage points below theirs (the 95% confidence interval of the difference " +
        'excludes zero).',
    );
  });
  it('calls an interval that includes zero a similar change', () => {
    expect(neighbourGapSentence('the NEET rate', { ...facts, diff: -0.5, low: -1.1, high: 0.1 })).toMatch(
      /: a similar change \(a difference of -0\.5 pp, whose 95% confidence interval includes zero\)\.$/,
    );
  });
  it('says "since the hubs began", or that the years include earlier ones, and keeps a Holm lapse in words', () => {
    const gap = { ...facts, period: '2020/21-2023/24', diff: -0.5, low: -0.7, high: -0.3 };
    expect(neighbourGapSentence('the NEET rate', { ...gap, sinceStart: true })).toMatch(
      /^Since the hubs began \(2020\/21 to 2023\/24\) the NEET rate changed by/,
    );
    expect(neighbourGapSentence('the NEET rate', { ...gap, sinceStart: false })).toMatch(
      /^Between 2020\/21 and 2023\/24 \(years that include those before the hubs began\) the NEET rate/,
    );
    expect(
      neighbourGapSentence('the NEET rate', { ...gap, sinceStart: true, verdict: 'unclear', lapsed: true }),
    ).toMatch(/: no clear difference once adjusted for multiple comparisons \(a difference of -0\.5 pp; Holm's/);
  });
  it('never turns a missing figure into a comparison', () => {
    expect(neighbourGapSentence('the NEET rate', { ...facts, diff: null, low: null, high: null })).toMatch(
      /cannot be compared with its similar areas between 2020\/21 and 2024\/25/,
    );
  });
});

describe('pretrendSentence', () => {
  const base = { hub: 'West', started: '2021/22', period: '2014/15-2020/21' };
  it('warns when the pre-start trends differ clearly', () => {
    expect(pretrendSentence('the sustained EET rate', { ...base, diff: 0.24, low: 0.13, high: 0.36 })).toBe(
      'Warning: in the years before West started (2014/15 to 2020/21), the yearly trend of the sustained EET rate ' +
        'in West minus that in its similar areas was +0.2 pp a year, and its 95% confidence interval excludes ' +
        'zero. They were not moving in parallel, so this comparison may mislead.',
    );
  });
  it('reports no clear difference otherwise, and says when there were too few years', () => {
    expect(pretrendSentence('x', { ...base, diff: 0.04, low: -0.02, high: 0.1 })).toMatch(
      /no clear difference in trend\.$/,
    );
    expect(pretrendSentence('x', { ...base, period: null, diff: null, low: null, high: null })).toMatch(
      /^There are too few years before West started \(2021\/22\)/,
    );
  });
});

const { config } = configFromRaw(
  {
    hubs: [
      {
        id: 'north',
        name: 'North',
        started: '2021/22',
        localAuthorities: [{ oldCode: '202', newCode: 'E09000007', name: 'Camden' }],
      },
    ],
  },
  'test.json',
  '/tmp',
);
const neet = (hub: string, period: string, value: number) =>
  metricRow({ measure: 'neet_or_not_known_pct', hub, period, breakdown: 'all', unit: 'pct', value });
const range = (measure: MeasureId, hub: string, period: string, value: number, low: number, high: number) =>
  metricRow({ measure, hub, period, breakdown: 'all', unit: 'pp', value, ci_low: low, ci_high: high });
const rows: MetricRow[] = [
  neet('north', '2019/20', 2.0),
  neet('north', '2023/24', 2.1),
  neet('north:neighbours', '2019/20', 3.0),
  neet('north:neighbours', '2023/24', 3.6),
  neet('england', '2019/20', 2.7),
  range('neet_or_not_known_change_pp', 'north', '2019/20-2023/24', 0.1, -0.2, 0.4),
  range('neet_or_not_known_change_pp', 'north:neighbours', '2019/20-2023/24', 0.6, 0.4, 0.8),
  {
    ...range('neet_or_not_known_change_vs_neighbours_pp', 'north', '2019/20-2023/24', -0.5, -0.85, -0.15),
    leaveOneOut: ['Reading'],
  },
  range('neet_or_not_known_pretrend_slope_diff_pp', 'north', '2019/20-2020/21', 0.3, 0.1, 0.5),
  // The NEET rate is not what the "NEET or not known" section reports.
  range('neet_change_vs_neighbours_pp', 'north', '2019/20-2023/24', 3, 2, 4),
];
const comparison: NeighbourComparison = {
  file: 'sn.xlsx',
  sha256: '0123456789abcdef',
  minimumCloseness: null,
  districtLookup: null,
  started: { north: '2021/22' as AcademicYear },
  weights: [
    {
      hub: 'north',
      source: 'neet',
      period: '2023/24',
      areas: [{ name: 'Reading', closeness: 'close', cohort: 3926, share: 1 }],
    },
  ],
  groups: [
    {
      hub: 'north',
      id: 'north:neighbours',
      members: [{ la: { oldCode: '870', newCode: 'E06000038', name: 'Reading' }, closeness: 'close', neighbourOf: [] }],
      destinationAreas: [],
      countiesLeftOut: ['Kent'],
      countiesByDistrict: [],
      inHubs: [],
      belowCloseness: 0,
      notInFile: [],
    },
  ],
};
function input(neighbours: NeighbourComparison | undefined): PlanInput {
  return planInput({
    config,
    rows,
    metrics: {
      coverage: [{ measure: 'neet_pct', kind: 'neet', periods: ['2019/20', '2023/24'] }],
      ...(neighbours ? { neighbours } : {}),
    },
  });
}

describe('Compared with similar areas (NEET)', () => {
  it("gives one row per hub in the chart's table and one sentence, and tabulates hub, group and England", () => {
    const section = neetNeighboursSection(planContext(input(comparison)))!;
    expect(section.title).toBe('Compared with similar areas: NEET or not known');
    const texts = section.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts[0]).toMatch(/This is a comparison, not a counterfactual/);
    // The difference -0.5 (-0.85 to -0.15) excludes zero: below; the pre-trend slope +0.3 (+0.1 to +0.5) excludes
    // zero: not parallel; dropping Reading changes the answer. No since-start measure: the years measured. Limits
    // round half away from zero (-0.85 to -0.9).
    expect(texts.slice(1)).toEqual([
      similarAreasSentence(
        'the NEET or not known rate of 16 to 17 year olds',
        false,
        [{ word: similarAreasWord('below', false), hubs: 'North' }],
        'North',
        [{ hubs: 'North', areas: ['Reading'] }],
      ),
    ]);
    expect(texts[1]).toBe(
      'Over the years measured (which include years before the hubs began), the change in the NEET or not known ' +
        'rate of 16 to 17 year olds was below that of the similar areas in North; the trends before the start were ' +
        'not parallel in North, so there the comparison may mislead, and North rests on Reading alone ' +
        '(leave-one-out check: without that area the answer would differ).',
    );
    const chart = section.blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart.table.columns).toEqual(SIMILAR_AREAS_TABLE.columns(false));
    expect(chart?.kind === 'chart' && chart.chart.table.rows).toEqual([
      ['North', '+0.1 pp', '+0.6 pp', '-0.5 pp (-0.9 to -0.2)', 'below theirs', 'not parallel: may mislead'],
    ]);
    const table = section.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows.map((r) => r[0])).toEqual([
      'North',
      'North: similar areas',
      'England',
    ]);
  });
  it("charts each hub's rate minus its similar areas' by year, titled by the pre-start check", () => {
    const section = neetNeighboursSection(planContext(input(comparison)))!;
    const chart = section.blocks
      .flatMap((b) => (b.kind === 'chart' ? [b.chart] : []))
      .find((c) => c.id.endsWith('trend'));
    // North 2.0 - 3.0 = -1.0 in 2019/20, 2.1 - 3.6 = -1.5 in 2023/24; its pre-trend slope excludes zero.
    expect(chart?.title).toBe(
      'The gap to similar areas in the NEET or not known rate of 16 to 17 year olds had already moved before the ' +
        'start in North',
    );
    expect(chart?.table.rows).toEqual([
      ['2019/20', '\u22121.0 pp'],
      ['2023/24', '\u22121.5 pp'],
    ]);
  });
  it('leaves a year whose rate is withheld withheld in the gap, never 0', () => {
    const withheld = rows.map((r) =>
      r.measure === 'neet_or_not_known_pct' && r.hub === 'north' && r.period === '2023/24'
        ? { ...r, value: null, symbol: 'c' as const }
        : r,
    );
    const section = neetNeighboursSection(
      planContext(
        planInput({
          config,
          rows: withheld,
          metrics: {
            coverage: [{ measure: 'neet_pct', kind: 'neet', periods: ['2019/20', '2023/24'] }],
            neighbours: comparison,
          },
        }),
      ),
    )!;
    const chart = section.blocks
      .flatMap((b) => (b.kind === 'chart' ? [b.chart] : []))
      .find((c) => c.id.endsWith('trend'));
    expect(chart?.table.rows).toEqual([
      ['2019/20', '\u22121.0 pp'],
      ['2023/24', 'c'],
    ]);
  });
  it('is left out without a statistical neighbours file', () => {
    expect(neetNeighboursSection(planContext(input(undefined)))).toBeUndefined();
    expect(neighboursMethodSection(planContext(input(undefined)))).toBeUndefined();
  });
  it('lists each group, and counties left out, in the methodology', () => {
    const method = neighboursMethodSection(planContext(input(comparison)))!;
    const bullets = method.blocks.find((b) => b.kind === 'bullets');
    expect(bullets?.kind === 'bullets' && bullets.items.map((i) => i.text)).toEqual([
      'North (one area): Reading; closeness and share of the 2023/24 NCCIS cohort: Reading (close, 100.0%); left out ' +
        'of destination figures (counties, no district lookup): Kent.',
    ]);
  });
});
