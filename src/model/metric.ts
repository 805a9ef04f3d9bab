import type { MeasureId, MetricUnit } from './measures/index.js';
import type { MissingSymbol } from './missing.js';

export type { MetricUnit } from './measures/index.js';

/**
 * One row of the tidy metrics table: measure x hub x period x breakdown. Field names are the CSV columns,
 * in the order of METRIC_COLUMNS. Percentages are 0-100 at full precision; rounding is for presentation.
 */
export interface MetricRow {
  readonly measure: MeasureId;
  /** A hub id from the config, `all` (all hubs together) or `england` (the national comparator). */
  readonly hub: string;
  /** Academic year `2020/21`; for destinations the KS4 cohort year; a range `2015/16-2020/21` for changes. */
  readonly period: string;
  readonly breakdown: string;
  readonly value: number | null;
  readonly unit: MetricUnit;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  readonly comparator: number | null;
  readonly diff: number | null;
  readonly diff_ci_low: number | null;
  readonly diff_ci_high: number | null;
  /** Empty, or the DfE symbol that replaces `value` (c suppressed, x not available, z not applicable, low). */
  readonly symbol: MissingSymbol | '';
  readonly note: string;
  /** Not written: facts disclosure control needs. */
  readonly sdc?: MetricSdcFacts;
  /**
   * Not written: the word a difference supports, fixed on the unrounded interval before disclosure rounding, so the
   * published and the `--no-sdc` reports say the same.
   */
  readonly verdict?: 'higher' | 'lower' | 'unclear' | 'unknown';
  /** Not written: the two-sided p-value behind the verdict, for the multiplicity adjustment. */
  readonly p_value?: number | null;
  /**
   * Not written: how the verdict is held against multiple comparisons (metrics/multiplicity.ts): a primary outcome,
   * a member of the Holm-adjusted secondary family, or exploratory.
   */
  readonly multiplicity?: 'primary' | 'secondary' | 'exploratory';
  /** Not written: the Holm-adjusted p-value of a secondary comparison. */
  readonly p_adjusted?: number;
  /** Not written: the verdict of the unadjusted interval, where the Holm adjustment made it "unclear". */
  readonly verdict_nominal?: 'higher' | 'lower';
  /** Not written: the areas of a comparison group whose removal alone changes the verdict (leave-one-out check). */
  readonly leaveOneOut?: readonly string[];
}

export interface MetricSdcFacts {
  /**
   * What the numerator/denominator (or a count value) counts: people are protected, events and institutions are not.
   * `organisations` are the employers (SMEs) the institutions worked with: not people, but a count of them is built
   * from the institutions' own logs, so it is withheld with the other figures of too few institutions.
   */
  readonly counts: 'people' | 'institutions' | 'organisations' | 'events' | 'none';
  /** Number of institutions the figure is built from, where known. */
  readonly institutions?: number;
  /**
   * The numerator is an estimate, not a count anyone published: rebuilt as a one-decimal published rate x cohort
   * (NCCIS). It is still protected and rounded as a count of people, and marked as an estimate in metrics.json.
   */
  readonly estimated?: true;
  /**
   * Keys (`measure|hub|period|breakdown`) of the rows this figure is worked out from, such as a change's two ends:
   * when one of them is suppressed, so is this figure, or the suppressed one could be worked back out from it.
   */
  readonly derivedFrom?: readonly string[];
}

export const METRIC_COLUMNS = [
  'measure',
  'hub',
  'period',
  'breakdown',
  'value',
  'unit',
  'numerator',
  'denominator',
  'ci_low',
  'ci_high',
  'comparator',
  'diff',
  'diff_ci_low',
  'diff_ci_high',
  'symbol',
  'note',
] as const satisfies readonly (keyof MetricRow)[];

/** A row with every optional statistic empty; measures fill in what they know. */
export function metricRow(
  fields: Pick<MetricRow, 'measure' | 'hub' | 'period' | 'breakdown' | 'unit'> & Partial<MetricRow>,
): MetricRow {
  return {
    value: null,
    numerator: null,
    denominator: null,
    ci_low: null,
    ci_high: null,
    comparator: null,
    diff: null,
    diff_ci_low: null,
    diff_ci_high: null,
    symbol: '',
    note: '',
    ...fields,
  };
}
