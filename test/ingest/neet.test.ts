import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Columns, readHeader } from '../../src/ingest/csv-source.js';
import { neetReader } from '../../src/ingest/neet.js';
import { missing } from '../../src/model/missing.js';
import type { NeetRow, ReadResult } from '../../src/model/records.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/neet');
const fixture = (name: string) => path.join(FIXTURES, name);
const read = (file: string) => neetReader.read(file, { activityLabels: {} });
const errors = (r: ReadResult<NeetRow>) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: ReadResult<NeetRow>) => r.problems.filter((p) => p.severity === 'warning');

function area(r: ReadResult<NeetRow>, code: string): NeetRow {
  const rows = r.records.filter((x) => x.areaCode === code);
  expect(rows, code).toHaveLength(1);
  return rows[0] as NeetRow;
}

describe('neetReader on a hand-made file with bad values', () => {
  let r: ReadResult<NeetRow>;
  beforeAll(async () => {
    r = await read(fixture('bad-values.csv'));
  });

  it('reports every bad cell and the truncated row with line, column, expected and found', () => {
    const located = errors(r).map((p) => ({ line: p.line, column: p.column, found: p.found }));
    expect(located).toEqual([
      { line: 5, column: 'NEET_percent', found: '2.O' },
      { line: 6, column: undefined, found: '11 fields' },
      { line: 8, column: 'NEET_percent', found: '120' },
      { line: 11, column: 'time_period', found: '2022/23' },
      { line: 11, column: 'geographic_level', found: 'Ward' },
      { line: 12, column: 'geographic_level', found: 'national E92000001' },
    ]);
    expect(errors(r).every((p) => p.expected && p.file === fixture('bad-values.csv'))).toBe(true);
    expect(errors(r)[1]?.message).toMatch(/truncated/);
    expect(errors(r)[1]?.expected).toBe('16 fields');
    expect(errors(r)[5]?.message).toMatch(/first on line 2/);
  });

  it('keeps the good rows and types every DfE symbol, never 0', () => {
    // Lines 2, 3, 4, 7, 9, 10 are valid; the truncated line 6 never reaches the reader, so 10 rows are read.
    expect(r.summary.rowsRead).toBe(10);
    expect(r.records.map((x) => x.source.line)).toEqual([2, 3, 4, 7, 9, 10]);
    const camden = area(r, 'E09000007');
    expect(camden).toMatchObject({
      level: 'local_authority',
      oldLaCode: '202',
      areaName: 'Camden',
      cohort: 3261,
      neetPct: missing('c'),
      notKnownPct: 0.6,
      neetOrNotKnownPct: missing('c'),
    });
    expect(area(r, 'E09000012')).toMatchObject({
      cohort: missing(''),
      neetPct: missing('low'),
      notKnownPct: missing('z'),
      neetOrNotKnownPct: missing('u'),
    });
    expect(area(r, 'E09000030')).toMatchObject({
      cohort: missing('x'),
      neetPct: missing('x'),
      notKnownPct: missing(':'),
      neetOrNotKnownPct: missing(':'),
    });
    // Counted over the four measures of the kept rows: Camden c c; Hackney '' low z u; Tower Hamlets x x : :.
    expect(r.summary.suppressed).toEqual({ c: 2, '': 1, low: 1, z: 1, u: 1, x: 2, ':': 2 });
    expect(r.summary.excluded).toEqual([
      { reason: 'duplicate area and year', count: 1 },
      { reason: 'has an error (see problems)', count: 3 },
    ]);
  });

  it('warns when NEET + not known is further from NEET-or-not-known than rounding allows', () => {
    // Lambeth, line 9: 2.0 + 1.0 = 3.0 against 3.5 published.
    expect(warnings(r)).toHaveLength(1);
    expect(warnings(r)[0]).toMatchObject({
      line: 9,
      column: 'NEET_not_known_percent',
      found: '3.5',
      expected: 'about 3.0',
    });
  });

  it('reads time_period 2023 as the academic year 2022/23 and says so', () => {
    expect(r.summary.years).toEqual(['2022/23']);
    expect(r.summary.yearBasis).toMatch(/2023 = Dec 2022-Feb 2023.*2022\/23/);
    // The Level_3 column is not read; its symbols are tallied in a note (lines 2-5, 7-12 as read: x, z, c, x).
    expect(r.summary.notes).toContain(
      'symbols in the columns not read (participation, SEND, context measures): c 1, x 2, z 1',
    );
  });
});

describe('neetReader on other encodings and header spellings', () => {
  it(
    'reads UTF-8 with BOM and CRLF, headers in any case and spacing, an extra leading column and a quoted ' + 'name',
    async () => {
      const r = await read(fixture('bom-crlf.csv'));
      expect(r.problems).toEqual([]);
      expect(r.summary.encoding).toBe('utf-8-bom');
      expect(r.summary.years).toEqual(['2023/24']);
      expect(area(r, 'E06000023')).toMatchObject({
        areaName: 'Bristol, City of',
        oldLaCode: '801',
        cohort: 9690,
        neetPct: 6,
        notKnownPct: 0.5,
        neetOrNotKnownPct: 6.5,
      });
      expect(area(r, 'E92000001')).toMatchObject({
        level: 'national',
        areaName: 'England',
        oldLaCode: null,
        cohort: 1278230,
      });
    },
  );

  it('detects Windows-1252 and decodes its characters', async () => {
    const r = await read(fixture('windows-1252.csv'));
    expect(r.problems).toEqual([]);
    expect(r.summary.encoding).toBe('windows-1252');
    expect(area(r, 'E12000003')).toMatchObject({
      level: 'regional',
      areaName: 'Yorkshire \u2013 Humber',
      cohort: 133680,
      neetPct: 3.9,
    });
  });

  it('reports a missing measure column once, at the header', async () => {
    const r = await read(fixture('missing-column.csv'));
    expect(r.records).toEqual([]);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/Notknown_percent/),
      expected: '"Notknown_percent" or "not_known_percent"',
    });
  });
});

describe('neetReader.detect', () => {
  it('recognises the NCCIS header and rejects others', () => {
    const nccis =
      'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,' +
      'new_la_code,la_name,Age,Cohort_DJFavg,NEET_not_known_percent,NEET_percent,Notknown_percent';
    expect(neetReader.detect(new Columns(nccis.split(',')))).toBe(true);
    const ks4 =
      'time_period,time_identifier,geographic_level,country_code,country_name,institution_group,cohort,education,' +
      'appren,all_work';
    expect(neetReader.detect(new Columns(ks4.split(',')))).toBe(false);
    expect(neetReader.detect(new Columns(['activity_id', 'date', 'urn', 'activity_type']))).toBe(false);
  });
});

/**
 * The five NCCIS LA dashboard files in data-real/nccis-neet-la (SOURCES.md section 3). Expected values were
 * read by hand: rows with `awk 'NR>1' FILE | wc -l`; England with `grep ',National,' FILE | cut -d, -f12-15`
 * (Cohort_DJFavg, NEET_not_known_percent, NEET_percent, Notknown_percent); LAs with `grep ',Camden,' FILE`
 * and `grep ',Newham,' FILE`, same fields.
 */
const REAL = [
  {
    file: 'UD_NEETNK_LA_dashboard_2021_vg_removed.csv',
    rows: 161,
    kept: 159,
    year: '2020/21',
    england: [1181088, 5.5, 2.8, 2.7],
    camden: [3260, 3.2, 1.8, 1.4],
    newham: [8797, 5.1, 2.1, 3.1],
    las: 149,
  },
  {
    file: 'UD_NEETNK_LA_dashboard_2022_final.csv',
    rows: 160,
    kept: 160,
    year: '2021/22',
    england: [1208392.7, 4.7, 2.6, 2.2],
    camden: [3221, 3.4, 2, 1.5],
    newham: [8949, 3.5, 1.8, 1.7],
    las: 150,
  },
  {
    file: 'UD_NEETNK_LA_dashboard_2023_final.csv',
    rows: 160,
    kept: 160,
    year: '2022/23',
    england: [1236365, 5.2, 2.8, 2.4],
    camden: [3261, 2.5, 1.9, 0.6],
    newham: [9136, 3.7, 2.0, 1.8],
    las: 150,
  },
  {
    file: 'UD_NEETNK_LA_dashboard_final_2024.csv',
    rows: 161,
    kept: 161,
    year: '2023/24',
    england: [1278230, 5.4, 3.2, 2.2],
    camden: [3161, 3.1, 1.9, 1.2],
    newham: [9419, 3.4, 2.3, 1.1],
    las: 151,
  },
  {
    file: 'UD_NEETNK_LA_dashboard_final_2025.csv',
    rows: 161,
    kept: 161,
    year: '2024/25',
    england: [1335160, 5.6, 3.4, 2.2],
    camden: [3231, 2.9, 1.9, 1.1],
    newham: [9789, 4.2, 2.8, 1.4],
    las: 151,
  },
] as const;

const figures = (x: NeetRow) => [x.cohort, x.neetOrNotKnownPct, x.neetPct, x.notKnownPct];

describe.skipIf(!HAS_REAL_DATA)('neetReader on the real NCCIS LA files', () => {
  for (const f of REAL) {
    describe(f.file, () => {
      let r: ReadResult<NeetRow>;
      beforeAll(async () => {
        r = await read(realFile('nccis-neet-la', f.file));
      });

      it('reads every row, with no errors, into one academic year', () => {
        expect(errors(r)).toEqual([]);
        expect(r.summary.rowsRead).toBe(f.rows);
        expect(r.summary.rowsKept).toBe(f.kept);
        expect(r.summary.years).toEqual([f.year]);
        expect(r.records.filter((x) => x.level === 'local_authority')).toHaveLength(f.las);
        expect(r.records.filter((x) => x.level === 'regional')).toHaveLength(9);
      });

      it('is recognised by its header', async () => {
        expect(neetReader.detect(new Columns(await readHeader(realFile('nccis-neet-la', f.file))))).toBe(true);
      });

      it("gives England's cohort, NEET or not known %, NEET % and not known %", () => {
        const england = area(r, 'E92000001');
        expect(england.level).toBe('national');
        expect(figures(england)).toEqual([...f.england]);
      });

      it('gives Camden and Newham, with old and new LA codes', () => {
        expect(area(r, 'E09000007')).toMatchObject({ oldLaCode: '202', areaName: 'Camden', level: 'local_authority' });
        expect(figures(area(r, 'E09000007'))).toEqual([...f.camden]);
        expect(area(r, 'E09000025')).toMatchObject({ oldLaCode: '316', areaName: 'Newham' });
        expect(figures(area(r, 'E09000025'))).toEqual([...f.newham]);
      });

      it('has no City of London row (grep -c E09000001 = 0)', () => {
        expect(r.records.some((x) => x.areaCode === 'E09000001' || x.oldLaCode === '201')).toBe(false);
        // The 32 other London boroughs: awk -F, '$3=="Local authority" && $6=="E12000007"' FILE | wc -l = 32.
        expect(r.records.filter((x) => x.level === 'local_authority' && x.areaCode.startsWith('E09'))).toHaveLength(32);
      });
    });
  }

  it('2021: leaves out the dashboard demo rows (lines 161-162, no area code) with a warning each', async () => {
    const r = await read(realFile('nccis-neet-la', 'UD_NEETNK_LA_dashboard_2021_vg_removed.csv'));
    expect(warnings(r).map((p) => [p.line, p.column])).toEqual([
      [161, 'region_code'],
      [162, 'new_la_code'],
    ]);
    expect(r.summary.excluded).toEqual([
      { reason: 'local authority row without an area code', count: 1 },
      { reason: 'regional row without an area code', count: 1 },
    ]);
  });

  it('2025: counts the suppressed cells; no `c` falls in the four measures read', async () => {
    const r = await read(realFile('nccis-neet-la', 'UD_NEETNK_LA_dashboard_final_2025.csv'));
    // awk -F, '{for(i=1;i<=NF;i++) if($i=="c") n++} END{print n}' FILE = 34 (no quoted field is "c"), z = 56;
    // the same over fields 12-15 of the data rows (the four measures) = 0.
    expect(r.summary.suppressed).toEqual({});
    expect(r.summary.notes).toContain(
      'symbols in the columns not read (participation, SEND, context measures): c 34, z 56',
    );
    // Bristol's quoted name ("Bristol, City of", line 119): 9690, 6.5, 6, 0.5.
    expect(figures(area(r, 'E06000023'))).toEqual([9690, 6.5, 6, 0.5]);
    expect(area(r, 'E06000023').areaName).toBe('Bristol, City of');
  });

  it('2023: the London region row (region_code E12000007)', async () => {
    const r = await read(realFile('nccis-neet-la', 'UD_NEETNK_LA_dashboard_2023_final.csv'));
    // awk -F, '$3=="Regional" && $6=="E12000007" {print $12,$13,$14,$15}' = 189141 3.4 1.6 1.8
    expect(area(r, 'E12000007')).toMatchObject({ level: 'regional', areaName: 'London', oldLaCode: null });
    expect(figures(area(r, 'E12000007'))).toEqual([189141, 3.4, 1.6, 1.8]);
  });
});
