import type { Closeness } from '../model/closeness.js';
import type { ActivityType, InputKind } from '../model/records.js';
import type { QuestionOptions, SurveyPlacement } from '../model/survey.js';
import type { Target } from '../model/target.js';
import type { AcademicYear } from '../model/year.js';
import type { EvaluationConfig } from './evaluation.js';
import type { GroupConfig, StrandConfig } from './groups.js';

export interface LocalAuthority {
  /** Old 3-digit DfE LA code, e.g. 202. */
  readonly oldCode: string;
  /** ONS code, e.g. E09000007. */
  readonly newCode: string;
  readonly name: string;
}

export interface HubConfig {
  readonly id: string;
  readonly name: string;
  readonly lead: string;
  /** The academic year the hub started work (London: 2021/22); KS4 cohorts before it measure the area. */
  readonly started?: AcademicYear;
  readonly localAuthorities: readonly LocalAuthority[];
}

export interface ReportMeta {
  readonly title: string;
  readonly subtitle: string;
  readonly authors: readonly string[];
  readonly organisation: string;
  /** Publication date as printed on the cover, e.g. "February 2025"; never taken from the clock. */
  readonly date: string;
  readonly logo: string | null;
  /** Page furniture printed on the cover and in the colophon of every edition. */
  readonly version: string;
  /** Publication status, e.g. "Official statistics in development" (the default). */
  readonly status: string;
  /** The reuse licence statement; default the Open Government Licence v3.0. */
  readonly licence: string;
  /** Who to contact about the report (an email address or a team); empty: none printed. */
  readonly contact: string;
  /** The accessibility statement printed as the report's last page; empty: the default statement. */
  readonly accessibility: string;
}

export interface SdcConfig {
  /** Counts of people below this are suppressed (`c`). */
  readonly threshold: number;
  /** Published counts of people are rounded to the nearest multiple of this. */
  readonly rounding: number;
  /** Hub figures built from fewer institutions than this are suppressed. */
  readonly minInstitutions: number;
  /** Decimal places of published rates under disclosure control, so counts cannot be recovered from them. */
  readonly rateDecimals: number;
}

export interface DestinationsConfig {
  readonly institutionGroup: string;
  /** Compute a hub rate from its other LAs when one LA cell is suppressed (the note says so). */
  readonly poolAroundSuppressed: boolean;
  /** KS4 cohorts to report (first and last); null = every cohort with local rows up to the reporting year. */
  readonly cohorts: { readonly from: AcademicYear; readonly to: AcademicYear } | null;
}

export interface ActivitiesConfig {
  /** Extra or overriding label -> type mappings, keyed by lower-case label. */
  readonly labels: Readonly<Record<string, ActivityType>>;
  /** SMEs with at least this many activities count as meeting the threshold (GLA Strand 2 rule: 3). */
  readonly smeThreshold: number;
}

export interface NarrativeConfig {
  readonly foreword: string | null;
  readonly acknowledgements: string | null;
  readonly recommendations: string | null;
}

export interface Config {
  /** Absolute path of the config file; null for the built-in default. */
  readonly file: string | null;
  /** Folder that relative paths are resolved against. */
  readonly dir: string;
  readonly report: ReportMeta;
  readonly hubs: readonly HubConfig[];
  /** Groups defined by their members (Careers Clusters); none by default. */
  readonly groups: readonly GroupConfig[];
  /** Programme strands; by default one, "Careers Hubs", of the hubs. */
  readonly strands: readonly StrandConfig[];
  /** Input patterns (paths or globs) by kind, relative to `dir`, as written in the config. */
  readonly inputs: Readonly<Partial<Record<ConfigInputKind, readonly string[]>>>;
  /** KS4 cohorts the config gives for destination files with no year column (path or glob, as written). */
  readonly fileCohorts?: readonly { readonly file: string; readonly cohort: AcademicYear }[];
  readonly comparator: { readonly name: string; readonly code: string };
  readonly destinations: DestinationsConfig;
  readonly sdc: SdcConfig;
  readonly activities: ActivitiesConfig;
  readonly narrative: NarrativeConfig;
  /** What the config says about each survey export (`surveys`); exports not named here are described by detection. */
  readonly surveys: readonly SurveyConfig[];
  readonly targets: readonly Target[];
  /** What the evaluation asks and how it judges the answers; the default Careers Hubs framework when absent. */
  readonly evaluation: EvaluationConfig;
  /** Comparison groups besides the national comparator; paths relative to `dir`, as written. */
  readonly comparators?: ComparatorsConfig;
  readonly geography?: GeographyConfig;
}

/** Input kinds a config lists: the tabular ones with a reader, plus survey exports and evidence Markdown files. */
export type ConfigInputKind = InputKind | 'surveys' | 'evidence';

export interface SurveyConfig {
  readonly id: string;
  /** Path or glob (relative to the config) of the export this entry describes. */
  readonly file: string;
  readonly title: string | null;
  readonly respondents: string;
  readonly period: string | null;
  readonly invited: number | null;
  readonly placement: { readonly column: string; readonly by: SurveyPlacement } | null;
  readonly questions: Readonly<Record<string, QuestionOptions>>;
}

export interface ComparatorsConfig {
  /** The DfE statistical neighbours workbook; null = no comparison with similar areas. */
  readonly statisticalNeighbours: string | null;
  /** Keep neighbours at least this close; null = all ten. */
  readonly minimumCloseness: Closeness | null;
}

export interface GeographyConfig {
  /** ONS district-to-county lookup CSV; null = counties are left out of destination comparison groups. */
  readonly districtToCounty: string | null;
}
