import type { MeasureId } from './measures/index.js';
import type { AcademicYear } from './year.js';

/** A target or KPI from the config. */
export interface Target {
  readonly measure: MeasureId;
  /** A hub id or `all`. */
  readonly hub: string;
  /** The metric row's breakdown the target is on (`all` for most headline measures). */
  readonly breakdown: string;
  /** The academic year by which the target is to be reached. */
  readonly year: AcademicYear;
  readonly value: number;
  readonly direction: 'at least' | 'at most';
  /** Who set it, e.g. "Mayor's careers action plan". */
  readonly source: string;
}
