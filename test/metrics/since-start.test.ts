import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { destinationsReader } from '../../src/ingest/destinations.js';
import { destinationMetrics, destinationsInput } from '../../src/metrics/destinations.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { AcademicYear } from '../../src/model/year.js';
import { changeCell, rowVerdict } from '../../src/plan/phrases/index.js';
import { roundRates } from '../../src/sdc/rounding.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

const y = (s: string) => s as AcademicYear;
const LAD = realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv');
const NAT = realFile('ks4-dest-nat-lsip', 'ks4_dm_ud_202223_nat_rev.csv');

function find(rows: readonly MetricRow[], measure: string, hub: string, period: string): MetricRow {
  const r = rows.find((m) => m.measure === measure && m.hub === hub && m.period === period && m.breakdown === 'total');
  if (!r) throw new Error(`no row ${measure} ${hub} ${period}`);
  return r;
}

/**
 * Expected figures computed by hand in Python (csv + scipy.stats.t) from the real files, not by the code under test:
 *   LAD file data-key-stage-4-destination-measures.csv, breakdown = Total, data_type = Number of pupils, lad_code in
 *   the hub (london-las/london_las.csv); sustained = education + appren + all_work; time_period 202223 = the 2021/22
 *   cohort. National: ks4_dm_ud_202223_nat_rev.csv, institution_group = State-funded mainstream schools,
 *   institution_type = Total, breakdown_topic = breakdown = Total, data_type = Number of pupils; overall, appren.
 * Per LA u = (x2 - p2 n2)/N2 - (x1 - p1 n1)/N1, Var = k/(k - 1) sum u^2 (never below the binomial variance),
 * limits t(0.975, k - 1); against England, England's Newcombe standard error is added in quadrature.
 * London hubs started in 2021/22: the baseline is the 2020/21 cohort, the latest 2021/22.
 */
describe.skipIf(!HAS_REAL_DATA)('changes since the hubs began, on the real 2022/23 release', () => {
  let out: MetricRow[];
  const config = defaultConfig('/tmp');
  const hubs = new HubIndex(config.hubs);
  beforeAll(async () => {
    const read = async (f: string) => (await destinationsReader.read(f, { activityLabels: {} })).records;
    const rows = [...(await read(LAD)), ...(await read(NAT))];
    out = destinationMetrics(destinationsInput(rows, config, hubs, { from: y('2014/15'), to: y('2021/22') }));
  });

  it("Central since the start: sustained EET fell, and relative to England's fall there is no clear change", () => {
    // Central 11 LAs (no City of London row): 2020/21 of 22,618, 2021/22 of 22,771; change -1.13224
    // (-1.65152 to -0.61296). England -0.67088; relative to England -0.46136 (-0.99067 to +0.06796): the binomial
    // interval (-0.90 to -0.02) called it lower.
    const since = find(out, 'eet_change_since_start_pp', 'central', '2020/21-2021/22');
    expect(since.value).toBeCloseTo(-1.13224, 4);
    expect(since.ci_low).toBeCloseTo(-1.65152, 4);
    expect(since.ci_high).toBeCloseTo(-0.61296, 4);
    expect(since.comparator).toBeCloseTo(-0.67088, 4);
    expect(since.verdict).toBe('lower');
    const vs = find(out, 'eet_change_since_start_vs_england_pp', 'central', '2020/21-2021/22');
    expect(vs.value).toBeCloseTo(-0.46136, 4);
    expect(vs.ci_low).toBeCloseTo(-0.99067, 4);
    expect(vs.ci_high).toBeCloseTo(0.06796, 4);
    expect(vs.verdict).toBe('unclear');
    // The binomial sensitivity is kept in the metrics, narrower.
    const binomial = find(out, 'eet_change_since_start_binomial_pp', 'central', '2020/21-2021/22');
    expect(binomial.value).toBeCloseTo(-1.13224, 4);
    expect((binomial.ci_high ?? 0) - (binomial.ci_low ?? 0)).toBeLessThan((since.ci_high ?? 0) - (since.ci_low ?? 0));
  });

  it('Central before the start (2014/15 to 2020/21) is reported apart, relative to England +1.81607', () => {
    // 2014/15 of 19,204; change +1.57513 (+0.77718 to +2.37309); England -0.24094; relative +1.81607 (+1.01181 to
    // +2.62034).
    const before = find(out, 'eet_change_before_start_pp', 'central', '2014/15-2020/21');
    expect(before.value).toBeCloseTo(1.57513, 4);
    expect(before.ci_low).toBeCloseTo(0.77718, 4);
    expect(before.ci_high).toBeCloseTo(2.37309, 4);
    const vs = find(out, 'eet_change_before_start_vs_england_pp', 'central', '2014/15-2020/21');
    expect(vs.value).toBeCloseTo(1.81607, 4);
    expect(vs.ci_low).toBeCloseTo(1.01181, 4);
    expect(vs.ci_high).toBeCloseTo(2.62034, 4);
  });

  it('all hubs since the start: -1.00758, relative to England -0.33670 (-0.63597 to -0.03744)', () => {
    // 32 LAs, 2020/21 of 83,842, 2021/22 of 84,219.
    const since = find(out, 'eet_change_since_start_pp', 'all', '2020/21-2021/22');
    expect(since.value).toBeCloseTo(-1.00758, 4);
    expect(since.ci_low).toBeCloseTo(-1.29174, 4);
    expect(since.ci_high).toBeCloseTo(-0.72343, 4);
    const vs = find(out, 'eet_change_since_start_vs_england_pp', 'all', '2020/21-2021/22');
    expect(vs.value).toBeCloseTo(-0.3367, 4);
    expect(vs.ci_low).toBeCloseTo(-0.63597, 4);
    expect(vs.ci_high).toBeCloseTo(-0.03744, 4);
    expect(vs.verdict).toBe('lower');
    const before = find(out, 'eet_change_before_start_vs_england_pp', 'all', '2014/15-2020/21');
    expect(before.value).toBeCloseTo(1.10892, 4);
    expect(before.ci_low).toBeCloseTo(0.71202, 4);
    expect(before.ci_high).toBeCloseTo(1.50582, 4);
  });

  it("East's apprenticeship change relative to England: the word comes from the unrounded interval", () => {
    // East 9 LAs, 2014/15 to 2021/22: -1.84485 against England's -1.56518: -0.27968 (-0.88393 to +0.32458) with
    // the LA as the unit: no clear change, for the reason the interval gives (binomial: -0.53 to -0.03).
    const vs = find(out, 'apprenticeship_change_vs_england_pp', 'east', '2014/15-2021/22');
    expect(vs.value).toBeCloseTo(-0.27968, 4);
    expect(vs.ci_low).toBeCloseTo(-0.88393, 4);
    expect(vs.ci_high).toBeCloseTo(0.32458, 4);
    expect(vs.verdict).toBe('unclear');
    // Published (rounded) and --no-sdc rows give the same word.
    const [published] = roundRates([vs], 1);
    expect(rowVerdict(published)).toBe(rowVerdict(vs));
  });
});

describe('a word fixed before rounding', () => {
  it('keeps "fell" and prints the limits with the places that agree with it', () => {
    // The interval the binomial method gave East's apprenticeship change relative to England: -0.280 (-0.532 to
    // -0.032). Rounded to one place the upper limit reads -0.0, which would say the interval touches zero.
    const row = {
      measure: 'apprenticeship_change_vs_england_pp' as const,
      hub: 'east',
      period: '2014/15-2021/22',
      breakdown: 'total',
      unit: 'pp' as const,
      value: -0.28,
      numerator: null,
      denominator: null,
      ci_low: -0.532,
      ci_high: -0.032,
      comparator: null,
      diff: null,
      diff_ci_low: null,
      diff_ci_high: null,
      symbol: '' as const,
      note: '',
      verdict: 'lower' as const,
    };
    const [published] = roundRates([row], 1);
    expect(published?.ci_high).toBe(-0.03);
    expect(published?.ci_low).toBe(-0.53);
    expect(changeCell(published)).toBe('-0.3 pp (-0.53 to -0.03)');
    expect(changeCell(row)).toBe(changeCell(published));
  });
});
