import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { neetReader } from '../../src/ingest/neet.js';
import { readStatNeighbours } from '../../src/ingest/stat-neighbours.js';
import { destinationMetrics, destinationsInput } from '../../src/metrics/destinations.js';
import { neetMetrics } from '../../src/metrics/neet.js';
import { neighbourMetrics } from '../../src/metrics/neighbours.js';
import { comparisonGroups, laDirectory } from '../../src/metrics/neighbours-groups.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { DestinationRow, NeetRow } from '../../src/model/records.js';
import { type AcademicYear, academicYear } from '../../src/model/year.js';
import { derivedSuppression } from '../../src/sdc/derived.js';
import { suppressRow } from '../../src/sdc/primary.js';
import { rowKey } from '../../src/sdc/row-key.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';
import { directory, kentLookup, testHubs, testNeighbours } from './neighbours-fixtures.js';

const ESTIMATED = 'numerator estimated as the published one-decimal rate x cohort, not a count of people';

const get = (rows: readonly MetricRow[], measure: string, hub: string, period: string, breakdown?: string) => {
  const r = rows.find(
    (x) => x.measure === measure && x.hub === hub && x.period === period && (!breakdown || x.breakdown === breakdown),
  );
  if (!r) throw new Error(`no row ${measure} ${hub} ${period}`);
  return r;
};

describe.skipIf(!HAS_REAL_DATA)('neighbour groups on the real NCCIS files and sn_may_2025.xlsx', async () => {
  const files = ['UD_NEETNK_LA_dashboard_2021_vg_removed.csv', 'UD_NEETNK_LA_dashboard_final_2025.csv'];
  const years = ['2020/21', '2024/25'] as AcademicYear[];
  let cached: ReturnType<typeof compute> | undefined;
  const run = () => {
    cached ??= compute();
    return cached;
  };
  const compute = async () => {
    const read = await Promise.all(
      files.map((f) => neetReader.read(realFile('nccis-neet-la', f), { activityLabels: {} })),
    );
    const rows = read.flatMap((r) => r.records);
    const sn = await readStatNeighbours(realFile('stat-neighbours', 'sn_may_2025.xlsx'));
    const hubs = new HubIndex(defaultConfig('/tmp').hubs);
    const groups = comparisonGroups({ neighbours: sn, hubs, directory: laDirectory(rows) });
    const hubRows = neetMetrics({ rows, hubs, years });
    return {
      groups,
      out: neighbourMetrics({ groups, hubs, neet: { rows, years }, hubRows, started: new Map() }),
      hubRows,
    };
  };

  // Groups from sn_may_2025.xlsx (every neighbour of the hub's boroughs that is in no London hub):
  //   Central: Brighton and Hove 846, Manchester 352, Leeds 383, Salford 355, Birmingham 330, Reading 870,
  //            Bristol 801 (City of London's ten neighbours are all "Not close").
  //   West:    Reading 870, Luton 821, Slough 871, Milton Keynes 826, Peterborough 874, Southampton 852, Coventry 331.
  // NEET_percent x Cohort_DJFavg / 100, rows with geographic_level "Local authority" of
  // UD_NEETNK_LA_dashboard_2021_vg_removed.csv (2020/21):
  //   Central: Manchester 11917 x 3.8, Salford 4858 x 4.8, Brighton 5019 x 2.8, Reading 3175 x 3.1,
  //            Bristol 8671 x 3.5, Birmingham 30683 x 2.8, Leeds 16458 x 2.3 -> 2466.13 / 80781 = 3.052859%.
  //   West:    Luton 5378 x 2.7, Peterborough 4869 x 4.0, Milton Keynes 6577 x 3.1, Reading 3175 x 3.1,
  //            Slough 3913 x 3.7, Southampton 4414 x 4.4, Coventry 7750 x 2.3 -> 1159.525 / 36076 = 3.214117%.
  // UD_NEETNK_LA_dashboard_final_2025.csv (2024/25):
  //   Central: Manchester 14892 x 5.3, Salford 6197 x 6.0, Brighton 5713 x 5.0, Reading 3926 x 3.4,
  //            Bristol 9690 x 6.0, Birmingham 34580 x 3.2, Leeds 19578 x 4.9 -> 4227.512 / 94576 = 4.469963%.
  //   West:    Luton 6213 x 3.2, Peterborough 5972 x 5.4, Milton Keynes 8039 x 3.0, Reading 3926 x 3.4,
  //            Slough 5077 x 3.2, Southampton 5571 x 4.9, Coventry 9186 x 3.6 -> 1662.097 / 43984 = 3.778867%.
  it('pools the neighbours of Central and of West as a hub is pooled', async () => {
    const { groups, out } = await run();
    const names = (id: string) => groups.find((g) => g.hub === id)?.members.map((m) => m.la.oldCode);
    expect(names('central')).toEqual(['846', '352', '383', '355', '330', '870', '801']);
    expect(names('west')).toEqual(['870', '821', '871', '826', '874', '852', '331']);
    const c20 = get(out, 'neet_pct', 'central:neighbours', '2020/21');
    expect([c20.numerator, c20.denominator, c20.note]).toEqual([expect.closeTo(2466.13, 6), 80781, ESTIMATED]);
    expect(c20.value).toBeCloseTo(3.052859, 5);
    expect(get(out, 'neet_pct', 'central:neighbours', '2024/25').value).toBeCloseTo(4.469963, 5);
    const w20 = get(out, 'neet_pct', 'west:neighbours', '2020/21');
    expect([w20.numerator, w20.denominator]).toEqual([expect.closeTo(1159.525, 6), 36076]);
    const w25 = get(out, 'neet_pct', 'west:neighbours', '2024/25');
    expect([w25.numerator, w25.denominator]).toEqual([expect.closeTo(1662.097, 6), 43984]);
    // Group change: 3.778867 - 3.214117 = +0.564750 pp.
    expect(get(out, 'neet_change_pp', 'west:neighbours', '2020/21-2024/25').value).toBeCloseTo(0.56475, 5);
  });

  it('gives hub change minus group change, with a square-and-add interval', async () => {
    const { out, hubRows } = await run();
    const hub = get(hubRows, 'neet_change_pp', 'west', '2020/21-2024/25');
    const group = get(out, 'neet_change_pp', 'west:neighbours', '2020/21-2024/25');
    const gap = get(out, 'neet_change_vs_neighbours_pp', 'west', '2020/21-2024/25');
    const [d1, l1, u1] = [hub.value!, hub.ci_low!, hub.ci_high!];
    const [d2, l2, u2] = [group.value!, group.ci_low!, group.ci_high!];
    expect(gap.value).toBeCloseTo(d1 - 0.56475, 5);
    expect(gap.comparator).toBe(d2);
    expect(gap.ci_low).toBeCloseTo(d1 - d2 - Math.sqrt((d1 - l1) ** 2 + (u2 - d2) ** 2), 12);
    expect(gap.ci_high).toBeCloseTo(d1 - d2 + Math.sqrt((u1 - d1) ** 2 + (d2 - l2) ** 2), 12);
  });

  it('is suppressed with the hub change it is worked out from', async () => {
    const { out, hubRows } = await run();
    const key = 'neet_change_pp|west|2020/21-2024/25|all';
    const gap = get(out, 'neet_change_vs_neighbours_pp', 'west', '2020/21-2024/25');
    expect(gap.sdc?.derivedFrom).toEqual([key, 'neet_change_pp|west:neighbours|2020/21-2024/25|all']);
    // Hide West's change (as disclosure control would): the gap beside the group's change would give it away.
    const hidden = hubRows.map((r) => (rowKey(r) === key ? suppressRow(r, 'hidden') : r));
    const after = derivedSuppression([...hidden, ...out], 'derived');
    expect(after.find((r) => rowKey(r) === rowKey(gap))?.symbol).toBe('c');
  });

  it('says where West Northamptonshire (941, created 2021) has no 2020/21 row', async () => {
    const { out } = await run();
    expect(get(out, 'neet_pct', 'east:neighbours', '2020/21').note).toBe(
      `no NCCIS row for West Northamptonshire; computed from the other LAs; ${ESTIMATED}`,
    );
    expect(get(out, 'neet_pct', 'east:neighbours', '2024/25').note).toBe(ESTIMATED);
  });
});

// Destinations by LA district for the made-up hubs of neighbours-fixtures.ts: Inner's group is Uni One (E06),
// Kent (a county: districts Ashford and Canterbury) and Metro Two (E08).
let line = 1;
function lad(cohort: AcademicYear, code: string, cohortSize: number, overall: number): DestinationRow {
  return {
    cohortYear: cohort,
    level: code === 'E92000001' ? 'national' : 'local_authority_district',
    areaCode: code,
    areaName: code,
    oldLaCode: null,
    institutionGroup: 'State-funded mainstream schools',
    institutionType: 'Total',
    breakdownTopic: 'Total',
    breakdown: 'Total',
    dataType: 'count',
    version: null,
    values: { cohort: cohortSize, overall, appren: 10, all_notsust: 5, all_unknown: 5 },
    overallDerived: false,
    source: { file: 'lad.csv', line: line++ },
  };
}
const C1 = '2020/21' as AcademicYear;
const C2 = '2021/22' as AcademicYear;
const ladRows = [C1, C2].flatMap((c, k) => [
  lad(c, 'E92000001', 500_000, 470_000),
  lad(c, 'E09000901', 1000, 900 + 10 * k),
  lad(c, 'E09000902', 1000, 920),
  lad(c, 'E06000801', 400, 360),
  lad(c, 'E08000802', 600, 540 + 30 * k),
  lad(c, 'E07000105', 300, 285),
  lad(c, 'E07000106', 700, 630),
]);

describe('destination groups with and without a district-to-county lookup', () => {
  const hubs = new HubIndex(testHubs);
  const config = defaultConfig('/tmp');
  const cohorts = { from: C1, to: C2 };
  const compute = (withLookup: boolean) => {
    const groups = comparisonGroups({
      neighbours: testNeighbours,
      hubs,
      directory,
      districtToCounty: withLookup ? kentLookup : undefined,
    });
    const hubRows = destinationMetrics(destinationsInput(ladRows, config, hubs, cohorts));
    return neighbourMetrics({
      groups,
      hubs,
      destinations: { rows: ladRows, config, cohorts },
      hubRows,
      started: new Map(),
    });
  };
  it('leaves Kent out and says so without a lookup', () => {
    // Uni One 360 + Metro Two 540 of 400 + 600 = 90.0%.
    const r = get(compute(false), 'eet_sustained_pct', 'inner:neighbours', C1, 'total');
    expect([r.numerator, r.denominator]).toEqual([900, 1000]);
    expect(r.note).toBe('county neighbours left out (no district-to-county lookup): Kent');
  });
  it("pools Kent's districts with a lookup", () => {
    // 360 + 540 + Ashford 285 + Canterbury 630 = 1815 of 400 + 600 + 300 + 700 = 2000.
    const out = compute(true);
    const r = get(out, 'eet_sustained_pct', 'inner:neighbours', C1, 'total');
    expect([r.numerator, r.denominator, r.note]).toEqual([1815, 2000, '']);
    // Change: group (1845 - 1815) / 2000 = +1.5 pp; Inner (1830 - 1820) / 2000 = +0.5 pp; gap -1.0 pp.
    expect(get(out, 'eet_change_vs_neighbours_pp', 'inner', `${C1}-${C2}`, 'total').value).toBeCloseTo(-1, 10);
  });
});

// NEET rates of Inner (Alpha + Beta, 2,000 a year each) and its group (Uni One, Kent, Metro Two) over five years;
// the hub started in 2019/20, so the check uses 2016/17-2018/19.
function neetYears(hubRates: readonly number[], groupRates: readonly number[]): NeetRow[] {
  return hubRates.flatMap((h, k) => {
    const year = academicYear(2016 + k);
    const g = groupRates[k] as number;
    const r = (code: string, cohort: number, rate: number): NeetRow => ({
      year,
      level: 'local_authority',
      areaCode: code,
      oldLaCode: null,
      areaName: code,
      cohort,
      neetPct: rate,
      notKnownPct: 1,
      neetOrNotKnownPct: rate + 1,
      source: { file: 'neet.csv', line: k },
    });
    return [
      r('E09000901', 2000, h),
      r('E09000902', 2000, h),
      r('E06000801', 3000, g),
      r('E10000016', 3000, g),
      r('E08000802', 3000, g),
    ];
  });
}

describe('pre-trend check before the hub started', () => {
  const hubs = new HubIndex(testHubs);
  const years = [2016, 2017, 2018, 2019, 2020].map(academicYear);
  const check = (hubRates: number[], groupRates: number[]) => {
    const rows = neetYears(hubRates, groupRates);
    const groups = comparisonGroups({ neighbours: testNeighbours, hubs, directory });
    const hubRows = neetMetrics({ rows, hubs, years });
    const started = new Map([['inner', academicYear(2019)]]);
    const out = neighbourMetrics({ groups, hubs, neet: { rows, years }, hubRows, started });
    return get(out, 'neet_pretrend_slope_diff_pp', 'inner', '2016/17-2018/19');
  };
  it('is worked out from every hub and group rate it fits, so it is suppressed with any of them', () => {
    // Three years before 2019/20, each with a hub and a group rate: six sources.
    expect(check([5, 5, 5], [4, 4, 4]).sdc?.derivedFrom).toHaveLength(6);
  });

  it('parallel trends: difference 0, interval covering 0', () => {
    const r = check([5, 4.5, 4, 2, 2], [4, 3.5, 3, 3, 3]);
    expect(r.value).toBeCloseTo(0, 10);
    expect(r.ci_low! < 0 && r.ci_high! > 0).toBe(true);
    expect(r.note).toMatch(/over 3 years before 2019\/20/);
  });
  it('diverging trends: hub falls 1 point a year faster, interval excludes 0', () => {
    const r = check([6, 4.5, 3, 2, 2], [4, 3.5, 3, 3, 3]);
    expect(r.value).toBeCloseTo(-1, 10);
    expect(r.ci_high!).toBeLessThan(0);
  });
  it('no check without two years before the start', () => {
    const rows = neetYears([5, 4], [4, 3]);
    const groups = comparisonGroups({ neighbours: testNeighbours, hubs, directory });
    const y = [academicYear(2016), academicYear(2017)];
    const out = neighbourMetrics({
      groups,
      hubs,
      neet: { rows, years: y },
      hubRows: neetMetrics({ rows, hubs, years: y }),
      started: new Map([['inner', academicYear(2017)]]),
    });
    const r = get(out, 'neet_pretrend_slope_diff_pp', 'inner', '2016/17-2016/17');
    expect([r.value, r.symbol]).toEqual([null, 'x']);
  });
});

describe('a gap with similar areas that cannot be worked out', () => {
  const hubs = new HubIndex(testHubs);
  const years = [2016, 2017].map(academicYear);
  const gap = (rows: NeetRow[]) => {
    const groups = comparisonGroups({ neighbours: testNeighbours, hubs, directory });
    const out = neighbourMetrics({
      groups,
      hubs,
      neet: { rows, years },
      hubRows: neetMetrics({ rows, hubs, years }),
      started: new Map(),
    });
    return get(out, 'neet_change_vs_neighbours_pp', 'inner', '2016/17-2017/18');
  };
  const suppressed = (r: NeetRow): NeetRow =>
    r.areaCode === 'E09000901' && r.year === academicYear(2016) ? { ...r, neetPct: { missing: 'c' } } : r;
  const groupGone = (r: NeetRow) => !(r.year === academicYear(2016) && !r.areaCode.startsWith('E09'));

  it('is suppressed (c) when the hub change is, because a hub LA is suppressed, as a change from a c end is', () => {
    // The one withheld-symbol rule (metrics/pooled-change.ts withheldOf): c from any suppressed source, else x.
    expect(gap(neetYears([5, 4], [4, 3]).map(suppressed)).symbol).toBe('c');
    expect(gap(neetYears([5, 4], [4, 3]).map(suppressed).filter(groupGone)).symbol).toBe('c');
  });

  it('is not available (x) when only the group has no figure', () => {
    expect(gap(neetYears([5, 4], [4, 3]).filter(groupGone)).symbol).toBe('x');
  });
});
