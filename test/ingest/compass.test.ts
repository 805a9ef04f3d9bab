import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compassReader } from '../../src/ingest/compass.js';
import { benchmarkOfHeader, locateBenchmarks } from '../../src/ingest/compass-columns.js';
import { keepLatestReturns } from '../../src/ingest/compass-supersession.js';
import { Columns } from '../../src/ingest/csv-source.js';
import { ProblemLog } from '../../src/model/problem.js';
import type { CompassReturn } from '../../src/model/records.js';
import type { AcademicYear } from '../../src/model/year.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/compass');
const fixture = (name: string) => path.join(FIXTURES, name);
const read = (name: string) => compassReader.read(fixture(name), { activityLabels: {} });
const errors = (r: Awaited<ReturnType<typeof read>>) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: Awaited<ReturnType<typeof read>>) => r.problems.filter((p) => p.severity === 'warning');
const brief = (records: CompassReturn[]) => records.map((r) => [r.year, r.urn, r.completed, r.source.line]);
const all = (n: number) => Array<number>(8).fill(n);

describe('Compass export', () => {
  it('reads every benchmark header form and score form into B1..B8 percentages', async () => {
    const r = await read('returns.csv');
    const latest = r.records.find((x) => x.urn === '100001');
    // Headers: "Benchmark 1: A stable careers programme", "Benchmark 2: ...", "Benchmark 3 (%)", GB4, B5,
    // gatsby_benchmark_6, "Benchmark 7", BM8; scores 85, 85%, 85.0.
    expect(latest).toEqual({
      urn: '100001',
      completed: '2024-03-15',
      year: '2023/24',
      scores: [85, 85, 85, 40, 50, 60, 70, 80],
      source: { file: fixture('returns.csv'), line: 2 },
    });
  });

  it('keeps the latest return per institution and academic year, and the others as superseded', async () => {
    const r = await read('returns.csv');
    // 100001 has three 2023/24 returns: 01/10/2023, 01/12/2023 and 15/03/2024 (line 2) counts.
    // 100002: 31/08/2024 ends 2023/24 and 01/09/2024 starts 2024/25, so both count.
    // 100003: two returns on 2024-02-01, the later line (9) counts. Order: year, then URN (numeric).
    expect(brief(r.records)).toEqual([
      ['2023/24', '012345', '2024-01-10', 7],
      ['2023/24', '100001', '2024-03-15', 2],
      ['2023/24', '100002', '2024-08-31', 5],
      ['2023/24', '100003', '2024-02-01', 9],
      ['2024/25', '100002', '2024-09-01', 6],
    ]);
    expect(brief(r.superseded)).toEqual([
      ['2023/24', '100001', '2023-10-01', 3],
      ['2023/24', '100001', '2023-12-01', 4],
      ['2023/24', '100003', '2024-02-01', 8],
    ]);
    expect(r.records[3]?.scores).toEqual(all(61));
    expect(r.summary).toMatchObject({
      kind: 'compass',
      layout: 'Compass export',
      yearBasis: 'completion date, in academic years 1 Sep-31 Aug',
      rowsRead: 8,
      rowsKept: 5,
      superseded: 3,
      years: ['2023/24', '2024/25'],
      excluded: [],
    });
    expect(r.summary.notes).toEqual([
      '3 earlier return(s) superseded: where an institution completed Compass more than once in an academic year, ' +
        'the latest completion counts.',
    ]);
  });

  it('keeps an empty score as null, not 0, with a located warning', async () => {
    const r = await read('returns.csv');
    expect(r.records.find((x) => x.urn === '100002' && x.year === '2023/24')?.scores).toEqual([
      100,
      0,
      12.5,
      null,
      50,
      50,
      50,
      50,
    ]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([
      {
        severity: 'warning',
        file: fixture('returns.csv'),
        line: 5,
        column: 'GB4',
        message: 'score is empty: kept as missing, not 0',
        expected: 'a percentage 0-100',
        found: '',
      },
    ]);
  });

  it('takes the year from an academic-year column when there is no date (a later line supersedes)', async () => {
    const r = await read('year-column.csv');
    expect(r.problems).toEqual([]);
    expect(brief(r.records)).toEqual([
      ['2022/23', '100001', null, 5],
      ['2023/24', '100001', null, 3],
      ['2023/24', '100002', null, 4],
    ]);
    expect(brief(r.superseded)).toEqual([['2022/23', '100001', null, 2]]);
    expect(r.summary.yearBasis).toBe('academic-year column');
  });

  it('prefers the date to the year column, warning when they disagree', async () => {
    const r = await read('date-and-year.csv');
    expect(brief(r.records)).toEqual([
      ['2022/23', '100002', null, 3],
      ['2023/24', '100001', '2023-10-01', 2],
    ]);
    expect(r.problems.map((p) => [p.severity, p.line, p.column, p.expected, p.found])).toEqual([
      ['warning', 2, 'academic year', '2023/24', '2022/23'],
      ['error', 4, 'date completed', 'a date as 2023-10-01 or 01/10/2023 (day/month/year)', undefined],
    ]);
  });

  it('reports every bad row with line, column, expectation and text', async () => {
    const r = await read('errors.csv');
    expect(errors(r).map((p) => [p.line, p.column, p.expected, p.found])).toEqual([
      [3, 'B3', 'a percentage 0-100', '140'],
      [4, 'completed', 'a date as 2023-10-01 or 01/10/2023 (day/month/year)', '31/02/2023'],
      [5, 'completed', 'a date as 2023-10-01 or 01/10/2023 (day/month/year)', '02/31/2023'], // US order is never read
      [6, 'B1', 'a percentage 0-100', 'abc'],
      [7, 'B8', 'a percentage 0-100', '-5'],
      [8, 'urn', 'a URN or UKPRN, digits only', 'ABC'],
      [9, undefined, '10 fields', '4 fields'],
      [10, 'completed', 'a date as 2023-10-01 or 01/10/2023 (day/month/year)', undefined],
    ]);
    expect(errors(r).map((p) => p.message)).toContain('score is outside 0-100');
    expect(r.records.map((x) => x.urn)).toEqual(['100001', '100009']);
    expect(r.summary).toMatchObject({
      rowsRead: 9,
      rowsKept: 2,
      excluded: [{ reason: 'rows with errors (see problems)', count: 7 }],
    });
  });

  it('lists all three bad rows of a file with three bad rows (score 140, date 31/02/2023, truncated row)', async () => {
    const r = await read('three-bad-rows.csv');
    expect(errors(r).map((p) => [p.line, p.column, p.found])).toEqual([
      [3, 'B3', '140'],
      [5, 'completed', '31/02/2023'],
      [7, undefined, '7 fields'],
    ]);
    expect(r.records.map((x) => x.urn)).toEqual(['100001', '100003', '100005']);
  });

  it('reports a benchmark header outside 1-8 at line 1 with its column, and still checks the rows', async () => {
    const r = await read('unknown-benchmark.csv');
    expect(errors(r).map((p) => [p.line, p.column, p.expected, p.found])).toEqual([
      [1, 'Benchmark 9', 'a Gatsby Benchmark 1-8', 'Benchmark 9'],
      [1, 'GB10', 'a Gatsby Benchmark 1-8', 'GB10'],
    ]);
    expect(r.records.map((x) => x.scores)).toEqual([all(50)]);
  });

  it('lists the missing benchmarks in one header error and reads no rows', async () => {
    const r = await read('missing-benchmarks.csv');
    expect(r.problems).toEqual([
      {
        severity: 'error',
        file: fixture('missing-benchmarks.csv'),
        line: 1,
        message: 'no column for Benchmark 7, 8',
        expected: 'a score column for each of Gatsby Benchmarks 1-8 (e.g. "B1" or "Benchmark 1 (%)")',
        found: 'no column for B7, B8',
      },
    ]);
    expect(r.records).toEqual([]);
    expect(r.summary.excluded).toEqual([{ reason: 'rows not read: required columns missing', count: 1 }]);
  });

  it('reports a semicolon-separated export at line 1 and reads nothing', async () => {
    const r = await read('semicolon.csv');
    expect(r.records).toEqual([]);
    expect(errors(r)[0]).toMatchObject({
      line: 1,
      message: 'the header has one column: the file is not comma-separated',
      found: '";"-separated',
    });
    expect(errors(r).every((p) => p.line === 1)).toBe(true);
  });
});

describe('benchmark headers', () => {
  it('recognise the accepted forms', () => {
    const forms: [string, number, boolean][] = [
      ['B1', 1, false],
      ['b 2', 2, false],
      ['GB3', 3, false],
      ['BM4', 4, false],
      ['Benchmark 5', 5, false],
      ['Benchmark 6 (%)', 6, true],
      ['Benchmark 7: Encounters with further and higher education', 7, false],
      ['gatsby_benchmark_8', 8, false],
      ['Gatsby Benchmark 8 score', 8, true],
      ['Benchmark 9', 9, false],
      ['GB10', 10, false],
    ];
    for (const [h, benchmark, isScore] of forms) expect(benchmarkOfHeader(h), h).toEqual({ benchmark, isScore });
  });

  it('leave other columns alone', () => {
    for (const h of ['B2B contacts', 'Benchmarks met', 'Band 2', 'urn', 'Year 11', 'b', 'Benchmark'])
      expect(benchmarkOfHeader(h), h).toBeUndefined();
  });

  it('prefer the score column when a benchmark has a percentage and a status column', () => {
    const log = new ProblemLog('f.csv');
    const header = ['urn', 'B1 achieved', 'B1 (%)', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8'];
    expect(locateBenchmarks(header, log, 1)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(log.problems).toEqual([]);
    const ambiguous = new ProblemLog('f.csv');
    expect(
      locateBenchmarks(['urn', 'B1', 'Benchmark 1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8'], ambiguous, 1),
    ).toBeUndefined();
    expect(ambiguous.problems).toMatchObject([{ line: 1, column: 'B1', found: '"B1", "Benchmark 1"' }]);
  });
});

describe('keepLatestReturns', () => {
  const ret = (urn: string, year: string, completed: string | null, line: number): CompassReturn => ({
    urn,
    year: year as AcademicYear,
    completed,
    scores: all(1),
    source: { file: 'f.csv', line },
  });

  it('counts a dated return as later than an undated one in the same year, whatever the line order', () => {
    const { kept, superseded } = keepLatestReturns([
      ret('1', '2023/24', '2023-10-01', 2),
      ret('1', '2023/24', null, 3),
    ]);
    expect(brief(kept)).toEqual([['2023/24', '1', '2023-10-01', 2]]);
    expect(brief(superseded)).toEqual([['2023/24', '1', null, 3]]);
  });

  it('gives the same result whatever the input order', () => {
    const input = [
      ret('99999', '2023/24', '2024-01-01', 2),
      ret('100000', '2022/23', '2023-01-01', 3),
      ret('99999', '2023/24', '2024-02-01', 4),
      ret('100000', '2023/24', '2023-09-01', 5),
    ];
    const a = keepLatestReturns(input);
    const b = keepLatestReturns([...input].reverse());
    expect(b).toEqual(a);
    expect(brief(a.kept)).toEqual([
      ['2022/23', '100000', '2023-01-01', 3],
      ['2023/24', '99999', '2024-02-01', 4],
      ['2023/24', '100000', '2023-09-01', 5],
    ]);
  });
});

describe('detect', () => {
  const detect = (header: string[]) => compassReader.detect(new Columns(header));
  it('recognises an export by its URN and benchmark columns, not other files', () => {
    expect(detect(['URN', 'Completion date', 'Benchmark 1 (%)', 'Benchmark 2 (%)'])).toBe(true);
    expect(detect(['urn', 'academic_year', 'GB1', 'GB2', 'GB3', 'GB4', 'GB5', 'GB6', 'GB7', 'GB8'])).toBe(true);
    expect(detect(['urn', 'name', 'la_code', 'type'])).toBe(false);
    expect(detect(['id', 'date', 'urn', 'type', 'students', 'benchmark'])).toBe(false);
  });
});
