import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Columns } from '../../src/ingest/csv-source.js';
import {
  canonicalBreakdown,
  canonicalBreakdownTopic,
  canonicalInstitutionGroup,
  canonicalInstitutionType,
  deriveOverall,
  destinationsReader,
} from '../../src/ingest/destinations.js';
import { type Figure, missing } from '../../src/model/missing.js';
import type { DestinationRow, ReadResult } from '../../src/model/records.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/destinations');
const fixture = (name: string) => path.join(FIXTURES, name);
const read = (file: string) => destinationsReader.read(file, { activityLabels: {} });

type Where = Partial<
  Pick<
    DestinationRow,
    'level' | 'areaCode' | 'institutionGroup' | 'institutionType' | 'breakdownTopic' | 'breakdown' | 'dataType'
  >
> & { cohortYear?: string };
function rowsWhere(result: ReadResult<DestinationRow>, where: Where): DestinationRow[] {
  return result.records.filter((r) => Object.entries(where).every(([k, v]) => r[k as keyof DestinationRow] === v));
}
function only(result: ReadResult<DestinationRow>, where: Where): DestinationRow {
  const rows = rowsWhere(result, where);
  expect(rows, JSON.stringify(where)).toHaveLength(1);
  return rows[0] as DestinationRow;
}
const SFM = 'State-funded mainstream schools';
const nationalTotal = (cohortYear: string) =>
  ({
    cohortYear,
    institutionGroup: SFM,
    institutionType: 'Total',
    breakdownTopic: 'Total',
    breakdown: 'Total',
    dataType: 'count',
  }) as Where;

describe('label canonicalisation', () => {
  it('maps the 2023/24 release institution groups to the older labels', () => {
    expect(canonicalInstitutionGroup('Total state-funded mainstream and special')).toBe(
      'State-funded mainstream & special schools',
    );
    expect(canonicalInstitutionGroup('State-funded mainstream & special schools')).toBe(
      'State-funded mainstream & special schools',
    );
    expect(canonicalInstitutionGroup('State-funded (inc. non-maintained) special')).toBe(
      'State-funded (inc. non-maintained) special schools',
    );
    expect(canonicalInstitutionGroup(' state-funded  mainstream schools ')).toBe(SFM);
    expect(canonicalInstitutionGroup('Something new')).toBe('Something new');
    expect(canonicalInstitutionType('Converter Academy')).toBe('Converter academy');
  });

  it('fixes breakdown case and punctuation, inside crosses too', () => {
    expect(canonicalBreakdown('Not Disadvantaged')).toBe('Not disadvantaged');
    expect(canonicalBreakdown('Not disadvantaged')).toBe('Not disadvantaged');
    expect(canonicalBreakdown('Not Disadvantaged Male')).toBe('Not disadvantaged Male');
    expect(canonicalBreakdown('Disadvantaged Female Black - African')).toBe('Disadvantaged Female Black African');
    expect(canonicalBreakdown('Any Other White Background')).toBe('Any other white background');
    expect(canonicalBreakdown('Gypsy / Roma')).toBe('Gypsy Roma');
    expect(canonicalBreakdown('First language other than English')).toBe(
      'First Language Known or believed to be other than English',
    );
    expect(canonicalBreakdown('Disadvantaged')).toBe('Disadvantaged');
  });

  it('renames Gender to Sex and infers a topic where the layout has none', () => {
    expect(canonicalBreakdownTopic('Gender', 'Male')).toBe('Sex');
    expect(canonicalBreakdownTopic('Disadvantage Status and Gender', 'Disadvantaged Male')).toBe(
      'Disadvantage Status and Sex',
    );
    expect(canonicalBreakdownTopic(undefined, 'Total')).toBe('Total');
    expect(canonicalBreakdownTopic(undefined, 'Not Disadvantaged')).toBe('Disadvantage Status');
    expect(canonicalBreakdownTopic(undefined, 'Male')).toBe('');
  });
});

describe('deriveOverall', () => {
  const v = (education: Figure, appren: Figure, all_work: Figure) => ({ cohort: 100, education, appren, all_work });
  it('sums education, apprenticeships and employment', () => {
    expect(deriveOverall(v(80, 5, 5))).toBe(90);
  });
  it('is a symbol when a part is, and c wins over any other symbol', () => {
    expect(deriveOverall(v(missing('x'), missing('c'), 3))).toEqual(missing('c'));
    expect(deriveOverall(v(80, missing('z'), 3))).toEqual(missing('z'));
  });
  it('is undefined when a part is absent', () => {
    expect(deriveOverall({ education: 1, appren: 2 })).toBeUndefined();
  });
});

describe('destinationsReader on fixtures', () => {
  it('detects a destinations header and not a NEET one', () => {
    expect(
      destinationsReader.detect(
        new Columns([
          'time_period',
          'geographic_level',
          'data_type',
          'breakdown',
          'cohort',
          'education',
          'appren',
          'all_work',
        ]),
      ),
    ).toBe(true);
    expect(
      destinationsReader.detect(new Columns(['time_period', 'geographic_level', 'Cohort_DJFavg', 'NEET_percent'])),
    ).toBe(false);
  });

  it('reports every bad value, the truncated row and bad codes, each located', async () => {
    const r = await read(fixture('bad-values.csv'));
    const errors = r.problems
      .filter((p) => p.severity === 'error')
      .map((p) => ({ line: p.line, column: p.column, found: p.found }));
    expect(errors).toEqual(
      expect.arrayContaining([
        { line: 3, column: 'education', found: 'n/a' },
        { line: 4, column: undefined, found: '10 fields' },
        { line: 5, column: 'overall', found: '12x' },
        { line: 5, column: 'all_work', found: '-' },
        { line: 6, column: 'time_period', found: '2022/23' },
        { line: 6, column: 'data_type', found: 'Rate' },
      ]),
    );
    expect(errors).toHaveLength(6);
    const bad = r.problems.find((p) => p.column === 'education');
    expect(bad?.expected).toMatch(/number or a DfE symbol/);
    expect(bad?.file).toBe(fixture('bad-values.csv'));
    // Lines 2 and 7 are good; the rows with problems are not kept.
    expect(r.records.map((x) => x.source.line)).toEqual([2, 7]);
    const last = r.records[1] as DestinationRow;
    expect(last.cohortYear).toBe('2020/21');
    expect(last.values.all_notsust).toEqual(missing('c'));
    expect(last.values.all_unknown).toEqual(missing('low'));
    expect(r.summary.suppressed).toEqual({ z: 2, c: 1, low: 1 });
  });

  it('names every missing required column with the headers it accepts, and still checks the cells', async () => {
    const r = await read(fixture('missing-columns.csv'));
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.line, p.expected])).toEqual(
      expect.arrayContaining([
        [1, '"data_type"'],
        [1, '"education"'],
      ]),
    );
    expect(errors.find((p) => p.expected === '"data_type"')?.message).toMatch(/required column for data type/);
    expect(errors).toContainEqual(expect.objectContaining({ line: 3, column: 'appren', found: 'forty' }));
    expect(errors).toHaveLength(3);
    expect(r.records).toHaveLength(0);
  });

  it('reads the legacy table-tool layout: camelCase levels, exclusions counted, overall derived', async () => {
    const r = await read(fixture('legacy-levels.csv'));
    expect(r.problems).toEqual([]);
    expect(r.summary.layout).toBe('table-tool-legacy');
    expect(r.summary.rowsRead).toBe(8);
    expect(r.summary.rowsKept).toBe(5);
    expect(r.summary.excluded).toEqual([
      {
        reason:
          'geographic level "Parliamentary constituency" is not used (only national, regional, LA and LA district)',
        count: 1,
      },
      {
        reason:
          'geographic level "parliamentaryConstituency" is not used (only national, regional, LA and LA district)',
        count: 1,
      },
      { reason: 'level_methodology "Pupil residence" is not used (hub areas are by school location)', count: 1 },
    ]);
    const camden = only(r, { level: 'local_authority_district', areaCode: 'E09000007' });
    expect(camden).toMatchObject({
      cohortYear: '2020/21',
      areaName: 'Camden',
      breakdownTopic: 'Total',
      overallDerived: true,
    });
    expect(camden.values.overall).toBe(90);
    const hackney = only(r, { areaCode: 'E09000012' });
    expect(hackney.values.overall).toEqual(missing('c'));
    expect(only(r, { level: 'local_authority' })).toMatchObject({
      breakdownTopic: 'Disadvantage Status',
      breakdown: 'Disadvantaged',
    });
    expect(only(r, { level: 'regional' }).areaCode).toBe('E12000007');
    const pct = only(r, { level: 'national' });
    expect(pct.dataType).toBe('pct');
    expect(pct.values.overall).toBeUndefined();
    expect(pct.overallDerived).toBe(false);
    expect(r.summary.notes.join(' ')).toMatch(/derived as education \+ appren \+ all_work/);
    // The derived overall's `c` is not a published cell; the file's own c and x are.
    expect(r.summary.suppressed).toEqual({ x: 2, c: 1 });
  });

  it(
    'takes the cohort-year basis from "Number of students" even without notsust_ben, and canonicalises ' + 'labels',
    async () => {
      const r = await read(fixture('students-by-value.csv'));
      expect(r.problems).toEqual([]);
      expect(r.summary.layout).toBe('ees-cohort-year');
      expect(r.summary.yearBasis).toMatch(/cohort year.*data_type "Number of students"/);
      expect(r.summary.years).toEqual(['2021/22']);
      const la = only(r, { level: 'local_authority', breakdown: 'Total' });
      expect(la).toMatchObject({
        areaCode: 'E09000007',
        oldLaCode: '202',
        areaName: 'Camden',
        institutionGroup: 'State-funded mainstream & special schools',
        overallDerived: false,
      });
      expect(only(r, { breakdown: 'Not disadvantaged' }).breakdownTopic).toBe('Disadvantage Status');
      expect(only(r, { level: 'regional' })).toMatchObject({
        areaCode: 'E12000007',
        areaName: 'London',
        institutionGroup: 'State-funded (inc. non-maintained) special schools',
      });
    },
  );
});

const LAD = realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv');
const LAD_OLD = realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures_oldlayout_201516-202021.csv');
const NAT_REV_2223 = realFile('ks4-dest-nat-lsip', 'ks4_dm_ud_202223_nat_rev.csv');
const EES_2223 = realFile('ks4-dest-nat-lsip', 'ees_ks4_nat_202223.csv');
const NAT_PROV_2021 = realFile('ks4-dest-nat-send', 'ks4_dm_ud_202021_nat_prov.csv');
const NAT_REV_2021 = realFile('ks4-dest-nat-send', 'ks4_dm_ud_202021_nat_rev.csv');
const NAT_PROV_2122 = realFile('ks4-dest-nat-send', 'ks4_dm_ud_202122_nat_prov.csv');

const cohorts = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, k) => `${from + k}/${String((from + k + 1) % 100).padStart(2, '0')}`);

describe.skipIf(!HAS_REAL_DATA)('destinationsReader on the real DfE files', () => {
  const results = new Map<string, ReadResult<DestinationRow>>();
  beforeAll(async () => {
    for (const f of [LAD, LAD_OLD, NAT_REV_2223, EES_2223, NAT_PROV_2021, NAT_REV_2021, NAT_PROV_2122])
      results.set(f, await read(f));
  });
  const result = (f: string) => results.get(f) as ReadResult<DestinationRow>;

  it('reads every real file without a problem', () => {
    for (const [file, r] of results) expect(r.problems, file).toEqual([]);
  });

  it('LAD table-tool download (2022/23 release)', () => {
    const r = result(LAD);
    // `wc -l` = 2549 lines, header included.
    expect(r.summary).toMatchObject({ layout: 'table-tool', rowsRead: 2548, rowsKept: 2548 });
    expect(r.summary.yearBasis).toMatch(/destination year/);
    // time_period 201516-202223 -> cohorts 2014/15-2021/22.
    expect(r.summary.years).toEqual(cohorts(2014, 2021));
    // awk -F, '$13=="E09000007" && $1=="202122"': Camden 1618,1510,9,17 (cohort, education, appren, all_work).
    const camden = only(r, { areaCode: 'E09000007', cohortYear: '2020/21' });
    expect(camden).toMatchObject({
      level: 'local_authority_district',
      areaName: 'Camden',
      dataType: 'count',
      overallDerived: true,
      version: null,
    });
    expect(camden.values).toMatchObject({
      cohort: 1618,
      education: 1510,
      appren: 9,
      all_work: 17,
      all_notsust: 64,
      all_unknown: 18,
    });
    expect(camden.values.overall).toBe(1510 + 9 + 17);
    // awk -F, '$13=="E09000033" && $1=="201617"': Westminster 1543,1417,11,15.
    expect(only(r, { areaCode: 'E09000033', cohortYear: '2015/16' }).values).toMatchObject({
      cohort: 1543,
      education: 1417,
      appren: 11,
      all_work: 15,
      overall: 1443,
    });
    // grep -c E09000001 = 0: City of London has no row; the other 32 boroughs do (awk '$13 ~ /^E09/' | sort -u | wc
    // -l = 32).
    expect(rowsWhere(r, { areaCode: 'E09000001' })).toHaveLength(0);
    expect(new Set(r.records.filter((x) => x.areaCode.startsWith('E09')).map((x) => x.areaCode)).size).toBe(32);
    expect(r.summary.suppressed).toEqual({});
  });

  it('legacy table-tool LAD download (2020/21 release), aligned with the newer one by cohort', () => {
    const r = result(LAD_OLD);
    expect(r.summary).toMatchObject({ layout: 'table-tool-legacy', rowsRead: 1932, rowsKept: 1932 });
    expect(r.summary.yearBasis).toMatch(/destination year/);
    expect(r.summary.years).toEqual(cohorts(2014, 2019));
    // awk -F, '$2=="E09000007" && $4=="202021"': Camden 1548,1460,8,9 (provisional; the 2022/23 release revised
    // education to 1468).
    expect(only(r, { areaCode: 'E09000007', cohortYear: '2019/20' }).values).toMatchObject({
      cohort: 1548,
      education: 1460,
      appren: 8,
      all_work: 9,
      overall: 1477,
    });
    // awk -F, '$2=="E09000012" && $4=="201819"': Hackney 2024,1870,16,22.
    expect(only(r, { areaCode: 'E09000012', cohortYear: '2017/18' }).values).toMatchObject({
      cohort: 2024,
      education: 1870,
      appren: 16,
      all_work: 22,
    });
    // Same cohort -> same numbers: every LAD row for cohorts 2014/15-2018/19 (time_period 201516-201920: 325 x 4 +
    // 316 rows)
    // matches the newer file (an awk join on location_code + time_period found 0 differences; 2019/20 differs in 285
    // of 312).
    const newer = new Map(result(LAD).records.map((x) => [`${x.areaCode} ${x.cohortYear}`, x.values]));
    const older = r.records.filter((x) => x.cohortYear <= '2018/19');
    expect(older.length).toBe(325 * 4 + 316);
    for (const x of older)
      expect(newer.get(`${x.areaCode} ${x.cohortYear}`), `${x.areaName} ${x.cohortYear}`).toEqual(x.values);
  });

  it('ks4_dm_ud_202223_nat_rev (breakdown_topic layout)', () => {
    const r = result(NAT_REV_2223);
    expect(r.summary).toMatchObject({ layout: 'ud-breakdown', rowsRead: 4364, rowsKept: 4364 });
    expect(r.summary.yearBasis).toMatch(/destination year/);
    expect(r.summary.years).toEqual(cohorts(2009, 2021));
    // Line 112: time_period 202223, SFM, Total, Number of pupils: cohort 575055, overall 536004, education 494364.
    const row = only(r, nationalTotal('2021/22'));
    expect(row.values).toMatchObject({ cohort: 575055, overall: 536004, education: 494364 });
    expect(row).toMatchObject({ version: 'Revised', overallDerived: false, source: { line: 112 } });
    // Line 142: "State-funded mainstream & special schools", Total, 202223: cohort 588084.
    expect(
      only(r, { ...nationalTotal('2021/22'), institutionGroup: 'State-funded mainstream & special schools' }).values
        .cohort,
    ).toBe(588084);
    // awk -F, 'NR>1 {gsub(/"/,""); for (i=12;i<=NF;i++) n[$i]++}': z 16782, low 1970, c 8304.
    expect(r.summary.suppressed).toEqual({ z: 16782, low: 1970, c: 8304 });
  });

  it('ees_ks4_nat_202223 (cohort-year release)', () => {
    const r = result(EES_2223);
    expect(r.summary).toMatchObject({ layout: 'ees-cohort-year', rowsRead: 5846, rowsKept: 5846 });
    expect(r.summary.yearBasis).toMatch(/KS4 cohort year.*notsust_ben column.*"Number of students"/);
    // time_period 200910-202223 is already the cohort year.
    expect(r.summary.years).toEqual(cohorts(2009, 2022));
    // Line 3302: time_period 202122, SFM, Total, Number of students: cohort 575055, overall 530337 (LEO re-based,
    // lower than 536004).
    const row = only(r, nationalTotal('2021/22'));
    expect(row.values).toMatchObject({ cohort: 575055, overall: 530337, education: 494381 });
    expect(row.values.notsust_ben).toBeDefined();
    // Line 3303 (its Percentage row): he = low, spi = low, overall 92.2.
    const pct = only(r, { ...nationalTotal('2021/22'), dataType: 'pct' });
    expect(pct.values).toMatchObject({ overall: 92.2, he: missing('low'), spi: missing('low') });
    // Line 582: "Total state-funded mainstream and special", 201617: cohort 528133 -> canonical group label.
    expect(
      only(r, { ...nationalTotal('2016/17'), institutionGroup: 'State-funded mainstream & special schools' }).values
        .cohort,
    ).toBe(528133);
    expect(rowsWhere(r, { breakdown: 'Not Disadvantaged White' })).toHaveLength(0);
    expect(rowsWhere(r, { breakdown: 'Not disadvantaged White' }).length).toBeGreaterThan(0);
    // awk count over columns 12-36: z 18382, low 2525, c 26144.
    expect(r.summary.suppressed).toEqual({ z: 18382, low: 2525, c: 26144 });
  });

  it('lines up the 575,055 cohort from both 2022/23-based releases as cohort 2021/22', () => {
    const a = only(result(NAT_REV_2223), { ...nationalTotal('2021/22') });
    const b = only(result(EES_2223), { ...nationalTotal('2021/22') });
    expect(a.values.cohort).toBe(575055);
    expect(b.values.cohort).toBe(575055);
    expect(a.cohortYear).toBe(b.cohortYear);
  });

  it('ks4_dm_ud_202021_nat_prov (characteristic layout)', () => {
    const r = result(NAT_PROV_2021);
    expect(r.summary).toMatchObject({ layout: 'ud-characteristic', rowsRead: 3584, rowsKept: 3584 });
    expect(r.summary.yearBasis).toMatch(/destination year/);
    expect(r.summary.years).toEqual(cohorts(2009, 2019));
    // Line 2: 202021, SFM, Ethnicity Minor, Black Caribbean, Provisional: cohort 7192, overall 6742.
    const row = only(r, {
      cohortYear: '2019/20',
      institutionGroup: SFM,
      breakdown: 'Black Caribbean',
      dataType: 'count',
    });
    expect(row).toMatchObject({ breakdownTopic: 'Ethnicity Minor', version: 'Provisional' });
    expect(row.values).toMatchObject({ cohort: 7192, overall: 6742, education: 6617 });
    expect(r.summary.suppressed).toEqual({ z: 16034, low: 1365, c: 7688 });
  });

  it('ks4_dm_ud_202021_nat_rev (characteristic layout)', () => {
    const r = result(NAT_REV_2021);
    expect(r.summary).toMatchObject({ layout: 'ud-characteristic', rowsRead: 3500, rowsKept: 3500 });
    expect(r.summary.yearBasis).toMatch(/destination year/);
    expect(r.summary.years).toEqual(cohorts(2009, 2019));
    // Line 2: 202021, SFM, Total: inst_count 3225, cohort 550634, overall 518193.
    expect(only(r, nationalTotal('2019/20')).values).toMatchObject({
      inst_count: 3225,
      cohort: 550634,
      overall: 518193,
    });
    // Line 183: characteristic_group "Gender", Male -> topic Sex; cohort 278363.
    expect(
      only(r, {
        cohortYear: '2019/20',
        institutionGroup: SFM,
        institutionType: 'Total',
        breakdown: 'Male',
        dataType: 'count',
      }),
    ).toMatchObject({ breakdownTopic: 'Sex', values: { cohort: 278363 } });
    expect(r.summary.suppressed).toEqual({ z: 15862, low: 1344, c: 6960 });
  });

  it('ks4_dm_ud_202122_nat_prov (breakdown layout, 2021/22 release)', () => {
    const r = result(NAT_PROV_2122);
    expect(r.summary).toMatchObject({ layout: 'ud-breakdown', rowsRead: 3932, rowsKept: 3932 });
    expect(r.summary.yearBasis).toMatch(/destination year/);
    expect(r.summary.years).toEqual(cohorts(2009, 2020));
    // Line 2: FE college - 14-16, 202122: cohort 1204, overall 927; inst_count 16.
    expect(
      only(r, {
        cohortYear: '2020/21',
        institutionGroup: SFM,
        institutionType: 'FE college - 14-16',
        breakdown: 'Total',
        dataType: 'count',
      }).values,
    ).toMatchObject({ inst_count: 16, cohort: 1204, overall: 927 });
    // Line 3: breakdown_topic "Gender", Male: cohort 285025.
    expect(
      only(r, {
        cohortYear: '2020/21',
        institutionGroup: SFM,
        institutionType: 'Total',
        breakdown: 'Male',
        dataType: 'count',
      }),
    ).toMatchObject({ breakdownTopic: 'Sex', values: { cohort: 285025 } });
    expect(r.summary.suppressed).toEqual({ z: 16258, low: 1619, c: 7808 });
  });
});
