import type { MetricRow } from '../model/metric.js';
import { agreeingDecimals } from '../stats/change.js';

/**
 * Rounds to the nearest multiple of `base`, halves away from zero (the GSS/ONS convention for rounding published
 * counts of people to the nearest 5: 2.5 → 5, 7.5 → 10).
 */
export function roundToBase(value: number, base: number): number {
  const rounded = Math.sign(value) * Math.floor(Math.abs(value) / base + 0.5) * base;
  return rounded + 0; // turns −0 into 0
}

/** Whether a row's counts are counts of people, the only counts disclosure control protects. */
export function countsPeople(row: MetricRow): boolean {
  return row.sdc?.counts === 'people';
}

/**
 * Rounds the published counts of people (a count row's value; the numerator and denominator of any people row).
 * Rates, means, differences and their intervals are left as computed from the unrounded counts, so a published
 * rate need not equal rounded numerator / rounded denominator: that is the standard trade-off (DfE and ONS publish
 * rates from unrounded data beside rounded counts).
 */
export function roundPeopleCounts(rows: readonly MetricRow[], base: number): MetricRow[] {
  return rows.map((row) => {
    if (!countsPeople(row)) return row;
    const round = (v: number | null): number | null => (v === null ? null : roundToBase(v, base));
    return {
      ...row,
      value: row.unit === 'count' ? round(row.value) : row.value,
      numerator: round(row.numerator),
      denominator: round(row.denominator),
    };
  });
}

/** The columns of a rate or difference row that carry a percentage or percentage points. */
const RATE_COLUMNS = ['value', 'ci_low', 'ci_high', 'comparator', 'diff', 'diff_ci_low', 'diff_ci_high'] as const;

/** Rounds to `decimals` places, halves away from zero (as roundToBase). */
export function roundToDecimals(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f + 0;
}

/**
 * Publishes percentages, percentage-point differences and means to `decimals` places (DfE publishes destination
 * and NEET rates to one decimal place): a rate at full precision beside a count rounded to 5 would let a reader work
 * the exact count back out, and a mean at full precision beside its type-group means and
 * denominators would give away the total of a left-over group of one or two institutions. Computed from unrounded
 * figures before this step.
 */
export function roundRates(rows: readonly MetricRow[], decimals: number): MetricRow[] {
  return rows.map((row) => {
    if (row.unit !== 'pct' && row.unit !== 'pp' && row.unit !== 'mean') return row;
    const out: { -readonly [K in keyof MetricRow]: MetricRow[K] } = { ...row };
    // Limits keep the places they need to agree with the word fixed on the unrounded interval.
    const limits =
      row.verdict && row.ci_low !== null && row.ci_high !== null
        ? agreeingDecimals(row.ci_low, row.ci_high, row.verdict, decimals)
        : decimals;
    for (const c of RATE_COLUMNS) {
      const v = row[c];
      const dp = c === 'ci_low' || c === 'ci_high' ? limits : decimals;
      if (v !== null && Number.isFinite(v)) out[c] = roundToDecimals(v, dp);
    }
    return out;
  });
}
