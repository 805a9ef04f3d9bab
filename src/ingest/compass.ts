import { ACCEPTED_YEAR_FORMS, parseAcademicYear } from '../config/year.js';
import { ProblemLog } from '../model/problem.js';
import type { CompassReturn, ReadResult } from '../model/records.js';
import { type AcademicYear, academicYearOfDate } from '../model/year.js';
import { DATE_FORMS, parseDate, parsePercent } from './cells.js';
import { hasBenchmarkColumns, locateBenchmarks } from './compass-columns.js';
import { keepLatestReturns } from './compass-supersession.js';
import { Columns, type CsvRow, openCsv } from './csv-source.js';
import type { Reader } from './reader.js';
import { SummaryBuilder } from './summary.js';
import { parseUrn, URN_FORM } from './urn.js';

const URN = ['urn', 'school urn', 'institution urn', 'ukprn'];
const DATE = [
  'completed',
  'completion date',
  'date completed',
  'completed date',
  'completed on',
  'date of completion',
  'completion_date',
  'submitted',
  'date submitted',
  'submission date',
  'assessment date',
  'date',
];
const YEAR = ['academic year', 'academic_year', 'year'];
const ROWS_WITH_ERRORS = 'rows with errors (see problems)';
const PERCENT = 'a percentage 0-100';

/**
 * A Compass (CEC self-assessment) export: one row per completed assessment with the URN, the completion
 * date (or an academic-year column) and a percentage score for each of the 8 Gatsby Benchmarks.
 */
export const compassReader: Reader<CompassReturn> = {
  kind: 'compass',
  detect: (columns) => columns.has(...URN) && hasBenchmarkColumns(columns.header),
  read: readCompass,
};

interface CompassColumns {
  readonly urn: number;
  readonly date: number | undefined;
  readonly year: number | undefined;
  readonly benchmarks: readonly number[];
}

async function readCompass(file: string): Promise<ReadResult<CompassReturn>> {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const summary = new SummaryBuilder('compass', csv);
  summary.layout = 'Compass export';
  const columns = new Columns(csv.header, log);
  const located = csv.header.length ? locate(columns, log) : undefined;
  if (located) describeYearBasis(summary, located);
  const returns: CompassReturn[] = [];
  for await (const row of csv.rows) {
    summary.rowsRead++;
    if (!located || row.cells.every((c) => c.trim() === '')) {
      summary.exclude(located ? 'blank rows' : 'rows not read: required columns missing');
      continue;
    }
    const mark = log.problems.length;
    const r = readRow(row, located, columns, log, file);
    if (r === undefined || hasErrorsSince(log, mark)) summary.exclude(ROWS_WITH_ERRORS);
    else returns.push(r);
  }
  const { kept, superseded } = keepLatestReturns(returns);
  for (const r of kept) summary.year(r.year);
  summary.rowsKept = kept.length;
  summary.superseded = superseded.length;
  if (superseded.length)
    summary.note(
      `${superseded.length} earlier return(s) superseded: where an institution completed Compass more than once in ` +
        `an academic year, the latest completion counts.`,
    );
  return { summary: summary.build(), records: kept, superseded, problems: log.problems };
}

function locate(columns: Columns, log: ProblemLog): CompassColumns | undefined {
  const urn = columns.require(log, 1, 'urn', ...URN);
  const date = columns.find(...DATE);
  const year = columns.find(...YEAR);
  if (date === undefined && year === undefined) {
    log.error({
      line: 1,
      message: 'required column for the completion date or academic year not found in the header',
      expected: [...DATE, ...YEAR].map((a) => `"${a}"`).join(' or '),
      found: columns.header.join(','),
    });
  }
  const benchmarks = locateBenchmarks(columns.header, log, 1);
  if (urn === undefined || (date === undefined && year === undefined) || benchmarks === undefined) return undefined;
  return { urn, date, year, benchmarks };
}

function describeYearBasis(summary: SummaryBuilder, c: CompassColumns): void {
  summary.yearBasis =
    c.date === undefined
      ? 'academic-year column'
      : c.year === undefined
        ? 'completion date, in academic years 1 Sep-31 Aug'
        : 'completion date, in academic years 1 Sep-31 Aug; the academic-year column where the date is empty';
}

function readRow(
  row: CsvRow,
  c: CompassColumns,
  columns: Columns,
  log: ProblemLog,
  file: string,
): CompassReturn | undefined {
  const cell = (k: number) => (row.cells[k] ?? '').trim();
  const urnText = cell(c.urn);
  const urn = parseUrn(urnText);
  if (urn === undefined)
    log.error({
      line: row.line,
      column: columns.name(c.urn),
      message: urnText ? 'not a URN' : 'URN is empty',
      expected: URN_FORM,
      found: urnText,
    });
  const when = yearOf(row, c, columns, log);
  const scores = c.benchmarks.map((k) => scoreOf(cell(k), row.line, columns.name(k), log));
  if (urn === undefined || when === undefined) return undefined;
  return { urn, completed: when.completed, year: when.year, scores, source: { file, line: row.line } };
}

/** The return's academic year: from the completion date when there is one, else from the year column. */
function yearOf(
  row: CsvRow,
  c: CompassColumns,
  columns: Columns,
  log: ProblemLog,
): { completed: string | null; year: AcademicYear } | undefined {
  const dateText = c.date === undefined ? '' : (row.cells[c.date] ?? '').trim();
  const yearText = c.year === undefined ? '' : (row.cells[c.year] ?? '').trim();
  const stated = yearText ? parseAcademicYear(yearText) : undefined;
  if (c.year !== undefined && yearText && !stated)
    log.error({
      line: row.line,
      column: columns.name(c.year),
      message: 'not an academic year',
      expected: ACCEPTED_YEAR_FORMS,
      found: yearText,
    });
  if (dateText) {
    const completed = parseDate(dateText);
    if (!completed) {
      log.error({
        line: row.line,
        column: columns.name(c.date ?? 0),
        message: 'not a valid date',
        expected: DATE_FORMS,
        found: dateText,
      });
      return undefined;
    }
    const year = academicYearOfDate(completed);
    if (stated && stated !== year)
      log.warn({
        line: row.line,
        column: columns.name(c.year ?? 0),
        message: `the completion date ${completed} falls in ${year}, which is used`,
        expected: year,
        found: yearText,
      });
    return { completed, year };
  }
  if (stated) return { completed: null, year: stated };
  if (!yearText)
    log.error({
      line: row.line,
      column: columns.name(c.date ?? c.year ?? 0),
      message: 'no completion date or academic year',
      expected: c.date === undefined ? ACCEPTED_YEAR_FORMS : DATE_FORMS,
    });
  return undefined;
}

/** A benchmark score 0-100; empty is a missing score (null, never 0), worth a warning. */
function scoreOf(text: string, line: number, column: string, log: ProblemLog): number | null {
  if (text === '') {
    log.warn({ line, column, message: 'score is empty: kept as missing, not 0', expected: PERCENT, found: '' });
    return null;
  }
  const n = parsePercent(text);
  if (n !== undefined && n >= 0 && n <= 100) return n;
  log.error({
    line,
    column,
    message: n === undefined ? 'score is not a number' : 'score is outside 0-100',
    expected: PERCENT,
    found: text,
  });
  return null;
}

/**
 * Whether errors were logged after `mark` (log.errorCount rescans every problem, which is quadratic over a big bad
 * file).
 */
function hasErrorsSince(log: ProblemLog, mark: number): boolean {
  return log.problems.slice(mark).some((p) => p.severity === 'error');
}
