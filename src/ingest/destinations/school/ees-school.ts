import { parseAcademicYear } from '../../../config/year.js';
import type { Figure } from '../../../model/missing.js';
import type { ProblemLog } from '../../../model/problem.js';
import {
  SCHOOL_MEASURES,
  type SchoolBreakdown,
  type SchoolDestination,
  type SchoolMeasure,
} from '../../../model/school-destination.js';
import type { AcademicYear } from '../../../model/year.js';
import { parseFigure } from '../../cells.js';
import type { Columns, CsvRow } from '../../csv-source.js';
import type { SummaryBuilder } from '../../summary.js';
import { memoByText } from '../../text-memo.js';
import { canonicalBreakdown } from '../labels.js';
import { eesFigure } from './cells.js';

const BREAKDOWNS: Readonly<Record<string, SchoolBreakdown>> = {
  Total: 'total',
  Disadvantaged: 'disadvantaged',
  'Not disadvantaged': 'not_disadvantaged',
  'Disadvantaged all other': 'not_disadvantaged',
};

export function isEesSchool(columns: Columns): boolean {
  return columns.has('school_urn') && columns.has('time_period') && columns.has('data_type');
}

interface Draft extends Omit<SchoolDestination, 'counts' | 'pcts'> {
  readonly counts: Partial<Record<SchoolMeasure, Figure>>;
  readonly pcts: Partial<Record<SchoolMeasure, Figure>>;
}

/** What folding a file's rows shares: its columns, drafts and log, and the parses remembered per distinct text. */
export interface EesFold {
  readonly file: string;
  readonly columns: Columns;
  readonly drafts: Map<string, Draft>;
  readonly log: ProblemLog;
  readonly summary: SummaryBuilder;
  readonly breakdown: (label: string) => string;
  readonly figure: (text: string) => ReturnType<typeof parseFigure>;
  /** One string per distinct URN, LA code and cohort: each school has up to 24 records (8 cohorts, 3 groups). */
  readonly shared: (text: string) => string;
  readonly cohort: (period: string) => AcademicYear | undefined;
}

export function eesFold(file: string, columns: Columns, log: ProblemLog, summary: SummaryBuilder): EesFold {
  const drafts = new Map<string, Draft>();
  return {
    file,
    columns,
    drafts,
    log,
    summary,
    breakdown: memoByText(canonicalBreakdown),
    figure: memoByText(parseFigure),
    shared: memoByText((text) => text),
    cohort: memoByText((period) => (/^\d{6}$/.test(period) ? parseAcademicYear(period) : undefined)),
  };
}

/**
 * Folds one EES row (school × breakdown × data type) into the school's record for that cohort and breakdown.
 * time_period is the KS4 cohort year, as in the LEO-based `ees_ks4_*` files of the 2023/24 release.
 */
export function foldEesRow(fold: EesFold, row: CsvRow): void {
  const { file, columns, drafts, log, summary } = fold;
  const cell = (name: string) => {
    const k = columns.find(name);
    return k === undefined ? '' : (row.cells[k] ?? '').trim();
  };
  const level = cell('geographic_level').toLowerCase();
  if (level !== 'school') {
    summary.exclude(`geographic_level "${cell('geographic_level')}" rows (only School rows are read here)`);
    return;
  }
  const breakdown = BREAKDOWNS[fold.breakdown(cell('breakdown'))];
  if (!breakdown) {
    summary.exclude(`breakdown "${cell('breakdown')}" rows (Total and disadvantage status are read)`);
    return;
  }
  const dataType = cell('data_type').toLowerCase();
  const pct = dataType === 'percentage';
  if (!pct && !/^number of (pupils|students)$/.test(dataType)) {
    log.error({
      line: row.line,
      column: 'data_type',
      expected: '"Number of students", "Number of pupils" or "Percentage"',
      found: cell('data_type'),
      message: 'unknown data_type',
    });
    return;
  }
  const period = cell('time_period');
  const cohortYear = fold.cohort(period);
  const urn = cell('school_urn');
  if (!cohortYear || !/^\d{6,7}$/.test(urn)) {
    const [column, found, expected] = cohortYear
      ? ['school_urn', urn, 'a 6-digit URN']
      : ['time_period', period, 'an EES academic year code such as 202223'];
    log.error({ line: row.line, column, expected, found, message: `${column} is not readable` });
    return;
  }
  const key = `${urn}|${cohortYear}|${breakdown}`;
  let draft = drafts.get(key);
  if (!draft) {
    const group = cell('institution_group').toLowerCase();
    const kind = group.includes('special') ? 'special' : group.includes('mainstream') ? 'mainstream' : 'other';
    const laCode = fold.shared(cell('new_la_code') || cell('old_la_code'));
    const school = fold.shared(urn);
    draft = {
      cohortYear,
      urn: school,
      laCode,
      kind,
      breakdown,
      counts: {},
      pcts: {},
      source: { file, line: row.line },
    };
    drafts.set(key, draft);
  }
  const target = pct ? draft.pcts : draft.counts;
  for (const m of SCHOOL_MEASURES) {
    if (pct && m === 'cohort') continue;
    const k = columns.find(m);
    if (k === undefined) continue;
    const v = figureAt(fold, row.cells[k] ?? '', pct, row.line, k);
    if (v !== undefined) target[m] = v;
  }
  if (pct && draft.counts.cohort === undefined) {
    const c = columns.find('cohort');
    const v = c === undefined ? undefined : figureAt(fold, row.cells[c] ?? '', false, row.line, c, 'cohort');
    if (v !== undefined) draft.counts.cohort = v;
  }
}

/** An EES figure checked as a count or a percentage: a well-formed one without building the error's location. */
function figureAt(fold: EesFold, text: string, pct: boolean, line: number, k: number, column?: string) {
  const v = fold.figure(text);
  if (typeof v === 'number' && (pct ? v >= 0 && v <= 100 : Number.isInteger(v) && v >= 0)) return v;
  return eesFigure(text, pct, { log: fold.log, line, column: column ?? fold.columns.name(k) }, () => v);
}

export type { Draft as EesDraft };
