import { ACCEPTED_YEAR_FORMS, parseAcademicYear } from '../config/year.js';
import type { ProblemLog } from '../model/problem.js';
import type { InstitutionType } from '../model/records.js';
import { type AcademicYear, academicYearOfDate } from '../model/year.js';
import { DATE_FORMS, parseDate, parseNumber, parseYesNo } from './cells.js';
import { registerType } from './institution-types.js';

/** Where a cell is, for its problems. */
export interface CellAt {
  readonly log: ProblemLog;
  readonly line: number;
  readonly column: string;
}

/**
 * Cell parsers for the institutions register. Each logs its own located error and returns a placeholder,
 * so a row is checked in full (every bad cell reported) and the caller drops it when errors were logged.
 */

/** The LA code as written: the old 3-digit number (e.g. 202) or the new 9-character E-code (E09000007). */
export function laCodeCell(text: string, at: CellAt): string {
  if (/^\d{3}$/.test(text) || /^E\d{8}$/i.test(text)) return text;
  at.log.error({
    line: at.line,
    column: at.column,
    message: text ? 'not an LA code' : 'LA code is empty',
    expected: 'an old 3-digit LA code (202) or a new LA code (E09000007)',
    found: text,
  });
  return text;
}

export function typeCell(text: string, at: CellAt): InstitutionType {
  const type = registerType(text);
  if (type) return type;
  at.log.error({
    line: at.line,
    column: at.column,
    message: text ? 'unknown institution type' : 'institution type is empty',
    expected:
      'mainstream, special, alternative provision, FE college, sixth-form college or other, or a common spelling ' +
      'of one',
    found: text,
  });
  return 'other';
}

/** Pupils on roll; empty means not known, which is null and never 0. */
export function pupilsCell(text: string, at: CellAt): number | null {
  if (text === '') return null;
  const n = parseNumber(text);
  if (n !== undefined && Number.isInteger(n) && n >= 0) return n;
  at.log.error({
    line: at.line,
    column: at.column,
    message: 'not a number of pupils',
    expected: 'a whole number 0 or more, or empty when not known',
    found: text,
  });
  return null;
}

/** Eligibility for hub membership; empty means yes, because registers list the institutions a hub may recruit. */
export function eligibleCell(text: string, at: CellAt): boolean {
  if (text === '') return true;
  const yes = parseYesNo(text);
  if (yes !== undefined) return yes;
  at.log.error({
    line: at.line,
    column: at.column,
    message: 'not a yes/no value',
    expected: 'yes or no (empty = yes)',
    found: text,
  });
  return true;
}

/**
 * The academic year an institution joined its hub: from a date (1 Sep-31 Aug) or an academic year; empty = not a
 * member.
 */
export function joinedCell(text: string, at: CellAt): AcademicYear | null {
  if (text === '') return null;
  const date = parseDate(text);
  if (date) return academicYearOfDate(date);
  const year = parseAcademicYear(text);
  if (year) return year;
  at.log.error({
    line: at.line,
    column: at.column,
    message: 'not a date or academic year',
    expected: `${DATE_FORMS}, or an academic year: ${ACCEPTED_YEAR_FORMS}; empty = not a member`,
    found: text,
  });
  return null;
}
