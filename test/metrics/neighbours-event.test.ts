import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import type { LocalAuthority } from '../../src/config/schema.js';
import { destinationsReader } from '../../src/ingest/destinations.js';
import { neetReader } from '../../src/ingest/neet.js';
import { readStatNeighbours } from '../../src/ingest/stat-neighbours.js';
import { destinationMetrics, destinationsInput } from '../../src/metrics/destinations.js';
import { neetMetrics } from '../../src/metrics/neet.js';
import { neighbourAnalysis } from '../../src/metrics/neighbours.js';
import { type EventSide, neighbourEventRows } from '../../src/metrics/neighbours-event.js';
import { comparisonGroups, laDirectory } from '../../src/metrics/neighbours-groups.js';
import { areaHubId } from '../../src/metrics/neighbours-stable.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import { type AcademicYear, academicYear } from '../../src/model/year.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';
import { generator, normal } from '../seeded-random.js';

const y = (s: string) => s as AcademicYear;
const get = (rows: readonly MetricRow[], measure: string, hub: string, period: string) => {
  const r = rows.find((x) => x.measure === measure && x.hub === hub && x.period === period);
  if (!r) throw new Error(`no row ${measure} ${hub} ${period}`);
  return r;
};

/**
 * Expected figures computed by hand in Python (csv, scipy.stats.t), not by the code under test:
 *   destinations: ks4-dest-lad-lsip/data-key-stage-4-destination-measures.csv, geographic_level = Local authority
 *     district, breakdown_topic = breakdown = Total, institution_group = State-funded mainstream schools, data_type =
 *     Number of pupils; sustained = education + appren + all_work; time_period 202122 = the 2020/21 cohort.
 *   NEET: nccis-neet-la/UD_NEETNK_LA_dashboard_2021_vg_removed.csv and _2022_final.csv, geographic_level = Local
 *     authority, Age = 16-17, count = NEET_not_known_percent x Cohort_DJFavg / 100.
 *   Central = the twelve boroughs of the default config (eleven with rows: the City has none); its similar areas
 *     (sn_may_2025.xlsx, less every London LA; listed in neighbours-stable.test.ts) = Birmingham E08000025, Leeds
 *     E08000035, Manchester E08000003, Bristol E06000023, Salford E08000006, Brighton and Hove E06000043, Reading
 *     E06000038, all present in every year.
 *   Each side's change from the baseline (2020/21): u_i = (x2 - p2 n2)/N2 - (x1 - p1 n1)/N1,
 *     Var = k/(k - 1) sum u^2 (never below binomial), half-width t(0.975, k - 1) se; gap = hub - group, limits
 *     by square-and-add of the two half-widths.
 */
describe.skipIf(!HAS_REAL_DATA)('the event study against similar areas on the real files', () => {
  let out: MetricRow[];
  beforeAll(async () => {
    const config = defaultConfig('/tmp');
    const hubs = new HubIndex(config.hubs);
    const nccis = [
      'UD_NEETNK_LA_dashboard_2021_vg_removed.csv',
      'UD_NEETNK_LA_dashboard_2022_final.csv',
      'UD_NEETNK_LA_dashboard_2023_final.csv',
      'UD_NEETNK_LA_dashboard_final_2024.csv',
    ];
    const neetRows = (
      await Promise.all(nccis.map((f) => neetReader.read(realFile('nccis-neet-la', f), { activityLabels: {} })))
    ).flatMap((r) => r.records);
    const read = async (f: string) => (await destinationsReader.read(f, { activityLabels: {} })).records;
    const destRows = [
      ...(await read(realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv'))),
      ...(await read(realFile('ks4-dest-nat-lsip', 'ks4_dm_ud_202223_nat_rev.csv'))),
    ];
    const years = ['2020/21', '2021/22', '2022/23', '2023/24'].map(y);
    const cohorts = { from: y('2014/15'), to: y('2021/22') };
    const sn = await readStatNeighbours(realFile('stat-neighbours', 'sn_may_2025.xlsx'));
    const groups = comparisonGroups({ neighbours: sn, hubs, directory: laDirectory(neetRows, destRows) });
    const hubRows = [
      ...neetMetrics({ rows: neetRows, hubs, years }),
      ...destinationMetrics(destinationsInput(destRows, config, hubs, cohorts)),
    ];
    const started = new Map(config.hubs.map((h) => [h.id, h.started as AcademicYear] as const));
    ({ rows: out } = neighbourAnalysis({
      groups,
      hubRows,
      hubs,
      started,
      neet: { rows: neetRows, years },
      destinations: { rows: destRows, config, cohorts },
    }));
  }, 120_000);

  it("Central's sustained EET at e-2 (the 2019/20 cohort) relative to similar areas: -0.438 (-1.179 to +0.302)", () => {
    // Central 2020/21 -> 2019/20 -0.43340 (half-width 0.56194, 11 LAs); group +0.00492 (0.48247, 7 areas, cohorts
    // 37,133 and 36,185); gap -0.43832 (-1.17897 to +0.30233).
    const r = get(out, 'eet_event_gap_vs_neighbours_pp', 'central', '2019/20');
    expect(r.breakdown).toBe('e-2');
    expect(r.value).toBeCloseTo(-0.43832, 4);
    expect(r.ci_low).toBeCloseTo(-1.17897, 4);
    expect(r.ci_high).toBeCloseTo(0.30233, 4);
    expect(r.comparator).toBeCloseTo(0.00492, 4);
    expect(r.verdict).toBe('unclear');
    expect(get(out, 'eet_event_gap_vs_neighbours_pp', 'central', '2020/21')).toMatchObject({
      breakdown: 'e-1',
      value: 0,
    });
  });

  it('its last lag is the change since the start against similar areas where the group is the same', () => {
    // Central 2020/21 -> 2021/22 -1.13224 (0.51928), group -1.26641 (0.71707): +0.13417 (-0.75117 to +1.01952).
    const lag = get(out, 'eet_event_gap_vs_neighbours_pp', 'central', '2021/22');
    const since = get(out, 'eet_change_since_start_vs_neighbours_pp', 'central', '2020/21-2021/22');
    expect(lag.breakdown).toBe('e0');
    expect(lag.value).toBeCloseTo(0.13417, 4);
    expect(lag.ci_low).toBeCloseTo(-0.75117, 4);
    expect(lag.ci_high).toBeCloseTo(1.01952, 4);
    expect(since.value).toBeCloseTo(lag.value!, 10);
    expect(since.ci_low).toBeCloseTo(lag.ci_low!, 10);
    expect(since.ci_high).toBeCloseTo(lag.ci_high!, 10);
  });

  it("Central's NEET or not known in 2021/22 (e0) relative to similar areas: -0.459 (-1.686 to +0.768)", () => {
    // Central -1.65867 (11 LAs), group -1.19946 (7 areas): gap -0.45921 (-1.68620 to +0.76778).
    const r = get(out, 'neet_or_not_known_event_gap_vs_neighbours_pp', 'central', '2021/22');
    expect(r.value).toBeCloseTo(-0.45921, 4);
    expect(r.ci_low).toBeCloseTo(-1.6862, 4);
    expect(r.ci_high).toBeCloseTo(0.76778, 4);
  });

  it("keeps East's group to the areas present in every cohort, and names those left out", () => {
    const r = get(out, 'eet_event_gap_vs_neighbours_pp', 'east', '2014/15');
    expect(r.breakdown).toBe('e-7');
    expect(r.note).toContain(
      'left out (not in every year): Bournemouth, Christchurch and Poole, Buckinghamshire, West Northamptonshire',
    );
  });
});

// Planted truth. A hub of 12 LAs and a group of 7 areas (Central's sizes), cohorts 1,500-5,000, five years with the
// hub starting in the fourth (baseline = the third). Each area has its own level (SD 2 pp around 90%), a common
// trend, and a shock of its own each year (SD 1 pp): the variation between areas the interval must carry. The hub
// gains +1.0 pp in the start year and +1.5 pp the year after; before the start it moves with the group. So the
// true gap relative to the baseline is 0 at e-3 and e-2, +1.0 at e0, +1.5 at e+1.
describe('the event study against similar areas on simulated areas', () => {
  const years = [2017, 2018, 2019, 2020, 2021].map(academicYear);
  const started = academicYear(2020);
  const truth = new Map([
    ['e-3', 0],
    ['e-2', 0],
    ['e0', 1],
    ['e+1', 1.5],
  ]);
  const effect = [0, 0, 0, 0.01, 0.015];
  const trend = [0, 0.004, 0.006, 0.01, 0.012];
  const las = (prefix: string, k: number): LocalAuthority[] =>
    Array.from({ length: k }, (_, i) => ({ oldCode: '', newCode: `${prefix}${i}`, name: `${prefix}${i}` }));
  const hubLas = las('H', 12);
  const groupLas = las('G', 7);

  function side(rand: () => number, owner: string, areas: readonly LocalAuthority[], hub: boolean): EventSide {
    const rows = new Map<string, MetricRow>();
    for (const la of areas) {
      const n0 = 1500 + Math.floor(rand() * 3500);
      const level = 0.9 + 0.02 * normal(rand);
      years.forEach((year, t) => {
        const n = Math.round(n0 * (0.95 + 0.1 * rand()));
        const p = Math.min(0.995, level + trend[t]! + (hub ? effect[t]! : 0) + 0.01 * normal(rand));
        // Binomial draw by its normal approximation (n p (1 - p) is over 100 here).
        const x = Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(rand))));
        const id = areaHubId(owner, la.newCode);
        rows.set(
          `eet_sustained_pct|${id}|${year}|total`,
          metricRow({
            measure: 'eet_sustained_pct',
            hub: id,
            period: year,
            breakdown: 'total',
            unit: 'pct',
            numerator: x,
            denominator: n,
          }),
        );
      });
    }
    return { owner, areas, rows, pooled: owner };
  }

  it('covers the planted gap in 93-97% of 2,000 data sets at every event time, with bias under 0.05 pp', () => {
    const rand = generator(20261203);
    const runs = 2000;
    const covered = new Map([...truth.keys()].map((k) => [k, 0]));
    const bias = new Map([...truth.keys()].map((k) => [k, 0]));
    for (let run = 0; run < runs; run += 1) {
      const rows = neighbourEventRows({
        stem: 'eet',
        level: 'eet_sustained_pct',
        breakdown: 'total',
        started,
        periods: years,
        hub: side(rand, 'hub', hubLas, true),
        group: side(rand, 'hub:neighbours', groupLas, false),
        left: [],
        source: { rateDecimals: null },
      });
      for (const r of rows) {
        const t = truth.get(r.breakdown);
        if (t === undefined) continue;
        if (r.ci_low! <= t && t <= r.ci_high!) covered.set(r.breakdown, covered.get(r.breakdown)! + 1);
        bias.set(r.breakdown, bias.get(r.breakdown)! + (r.value! - t) / runs);
      }
    }
    // Seed 20261203: coverage e-3 0.9635, e-2 0.9620, e0 0.9600, e+1 0.9635 (square-and-add of two t limits is a
    // little conservative); bias -0.011, +0.002, -0.035, -0.016 pp (Monte Carlo standard error about 0.015 pp).
    for (const k of truth.keys()) {
      const share = covered.get(k)! / runs;
      expect(share, `coverage at ${k}`).toBeGreaterThanOrEqual(0.93);
      expect(share, `coverage at ${k}`).toBeLessThanOrEqual(0.97);
      expect(Math.abs(bias.get(k)!), `bias at ${k}`).toBeLessThan(0.05);
    }
  });
});
