import type { MetricRow } from '../model/metric.js';
import { countsPeople, roundToBase } from './rounding.js';
import { type SuppressionReason, suppressionNote } from './suppression-note.js';

/** The disclosure-control settings (config `sdc`). */
export interface SdcOptions {
  /** Counts of people from 1 to threshold − 1 are suppressed. */
  readonly threshold: number;
  /** Published counts of people are rounded to the nearest multiple of this. */
  readonly rounding: number;
  /** Figures built from fewer institutions than this are suppressed. */
  readonly minInstitutions: number;
  /** Decimal places of published percentages and percentage points (config `sdc.rateDecimals`); default 1. */
  readonly rateDecimals?: number;
}

/** True when a row shows anything: a value, or the counts behind it. A row showing nothing has nothing to protect. */
export function publishes(row: MetricRow): boolean {
  return row.value !== null || row.numerator !== null || row.denominator !== null;
}

/** Withholds a row: symbol `c` (DfE/EES: confidential), every figure emptied except the national comparator. */
export function suppressRow(row: MetricRow, note: string): MetricRow {
  return {
    ...row,
    value: null,
    numerator: null,
    denominator: null,
    ci_low: null,
    ci_high: null,
    diff: null,
    diff_ci_low: null,
    diff_ci_high: null,
    symbol: 'c',
    note,
  };
}

/**
 * The primary rule a row breaks, if any. Counts of people from 1 to threshold − 1 are disclosive (the GSS
 * "threshold rule" for tables of people; DfE suppresses small counts with `c`), zeros are not; a rate is disclosive
 * when its numerator is small or its group (denominator) is small. A figure built from fewer than
 * `minInstitutions` institutions could reveal one institution's own return. A count that is not small but would
 * round into 1..threshold − 1 (possible when threshold > rounding / 2) is suppressed too, so rounding never
 * publishes a small count. Decisions use the unrounded counts.
 */
export function primaryReason(row: MetricRow, options: SdcOptions): SuppressionReason | undefined {
  if (!publishes(row)) return undefined;
  const institutions = row.sdc?.institutions;
  // A count of institutions is not about any one of them, so the minimum applies to figures built from their returns
  // (a count of the SMEs they worked with among them).
  const countsInstitutions = row.unit === 'count' && row.sdc?.counts === 'institutions';
  // A figure built from no institution at all (an empty cell, value 0) reveals nothing about any one.
  if (institutions !== undefined && institutions > 0 && institutions < options.minInstitutions && !countsInstitutions)
    return 'few-institutions';
  if (!countsPeople(row)) return undefined;
  const small = (v: number | null): boolean => v !== null && v > 0 && v < options.threshold;
  const roundsSmall = (v: number | null): boolean => {
    if (v === null) return false;
    const r = roundToBase(v, options.rounding);
    return r > 0 && r < options.threshold;
  };
  const counts = [row.unit === 'count' ? row.value : null, row.numerator, row.denominator];
  if (row.unit === 'count' && small(row.value)) return 'small-count';
  if (small(row.denominator)) return 'small-denominator';
  if (small(row.numerator)) return 'small-numerator';
  // A rate near 100% discloses the few outside it just as a rate near 0% discloses the few inside (10 of 11).
  if (
    row.unit === 'pct' &&
    row.numerator !== null &&
    row.denominator !== null &&
    small(row.denominator - row.numerator)
  )
    return 'small-complement';
  if (counts.some(roundsSmall)) return 'rounds-small';
  return undefined;
}

/**
 * Applies the primary rules to every row. A row that arrives already marked `c` (suppressed at source, e.g. a DfE
 * cell) keeps its note but has any leftover figures emptied, so it can never leak through a later stage.
 */
export function primarySuppression(rows: readonly MetricRow[], options: SdcOptions): MetricRow[] {
  return rows.map((row) => {
    if (row.symbol === 'c') return publishes(row) ? suppressRow(row, row.note) : row;
    const reason = primaryReason(row, options);
    return reason === undefined ? row : suppressRow(row, suppressionNote(reason, options));
  });
}
