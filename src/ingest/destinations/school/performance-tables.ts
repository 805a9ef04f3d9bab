import type { Figure } from '../../../model/missing.js';
import type { ProblemLog } from '../../../model/problem.js';
import {
  SCHOOL_BREAKDOWNS,
  type SchoolBreakdown,
  type SchoolDestination,
  type SchoolMeasure,
} from '../../../model/school-destination.js';
import type { AcademicYear } from '../../../model/year.js';
import type { Columns, CsvRow } from '../../csv-source.js';
import type { SummaryBuilder } from '../../summary.js';
import { tablesFigure } from './cells.js';

/** The performance tables' count column for each measure (`EMPLOYMENT` is EES `all_work`). */
const COUNT_COLUMNS: Readonly<Record<SchoolMeasure, string>> = {
  cohort: 'COHORT',
  overall: 'OVERALL_DEST',
  education: 'EDUCATION',
  appren: 'APPREN',
  all_work: 'EMPLOYMENT',
  all_notsust: 'NOT_SUSTAINED',
  all_unknown: 'UNKNOWN',
};
const SUFFIX: Readonly<Record<SchoolBreakdown, string>> = {
  total: '',
  disadvantaged: '_DIS',
  not_disadvantaged: '_NONDIS',
};
/** RECTYPE 1 = mainstream school, 2 = special school; LA and NAT are totals, left out (they are sums of schools). */
const RECTYPES: Readonly<Record<string, SchoolDestination['kind']>> = { '1': 'mainstream', '2': 'special' };

export function isPerformanceTables(columns: Columns): boolean {
  return columns.has('RECTYPE') && columns.has('URN') && columns.has('LEA') && columns.has('OVERALL_DEST');
}

/** Reads one school row into a record per pupil group; `cohort` is the KS4 year the config gives the file. */
export function tablesRows(
  file: string,
  columns: Columns,
  row: CsvRow,
  cohort: AcademicYear,
  log: ProblemLog,
  summary: SummaryBuilder,
): SchoolDestination[] {
  const cell = (name: string) => {
    const k = columns.find(name);
    return k === undefined ? undefined : (row.cells[k] ?? '');
  };
  const rectype = (cell('RECTYPE') ?? '').trim().toUpperCase();
  const kind = RECTYPES[rectype];
  if (!kind) {
    summary.exclude(`RECTYPE ${rectype || '(empty)'} rows (area totals, not schools)`);
    return [];
  }
  const urn = (cell('URN') ?? '').trim();
  if (!/^\d{6,7}$/.test(urn)) {
    log.error({ line: row.line, column: 'URN', expected: 'a 6-digit URN', found: urn, message: 'URN is not a URN' });
    return [];
  }
  const laCode = (cell('LEA') ?? '').trim();
  const errorsBefore = log.errorCount;
  const out = SCHOOL_BREAKDOWNS.map((breakdown) => {
    const counts: Partial<Record<SchoolMeasure, Figure>> = {};
    const pcts: Partial<Record<SchoolMeasure, Figure>> = {};
    for (const [measure, base] of Object.entries(COUNT_COLUMNS) as [SchoolMeasure, string][]) {
      const countColumn = `${base}${SUFFIX[breakdown]}`;
      const pctColumn = `${base}PER${SUFFIX[breakdown]}`;
      const c = cell(countColumn);
      const p = measure === 'cohort' ? undefined : cell(pctColumn);
      const cv = c === undefined ? undefined : tablesFigure(c, false, { log, line: row.line, column: countColumn });
      const pv = p === undefined ? undefined : tablesFigure(p, true, { log, line: row.line, column: pctColumn });
      if (cv !== undefined) counts[measure] = cv;
      if (pv !== undefined) pcts[measure] = pv;
    }
    return { cohortYear: cohort, urn, laCode, kind, breakdown, counts, pcts, source: { file, line: row.line } };
  });
  return log.errorCount > errorsBefore ? [] : out;
}
