import type { MetricRow } from '../model/metric.js';

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
