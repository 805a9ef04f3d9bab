import type { TargetProgress } from '../metrics/targets.js';
import type { CodedQuestionResult } from '../metrics/themes.js';
import type { EvidenceItem } from '../model/evidence.js';
import type { SurveyData } from '../model/survey.js';

/** A survey as the report describes it: the export read, and what the config says about it. */
export interface PlannedSurvey {
  readonly data: SurveyData;
  /** Who was asked, e.g. "school and college staff". */
  readonly respondents: string;
  /** The chapter title, e.g. "Survey of school and college staff". */
  readonly title: string;
  /** When it ran, as printed, e.g. "April to May 2024"; null when not given. */
  readonly period: string | null;
  /** How many were invited, for the response rate; null when not known. */
  readonly invited: number | null;
  /** The export's path relative to the config folder. */
  readonly file: string;
}

/** Evidence beyond administrative data, already read and computed; the plan reads no file. */
export interface EvidenceInput {
  readonly surveys: readonly PlannedSurvey[];
  /** Every evidence item read, consented or not; only consented items are published. */
  readonly items: readonly EvidenceItem[];
  readonly targets: readonly TargetProgress[];
  /** Theme counts of the evaluator's coded free text, through disclosure control; absent: none coded. */
  readonly themes?: readonly CodedQuestionResult[];
}
