import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
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

  /*
   * Against the LA-district file (section 1 of SOURCES.md: time_period 201718 = cohort 2016/17, geographic_level
   * "Local authority district", State-funded mainstream schools, Total, Number of pupils, provider location), which
   * has the 32 London boroughs (the City of London has no district row). What agrees exactly, and why the rest
   * does not, worked out by hand from the two files:
   * - Summed mainstream school rows (RECTYPE 1) give the district cohort in only 6 of 32 LAs. The file is a later
   *   snapshot of the tables (downloaded in 2020): pupils at schools with no row of their own in it (closed, or
   *   re-registered under a new URN) are in the DfE's totals but in no school row (Bexley: 458 pupils), and a school
   *   with a suppressed count leaves its LA without a sum for that measure.
   * - The file's own LA rows (RECTYPE LA) are mainstream and special schools together. Apprenticeships match the
   *   district file in 29 of 32 LAs because special schools almost never record one: in the three that differ the
   *   LA row is one higher, and each has a special school with APPREN 1. Cohort and education never match from the
   *   LA row (special schools' pupils are in both); employment, unknown and not sustained match in some LAs only.
   * - LA row minus the special schools' rows gives the district cohort in 23 of 32 LAs (only the cohort is never
   *   suppressed in special schools, so only it can be subtracted in every LA). Of the nine that differ, two pairs
   *   cancel, as a school listed under one LA in the tables but placed in its neighbour by provider location would:
   *   Barnet +35 and Brent −35 (35 is the cohort of Menorah High School for Girls, LEA 302), Redbridge +117 and
   *   Waltham Forest −117. Sutton's +179 equals Nonsuch High School for Girls' cohort, and no London district is
   *   short by as much (its pupils may sit in a district outside London). Four differ by 1 to 9 pupils, untraced.
   */
  describe('against the LA-district file, London LAs, cohort 2016/17', async () => {
    const lad = HAS_REAL_DATA ? await londonDistricts() : [];
    const raw = HAS_REAL_DATA ? rawTables() : [];
    const named = new Map(LONDON_HUBS.flatMap((h) => h.localAuthorities.map((la) => [la.newCode, la])));
    const byName = (name: string) => lad.find((r) => named.get(r.areaCode)?.name === name);
    const oldOf = (r: { areaCode: string }) => named.get(r.areaCode)?.oldCode ?? '';
    const laRow = (old: string) => raw.find((r) => r.RECTYPE === 'LA' && r.LEA === old);
    const specialCohort = (old: string) =>
      raw.filter((r) => r.RECTYPE === '2' && r.LEA === old).reduce((n, r) => n + Number(r.COHORT), 0);
    const sums = sumByLa(schools.filter((s) => s.kind === 'mainstream' && s.breakdown === 'total'));
    const names = (rows: typeof lad) => rows.map((r) => named.get(r.areaCode)?.name).sort();

    it('has the 32 London districts', () => {
      expect(lad).toHaveLength(32);
    });

    it('summed mainstream school rows equal the district cohort in 6 of 32 LAs', () => {
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
      expect(byName('Camden')?.values).toMatchObject({
        cohort: 1485,
        education: 1354,
        appren: 10,
        all_work: 18,
        all_notsust: 82,
        all_unknown: 21,
      });
      const exact = lad.filter((r) => sums.get(oldOf(r))?.cohort === r.values.cohort);
      expect(names(exact)).toEqual([
        'Barking and Dagenham',
        'Enfield',
        'Hackney',
        'Kingston upon Thames',
        'Lewisham',
        'Merton',
      ]);
      // Bexley (303): 14 school rows sum to 2,637; the district file has 3,095 (the LA row less special schools).
      expect(sums.get('303')?.cohort).toBe(2637);
      expect(byName('Bexley')?.values.cohort).toBe(3095);
      // A suppressed school count leaves no sum, never one that counts it as 0: Hillingdon has SUPP in education.
      expect(sums.get('312')?.education).toBeNaN();
    });

    it('the LA rows give the district apprenticeships in 29 of 32 LAs: Camden 10, Greenwich 43, Hackney 14', () => {
      const appren = (name: string) => Number(laRow(named.get(byName(name)?.areaCode ?? '')?.oldCode ?? '')?.APPREN);
      expect([appren('Camden'), appren('Greenwich'), appren('Hackney')]).toEqual([10, 43, 14]);
      expect([byName('Camden'), byName('Greenwich'), byName('Hackney')].map((r) => r?.values.appren)).toEqual([
        10, 43, 14,
      ]);
      const matching = (m: SchoolMeasure) =>
        lad.filter((r) => Number(laRow(oldOf(r))?.[COLUMN[m]] ?? Number.NaN) === r.values[m]).length;
      // Apprenticeships 29; employment 19, unknown 13, not sustained 8; cohort and education never (special schools).
      expect(MEASURES.map(matching)).toEqual([0, 0, 29, 19, 8, 13]);
      const off = lad.filter((r) => Number(laRow(oldOf(r))?.APPREN) !== r.values.appren);
      const rows = off.map((r) => [named.get(r.areaCode)?.name, Number(laRow(oldOf(r))?.APPREN), r.values.appren]);
      expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
        ['Hammersmith and Fulham', 8, 7],
        ['Hillingdon', 95, 94],
        ['Wandsworth', 10, 9],
      ]);
      // Each of the three has a special school with one apprentice.
      const special = (lea: string, name: string) =>
        raw.find((r) => r.RECTYPE === '2' && r.LEA === lea && r.SCHNAME === name)?.APPREN;
      expect([
        special('205', 'Woodlane High School'),
        special('312', "The Young People's Academy"),
        special('212', 'Garratt Park School'),
      ]).toEqual(['1', '1', '1']);
    });

    it('LA row minus special schools equals the district cohort in 23 of 32 LAs; the nine others by hand', () => {
      const diff = (r: (typeof lad)[number]) =>
        Number(laRow(oldOf(r))?.COHORT) - specialCohort(oldOf(r)) - Number(r.values.cohort);
      expect(lad.filter((r) => diff(r) === 0)).toHaveLength(23);
      // Camden: LA row 1,513 less special schools 28 = 1,485, the district figure.
      expect([Number(laRow('202')?.COHORT), specialCohort('202')]).toEqual([1513, 28]);
      const off = Object.fromEntries(
        lad.filter((r) => diff(r) !== 0).map((r) => [named.get(r.areaCode)?.name, diff(r)]),
      );
      expect(off).toEqual({
        Barnet: 35,
        Brent: -35,
        Redbridge: 117,
        'Waltham Forest': -117,
        Sutton: 179,
        Bromley: 1,
        Croydon: 1,
        Enfield: 5,
        Newham: 9,
      });
      const cohort = (lea: string, name: string) =>
        raw.find((r) => r.RECTYPE === '1' && r.LEA === lea && r.SCHNAME === name)?.COHORT;
      expect(cohort('302', 'Menorah High School for Girls')).toBe('35');
      expect(cohort('319', 'Nonsuch High School for Girls')).toBe('179');
    });
  });

  it('every SUPP and SP cell read stays a typed missing value, never 0; NA occurs only in columns not read', () => {
    const raw = rawTables().filter((r) => r.RECTYPE === '1' || r.RECTYPE === '2');
    const byKey = new Map(schools.map((s) => [`${s.urn}|${s.breakdown}`, s]));
    const seen = { SUPP: 0, SP: 0, number: 0 };
    for (const r of raw) {
      for (const [breakdown, suffix] of [
        ['total', ''],
        ['disadvantaged', '_DIS'],
        ['not_disadvantaged', '_NONDIS'],
      ] as const) {
        const rec = byKey.get(`${r.URN}|${breakdown}`);
        for (const m of MEASURES) {
          const text = r[`${COLUMN[m]}${suffix}`] as string;
          const read = rec?.counts[m];
          if (text === 'SUPP') expect(read, `${r.URN} ${m}${suffix}`).toEqual(missing('c'));
          else if (text === 'SP') expect(read).toEqual(missing('low'));
          else expect(read, `${r.URN} ${m}${suffix}`).toBe(Number(text));
          seen[text === 'SUPP' || text === 'SP' ? text : 'number']++;
        }
      }
    }
    // SUPP is common in the disadvantaged blocks; SP is a percentage symbol and never a count.
    expect(seen.SUPP).toBeGreaterThan(1000);
    expect(seen.SP).toBe(0);
    const na = new Set(raw.flatMap((r) => Object.keys(r).filter((k) => r[k] === 'NA')));
    expect([...na].every((k) => /_1[78]$/.test(k))).toBe(true);
    expect(raw.filter((r) => r.COHORT_17 === 'NA')).toHaveLength(239);
  });
});

/** hubs-eval's names of the six counts the district file has, and the performance tables' columns for them. */
const MEASURES: SchoolMeasure[] = ['cohort', 'education', 'appren', 'all_work', 'all_notsust', 'all_unknown'];
const COLUMN: Readonly<Record<SchoolMeasure, string>> = {
  overall: 'OVERALL_DEST',
  cohort: 'COHORT',
  education: 'EDUCATION',
  appren: 'APPREN',
  all_work: 'EMPLOYMENT',
  all_notsust: 'NOT_SUSTAINED',
  all_unknown: 'UNKNOWN',
};

/** The performance tables file's rows as text, LA and NAT rows included (the reader leaves those out). */
function rawTables(): Record<string, string>[] {
  return parse(readFileSync(TABLES), { columns: true, bom: true }) as Record<string, string>[];
}

async function londonDistricts() {
  return allRecords(await readFiles({ destinations: [LAD] }, options()), 'destinations').filter(
    (r) =>
      r.cohortYear === COHORT &&
      r.level === 'local_authority_district' &&
      r.areaCode.startsWith('E09') &&
      r.institutionGroup === 'State-funded mainstream schools' &&
      r.breakdown === 'Total' &&
      r.dataType === 'count',
  );
}

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

  it('performance tables NA (not applicable) in a count that is read is the typed missing z, never 0', async () => {
    // The real file has NA only in its earlier-cohort columns (checked above); this row puts it where it is read.
    const dir = mkdtempSync(path.join(tmpdir(), 'pt-na-'));
    const file = path.join(dir, 'england_ks4-pupdest.csv');
    writeFileSync(
      file,
      'RECTYPE,LEA,URN,COHORT,OVERALL_DEST,APPREN,COHORT_DIS,APPREN_DIS\n1,202,100049,10,9,NA,NA,SUPP\n',
    );
    const r = await destinationsReader.read(file, options([[file, COHORT]]));
    expect(r.problems).toEqual([]);
    const of = (b: string) => r.schools?.find((s) => s.breakdown === b)?.counts;
    expect(of('total')).toMatchObject({ cohort: 10, overall: 9, appren: missing('z') });
    expect(of('disadvantaged')).toMatchObject({ cohort: missing('z'), appren: missing('c') });
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
