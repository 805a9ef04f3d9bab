import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { membershipMetrics } from '../../src/metrics/membership.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { Institution, InstitutionType } from '../../src/model/records.js';
import type { AcademicYear } from '../../src/model/year.js';

// Default London hubs: LA 202 is in Central, 301 in East; LA 999 is in no hub. South and West have no institutions.
const hubs = new HubIndex(defaultConfig('/tmp').hubs);
const Y19 = '2019/20' as AcademicYear;
const Y20 = '2020/21' as AcademicYear;
const Y21 = '2021/22' as AcademicYear;

function inst(
  urn: string,
  laCode: string,
  type: InstitutionType,
  eligible: boolean,
  joined: string | null,
  pupils: number | null,
): Institution {
  return {
    urn,
    name: `School ${urn}`,
    laCode,
    type,
    pupils,
    eligible,
    joined: joined as AcademicYear | null,
    source: { file: 'register.csv', line: 2 },
  };
}

const institutions = [
  inst('A', '202', 'mainstream', true, '2019/20', 1000),
  inst('B', '202', 'mainstream', true, '2020/21', 800),
  inst('C', '202', 'special', true, '2021/22', null),
  inst('D', '202', 'mainstream', true, null, 1200),
  inst('F', '202', 'mainstream', false, '2019/20', 500), // joined but not eligible: never counted
  inst('G', '202', 'fe_college', true, '2022/23', 2000), // joins after the reporting years
  inst('H', '301', 'mainstream', true, '2018/19', 600),
  inst('X', '999', 'mainstream', true, '2019/20', 900), // LA in no hub
];

const { rows, exclusions } = membershipMetrics({ institutions, hubs, years: [Y19, Y20, Y21] });

function get(measure: string, hub: string, period: string, breakdown = 'all'): MetricRow {
  const row = rows.find(
    (r) => r.measure === measure && r.hub === hub && r.period === period && r.breakdown === breakdown,
  );
  if (!row) throw new Error(`no row ${measure} ${hub} ${period} ${breakdown}`);
  return row;
}

describe('membershipMetrics', () => {
  it('grows membership with the year joined (joined <= year), over eligible institutions only', () => {
    // Central eligible: A, B, C, D, G = 5. Members: 2019/20 A; 2020/21 A, B; 2021/22 A, B, C (G joins 2022/23).
    expect([Y19, Y20, Y21].map((y) => get('membership_institutions', 'central', y).value)).toEqual([1, 2, 3]);
    expect([Y19, Y20, Y21].map((y) => get('membership_institutions_pct', 'central', y).value)).toEqual([20, 40, 60]);
    // Wilson (z = 1.96): 1/5 -> [3.622%, 62.447%]; 2/5 -> [11.762%, 76.928%]; 3/5 -> [23.072%, 88.238%].
    const [r19, r20, r21] = [Y19, Y20, Y21].map((y) => get('membership_institutions_pct', 'central', y));
    expect(r19!.ci_low).toBeCloseTo(3.6224, 3);
    expect(r19!.ci_high).toBeCloseTo(62.4465, 3);
    expect(r20!.ci_low).toBeCloseTo(11.7621, 3);
    expect(r20!.ci_high).toBeCloseTo(76.9276, 3);
    expect(r21!.ci_low).toBeCloseTo(23.0724, 3);
    expect(r21!.ci_high).toBeCloseTo(88.2379, 3);
    expect(r21).toMatchObject({
      numerator: 3,
      denominator: 5,
      unit: 'pct',
      sdc: { counts: 'institutions', institutions: 5 },
    });
    // F joined in 2019/20 but is not eligible: noted, never counted.
    expect(r19!.note).toBe('1 institution joined but not marked eligible is not counted');
  });

  it('splits by type group', () => {
    // Central mainstream eligible: A, B, D (F not eligible). 2021/22 members A, B -> 2/3, Wilson [20.766%, 93.851%].
    const m = get('membership_institutions_pct', 'central', Y21, 'mainstream');
    expect([m.numerator, m.denominator]).toEqual([2, 3]);
    expect(m.ci_low).toBeCloseTo(20.766, 3);
    // Special/AP: C joins in 2021/22. College: G not yet a member.
    expect([Y19, Y20, Y21].map((y) => get('membership_institutions_pct', 'central', y, 'special_ap').value)).toEqual([
      0, 0, 100,
    ]);
    expect(get('membership_institutions_pct', 'central', Y21, 'college')).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
  });

  it('gives the share of pupils, leaving out institutions with no pupil count on both sides', () => {
    // Eligible with a pupil count: A 1000, B 800, D 1200, G 2000 = 5000 (C has none).
    // 2019/20 members A -> 1000/5000 = 20%; 2020/21 A + B = 1800 -> 36%; 2021/22 adds C, whose pupils are unknown ->
    // 36%.
    expect([Y19, Y20, Y21].map((y) => get('membership_pupils_pct', 'central', y).value)).toEqual([20, 36, 36]);
    const p = get('membership_pupils_pct', 'central', Y21);
    expect(p).toMatchObject({
      numerator: 1800,
      denominator: 5000,
      ci_low: null,
      ci_high: null,
      sdc: { counts: 'people', institutions: 4 },
    });
    expect(p.note).toBe('1 eligible institution with no pupil count left out of both numerator and denominator');
    const n = get('membership_pupils', 'central', Y21);
    expect(n).toMatchObject({ value: 1800, unit: 'count', sdc: { counts: 'people', institutions: 2 } });
    expect(n.note).toBe('1 member institution with no pupil count is not in the total');
  });

  it('gives all hubs together and leaves out institutions whose LA is in no hub', () => {
    // All: eligible A, B, C, D, G, H = 6 (X is in no hub). 2021/22 members A, B, C, H = 4 -> 66.667%, Wilson
    // [29.999%, 90.323%].
    const all = get('membership_institutions_pct', 'all', Y21);
    expect([all.numerator, all.denominator]).toEqual([4, 6]);
    expect(all.ci_low).toBeCloseTo(29.9993, 3);
    expect(all.ci_high).toBeCloseTo(90.3229, 3);
    // Pupils: (1000 + 800 + 600) / (5000 + 600) = 2400/5600 = 42.857%.
    expect(get('membership_pupils_pct', 'all', Y21).value).toBeCloseTo((100 * 2400) / 5600, 10);
    expect(exclusions).toEqual([
      { urn: 'X', reason: 'its LA is not in any configured hub', source: { file: 'register.csv', line: 2 } },
    ]);
  });

  it('marks rates with no eligible institutions as not applicable, not 0', () => {
    expect(get('membership_institutions_pct', 'south', Y21)).toMatchObject({
      value: null,
      symbol: 'z',
      denominator: 0,
    });
    expect(get('membership_pupils_pct', 'south', Y21)).toMatchObject({ value: null, symbol: 'z' });
    expect(get('membership_institutions', 'south', Y21).value).toBe(0);
  });

  it('writes rows in measure, hub, period, breakdown order', () => {
    expect([...new Set(rows.map((r) => r.measure))]).toEqual([
      'membership_institutions_pct',
      'membership_pupils_pct',
      'membership_institutions',
      'membership_pupils',
    ]);
    expect(rows.slice(0, 5).map((r) => `${r.hub}|${r.period}|${r.breakdown}`)).toEqual([
      'central|2019/20|all',
      'central|2019/20|mainstream',
      'central|2019/20|special_ap',
      'central|2019/20|college',
      'central|2020/21|all',
    ]);
    // 4 measures x 5 hubs x 3 years x 4 breakdowns.
    expect(rows).toHaveLength(4 * 5 * 3 * 4);
  });
});
