import type { InputKind } from '../records.js';

/** A metric row's unit: `pct` (0-100), `count`, `mean` or `pp` (percentage points). */
export type MetricUnit = 'pct' | 'count' | 'mean' | 'pp';

/** The input a measure is computed from: one of the report's inputs, or the evaluator's surveys and coded text. */
export type MeasureSource = InputKind | 'surveys';

/** Which way is the better outcome: a rise in sustained EET, a fall in NEET; `neither` for counts of context. */
export type GoodDirection = 'higher' | 'lower' | 'neither';

/**
 * A set of breakdown values that adds up to the measure's `all`: disclosure control hides a second cell of the set
 * when one is hidden, so that no hidden cell is `all` minus the others. The values of each set are in `metrics/`.
 */
export type Partition = 'institution type groups' | 'activity types' | 'student activity types';

/**
 * Which answer categories of a survey question: every option in the question's base (its options, and don't-know
 * answers when the config counts them in), the scale's favourable points, or the rest of the base.
 */
export type AnswerCategories = 'the base' | 'favourable points' | 'the base but the favourable points';

/**
 * Rows whose counts make up a row of this measure at a question's breakdown (`<survey>.<question>`): the rows of
 * `measure` for each of the `categories` (breakdown `<survey>.<question>: <option>`), plus the rows of the `with`
 * measures at the question's own breakdown. Only where the categories partition the answers (one answer each:
 * single-choice and scale questions); shares of a multiple-choice question add up to more than 100% and make up
 * nothing.
 */
export interface AnswerParts<Id extends string = string> {
  readonly measure: Id;
  readonly categories: AnswerCategories;
  readonly with: readonly Id[];
}

/** How a measure came to be: read from an input, or derived from a level measure by a named comparison. */
export type MeasureFamily =
  | 'level'
  | 'change'
  | 'change vs England'
  | 'binomial sensitivity'
  | 'change vs similar areas'
  | 'pre-start trend'
  | 'event study'
  | 'impact';

/**
 * Everything the tool knows about one measure: the metrics, disclosure control, config checks and plan read it.
 * `Id` is the type of the measure ids it names (its complements and answer parts): the catalogue's MeasureId
 * (measures/index.ts).
 */
export interface MeasureFacts<Id extends string = string> {
  readonly label: string;
  readonly unit: MetricUnit;
  readonly source: MeasureSource;
  readonly better: GoodDirection;
  /** The breakdown values written, in words an analyst can filter on (`<type>` stands for a value set). */
  readonly breakdowns: readonly string[];
  /** Breakdown sets that add up to `all` (secondary suppression). */
  readonly partitions: readonly Partition[];
  /**
   * Measures of the same hub, period and breakdown that make up this total (sustained + not sustained + unknown make
   * the cohort): once one of a set is hidden, a second is too.
   */
  readonly complements: readonly (readonly Id[])[];
  /** Survey answer shares that make up this measure's row of a question (secondary suppression). */
  readonly answerParts: readonly AnswerParts<Id>[];
  /** False where hub figures do not add up to `all` (distinct SMEs are counted per hub). */
  readonly additive: boolean;
  /** The rows the measure is computed from. */
  readonly filters: string;
  /** How it is computed, with its interval. */
  readonly method: string;
  readonly family: MeasureFamily;
  /** The level measure a derived measure is computed from (`eet_sustained_pct` for `eet_change_pp`). */
  readonly level?: string;
}
