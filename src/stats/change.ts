/** How a change is described: only an interval that excludes zero counts as a rise or a fall. */
export type ChangeClass = 'rise' | 'fall' | 'no_clear_change' | 'unknown';

/**
 * True when a confidence interval lies wholly above or wholly below zero. An interval that touches zero does
 * not exclude it. Missing limits (null or NaN) give false: no interval, no claim.
 */
export function excludesZero(low: number | null, high: number | null): boolean {
  if (!isKnown(low) || !isKnown(high)) return false;
  return low > 0 || high < 0;
}

/**
 * Classifies a change by its 95% interval rather than by the sign of the point estimate, so small movements
 * within sampling noise are reported as "no clear change" (the convention of ONS/DfE commentary that only
 * calls differences "statistically significant" when the interval excludes zero).
 * 'unknown' when the estimate or either limit is missing.
 */
export function classifyChange(diff: number | null, low: number | null, high: number | null): ChangeClass {
  if (!isKnown(diff) || !isKnown(low) || !isKnown(high)) return 'unknown';
  if (low > 0) return 'rise';
  if (high < 0) return 'fall';
  return 'no_clear_change';
}

function isKnown(v: number | null): v is number {
  return v !== null && !Number.isNaN(v);
}
