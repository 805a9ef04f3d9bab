import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { compassMetrics } from '../../src/metrics/compass.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { CompassReturn, Institution, InstitutionType } from '../../src/model/records.js';
import type { AcademicYear } from '../../src/model/year.js';

// Hand-made fixture on the default London hubs: LA 202 (Camden) is in Central, 301 in East, 306 in South,
// 302 in West; LA 999 is in no hub.
const hubs = new HubIndex(defaultConfig('/tmp').hubs);
const Y20 = '2020/21' as AcademicYear;
const Y21 = '2021/22' as AcademicYear;
const Y22 = '2022/23' as AcademicYear;

function inst(urn: string, laCode: string, type: InstitutionType, eligible = true): Institution {
  return {
    urn,
    name: `School ${urn}`,
    laCode,
    type,
    pupils: 100,
    eligible,
    joined: null,
    source: { file: 'register.csv', line: 1 },
  };
}

function ret(urn: string, year: AcademicYear, scores: (number | null)[], line = 1): CompassReturn {
  return { urn, completed: null, year, scores, source: { file: 'compass.csv', line } };
}

const ALL_100 = [100, 100, 100, 100, 100, 100, 100, 100];

const institutions = [
  inst('C1', '202', 'mainstream'),
  inst('C2', '202', 'mainstream'),
  inst('C3', '202', 'special'),
  inst('C4', '202', 'fe_college'),
  inst('C5', '202', 'mainstream', false),
  inst('E1', '301', 'mainstream'),
  inst('E2', '301', 'alternative_provision'),
  inst('S1', '306', 'sixth_form_college'),
  inst('W1', '302', 'other'),
  inst('X1', '999', 'mainstream'),
];

const returns = [
  ret('C1', Y20, [100, 100, 100, 50, 100, 0, 100, 100]), // 6 benchmarks at 100
  ret('C2', Y20, [100, null, 100, 100, 20, 100, null, 100]), // 5 at 100, two empty
  ret('C3', Y20, [0, 0, 0, 0, 0, 0, 0, 0]), // 0
  ret('C5', Y20, ALL_100), // 8, institution not eligible
  ret('E1', Y20, ALL_100), // 8
  ret('Z9', Y20, ALL_100, 7), // not in the register
  ret('X1', Y20, ALL_100, 8), // LA 999 is in no hub
  ret('C1', '2019/20' as AcademicYear, ALL_100), // outside the reporting years: ignored
];

function find(rows: MetricRow[], measure: string, hub: string, period: string, breakdown: string): MetricRow {
  const row = rows.find(
    (r) => r.measure === measure && r.hub === hub && r.period === period && r.breakdown === breakdown,
  );
  if (!row) throw new Error(`no row ${measure} ${hub} ${period} ${breakdown}`);
  return row;
}

describe('compassMetrics', () => {
  const { rows, exclusions } = compassMetrics({ returns, institutions, hubs, years: [Y20] });
  const get = (measure: string, hub: string, breakdown: string) => find(rows, measure, hub, Y20, breakdown);

  it('excludes returns that cannot be placed in a hub and says why', () => {
    expect(exclusions.map((e) => [e.urn, e.source.line])).toEqual([
      ['Z9', 7],
      ['X1', 8],
    ]);
    expect(exclusions[0]!.reason).toMatch(/not in the institutions register/);
    expect(exclusions[1]!.reason).toBe('its LA is not in any configured hub');
  });

  it('counts completions per hub and type group', () => {
    // Central: C1, C2, C3, C5 (C5 is not eligible but did complete Compass); mainstream C1, C2, C5; special C3.
    expect(get('compass_completions', 'central', 'all').value).toBe(4);
    expect(get('compass_completions', 'central', 'mainstream').value).toBe(3);
    expect(get('compass_completions', 'central', 'special_ap').value).toBe(1);
    expect(get('compass_completions', 'central', 'college').value).toBe(0);
    // All hubs: C1, C2, C3, C5, E1 (Z9 and X1 excluded).
    expect(get('compass_completions', 'all', 'all')).toMatchObject({
      value: 5,
      unit: 'count',
      sdc: { counts: 'institutions', institutions: 5 },
    });
  });

  it('gives coverage of eligible institutions with a Wilson interval', () => {
    // Central eligible: C1, C2, C3, C4 = 4; returns from eligible: C1, C2, C3 = 3 -> 75%.
    // Wilson, z = 1.96, n = 4, p = 0.75: centre = (0.75 + 3.8415/8) / (1 + 3.8415/4) = 0.62753,
    // half-width = (1.96 / 1.96037) * sqrt(0.75*0.25/4 + 3.8415/64) = 0.32689 -> [30.064%, 95.441%].
    const c = get('compass_coverage_pct', 'central', 'all');
    expect(c).toMatchObject({
      numerator: 3,
      denominator: 4,
      unit: 'pct',
      sdc: { counts: 'institutions', institutions: 4 },
    });
    expect(c.value).toBeCloseTo(75, 10);
    expect(c.ci_low).toBeCloseTo(30.0642, 3);
    expect(c.ci_high).toBeCloseTo(95.4413, 3);
    expect(c.note).toBe('1 return from institutions not marked eligible is not counted');
    // College: C4 eligible, no return -> 0 of 1; Wilson upper limit at x = 0 is z²/(n + z²) = 3.8415/4.8415 = 79.345%.
    const college = get('compass_coverage_pct', 'central', 'college');
    expect([college.value, college.ci_low]).toEqual([0, 0]);
    expect(college.ci_high).toBeCloseTo(79.3451, 3);
    // East: E1 of E1, E2 -> 50%, Wilson [9.453%, 90.547%].
    const east = get('compass_coverage_pct', 'east', 'all');
    expect([east.value, east.numerator, east.denominator]).toEqual([50, 1, 2]);
    expect(east.ci_low).toBeCloseTo(9.4531, 3);
    // All hubs: eligible C1-C4, E1, E2, S1, W1 = 8 (X1 is in no hub); from eligible C1, C2, C3, E1 = 4 -> 50%.
    const all = get('compass_coverage_pct', 'all', 'all');
    expect([all.value, all.numerator, all.denominator]).toEqual([50, 4, 8]);
    expect(all.ci_low).toBeCloseTo(21.5216, 3);
    expect(all.ci_high).toBeCloseTo(78.4784, 3);
  });

  it('gives the mean number of benchmarks achieved with a t-interval, counting empty scores as not achieved', () => {
    // Central: C1 6, C2 5 (two empty, counted as not achieved), C3 0, C5 8 -> mean 19/4 = 4.75.
    // Deviations 1.25, 0.25, -4.75, 3.25; squares sum to 34.75; sd = sqrt(34.75/3) = 3.40343;
    // t(0.975, 3) = 3.18245; half-width = 3.18245 * 3.40343 / 2 = 5.41562 -> [-0.66562, 10.16562].
    const m = get('compass_mean_benchmarks_achieved', 'central', 'all');
    expect(m).toMatchObject({
      unit: 'mean',
      numerator: null,
      denominator: 4,
      sdc: { counts: 'institutions', institutions: 4 },
    });
    expect(m.value).toBeCloseTo(4.75, 10);
    // The t-interval is -0.66562 to 10.16562 by hand; a count of benchmarks lies in 0-8, so it is truncated there.
    expect(m.ci_low).toBe(0);
    expect(m.ci_high).toBe(8);
    expect(m.note).toBe('1 of 4 returns had empty benchmark scores, counted as not achieved');
    // All hubs: 6, 5, 0, 8, 8 -> 27/5 = 5.4; sd 3.28634, t(0.975, 4) = 2.77645 -> [1.31948, 9.48052], the upper limit
    // truncated to 8.
    const all = get('compass_mean_benchmarks_achieved', 'all', 'all');
    expect(all.value).toBeCloseTo(5.4, 10);
    expect(all.ci_low).toBeCloseTo(1.31948, 4);
    expect(all.ci_high).toBe(8);
    // East has one return (E1, 8): a mean but no spread, so no interval.
    expect(get('compass_mean_benchmarks_achieved', 'east', 'all')).toMatchObject({
      value: 8,
      denominator: 1,
      ci_low: null,
      ci_high: null,
    });
    // Central colleges: no returns -> not applicable, never 0.
    expect(get('compass_mean_benchmarks_achieved', 'central', 'college')).toMatchObject({
      value: null,
      symbol: 'z',
      denominator: 0,
    });
  });

  it('gives each benchmark achieved over the returns that scored it', () => {
    // B1 central: 100, 100, 0, 100 -> 3 of 4.
    expect(get('compass_benchmark_achieved_pct', 'central', 'b1')).toMatchObject({
      value: 75,
      numerator: 3,
      denominator: 4,
      note: '',
    });
    // B2 central: C1 100, C2 empty (left out), C3 0, C5 100 -> 2 of 3 = 66.667%, Wilson [20.766%, 93.851%].
    const b2 = get('compass_benchmark_achieved_pct', 'central', 'b2');
    expect([b2.numerator, b2.denominator]).toEqual([2, 3]);
    expect(b2.value).toBeCloseTo(66.6667, 3);
    expect(b2.ci_low).toBeCloseTo(20.766, 3);
    expect(b2.ci_high).toBeCloseTo(93.8508, 3);
    expect(b2.note).toBe('1 return with an empty B2 score left out');
  });

  it('gives each benchmark mean score with a t-interval', () => {
    // B4 central: 50, 100, 0, 100 -> mean 62.5; squares of deviations 156.25 + 1406.25 + 3906.25 + 1406.25 = 6875;
    // sd = sqrt(6875/3) = 47.8714; half-width = 3.18245 * 47.8714 / 2 = 76.1740 -> [-13.6740, 138.6740].
    const b4 = get('compass_mean_score_pct', 'central', 'b4');
    expect(b4).toMatchObject({ value: 62.5, denominator: 4, unit: 'pct' });
    // -13.6740 to 138.6740 by hand, truncated to the possible scores 0-100.
    expect(b4.ci_low).toBe(0);
    expect(b4.ci_high).toBe(100);
    // B7 central: C2 empty -> mean of 100, 0, 100 over 3 returns.
    expect(get('compass_mean_score_pct', 'central', 'b7').value).toBeCloseTo(200 / 3, 10);
    expect(get('compass_mean_score_pct', 'central', 'b7').denominator).toBe(3);
  });

  it('writes rows in measure, hub (config order, then all), period, breakdown order', () => {
    const keys = rows.map((r) => `${r.measure}|${r.hub}|${r.breakdown}`);
    expect(keys.slice(0, 5)).toEqual([
      'compass_completions|central|all',
      'compass_completions|central|mainstream',
      'compass_completions|central|special_ap',
      'compass_completions|central|college',
      'compass_completions|central|members',
    ]);
    // 5 hubs x 4 breakdowns x 3 group measures + 5 hubs x members completions + 5 hubs x 8 benchmarks x 2
    // benchmark measures + 5 hubs x all benchmarks; one year: no trend and no change.
    expect(rows).toHaveLength(5 * 4 * 3 + 5 + 5 * 8 * 2 + 5);
    expect([...new Set(rows.map((r) => r.measure))]).toEqual([
      'compass_completions',
      'compass_coverage_pct',
      'compass_mean_benchmarks_achieved',
      'compass_benchmark_achieved_pct',
      'compass_mean_score_pct',
      'compass_all_benchmarks_pct',
    ]);
    expect(compassMetrics({ returns, institutions, hubs, years: [Y20] }).rows).toEqual(rows);
  });

  it('refuses two returns for one URN and year (the reader keeps only the latest)', () => {
    const twice = [ret('C1', Y20, ALL_100, 3), ret('C1', Y20, ALL_100, 9)];
    expect(() => compassMetrics({ returns: twice, institutions, hubs, years: [Y20] })).toThrow(
      'two Compass returns for URN C1 in 2020/21 (compass.csv:3 and compass.csv:9)',
    );
    // The same URN in two different years is fine.
    expect(() =>
      compassMetrics({
        returns: [ret('C1', Y20, ALL_100), ret('C1', Y21, ALL_100)],
        institutions,
        hubs,
        years: [Y20, Y21],
      }),
    ).not.toThrow();
  });
});

describe('compass_mean_benchmarks_trend', () => {
  // South: S1 achieves 2, 3, 5 benchmarks in three years. East: E1 in 2020/21 (4) and 2022/23 (6) only.
  const trendReturns = [
    ret('S1', Y20, [100, 100, 0, 0, 0, 0, 0, 0]),
    ret('S1', Y21, [100, 100, 100, 0, 0, 0, 0, 0]),
    ret('S1', Y22, [100, 100, 100, 100, 100, 0, 0, null]),
    ret('E1', Y20, [100, 100, 100, 100, 0, 0, 0, 0]),
    ret('E1', Y22, [100, 100, 100, 100, 100, 100, 0, 0]),
  ];
  const { rows } = compassMetrics({ returns: trendReturns, institutions, hubs, years: [Y22, Y20, Y21] });
  const trend = (hub: string) => find(rows, 'compass_mean_benchmarks_trend', hub, '2020/21-2022/23', 'all');

  it('fits a least-squares slope to the yearly means with its interval', () => {
    // Points (2020, 2), (2021, 3), (2022, 5): x̄ = 2021, ȳ = 10/3; slope = ((-1)(-4/3) + (1)(5/3)) / 2 = 1.5.
    // Residuals 1/6, -1/3, 1/6 -> RSS = 1/6; SE = sqrt((1/6) / 1 / 2) = 0.288675; t(0.975, 1) = 12.7062
    // -> 1.5 ± 3.66797 = [-2.16797, 5.16797].
    const s = trend('south');
    expect(s).toMatchObject({ unit: 'mean', denominator: 3, note: 'slope of 3 yearly means, benchmarks per year' });
    expect(s.value).toBeCloseTo(1.5, 10);
    expect(s.ci_low).toBeCloseTo(-2.16797, 4);
    expect(s.ci_high).toBeCloseTo(5.16797, 4);
  });

  it('skips years with no returns and says so; two points give a slope but no interval', () => {
    // East: (2020, 4), (2022, 6) -> slope 1 per year.
    const e = trend('east');
    expect(e).toMatchObject({ value: 1, ci_low: null, ci_high: null, denominator: 2 });
    expect(e.note).toBe('slope of 2 yearly means, benchmarks per year; no returns in 2021/22');
    // Central has no returns at all: no slope.
    expect(trend('central')).toMatchObject({ value: null, symbol: 'z' });
  });

  it('gives the trend of all hubs from the pooled yearly means', () => {
    // All hubs: 2020/21 (2 + 4)/2 = 3, 2021/22 3, 2022/23 (5 + 6)/2 = 5.5 -> slope ((-1)(-0.8333) + (1)(1.6667)) / 2
    // = 1.25.
    expect(trend('all').value).toBeCloseTo(1.25, 10);
    expect(trend('all').sdc).toEqual({ counts: 'institutions', institutions: 1 });
  });
});

describe('compass change, like-for-like means and all eight benchmarks', () => {
  const n = (k: number) => Array.from({ length: 8 }, (_, i) => (i < k ? 100 : 0));
  // Central: 2020/21 C1 6, C2 4, C3 2 benchmarks; 2022/23 C1 7, C2 6, C4 8 (C3 did not return, C4 is new).
  const changeReturns = [
    ret('C1', Y20, n(6)),
    ret('C2', Y20, n(4)),
    ret('C3', Y20, n(2)),
    ret('C1', Y22, n(7)),
    ret('C2', Y22, n(6)),
    ret('C4', Y22, n(8)),
  ];
  const { rows } = compassMetrics({ returns: changeReturns, institutions, hubs, years: [Y20, Y21, Y22] });
  const get = (measure: string, period: string, breakdown: string, hub = 'central') =>
    find(rows, measure, hub, period, breakdown);

  it('gives the change of all returns with a Welch interval', () => {
    // 2020/21: mean 4, s² = (4 + 0 + 4) / 2 = 4; 2022/23: mean 7, s² = (0 + 1 + 1) / 2 = 1.
    // se² = 4/3 + 1/3 = 5/3; df = (5/3)² / ((4/3)²/2 + (1/3)²/2) = 50/17 = 2.941; t(0.975, 2.941) = 3.218759
    // (scipy.stats.t.ppf); half-width = 3.218759 x 1.290994 = 4.155400 -> 3 ± 4.1554 = [-1.1554, 7.1554].
    const c = get('compass_mean_benchmarks_change', '2020/21-2022/23', 'all');
    expect(c.unit).toBe('mean');
    expect(c.value).toBeCloseTo(3, 10);
    expect(c.ci_low).toBeCloseTo(-1.1554, 4);
    expect(c.ci_high).toBeCloseTo(7.1554, 4);
    expect(c.note).toMatch(/^3 returns in 2020\/21, 3 in 2022\/23; Welch/);
  });

  it('gives the like-for-like change of institutions returning in both years with a paired t interval', () => {
    // Pairs: C1 6 -> 7 (+1), C2 4 -> 6 (+2): mean 1.5, s_d = 0.7071, se = 0.5, t(0.975, 1) = 12.7062
    // -> 1.5 ± 6.3531 = [-4.8531, 7.8531].
    const c = get('compass_mean_benchmarks_change', '2020/21-2022/23', 'same_institutions');
    expect(c).toMatchObject({ denominator: 2, sdc: { counts: 'institutions', institutions: 2 } });
    expect(c.value).toBeCloseTo(1.5, 10);
    expect(c.ci_low).toBeCloseTo(-4.8531, 4);
    expect(c.ci_high).toBeCloseTo(7.8531, 4);
    // Like-for-like means: (6 + 4) / 2 = 5 in the first year, (7 + 6) / 2 = 6.5 in the last.
    expect(get('compass_mean_benchmarks_achieved', Y20, 'same_institutions')).toMatchObject({ value: 5 });
    expect(get('compass_mean_benchmarks_achieved', Y22, 'same_institutions')).toMatchObject({ value: 6.5 });
    // Only the first and last years have like-for-like rows.
    expect(rows.some((r) => r.breakdown === 'same_institutions' && r.period === Y21)).toBe(false);
  });

  it("gives each benchmark's change in percentage points with Newcombe's interval, tied to its two shares", () => {
    // B7 is fully achieved by returns with 7 or more benchmarks: 2020/21 none of 6, 4, 2 (0/3); 2022/23 C1 (7) and
    // C4 (8) of 3 (2/3): +66.67 pp. Wilson(2, 3) = [0.207660, 0.938508], Wilson(0, 3) = [0, 0.561497];
    // low = 2/3 - hypot(2/3 - 0.207660, 0.561497) = -5.8569 pp, high = 2/3 + (0.938508 - 2/3) = 93.8508 pp.
    const b7 = get('compass_benchmark_change_pp', '2020/21-2022/23', 'b7');
    expect(b7.unit).toBe('pp');
    expect(b7.value).toBeCloseTo(200 / 3, 8);
    expect(b7.ci_low).toBeCloseTo(-5.8569, 3);
    expect(b7.ci_high).toBeCloseTo(93.8508, 3);
    expect(b7.verdict).toBe('unclear');
    expect(b7.note).toBe('3 returns in 2020/21, 3 in 2022/23; Newcombe interval for two independent shares');
    expect(b7.sdc?.derivedFrom).toEqual([
      'compass_benchmark_achieved_pct|central|2020/21|b7',
      'compass_benchmark_achieved_pct|central|2022/23|b7',
    ]);
    // B1 is achieved by every return in both years: no change, and the interval spans zero.
    const b1 = get('compass_benchmark_change_pp', '2020/21-2022/23', 'b1');
    expect(b1.value).toBe(0);
    expect(b1.ci_low).toBeLessThan(0);
    expect(b1.ci_high).toBeGreaterThan(0);
    // East has no returns: not applicable, never 0.
    expect(get('compass_benchmark_change_pp', '2020/21-2022/23', 'b1', 'east')).toMatchObject({
      value: null,
      symbol: 'z',
    });
  });

  /** Central's rows of `measure` with a 2019/20 return read too (C1, 1 benchmark): the London hubs began in 2021/22. */
  const withEarlierYear = (measure: string) => {
    const Y19 = '2019/20' as AcademicYear;
    return compassMetrics({
      returns: [...changeReturns, ret('C1', Y19, n(1))],
      institutions,
      hubs,
      years: [Y19, Y20, Y21, Y22],
    }).rows.filter((r) => r.measure === measure && r.hub === 'central');
  };

  it('measures the benchmark change since the hubs began: from the last year before the start, not the first', () => {
    // With 2019/20 read too, the change still runs from 2020/21.
    const longer = withEarlierYear('compass_benchmark_change_pp');
    expect(new Set(longer.map((r) => r.period))).toEqual(new Set(['2020/21-2022/23']));
  });

  it('measures the change in the mean since the hubs began too, with the same Welch and paired figures', () => {
    // C1 in 2019/20 with 1 benchmark would make a first-to-last change from 1 to 7: the change still runs from
    // 2020/21 (mean 4) to 2022/23 (mean 7), +3, and the paired change over C1 and C2 is +1.5, as above.
    const longer = withEarlierYear('compass_mean_benchmarks_change');
    expect(longer.map((r) => [r.period, r.breakdown, r.value])).toEqual([
      ['2020/21-2022/23', 'all', 3],
      ['2020/21-2022/23', 'same_institutions', 1.5],
    ]);
  });

  it('marks a change with no returns at one end as not applicable', () => {
    // East has no returns at all.
    expect(get('compass_mean_benchmarks_change', '2020/21-2022/23', 'all', 'east')).toMatchObject({
      value: null,
      symbol: 'z',
    });
    expect(get('compass_mean_benchmarks_change', '2020/21-2022/23', 'same_institutions', 'east').symbol).toBe('z');
  });

  it('gives the share of returns achieving all eight benchmarks with a Wilson interval', () => {
    // 2022/23 Central: C4 achieves all 8 of 3 returns -> 33.33%; Wilson(1, 3) = [6.1492%, 79.2340%].
    const a = get('compass_all_benchmarks_pct', Y22, 'all');
    expect(a).toMatchObject({ numerator: 1, denominator: 3, unit: 'pct' });
    expect(a.value).toBeCloseTo(100 / 3, 10);
    expect(a.ci_low).toBeCloseTo(6.1492, 3);
    expect(a.ci_high).toBeCloseTo(79.234, 3);
    expect(get('compass_all_benchmarks_pct', Y20, 'all')).toMatchObject({ numerator: 0, denominator: 3, value: 0 });
    // 2021/22 has no returns: nothing to divide by.
    expect(get('compass_all_benchmarks_pct', Y21, 'all')).toMatchObject({ value: null, symbol: 'z' });
  });

  it('gives the per-benchmark achievement for every year, not only the last', () => {
    // B7 Central: 2020/21 none of 3 (C1 has 6, C2 4, C3 2 at 100) -> 0%; 2022/23 C1 (7) and C4 (8) -> 2 of 3.
    expect(get('compass_benchmark_achieved_pct', Y20, 'b7')).toMatchObject({ numerator: 0, denominator: 3 });
    expect(get('compass_benchmark_achieved_pct', Y22, 'b7')).toMatchObject({ numerator: 2, denominator: 3 });
  });
});

describe('compassMetrics: returns from hub members apart', () => {
  // C1 joined in 2019/20 and C2 in 2020/21 (members in 2020/21); C3 joins in 2021/22 (not yet a member); C5 joined
  // but is not eligible (never a member). Central's 2020/21 returns: C1, C2, C3, C5 -> 4 in the area, 2 by members.
  const joinedIn = (i: Institution, joined: string | null): Institution => ({ ...i, joined: joined as AcademicYear });
  const register = institutions.map((i) =>
    i.urn === 'C1'
      ? joinedIn(i, '2019/20')
      : i.urn === 'C2'
        ? joinedIn(i, Y20)
        : i.urn === 'C3'
          ? joinedIn(i, Y21)
          : i.urn === 'C5'
            ? joinedIn(i, '2018/19')
            : i,
  );
  const { rows } = compassMetrics({ returns, institutions: register, hubs, years: [Y20] });

  it("counts completions by members beside all completions in the hubs' areas", () => {
    expect(find(rows, 'compass_completions', 'central', Y20, 'all').value).toBe(4);
    expect(find(rows, 'compass_completions', 'central', Y20, 'members').value).toBe(2);
    // All hubs: Central's 2 members; E1 (East) has not joined.
    expect(find(rows, 'compass_completions', 'all', Y20, 'members').value).toBe(2);
  });
});
