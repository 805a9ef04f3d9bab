import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import type { HubConfig } from '../../src/config/schema.js';
import { neetReader } from '../../src/ingest/neet.js';
import { neetMetrics } from '../../src/metrics/neet.js';
import type { MetricRow } from '../../src/model/metric.js';
import { type Figure, missing } from '../../src/model/missing.js';
import type { NeetRow } from '../../src/model/records.js';
import type { AcademicYear } from '../../src/model/year.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

const Y21 = '2021/22' as AcademicYear;
const Y22 = '2022/23' as AcademicYear;

// Two made-up hubs small enough to pool by hand. Gamma has no NCCIS row (as City of London has none).
const la = (oldCode: string, newCode: string, name: string) => ({ oldCode, newCode, name });
const testHubs: HubConfig[] = [
  {
    id: 'inner',
    name: 'Inner',
    lead: '',
    localAuthorities: [
      la('901', 'E09000901', 'Alpha'),
      la('902', 'E09000902', 'Beta'),
      la('903', 'E09000903', 'Gamma'),
    ],
  },
  {
    id: 'outer',
    name: 'Outer',
    lead: '',
    localAuthorities: [la('904', 'E09000904', 'Delta'), la('905', 'E09000905', 'Epsilon')],
  },
];
const hubs = new HubIndex(testHubs);

let line = 1;
function row(
  year: AcademicYear,
  level: NeetRow['level'],
  areaCode: string,
  areaName: string,
  cohort: Figure,
  neet: Figure,
  nk: Figure,
  nnk: Figure,
): NeetRow {
  return {
    year,
    level,
    areaCode,
    oldLaCode: null,
    areaName,
    cohort,
    neetPct: neet,
    notKnownPct: nk,
    neetOrNotKnownPct: nnk,
    source: { file: 'neet.csv', line: line++ },
  };
}

const c = missing('c');
const ESTIMATED = 'numerator estimated as the published one-decimal rate x cohort, not a count of people';
const rows: NeetRow[] = [
  row(Y21, 'national', 'E92000001', 'England', 1_000_000, 2.5, 2.0, 4.5),
  row(Y21, 'regional', 'E12000007', 'London', 50_000, 9.9, 9.9, 9.9), // not an LA: ignored
  row(Y21, 'local_authority', 'E09000901', 'Alpha', 1000, 2.0, 3.0, 5.0),
  row(Y21, 'local_authority', 'E09000902', 'Beta', 3000, 4.0, 1.0, 5.0),
  row(Y21, 'local_authority', 'E09000904', 'Delta', 2000, 3.0, c, c),
  row(Y21, 'local_authority', 'E09000905', 'Epsilon', 2000, 1.0, 2.0, 3.0),
  row(Y21, 'local_authority', 'E06000001', 'Hartlepool', 900, 9.9, 9.9, 9.9), // in no hub: ignored
  row(Y22, 'national', 'E92000001', 'England', 1_000_000, 2.4, 2.0, 4.4),
  row(Y22, 'local_authority', 'E09000901', 'Alpha', 1000, 1.0, 2.0, 3.0),
  row(Y22, 'local_authority', 'E09000902', 'Beta', 3000, 3.0, 1.0, 4.0),
  row(Y22, 'local_authority', 'E09000904', 'Delta', 2000, 2.0, 2.0, 4.0),
  row(Y22, 'local_authority', 'E09000905', 'Epsilon', 2000, 1.0, 1.0, 2.0),
];

const out = neetMetrics({ rows, hubs, years: [Y21, Y22] });

function get(measure: string, hub: string, period: string, from: MetricRow[] = out): MetricRow {
  const r = from.find((m) => m.measure === measure && m.hub === hub && m.period === period && m.breakdown === 'all');
  if (!r) throw new Error(`no row ${measure} ${hub} ${period}`);
  return r;
}

describe('neetMetrics', () => {
  it('pools LA rates weighted by cohort, computing around an LA with no row and naming it', () => {
    // Inner 2021/22: Alpha 2.0% of 1000 = 20, Beta 4.0% of 3000 = 120 -> 140 / 4000 = 3.5%
    // (an unweighted mean of the two rates would be 3.0%). Gamma has no row.
    const r = get('neet_pct', 'inner', Y21);
    expect(r).toMatchObject({ numerator: 140, denominator: 4000, unit: 'pct', symbol: '', sdc: { counts: 'people' } });
    expect(r.value).toBeCloseTo(3.5, 10);
    expect(r.note).toBe(
      'no NCCIS row for Gamma; computed from the other LAs; numerator estimated as the published one-decimal rate ' +
        'x cohort, not a count of people',
    );
    // Wilson on 140 / 4000: [2.97361%, 4.11562%].
    expect(r.ci_low).toBeCloseTo(2.97361, 4);
    expect(r.ci_high).toBeCloseTo(4.11562, 4);
    // England 2.5%; gap 3.5 - 2.5 = 1.0 pp, England taken as fixed: Wilson limits minus 2.5 -> [0.47361, 1.61562].
    expect(r.comparator).toBeCloseTo(2.5, 10);
    expect(r.diff).toBeCloseTo(1.0, 10);
    expect(r.diff_ci_low).toBeCloseTo(0.47361, 4);
    expect(r.diff_ci_high).toBeCloseTo(1.61562, 4);
  });

  it('withholds a hub rate (c) when one of its LAs is suppressed, never treating it as 0', () => {
    // Outer not-known 2021/22: Delta is c. Treating it as 0 would give (0 + 40) / 4000 = 1.0%; the hub gets c instead.
    const nk = get('not_known_pct', 'outer', Y21);
    expect(nk).toMatchObject({ value: null, numerator: null, denominator: null, symbol: 'c' });
    expect(nk.note).toBe("withheld because Delta's not known rate is c in 2021/22");
    // The other measures of the same hub are unaffected: NEET = (60 + 20) / 4000 = 2.0%.
    expect(get('neet_pct', 'outer', Y21)).toMatchObject({ value: 2, numerator: 80, denominator: 4000, symbol: '' });
    // All hubs: suppressed too, and the note keeps both facts.
    const all = get('not_known_pct', 'all', Y21);
    expect(all.symbol).toBe('c');
    expect(all.note).toBe(
      "withheld because Delta's not known rate is c in 2021/22; no NCCIS row for Gamma; computed from the other LAs",
    );
  });

  it('withholds a hub rate when an LA cohort is suppressed', () => {
    const withCohortC = rows.map((r) => (r.areaName === 'Alpha' && r.year === Y21 ? { ...r, cohort: c } : r));
    const r = get('neet_pct', 'inner', Y21, neetMetrics({ rows: withCohortC, hubs, years: [Y21] }));
    expect(r).toMatchObject({ value: null, symbol: 'c' });
    expect(r.note).toMatch(/^withheld because Alpha's cohort is c in 2021\/22/);
  });

  it('pools all hubs together and gives England from the national row', () => {
    // All 2021/22 NEET: (20 + 120 + 60 + 20) / (1000 + 3000 + 2000 + 2000) = 220 / 8000 = 2.75%, Wilson [2.41369%,
    // 3.13166%].
    const all = get('neet_pct', 'all', Y21);
    expect([all.numerator, all.denominator]).toEqual([220, 8000]);
    expect(all.value).toBeCloseTo(2.75, 10);
    expect(all.ci_low).toBeCloseTo(2.41369, 4);
    expect(all.diff).toBeCloseTo(0.25, 10);
    // England: 2.5% of 1,000,000 = 25,000, Wilson [2.46958%, 2.53078%]; no comparator against itself.
    const eng = get('neet_pct', 'england', Y21);
    expect(eng).toMatchObject({ numerator: 25_000, denominator: 1_000_000, comparator: null, diff: null });
    expect(eng.value).toBeCloseTo(2.5, 10);
    expect(eng.ci_low).toBeCloseTo(2.46958, 4);
    expect(eng.ci_high).toBeCloseTo(2.53078, 4);
  });

  it('gives the change with the LA as the unit (t on k - 1 df), England with its rounding error', () => {
    // Inner NEET 2022/23: 1% of 1000 + 3% of 3000 = 10 + 90 = 100 / 4000 = 2.5%; change 2.5 - 3.5 = -1.0 pp.
    // Both LAs fell by exactly 1 pp, so the between-LA variance is 0 and the binomial floor applies:
    // 0.035 x 0.965 / 4000 + 0.025 x 0.975 / 4000 = 1.45375e-5, se = 0.38128 pp; two LAs, t(0.975, 1) = 12.7062
    // -> -1.0 -/+ 4.84463 = [-5.84463, 3.84463] (scipy.stats.t.ppf). Two LAs say little.
    const ch = get('neet_change_pp', 'inner', '2021/22-2022/23');
    expect(ch.unit).toBe('pp');
    expect(ch.value).toBeCloseTo(-1.0, 10);
    expect(ch.ci_low).toBeCloseTo(-5.84463, 4);
    expect(ch.ci_high).toBeCloseTo(3.84463, 4);
    expect(ch).toMatchObject({ verdict: 'unclear' });
    // England changed 2.4 - 2.5 = -0.1 pp; the hub fell 0.9 pp more.
    expect(ch.comparator).toBeCloseTo(-0.1, 10);
    expect(ch.diff).toBeCloseTo(-0.9, 10);
    expect(ch.note).toContain('no NCCIS row for Gamma; computed from the other LAs');
    // England's own change: Newcombe on 24,000 vs 25,000 of 1,000,000 has half-width 0.04285 pp; each end's
    // one-decimal rounding adds (0.1 pp)^2 / 12, so the half-width is sqrt(0.04285^2 + 1.96^2 x 2 x 0.01/12) =
    // 0.09077 -> [-0.19077, -0.00923].
    const eng = get('neet_change_pp', 'england', '2021/22-2022/23');
    expect(eng.value).toBeCloseTo(-0.1, 10);
    expect(eng.ci_low).toBeCloseTo(-0.19077, 4);
    expect(eng.ci_high).toBeCloseTo(-0.00923, 4);
    // Outer not-known was c in the first year: the change is c too.
    expect(get('not_known_change_pp', 'outer', '2021/22-2022/23')).toMatchObject({ value: null, symbol: 'c' });
  });

  it("gives the hub's change minus England's with England's error added to the hub's variance", () => {
    // se^2 = 1.45375e-5 + (0.0008570 / 3.91993)^2 + 2 x (0.001)^2 / 12 -> se = 0.38775 pp, t(0.975, 1) = 12.7062:
    // -0.9 -/+ 4.88024 = [-5.78024, 3.98024].
    const d = get('neet_change_vs_england_pp', 'inner', '2021/22-2022/23');
    expect(d.unit).toBe('pp');
    expect(d.note).toContain('no NCCIS row for Gamma; computed from the other LAs');
    expect(d.value).toBeCloseTo(-0.9, 10);
    expect(d.comparator).toBeCloseTo(-0.1, 10);
    expect(d.ci_low).toBeCloseTo(-5.78024, 3);
    expect(d.ci_high).toBeCloseTo(3.98024, 3);
    expect(get('not_known_change_vs_england_pp', 'outer', '2021/22-2022/23')).toMatchObject({ symbol: 'c' });
    expect(out.some((r) => r.measure === 'neet_change_vs_england_pp' && r.hub === 'england')).toBe(false);
  });

  it('marks a year with no rows at all as not available (x), in levels and changes', () => {
    const Y20 = '2020/21' as AcademicYear;
    const early = neetMetrics({ rows, hubs, years: [Y20, Y21] });
    expect(get('neet_pct', 'inner', Y20, early)).toMatchObject({
      value: null,
      symbol: 'x',
      note: "no NCCIS rows for the hub's LAs in 2020/21",
    });
    expect(get('neet_pct', 'england', Y20, early)).toMatchObject({
      value: null,
      symbol: 'x',
      note: 'no national NCCIS row in 2020/21',
    });
    expect(get('neet_change_pp', 'inner', '2020/21-2021/22', early)).toMatchObject({ value: null, symbol: 'x' });
  });

  it('writes rows in measure, hub (config order, all, england), period order', () => {
    expect([...new Set(out.map((r) => r.measure))]).toEqual([
      'neet_pct',
      'not_known_pct',
      'neet_or_not_known_pct',
      'neet_change_pp',
      'neet_change_vs_england_pp',
      'not_known_change_pp',
      'not_known_change_vs_england_pp',
      'neet_or_not_known_change_pp',
      'neet_or_not_known_change_vs_england_pp',
    ]);
    expect(out.slice(0, 8).map((r) => `${r.hub}|${r.period}`)).toEqual([
      'inner|2021/22',
      'inner|2022/23',
      'outer|2021/22',
      'outer|2022/23',
      'all|2021/22',
      'all|2022/23',
      'england|2021/22',
      'england|2022/23',
    ]);
    // 3 rates x 4 areas x 2 years + 3 changes x 4 areas + 3 changes against England x 3 areas (not England).
    expect(out).toHaveLength(3 * 4 * 2 + 3 * 4 + 3 * 3);
    // One year: no change rows.
    expect(neetMetrics({ rows, hubs, years: [Y21] }).some((r) => r.measure.endsWith('_change_pp'))).toBe(false);
  });

  it('names City of London as absent on the default London hubs', () => {
    // Every Central LA but City of London at 3.0% of 1000: pooled 3.0%, from 11 LAs.
    const london = new HubIndex(defaultConfig('/tmp').hubs);
    const central = london.hub('central')!.localAuthorities.filter((l) => l.name !== 'City of London');
    const laRows = central.map((l) => ({
      ...row(Y21, 'local_authority', l.newCode, l.name, 1000, 3.0, 1.0, 4.0),
      oldLaCode: l.oldCode,
    }));
    const r = get('neet_pct', 'central', Y21, neetMetrics({ rows: laRows, hubs: london, years: [Y21] }));
    expect(r).toMatchObject({
      numerator: 330,
      denominator: 11_000,
      comparator: null,
      note: `no NCCIS row for City of London; computed from the other LAs; ${ESTIMATED}`,
    });
    expect(r.value).toBeCloseTo(3.0, 10);
  });
});

describe.skipIf(!HAS_REAL_DATA)('neetMetrics on the real NCCIS LA files', () => {
  // data-real/nccis-neet-la, UD_NEETNK_LA_dashboard_2021_vg_removed.csv (2020/21) and _final_2025.csv (2024/25),
  // rows with geographic_level = "Local authority" and old_la_code in South (306, 314, 315, 318, 319); NEET_percent x
  // Cohort_DJFavg:
  // 2020/21: Croydon 9214 x 1.8% = 165.852, Kingston 3348 x 1.7% = 56.916, Merton 4214 x 1.4% = 58.996,
  //          Richmond 3178 x 2.3% = 73.094, Sutton 4842 x 1.0% = 48.42 -> 403.278 / 24796 = 1.62638%.
  // 2024/25: Croydon 10279 x 2.1% = 215.859, Kingston 3815 x 1.0% = 38.15, Merton 4828 x 1.5% = 72.42,
  //          Richmond 3754 x 1.1% = 41.294, Sutton 5584 x 1.4% = 78.176 -> 445.899 / 28260 = 1.57785%.
  // Central (old codes 202, 204-213, 309; City of London 201 has no row), same sums: 973.454 / 49670 and 1190.653 /
  // 52185.
  // England (geographic_level = National): 2.8% in 2020/21, 3.4% in 2024/25.
  it('pools the London LAs of each hub and compares with England', async () => {
    const files = ['UD_NEETNK_LA_dashboard_2021_vg_removed.csv', 'UD_NEETNK_LA_dashboard_final_2025.csv'];
    const read = await Promise.all(
      files.map((f) => neetReader.read(realFile('nccis-neet-la', f), { activityLabels: {} })),
    );
    const london = new HubIndex(defaultConfig('/tmp').hubs);
    const real = neetMetrics({
      rows: read.flatMap((r) => r.records),
      hubs: london,
      years: ['2020/21', '2024/25'] as AcademicYear[],
    });
    const south20 = get('neet_pct', 'south', '2020/21', real);
    expect(south20.numerator).toBeCloseTo(403.278, 6);
    expect(south20.denominator).toBe(24796);
    expect(south20.value).toBeCloseTo(1.62638, 4);
    expect(south20.comparator).toBeCloseTo(2.8, 10);
    expect(south20.note).toBe(ESTIMATED);
    expect(get('neet_pct', 'south', '2024/25', real).value).toBeCloseTo(1.57785, 4);
    // Change: 1.57785 - 1.62638 = -0.04854 pp; England 3.4 - 2.8 = +0.6 pp.
    const change = get('neet_change_pp', 'south', '2020/21-2024/25', real);
    expect(change.value).toBeCloseTo(1.577845 - 1.6263833, 5);
    expect(change.comparator).toBeCloseTo(0.6, 10);
    const central = get('neet_pct', 'central', '2020/21', real);
    expect([central.numerator, central.denominator]).toEqual([expect.closeTo(973.454, 6), 49670]);
    expect(central.note).toBe(`no NCCIS row for City of London; computed from the other LAs; ${ESTIMATED}`);
    expect(get('neet_pct', 'central', '2024/25', real).value).toBeCloseTo((100 * 1190.653) / 52185, 6);
  });
});
