import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { institutionsReader } from '../../src/ingest/institutions.js';
import { computeMetrics } from '../../src/metrics/index.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { CompassReturn, Institution } from '../../src/model/records.js';
import type { SchoolDestination } from '../../src/model/school-destination.js';
import type { AcademicYear } from '../../src/model/year.js';
import { type PipelineResult, readAndCompute } from '../../src/pipeline/read-and-compute.js';

/**
 * test/fixtures/clusters: six institutions, two hubs (east = E09000002, west = E09000003), a sector cluster "hosp"
 * by the register's cluster column (100001, 100002; 2020/21-2021/22) and a cluster "build" by URN (100002, 100005;
 * 2020/21 only), so 100002 is in two clusters; strands hubs (east, west) and clusters (hosp, build). The figures
 * below are worked by hand from outputs.csv.
 */
const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/clusters');
const y = (s: string) => s as AcademicYear;

const value = (rows: readonly MetricRow[], measure: string, hub: string, period: string, breakdown = 'all') =>
  rows.find((r) => r.measure === measure && r.hub === hub && r.period === period && r.breakdown === breakdown)?.value;

describe('groups defined by their members, from the fixture files', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await readAndCompute({ cwd: DIR, config: 'config.json', year: y('2021/22'), sdc: false });
  });
  const v = (measure: string, hub: string, period: string) => value(result.metrics.rows, measure, hub, period);

  it('counts members in the years each group ran, and a school in two clusters in both', () => {
    expect(v('group_members', 'hosp', '2020/21')).toBe(2);
    expect(v('group_members', 'hosp', '2021/22')).toBe(2);
    expect(v('group_members', 'build', '2020/21')).toBe(2);
    // build ended in 2020/21: no row for the year after.
    expect(v('group_members', 'build', '2021/22')).toBeUndefined();
    // east: 100001 joined 2019/20, 100003 joined 2021/22.
    expect(v('group_members', 'east', '2020/21')).toBe(1);
    expect(v('group_members', 'east', '2021/22')).toBe(2);
    // The clusters strand counts 100002 once: 100001, 100002, 100005.
    expect(v('group_members', 'clusters', '2020/21')).toBe(3);
  });

  it("totals each group's activity outputs from its own members' rows that it delivered", () => {
    // hosp 2020/21: O1 (project, 30 students, micro E1, declared) and O2 (work experience 12, large); O3 at the same
    // member names no group, so it is the hub's (east), not the cluster's.
    expect(v('group_projects', 'hosp', '2020/21')).toBe(1);
    expect(v('group_placements', 'hosp', '2020/21')).toBe(12);
    expect(v('group_student_participations', 'hosp', '2020/21')).toBe(42);
    expect(v('group_employer_participations', 'hosp', '2020/21')).toBe(2);
    expect(v('group_sme_participations', 'hosp', '2020/21')).toBe(1);
    expect(v('group_smes_engaged', 'hosp', '2020/21')).toBe(1);
    expect(v('group_sme_declarations', 'hosp', '2020/21')).toBe(1);
    expect(v('group_sme_declaration_pct', 'hosp', '2020/21')).toBe(100);
    // build 2020/21: O4 only (work placement of 8 at a small SME, declared); O2 names hosp, O5 falls after it ended.
    expect(v('group_placements', 'build', '2020/21')).toBe(8);
    expect(v('group_student_participations', 'build', '2020/21')).toBe(8);
    expect(v('group_sme_declarations', 'build', '2020/21')).toBe(1);
    // hosp over 2020/21-2021/22: nothing in 2021/22 (O5 names build), so the span is the first year.
    expect(v('group_student_participations', 'hosp', '2020/21-2021/22')).toBe(42);
    // The clusters strand: O1, O2 and O4, 30 + 12 + 8; SMEs E1 and E3.
    expect(v('group_student_participations', 'clusters', '2020/21')).toBe(50);
    expect(v('group_smes_engaged', 'clusters', '2020/21')).toBe(2);
    expect(v('group_sme_declarations', 'clusters', '2020/21')).toBe(2);
    // The programme: O1-O4 (O3 east's), 90; 2021/22 is O6 (west, 20) and O7 (east, 15).
    expect(v('group_student_participations', 'programme', '2020/21')).toBe(90);
    expect(v('group_student_participations', 'programme', '2021/22')).toBe(35);
    expect(v('group_student_participations', 'east', '2020/21')).toBe(40);
  });

  it("leaves the activities a cluster delivered out of the hubs' own participation measures", () => {
    // east's LA in 2020/21: O3 (40) and O8 (50, not a member: hubs count every register institution in their LAs);
    // O1, O2 and O4 were delivered by clusters.
    expect(v('student_participations', 'east', '2020/21')).toBe(90);
  });
});

describe('destination rates and Compass of a member-defined group, from school rows', () => {
  const config = loadConfig('config.json', DIR);
  let institutions: Institution[];
  beforeAll(async () => {
    institutions = (await institutionsReader.read(path.join(DIR, 'institutions.csv'), { activityLabels: {} })).records;
  });
  const school = (urn: string, la: string, cohort: number, overall: number): SchoolDestination => ({
    cohortYear: y('2020/21'),
    urn,
    laCode: la,
    kind: 'mainstream',
    breakdown: 'total',
    counts: { cohort, overall },
    pcts: {},
    source: { file: 'schools.csv', line: 2 },
  });
  const schools = [
    school('100001', 'E09000002', 200, 180),
    school('100002', 'E09000002', 150, 120),
    school('100003', 'E09000002', 100, 95),
    school('100004', 'E09000002', 120, 96),
    school('100005', 'E09000003', 80, 60),
  ];
  const compass = (urn: string, achieved: number): CompassReturn => ({
    urn,
    completed: null,
    year: y('2020/21'),
    scores: Array.from({ length: 8 }, (_, k) => (k < achieved ? 100 : 50)),
    source: { file: 'compass.csv', line: 2 },
  });
  const run = (sdc: boolean) =>
    computeMetrics(
      {
        institutions,
        compass: [compass('100001', 8), compass('100002', 4), compass('100003', 2)],
        destinations: [],
        schoolDestinations: schools,
        neet: [],
        activities: [],
        present: ['institutions', 'compass'],
      },
      { config, year: y('2021/22'), sdc },
    ).rows;

  it("pools the group's schools and compares them with the other eligible schools of their LAs", () => {
    const rows = run(false);
    // hosp: (180 + 120) / (200 + 150); others in E09000002: (95 + 96) / (100 + 120).
    const rate = rows.find((r) => r.measure === 'group_eet_sustained_pct' && r.hub === 'hosp');
    expect([rate?.numerator, rate?.denominator]).toEqual([300, 350]);
    expect(rate?.value).toBeCloseTo(85.714286, 5);
    const gap = rows.find((r) => r.measure === 'group_eet_vs_others_pp' && r.hub === 'hosp');
    expect(gap?.comparator).toBeCloseTo(86.818182, 5);
    expect(gap?.value).toBeCloseTo(-1.103896, 5);
    // Newcombe's hybrid score interval, worked from the two Wilson intervals (z = 1.95996).
    expect(gap?.diff_ci_low).toBeCloseTo(-6.691295, 4);
    expect(gap?.diff_ci_high).toBeCloseTo(4.966235, 4);
    expect(gap?.verdict).toBe('unclear');
    // build (100002 and 100005) spans both LAs; 100002 counts for hosp and for build.
    const build = rows.find((r) => r.measure === 'group_eet_sustained_pct' && r.hub === 'build');
    expect([build?.numerator, build?.denominator]).toEqual([180, 230]);
    const others = rows.find((r) => r.measure === 'group_eet_vs_others_pp' && r.hub === 'build');
    expect(others?.comparator).toBeCloseTo((100 * (180 + 95 + 96)) / (200 + 100 + 120), 6);
    // east in cohort 2020/21: only 100001 had joined.
    const east = rows.find(
      (r) => r.measure === 'group_eet_sustained_pct' && r.hub === 'east' && r.period === '2020/21',
    );
    expect([east?.numerator, east?.denominator]).toEqual([180, 200]);
  });

  it("pools a strand's schools once and compares them with the other eligible schools of their LAs", () => {
    const rows = run(false);
    const find = (measure: string, hub: string) =>
      rows.find((r) => r.measure === measure && r.hub === hub && r.period === '2020/21');
    // clusters = hosp (100001, 100002) and build (100002, 100005): 100002 once, (180 + 120 + 60) / (200 + 150 + 80);
    // others in E09000002 and E09000003 in neither group: 100003 and 100004, (95 + 96) / (100 + 120).
    const strand = find('group_eet_sustained_pct', 'clusters');
    expect([strand?.numerator, strand?.denominator]).toEqual([360, 430]);
    expect(strand?.value).toBeCloseTo(83.72093, 5);
    const gap = find('group_eet_vs_others_pp', 'clusters');
    expect(gap?.comparator).toBeCloseTo(86.818182, 5);
    expect(gap?.value).toBeCloseTo(-3.097252, 5);
    // Newcombe's hybrid score interval from the Wilson intervals of 360/430 and 191/220 (z = 1.95996).
    expect(gap?.diff_ci_low).toBeCloseTo(-8.492593, 4);
    expect(gap?.diff_ci_high).toBeCloseTo(2.924336, 4);
    expect(gap?.verdict).toBe('unclear');
    // hubs in 2020/21: east's 100001 and west's 100005 had joined, 240 / 280; others 100002-100004, 311 / 370.
    const hubs = find('group_eet_vs_others_pp', 'hubs');
    expect([
      find('group_eet_sustained_pct', 'hubs')?.numerator,
      find('group_eet_sustained_pct', 'hubs')?.denominator,
    ]).toEqual([240, 280]);
    expect(hubs?.comparator).toBeCloseTo(84.054054, 5);
    expect([hubs?.diff_ci_low, hubs?.diff_ci_high].map((v) => v?.toFixed(4))).toEqual(['-4.0328', '7.1102']);
  });

  it("averages the benchmarks of the group's members' returns", () => {
    const rows = run(false);
    expect(value(rows, 'group_compass_mean_benchmarks', 'hosp', '2020/21')).toBe(6);
    expect(value(rows, 'group_compass_mean_benchmarks', 'east', '2020/21')).toBe(8);
  });

  it('withholds the figures of a group of fewer schools than sdc.minInstitutions, and the gap built on them', () => {
    const rows = run(true);
    const find = (measure: string) =>
      rows.find((r) => r.measure === measure && r.hub === 'hosp' && r.period === '2020/21');
    expect(find('group_eet_sustained_pct')?.symbol).toBe('c');
    expect(find('group_eet_vs_others_pp')?.symbol).toBe('c');
    expect(find('group_compass_mean_benchmarks')?.symbol).toBe('c');
  });
});
