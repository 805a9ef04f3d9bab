import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONDON_HUBS } from '../../../src/config/london-hubs.js';
import { destinationsReader } from '../../../src/ingest/destinations.js';
import { allRecords, readFiles } from '../../../src/ingest/index.js';
import { missing } from '../../../src/model/missing.js';
import type { SchoolDestination, SchoolMeasure } from '../../../src/model/school-destination.js';
import type { AcademicYear } from '../../../src/model/year.js';
import { HAS_REAL_DATA, realFile } from '../../real-data.js';

const TABLES = realFile('ks4-dest-inst', 'england_ks4-pupdest.csv');
const LAD = realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv');
const COHORT = '2016/17' as AcademicYear;
const options = (cohorts: [string, AcademicYear][] = []) => ({ activityLabels: {}, fileCohorts: new Map(cohorts) });

describe.skipIf(!HAS_REAL_DATA)('school performance tables layout (england_ks4-pupdest.csv, real file)', async () => {
  const result = HAS_REAL_DATA ? await destinationsReader.read(TABLES, options([[TABLES, COHORT]])) : undefined;
  const schools = result?.schools ?? [];

  it('reads every school as the 2016/17 cohort, three pupil groups each, and leaves out the LA and NAT rows', () => {
    expect(result?.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // SOURCES.md section 7: RECTYPE 1 = 2,955 mainstream and RECTYPE 2 = 773 special schools, 148 LA rows, 1 NAT.
    const totals = schools.filter((s) => s.breakdown === 'total');
    expect(totals.filter((s) => s.kind === 'mainstream')).toHaveLength(2955);
    expect(totals.filter((s) => s.kind === 'special')).toHaveLength(773);
    expect(schools).toHaveLength(3 * (2955 + 773));
    expect(new Set(schools.map((s) => s.cohortYear))).toEqual(new Set([COHORT]));
    expect(result?.summary.excluded.reduce((n, e) => n + e.count, 0)).toBe(149);
  });

  it('keeps SUPP and SP as typed symbols, never 0', () => {
    // Line 61, Parayhouse School (URN 135175): COHORT is published, every destination count is SUPP.
    const paray = schools.find((s) => s.urn === '135175' && s.breakdown === 'total');
    expect(typeof paray?.counts.cohort).toBe('number');
    expect(paray?.counts.appren).toEqual(missing('c'));
    expect(paray?.pcts.overall).toEqual(missing('c'));
    // Line 6, Hampstead School (URN 100052): APPRENPER is SP (above 0, below 0.5%), APPREN is the count 1.
    const hampstead = schools.find((s) => s.urn === '100052' && s.breakdown === 'total');
    expect(hampstead?.pcts.appren).toEqual(missing('low'));
    expect(hampstead?.counts.appren).toBe(1);
    // Line 2, The UCL Academy (URN 137181): 94% is read as 94.
    expect(schools.find((s) => s.urn === '137181' && s.breakdown === 'total')?.pcts.overall).toBe(94);
  });

  it("mainstream schools summed by LA equal the LA-district file's 2016/17 cohort for London LAs", async () => {
    // LA-district file, time_period 201718 (= cohort 2016/17), geographic_level "Local authority district",
    // institution_group "State-funded mainstream schools", breakdown Total, Number of pupils, Provider location.
    const lad = allRecords(await readFiles({ destinations: [LAD] }, options()), 'destinations').filter(
      (r) =>
        r.cohortYear === COHORT &&
        r.level === 'local_authority_district' &&
        r.areaCode.startsWith('E09') &&
        r.institutionGroup === 'State-funded mainstream schools' &&
        r.breakdown === 'Total' &&
        r.dataType === 'count',
    );
    expect(lad.length).toBeGreaterThanOrEqual(32);
    const oldCode = new Map(LONDON_HUBS.flatMap((h) => h.localAuthorities.map((la) => [la.newCode, la.oldCode])));
    const sums = sumByLa(schools.filter((s) => s.kind === 'mainstream' && s.breakdown === 'total'));
    // Camden (LEA 202) by hand: awk -F, '$1==1 && $2==202 {c+=$8; e+=$12; a+=$10; w+=$11; n+=$17; u+=$18}'
    // england_ks4-pupdest.csv gives cohort 1484, education 1354, appren 10, employment 18, not sustained 81,
    // unknown 21; the LA-district file (E09000007, 201718, mainstream, Total) has 1485, 1354, 10, 18, 82, 21.
    expect(sums.get('202')).toEqual({
      cohort: 1484,
      overall: 1382,
      education: 1354,
      appren: 10,
      all_work: 18,
      all_notsust: 81,
      all_unknown: 21,
    });
    const camden = lad.find((r) => r.areaCode === 'E09000007')?.values;
    expect(camden).toMatchObject({ cohort: 1485, education: 1354, appren: 10, all_work: 18, all_notsust: 82 });
    // Elsewhere in London the school rows do not add up to the LA-district figure: the file is a later snapshot of
    // the tables (downloaded in 2020), so schools that closed or converted to academies (new URN) are missing or
    // still listed (ICLOSE 1, e.g. Sutton), and the LA figure counts them as they were in 2016/17.
    const measures: SchoolMeasure[] = ['cohort', 'education', 'appren', 'all_work', 'all_notsust', 'all_unknown'];
    const exact = measures.map((m) => lad.filter((r) => sums.get(oldCode.get(r.areaCode) ?? '')?.[m] === r.values[m]));
    // Every London LA but the City has a district row; exact agreement holds in a minority of LAs for every measure.
    expect(exact.every((rows) => rows.length >= 5 && rows.length < lad.length)).toBe(true);
  });
});

/** Sums each measure's counts by LA; an LA with a suppressed school count gets no sum for that measure. */
function sumByLa(rows: readonly SchoolDestination[]): Map<string, Partial<Record<SchoolMeasure, number>>> {
  const out = new Map<string, Partial<Record<SchoolMeasure, number>>>();
  for (const s of rows) {
    const la = out.get(s.laCode) ?? {};
    for (const [m, v] of Object.entries(s.counts) as [SchoolMeasure, unknown][]) {
      if (Number.isNaN(la[m])) continue;
      la[m] = typeof v === 'number' ? (la[m] ?? 0) + v : Number.NaN;
    }
    out.set(s.laCode, la);
  }
  return out;
}

describe('EES school layout', () => {
  it('folds count and percentage rows into one record per school, cohort and pupil group', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ees-school-'));
    const file = path.join(dir, 'ees_ks4_inst_202122.csv');
    const head =
      'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,' +
      'new_la_code,la_name,local_authority_selection_status,school_laestab,school_urn,school_name,admission_policy,' +
      'entry_gender,institution_group,institution_type,breakdown_topic,breakdown,data_type,version,cohort,overall,' +
      'education,fe,ssf,sfc,other_edu,appren,all_work,all_notsust,all_unknown';
    const pre = '202122,Academic year,School,E92000001,England,E12000007,London,202,E09000007,Camden,,2024000,100049,';
    const mid = 'Haverstock School,Non-selective,Mixed,State-funded mainstream school,Community school,';
    writeFileSync(
      file,
      [
        head,
        `${pre}${mid}Total,Total,Number of students,Final,200,180,170,60,100,10,0,c,8,15,5`,
        `${pre}${mid}Total,Total,Percentage,Final,200,90.0,85.0,30.0,50.0,5.0,0.0,low,4.0,7.5,2.5`,
        `${pre}${mid}Disadvantage status,Disadvantaged,Number of students,Final,80,x,65,20,45,0,0,c,c,8,2`,
      ].join('\n'),
    );
    const r = await destinationsReader.read(file, options());
    expect(r.problems).toEqual([]);
    expect(r.schools).toHaveLength(2);
    const total = r.schools?.find((s) => s.breakdown === 'total');
    expect(total).toMatchObject({ urn: '100049', laCode: 'E09000007', kind: 'mainstream', cohortYear: '2021/22' });
    expect(total?.counts).toMatchObject({ cohort: 200, overall: 180, appren: missing('c'), all_notsust: 15 });
    expect(total?.pcts).toMatchObject({ overall: 90, appren: missing('low') });
    const dis = r.schools?.find((s) => s.breakdown === 'disadvantaged');
    expect(dis?.counts.overall).toEqual(missing('x'));
  });

  it('a performance tables file without a cohort in the config is an error naming the fix', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pt-school-'));
    const file = path.join(dir, 'england_ks4-pupdest.csv');
    writeFileSync(file, 'RECTYPE,LEA,URN,COHORT,OVERALL_DEST,APPREN\n1,202,100049,10,9,SUPP\n');
    const r = await destinationsReader.read(file, options());
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.expected).toContain('"cohort"');
  });
});
