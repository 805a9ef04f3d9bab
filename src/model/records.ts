import type { Figure, MissingSymbol } from './missing.js';
import type { Problem } from './problem.js';
import type { SchoolDestination } from './school-destination.js';
import type { SourceRef } from './source-ref.js';
import type { AcademicYear } from './year.js';

export type { SourceRef } from './source-ref.js';

export type InputKind = 'institutions' | 'compass' | 'destinations' | 'neet' | 'activities';
export const INPUT_KINDS: readonly InputKind[] = ['institutions', 'compass', 'destinations', 'neet', 'activities'];

/** What a file given to `validate` can be: a tabular input, or a survey export (SurveyMonkey, Qualtrics, Forms). */
export type GivenKind = InputKind | 'survey';
export const GIVEN_KINDS: readonly GivenKind[] = [...INPUT_KINDS, 'survey'];

export type InstitutionType =
  | 'mainstream'
  | 'special'
  | 'alternative_provision'
  | 'fe_college'
  | 'sixth_form_college'
  | 'other';
export const INSTITUTION_TYPES: readonly InstitutionType[] = [
  'mainstream',
  'special',
  'alternative_provision',
  'fe_college',
  'sixth_form_college',
  'other',
];

export interface Institution {
  /** Unique reference number as text: leading zeros are kept. */
  readonly urn: string;
  readonly name: string;
  /** The LA code as written (old 3-digit or new E-code); resolve to a hub through the config. */
  readonly laCode: string;
  readonly type: InstitutionType;
  readonly pupils: number | null;
  readonly eligible: boolean;
  /** The academic year the institution joined its hub; null = not a member. */
  readonly joined: AcademicYear | null;
  /** The register's `cluster` column: the groups the institution belongs to (empty or absent: none). */
  readonly clusters?: readonly string[];
  readonly source: SourceRef;
}

export const BENCHMARK_COUNT = 8;

export interface CompassReturn {
  readonly urn: string;
  /** ISO date of completion, when the export gives one. */
  readonly completed: string | null;
  readonly year: AcademicYear;
  /** Percentage score 0-100 for Gatsby Benchmarks 1..8 (index 0 = B1); null when the cell is empty. */
  readonly scores: readonly (number | null)[];
  readonly source: SourceRef;
}

export type GeographicLevel = 'national' | 'regional' | 'local_authority' | 'local_authority_district';

/** One row of a DfE KS4 destination measures file, normalised across layouts. */
export interface DestinationRow {
  /** The KS4 cohort year (pupils finishing KS4 in this year); the destination year is the one after. */
  readonly cohortYear: AcademicYear;
  readonly level: GeographicLevel;
  /** E92/E12/E09/E06/E07/E08/E10 code of the area. */
  readonly areaCode: string;
  readonly areaName: string;
  /** Old 3-digit LA code where the file gives one. */
  readonly oldLaCode: string | null;
  readonly institutionGroup: string;
  readonly institutionType: string;
  readonly breakdownTopic: string;
  readonly breakdown: string;
  readonly dataType: 'count' | 'pct';
  readonly version: string | null;
  /**
   * Measure columns by their DfE name (cohort, overall, education, appren, all_work, all_notsust, all_unknown, ...).
   */
  readonly values: Readonly<Record<string, Figure>>;
  /** True when `overall` was absent and derived as education + appren + all_work. */
  readonly overallDerived: boolean;
  readonly source: SourceRef;
}

/** One row of the NCCIS 16-17 NEET and not known LA file. */
export interface NeetRow {
  /** NCCIS year: the Dec-Feb average ending in `time_period` belongs to this academic year. */
  readonly year: AcademicYear;
  readonly level: 'national' | 'regional' | 'local_authority';
  readonly areaCode: string;
  readonly oldLaCode: string | null;
  readonly areaName: string;
  /** Average 16-17 cohort known to the LA, Dec-Feb. */
  readonly cohort: Figure;
  readonly neetPct: Figure;
  readonly notKnownPct: Figure;
  readonly neetOrNotKnownPct: Figure;
  readonly source: SourceRef;
}

export type ActivityType = 'employer_encounter' | 'workplace_experience' | 'teacher_cpd' | 'other';
export const ACTIVITY_TYPES: readonly ActivityType[] = [
  'employer_encounter',
  'workplace_experience',
  'teacher_cpd',
  'other',
];

/** `sme`: recorded only as an SME (fewer than 250 employees), without saying micro, small or medium. */
export type EmployerSize = 'micro' | 'small' | 'medium' | 'sme' | 'large' | 'unknown';
export const SME_SIZES: readonly EmployerSize[] = ['micro', 'small', 'medium', 'sme'];

export interface Activity {
  readonly id: string;
  readonly date: string;
  readonly year: AcademicYear;
  readonly urn: string;
  readonly type: ActivityType;
  /** The label as written in the log, before mapping. */
  readonly label: string;
  readonly students: number | null;
  readonly teachers: number | null;
  readonly employerId: string | null;
  readonly employerName: string | null;
  readonly employerSize: EmployerSize;
  readonly strand: string | null;
  readonly benchmark: number | null;
  /** What the activity delivered, by its label: an employer-led project, or a work placement; null: neither. */
  readonly output?: ActivityOutput | null;
  /** The group (hub or cluster id) the log says delivered it; null or absent: not said. */
  readonly group?: string | null;
  /**
   * The employer declared the activity benefited it (an SME declaration of benefit); null or absent: the log has
   * no declaration column, so whether it did is not recorded (not the same as no).
   */
  readonly smeDeclaration?: boolean | null;
  readonly source: SourceRef;
}

/** Outputs a programme reports by count: employer-led projects, and work placements (students placed). */
export type ActivityOutput = 'project' | 'placement';

/** Per-file facts `validate` prints and the report's methodology and data-quality annex reuse. */
export interface FileSummary {
  readonly file: string;
  readonly kind: InputKind;
  readonly layout: string;
  /** SHA-256 of the file's bytes, for the provenance annex. */
  readonly sha256: string;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  readonly rowsRead: number;
  readonly rowsKept: number;
  readonly years: AcademicYear[];
  /** How the file's year column was read, e.g. "time_period = destination year; cohort = year before". */
  readonly yearBasis?: string;
  readonly areas?: string[];
  readonly suppressed: Partial<Record<MissingSymbol, number>>;
  readonly superseded: number;
  readonly excluded: { readonly reason: string; readonly count: number }[];
  readonly notes: string[];
}

export interface ReadResult<T> {
  readonly summary: FileSummary;
  readonly records: T[];
  /** Records replaced by a later one (e.g. an earlier Compass return in the same year): reported, not lost. */
  readonly superseded: T[];
  readonly problems: Problem[];
  /** URN-keyed files: every URN read, with the line it first appears on (kept even when records stream past). */
  readonly urnLines?: ReadonlyMap<string, number>;
  /** Destination files by school: the school rows (kept apart from the area rows in `records`). */
  readonly schools?: readonly SchoolDestination[];
}

/** The record type each kind of input is read into. */
export interface RecordsByKind {
  institutions: Institution;
  compass: CompassReturn;
  destinations: DestinationRow;
  neet: NeetRow;
  activities: Activity;
}
