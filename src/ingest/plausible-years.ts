import type { Problem } from '../model/problem.js';
import type { Activity, FileSummary, InputKind, ReadResult, RecordsByKind } from '../model/records.js';
import { type AcademicYear, academicYear, startYearOf } from '../model/year.js';

/**
 * The years a period or date in an input may fall in: from 1990/91 (before any source read here was published;
 * a 1900 is a typing slip or a spreadsheet's empty date) to two years after the later of the reporting year and
 * today's (a file dated ahead of its time is a slip too: a 2099 or a 3021). Without today's year (a library call
 * with no clock) only the first year is checked.
 */
export interface YearWindow {
  readonly first: AcademicYear;
  readonly last: AcademicYear | undefined;
}

export const FIRST_PLAUSIBLE_YEAR = academicYear(1990);

export function plausibleYears(today: AcademicYear | undefined, reporting?: AcademicYear): YearWindow {
  if (today === undefined) return { first: FIRST_PLAUSIBLE_YEAR, last: undefined };
  const latest = Math.max(startYearOf(today), reporting === undefined ? 0 : startYearOf(reporting));
  return { first: FIRST_PLAUSIBLE_YEAR, last: academicYear(latest + 2) };
}

function outside(year: AcademicYear, w: YearWindow): boolean {
  const y = startYearOf(year);
  return y < startYearOf(w.first) || (w.last !== undefined && y > startYearOf(w.last));
}

const span = (w: YearWindow) => (w.last ? `from ${w.first} to ${w.last}` : `${w.first} or later`);

/** What each kind's year is, where it sits in the file, and how it was written. */
type YearOf<T> = (r: T) => { year: AcademicYear | null; column: string; found: string; what: string };

const YEAR_OF: { [K in InputKind]: YearOf<RecordsByKind[K]> } = {
  // NCCIS time_period is the calendar year the Dec-Feb average ends in: academic year 2022/23 = 2023.
  neet: (r) => ({ year: r.year, column: 'time_period', found: String(startYearOf(r.year) + 1), what: 'NEET period' }),
  destinations: (r) => ({ year: r.cohortYear, column: 'time_period', found: r.cohortYear, what: 'KS4 cohort' }),
  institutions: (r) => ({ year: r.joined, column: 'joined', found: r.joined ?? '', what: 'year joined' }),
  compass: (r) => ({
    year: r.year,
    column: r.completed ? 'date' : 'year',
    found: r.completed ?? r.year,
    what: 'return',
  }),
  activities: (r) => ({ year: r.year, column: 'date', found: r.date, what: 'activity date' }),
};

function problemOf<K extends InputKind>(kind: K, r: RecordsByKind[K], w: YearWindow): Problem | undefined {
  const { year, column, found, what } = YEAR_OF[kind](r);
  if (year === null || !outside(year, w)) return undefined;
  return {
    severity: 'error',
    file: r.source.file,
    line: r.source.line,
    column,
    expected: `an academic year ${span(w)}`,
    found,
    message: `the ${what} falls in ${year}, outside the plausible years`,
  };
}

/** The file's records with an implausible year taken out, each reported as an error at its row. */
export function withPlausibleYears<K extends InputKind>(
  kind: K,
  result: ReadResult<RecordsByKind[K]>,
  w: YearWindow,
): ReadResult<RecordsByKind[K]> {
  const problems: Problem[] = [];
  const records = result.records.filter((r) => {
    const p = problemOf(kind, r, w);
    if (p) problems.push(p);
    return p === undefined;
  });
  if (!problems.length) return result;
  return {
    ...result,
    records,
    summary: withoutImplausible(result.summary, problems.length, w),
    problems: [...result.problems, ...problems].sort(byLine),
  };
}

export const IMPLAUSIBLE_YEAR_ROWS = 'rows with an implausible year (see problems)';

/**
 * The file's summary once `count` rows were taken out for their year: not kept but excluded, and their years (all
 * outside the window, so no kept row has them) not listed among the file's years.
 */
export function withoutImplausible(summary: FileSummary, count: number, w: YearWindow): FileSummary {
  if (count === 0) return summary;
  const excluded = new Map(summary.excluded.map((e) => [e.reason, e.count]));
  excluded.set(IMPLAUSIBLE_YEAR_ROWS, (excluded.get(IMPLAUSIBLE_YEAR_ROWS) ?? 0) + count);
  return {
    ...summary,
    rowsKept: summary.rowsKept - count,
    years: summary.years.filter((y) => !outside(y, w)),
    excluded: [...excluded]
      .map(([reason, n]) => ({ reason, count: n }))
      .sort((a, b) => a.reason.localeCompare(b.reason, 'en')),
  };
}

/** Wraps an activity sink so an activity dated outside the window is reported (`report`) and not counted. */
export function plausibleActivities(
  sink: (a: Activity) => void,
  w: YearWindow,
  report: (p: Problem) => void,
): (a: Activity) => void {
  // Millions of rows share a few years: each year is checked once.
  const implausible = new Map<AcademicYear, boolean>();
  return (a) => {
    let out = implausible.get(a.year);
    if (out === undefined) {
      out = outside(a.year, w);
      implausible.set(a.year, out);
    }
    const p = out ? problemOf('activities', a, w) : undefined;
    if (p) report(p);
    else sink(a);
  };
}

const byLine = (a: Problem, b: Problem) => (a.line ?? 0) - (b.line ?? 0);
