import type { Figure } from './missing.js';
import type { SourceRef } from './source-ref.js';
import type { AcademicYear } from './year.js';

/** Destination counts read for every school, by their DfE EES names. */
export const SCHOOL_MEASURES = [
  'cohort',
  'overall',
  'education',
  'appren',
  'all_work',
  'all_notsust',
  'all_unknown',
] as const;
export type SchoolMeasure = (typeof SCHOOL_MEASURES)[number];

export type SchoolBreakdown = 'total' | 'disadvantaged' | 'not_disadvantaged';
export const SCHOOL_BREAKDOWNS: readonly SchoolBreakdown[] = ['total', 'disadvantaged', 'not_disadvantaged'];

/** The two published shapes of KS4 destinations by school. */
export type SchoolDestinationLayout =
  /** EES open data `ees_ks4_inst_<yyyy>.csv`: geographic_level School, one row per school × breakdown × data type. */
  | 'ees-school'
  /** School performance tables download `england_ks4-pupdest.csv`: one row per school, no year column. */
  | 'performance-tables';

/** One school's KS4 destinations for one cohort and pupil group. */
export interface SchoolDestination {
  readonly cohortYear: AcademicYear;
  readonly urn: string;
  /** The LA code as written: old 3-digit (performance tables) or E-code (EES). */
  readonly laCode: string;
  readonly kind: 'mainstream' | 'special' | 'other';
  readonly breakdown: SchoolBreakdown;
  /** Counts of pupils; a suppressed or not applicable cell stays its symbol, never 0. */
  readonly counts: Readonly<Partial<Record<SchoolMeasure, Figure>>>;
  /** Published percentages (0-100), where the file gives them. */
  readonly pcts: Readonly<Partial<Record<SchoolMeasure, Figure>>>;
  readonly source: SourceRef;
}

/**
 * A school's rate (0-100) for a measure: count / cohort when both are numbers, else the published percentage;
 * undefined when neither is known (a suppressed figure is never read as 0).
 */
export function schoolRate(row: SchoolDestination, measure: SchoolMeasure): number | undefined {
  const n = row.counts[measure];
  const d = row.counts.cohort;
  if (typeof n === 'number' && typeof d === 'number' && d > 0) return (100 * n) / d;
  const p = row.pcts[measure];
  return typeof p === 'number' ? p : undefined;
}
