import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import type { LocalAuthority } from '../../src/config/schema.js';
import { destinationsReader } from '../../src/ingest/destinations.js';
import { neetReader } from '../../src/ingest/neet.js';
import { readStatNeighbours } from '../../src/ingest/stat-neighbours.js';
import { destinationMetrics, destinationsInput } from '../../src/metrics/destinations.js';
import { neetMetrics } from '../../src/metrics/neet.js';
import { type GroupWeights, neighbourAnalysis } from '../../src/metrics/neighbours.js';
import { comparisonGroups, laDirectory } from '../../src/metrics/neighbours-groups.js';
import { areaHubId, leaveOneOut, stableAreas } from '../../src/metrics/neighbours-stable.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import type { AcademicYear } from '../../src/model/year.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

const y = (s: string) => s as AcademicYear;
const get = (rows: readonly MetricRow[], measure: string, hub: string, period: string, breakdown: string) => {
  const r = rows.find(
    (x) => x.measure === measure && x.hub === hub && x.period === period && x.breakdown === breakdown,
  );
  if (!r) throw new Error(`no row ${measure} ${hub} ${period} ${breakdown}`);
  return r;
};

/**
 * Expected figures computed by hand in Python (csv, zipfile + xml for the workbook, scipy.stats.t), not by the code
 * under test:
 *   groups: sn_may_2025.xlsx sheet "LA SN Groups", SN1..SN10 of every LA of the hub (london-las/london_las.csv),
 *           less every London LA, each once; old LA numbers to ONS codes from the NCCIS files; counties (E10) are
 *           left out of destinations (LA district file, no lookup).
 *   destinations: data-key-stage-4-destination-measures.csv, breakdown_topic = breakdown = Total,
 *           institution_group = State-funded mainstream schools, data_type = Number of pupils, sustained =
 *           education + appren + all_work; time_period 201516 = the 2014/15 cohort.
 *   NEET: UD_NEETNK_LA_dashboard_*.csv 2021-2024 (2020/21 to 2023/24, as with --year 2023/24), geographic_level
 *           Local authority, count = NEET_not_known_percent x Cohort_DJFavg / 100.
 *   Change per area set: u_i = (x2 - p2 n2)/N2 - (x1 - p1 n1)/N1, Var = k/(k - 1) sum u^2 (never below binomial),
 *   limits t(0.975, k - 1); gap = hub change - group change, limits by square-and-add (MOVER).
 */
describe.skipIf(!HAS_REAL_DATA)('stable comparison groups and leave-one-out on the real files', () => {
  let out: MetricRow[];
  let weights: GroupWeights[];
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
    ({ rows: out, weights } = neighbourAnalysis({
      groups,
      hubRows,
      hubs,
      started,
      neet: { rows: neetRows, years },
      destinations: { rows: destRows, config, cohorts },
    }));
  }, 120_000);

  it("East's sustained EET 2014/15 to 2021/22 relative to similar areas, on the 24 areas present every year", () => {
    // 27 destination areas; Bournemouth, Christchurch and Poole (from the 2018/19 cohort), Buckinghamshire and West
    // Northamptonshire (2020/21) leave: the group's cohort would go from 65,127 to 89,463, on 24 areas 65,127 to
    // 75,409. Group change -1.19995 (-1.58815 to -0.81176) (all 27: -0.83468); East -0.47404 (-1.34887 to +0.40079);
    // gap +0.72591 (-0.23118 to +1.68300) (all 27: +0.36064). The issue's +0.73 (+0.26 to +1.20) had binomial
    // intervals; with the LA as the unit the stable group's gap is positive but not clear.
    const group = get(out, 'eet_change_pp', 'east:neighbours', '2014/15-2021/22', 'total');
    expect(group.value).toBeCloseTo(-1.19995, 4);
    expect(group.ci_low).toBeCloseTo(-1.58815, 4);
    expect(group.ci_high).toBeCloseTo(-0.81176, 4);
    const gap = get(out, 'eet_change_vs_neighbours_pp', 'east', '2014/15-2021/22', 'total');
    expect(gap.value).toBeCloseTo(0.72591, 4);
    expect(gap.ci_low).toBeCloseTo(-0.23118, 4);
    expect(gap.ci_high).toBeCloseTo(1.683, 4);
    expect(gap.verdict).toBe('unclear');
    expect(gap.note).toContain(
      'left out for this comparison (not in every year): Bournemouth, Christchurch and Poole, Buckinghamshire, ' +
        'West Northamptonshire',
    );
    // The level rows keep every area that has a figure that year.
    expect(get(out, 'eet_sustained_pct', 'east:neighbours', '2021/22', 'total').denominator).toBe(89463);
    expect(get(out, 'eet_sustained_pct', 'east:neighbours', '2014/15', 'total').denominator).toBe(65127);
  });

  it('since the start (2020/21 to 2021/22) every area is present: East relative to similar areas +0.03386', () => {
    const gap = get(out, 'eet_change_since_start_vs_neighbours_pp', 'east', '2020/21-2021/22', 'total');
    expect(gap.value).toBeCloseTo(0.03386, 4);
    expect(gap.ci_low).toBeCloseTo(-0.60394, 4);
    expect(gap.ci_high).toBeCloseTo(0.67167, 4);
    expect(gap.note).not.toContain('left out for this comparison');
  });

  it("South's NEET or not known since the start: West Sussex moves it most, and alone does not change the word", () => {
    // 19 areas, all present 2020/21 to 2023/24. South +0.15185 (-0.88772 to +1.19141), group +0.75682 (-0.96848 to
    // +2.48212), gap -0.60497 (-2.61926 to +1.40931): no clear difference. Without West Sussex (not known 5.4% in
    // 2020/21, 7.5% in 2023/24 ... NEET or not known 7.7% to 16.4%) +0.18569 (-1.04264 to +1.41402): still unclear.
    // With binomial intervals the gap was -0.60 (-0.97 to -0.24), "better", and without West Sussex +0.19 (-0.18 to
    // +0.55), null: that flip is what the LA-unit interval removes.
    const gap = get(out, 'neet_or_not_known_change_since_start_vs_neighbours_pp', 'south', '2020/21-2023/24', 'all');
    expect(gap.value).toBeCloseTo(-0.60497, 4);
    expect(gap.ci_low).toBeCloseTo(-2.61926, 4);
    expect(gap.ci_high).toBeCloseTo(1.40931, 4);
    expect(gap.verdict).toBe('unclear');
    expect(gap.leaveOneOut).toBeUndefined();
    expect(gap.note).toContain(
      'leave-one-out: no single area changes the verdict (unclear); without West Sussex, which moves it most, ' +
        '0.19 (-1.04 to 1.41)',
    );
  });

  it("lists each group's areas with closeness and share of the cohort", () => {
    // Central, NCCIS 2023/24 Cohort_DJFavg: Birmingham 0.36816 of the group's cohort, Leeds 0.20658, Manchester
    // 0.16132, Bristol 0.10235, Salford 0.06352, Brighton and Hove 0.05712, Reading 0.04095.
    const central = weights.find((w) => w.hub === 'central' && w.source === 'neet');
    expect(central?.period).toBe('2023/24');
    expect(central?.areas.map((a) => a.name)).toEqual([
      'Birmingham',
      'Leeds',
      'Manchester',
      'Bristol, City of',
      'Salford',
      'Brighton and Hove',
      'Reading',
    ]);
    expect(central?.areas[0]?.share).toBeCloseTo(0.36816, 5);
    expect(central?.areas[6]?.share).toBeCloseTo(0.04095, 5);
    expect(central?.areas[0]?.closeness).toBe('not close');
    expect(central?.areas.map((a) => a.closeness).sort()).toEqual([
      'not close',
      'not close',
      'somewhat close',
      'somewhat close',
      'somewhat close',
      'somewhat close',
      'somewhat close',
    ]);
    expect(central?.areas.reduce((s, a) => s + a.share, 0)).toBeCloseTo(1, 12);
  });
});

describe('leave-one-out on planted areas', () => {
  const las: LocalAuthority[] = ['A', 'B', 'C', 'D', 'E'].map((n) => ({ oldCode: n, newCode: `E0${n}`, name: n }));
  // A-D: 100 of 1,000 in both years; E: 100 then 400 of 1,000. Group +6 pp: u = -0.012 (x4), +0.048;
  // Var = 5/4 x 0.00288 = 0.0036, se 6 pp, t(0.975, 4) = 2.776: +6 +- 16.7, unclear; with the hub at +3 (+2.5 to
  // +3.5) the gap -3 is unclear. Without E: no change, binomial floor 2 x 0.09 / 4,000, se 0.671 pp, t(3) = 3.182:
  // 0 +- 2.134; gap +3, low 3 - hypot(0.5, 2.134) = +0.81: higher. Without A: +7.5 +- 23.9, gap unclear.
  const rows = new Map<string, MetricRow>();
  for (const la of las)
    for (const [period, x] of [
      ['2020/21', 100],
      ['2021/22', la.name === 'E' ? 400 : 100],
    ] as const) {
      const hub = areaHubId('g', la.newCode);
      const row = metricRow({ measure: 'neet_pct', hub, period, breakdown: 'all', unit: 'pct' });
      rows.set(`neet_pct|${hub}|${period}|all`, { ...row, numerator: x, denominator: 1000 });
    }
  it('names the one area whose removal changes the verdict', () => {
    const level = { measure: 'neet_pct' as const, breakdown: 'all', from: '2020/21', to: '2021/22' };
    const loo = leaveOneOut(rows, 'g', las, level, { diff: 3, low: 2.5, high: 3.5 }, 'unclear');
    expect(loo?.changes).toEqual(['E']);
    expect(loo?.largest?.area).toBe('E');
    expect(loo?.largest?.gap.diff).toBeCloseTo(3, 10);
    expect(loo?.largest?.gap.low).toBeCloseTo(3 - Math.hypot(0.5, 3.182446305 * 100 * Math.sqrt(4.5e-5)), 6);
  });
  it('keeps only areas with a figure in every year of the span that any area has', () => {
    const present = new Map([
      ['2019/20', new Set(['E0A', 'E0B'])],
      ['2020/21', new Set(['E0A', 'E0B', 'E0C'])],
      ['2021/22', new Set<string>()],
    ]);
    expect(stableAreas(las, present, y('2020/21'), y('2021/22')).map((l) => l.name)).toEqual(['A', 'B', 'C']);
    expect(stableAreas(las, present, y('2019/20'), y('2021/22')).map((l) => l.name)).toEqual(['A', 'B']);
  });
});
