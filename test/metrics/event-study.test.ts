import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { destinationsReader } from '../../src/ingest/destinations.js';
import { destinationMetrics, destinationsInput } from '../../src/metrics/destinations.js';
import { eventGapRows, eventTime } from '../../src/metrics/event-study.js';
import type { End } from '../../src/metrics/pooled-change.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { AcademicYear } from '../../src/model/year.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

const y = (s: string) => s as AcademicYear;

function find(rows: readonly MetricRow[], hub: string, period: string): MetricRow {
  const r = rows.find((m) => m.measure === 'eet_event_gap_pp' && m.hub === hub && m.period === period);
  if (!r) throw new Error(`no event-study row for ${hub} ${period}`);
  return r;
}

describe('eventTime', () => {
  it('names the baseline e-1, the start year e0 and the years after it e+1, e+2', () => {
    const started = y('2021/22');
    expect(['2014/15', '2020/21', '2021/22', '2023/24'].map((p) => eventTime(y(p), started))).toEqual([
      'e-7',
      'e-1',
      'e0',
      'e+2',
    ]);
  });
});

describe('eventGapRows on planted areas', () => {
  // Two LAs of 100 pupils; England fixed at 50% then 60%. Hub 50% then 70%: gap to England +10 pp relative to the
  // baseline. A withheld end withholds that year only.
  const end = (a: number, b: number): End => ({
    x: a + b,
    n: 200,
    notes: [],
    areas: new Map([
      ['A', { x: a, n: 100 }],
      ['B', { x: b, n: 100 }],
    ]),
  });
  const ends: Record<string, End> = {
    '2019/20': { symbol: 'c', notes: [] },
    '2020/21': end(45, 55),
    '2021/22': end(65, 75),
  };
  const england: Record<string, End> = {
    '2019/20': { x: 500, n: 1000, notes: [] },
    '2020/21': { x: 500, n: 1000, notes: [] },
    '2021/22': { x: 600, n: 1000, notes: [] },
  };
  const rows = eventGapRows({
    change: 'eet_change_pp',
    level: 'eet_sustained_pct',
    breakdown: 'total',
    periods: ['2019/20', '2020/21', '2021/22'].map(y),
    areas: [{ hub: 'h', started: y('2021/22') }, { hub: 'no-start' }],
    england: { hub: 'england' },
    endOf: (area, p) => (area.hub === 'england' ? england[p]! : ends[p]!),
    source: { rateDecimals: null },
    periodWord: 'cohort',
  });

  it('writes one row per year for areas with a start, 0 at the baseline, withheld where an end is', () => {
    expect(rows.map((r) => [r.hub, r.period, r.breakdown, r.value, r.symbol])).toEqual([
      ['h', '2019/20', 'e-2', null, 'c'],
      ['h', '2020/21', 'e-1', 0, ''],
      ['h', '2021/22', 'e0', expect.closeTo(10, 10), ''],
    ]);
    const lag = rows[2]!;
    // Hub change +20 pp, England's +10 pp (its comparator); the interval holds the LAs' variation.
    expect(lag.comparator).toBeCloseTo(10, 10);
    expect(lag.ci_low!).toBeLessThan(10);
    expect(lag.ci_high!).toBeGreaterThan(10);
    expect(lag.sdc?.derivedFrom).toContain('eet_sustained_pct|england|2021/22|total');
  });
});

/**
 * Expected figures computed by hand in Python (csv + scipy.stats.t; /tmp script, not the code under test) from
 * data-key-stage-4-destination-measures.csv (breakdown_topic = breakdown = Total, data_type = Number of pupils,
 * institution_group = State-funded mainstream schools; sustained = education + appren + all_work; time_period is the
 * destination year, so 202122 is the 2020/21 cohort) and ks4_dm_ud_202223_nat_rev.csv (England: overall of cohort,
 * institution_type = Total). For each cohort r: (hub change from 2020/21 to r) - (England's), its variance the hub's
 * LA-unit variance (k/(k-1) sum u^2, at least binomial) plus England's Newcombe variance; t(0.975, k - 1).
 */
describe.skipIf(!HAS_REAL_DATA)('the event study of sustained EET against England, on the real files', () => {
  let out: MetricRow[];
  beforeAll(async () => {
    const config = defaultConfig('/tmp');
    const read = async (f: string) => (await destinationsReader.read(f, { activityLabels: {} })).records;
    const rows = [
      ...(await read(realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv'))),
      ...(await read(realFile('ks4-dest-nat-lsip', 'ks4_dm_ud_202223_nat_rev.csv'))),
    ];
    const hubs = new HubIndex(config.hubs);
    out = destinationMetrics(destinationsInput(rows, config, hubs, { from: y('2014/15'), to: y('2021/22') }));
  });

  it("Central's leads: its gap to England was narrowing before the start, so the trends were not parallel", () => {
    // 2019/20 (e-2): -0.66178 (-1.23260 to -0.09095); 2014/15 (e-7): -1.81607 (-2.62034 to -1.01181), the
    // before-start change relative to England with its sign turned.
    const e2 = find(out, 'central', '2019/20');
    expect(e2.breakdown).toBe('e-2');
    expect(e2.value).toBeCloseTo(-0.66178, 4);
    expect(e2.ci_low).toBeCloseTo(-1.2326, 4);
    expect(e2.ci_high).toBeCloseTo(-0.09095, 4);
    expect(e2.verdict).toBe('lower');
    const e7 = find(out, 'central', '2014/15');
    expect(e7.breakdown).toBe('e-7');
    expect(e7.value).toBeCloseTo(-1.81607, 4);
    expect(e7.ci_low).toBeCloseTo(-2.62034, 4);
    expect(e7.ci_high).toBeCloseTo(-1.01181, 4);
    expect(e7.comparator).toBeCloseTo(0.24094, 4);
  });

  it('the baseline is 0, and the lag e0 is the change since the start relative to England', () => {
    expect(find(out, 'central', '2020/21')).toMatchObject({ breakdown: 'e-1', value: 0, ci_low: null });
    const lag = find(out, 'central', '2021/22');
    expect(lag.breakdown).toBe('e0');
    expect(lag.value).toBeCloseTo(-0.46136, 4);
    expect(lag.ci_low).toBeCloseTo(-0.99067, 4);
    expect(lag.ci_high).toBeCloseTo(0.06796, 4);
    expect(lag.verdict).toBe('unclear');
  });

  it('all hubs and East: every lead of all hubs is below zero; East 2015/16 is not clear', () => {
    // All hubs (32 LAs) 2018/19 (e-3): -0.63442 (-0.97653 to -0.29232). East 2015/16 (e-6): -0.49382 (-1.06455 to
    // +0.07692).
    const all = find(out, 'all', '2018/19');
    expect(all.value).toBeCloseTo(-0.63442, 4);
    expect(all.ci_low).toBeCloseTo(-0.97653, 4);
    expect(all.ci_high).toBeCloseTo(-0.29232, 4);
    for (const p of ['2014/15', '2015/16', '2016/17', '2017/18', '2018/19', '2019/20'])
      expect(find(out, 'all', p).ci_high!).toBeLessThan(0);
    const east = find(out, 'east', '2015/16');
    expect(east.value).toBeCloseTo(-0.49382, 4);
    expect(east.ci_low).toBeCloseTo(-1.06455, 4);
    expect(east.ci_high).toBeCloseTo(0.07692, 4);
    expect(east.verdict).toBe('unclear');
  });

  it('is written for the headline breakdown only, never for England itself', () => {
    const event = out.filter((r) => r.measure === 'eet_event_gap_pp');
    expect(new Set(event.map((r) => r.hub))).toEqual(new Set(['central', 'east', 'south', 'west', 'all']));
    expect(event).toHaveLength(5 * 8);
  });
});
