/**
 * The one classifier behind every claim the report makes about a difference: a change between two years, a gap to
 * a comparator, and a ranking. Only an interval that excludes zero supports a direction ("rose", "above");
 * otherwise the wording is "no clear change", "similar" or a named tie.
 */

/** How a difference is judged: its direction where the interval supports one. */
export type DifferenceClass = 'higher' | 'lower' | 'unclear' | 'unknown';
/** How a change over time is described. */
export type ChangeClass = 'rise' | 'fall' | 'no_clear_change' | 'unknown';
/** How a figure compares with its comparator. */
export type ComparisonClass = 'above' | 'below' | 'similar' | 'unknown';

/**
 * True when a confidence interval lies wholly above or wholly below zero. An interval that touches zero does
 * not exclude it. Missing limits (null or NaN) give false: no interval, no claim.
 */
export function excludesZero(low: number | null, high: number | null): boolean {
  if (!isKnown(low) || !isKnown(high)) return false;
  return low > 0 || high < 0;
}

/**
 * Classifies a difference by its 95% interval rather than by the sign of the point estimate, so small movements
 * within sampling noise are "unclear" (the convention of ONS/DfE commentary that only calls differences
 * "statistically significant" when the interval excludes zero). 'unknown' when the estimate is missing, or when
 * an interval is expected and either limit is missing.
 *
 * `exact` is for figures with no sampling error (a count of every institution, a census share): there the sign of
 * the difference is the finding, and a zero difference is "unclear" (no change).
 */
export function classifyDifference(
  diff: number | null,
  low: number | null,
  high: number | null,
  exact = false,
): DifferenceClass {
  if (!isKnown(diff)) return 'unknown';
  if (exact) return diff > 0 ? 'higher' : diff < 0 ? 'lower' : 'unclear';
  return classifyInterval(low, high);
}

/** The verdict of an interval alone, where the estimate is printed elsewhere (see classifyDifference). */
export function classifyInterval(low: number | null, high: number | null): DifferenceClass {
  if (!isKnown(low) || !isKnown(high)) return 'unknown';
  if (low > 0) return 'higher';
  if (high < 0) return 'lower';
  return 'unclear';
}

/**
 * The fewest decimal places (from `min`, at most `max`) at which the rounded limits still agree with the verdict:
 * an interval that excludes zero is never printed as touching it ("-1.0 to 0.0" beside "fell").
 */
export function agreeingDecimals(low: number, high: number, verdict: DifferenceClass, min = 1, max = 4): number {
  const round = (v: number, dp: number) => Math.round(v * 10 ** dp) / 10 ** dp;
  for (let dp = min; dp < max; dp += 1) {
    if (verdict === 'higher' && round(low, dp) <= 0) continue;
    if (verdict === 'lower' && round(high, dp) >= 0) continue;
    return dp;
  }
  return max;
}

/** A change over time: "rise", "fall" or "no clear change" (see classifyDifference). */
export function classifyChange(diff: number | null, low: number | null, high: number | null, exact = false) {
  const CHANGE: Record<DifferenceClass, ChangeClass> = {
    higher: 'rise',
    lower: 'fall',
    unclear: 'no_clear_change',
    unknown: 'unknown',
  };
  return CHANGE[classifyDifference(diff, low, high, exact)];
}

/**
 * A change already judged clear or not (its interval excludes zero or not) as "rise", "fall" or "no clear change":
 * the direction of a clear change is its sign.
 */
export function changeDirection(diff: number | null, clear: boolean): ChangeClass {
  if (!isKnown(diff)) return 'unknown';
  return clear ? classifyChange(diff, null, null, true) : 'no_clear_change';
}

/** A figure against its comparator: "above", "below" or "similar" (see classifyDifference). */
export function classifyComparison(diff: number | null, low: number | null, high: number | null, exact = false) {
  const COMPARISON: Record<DifferenceClass, ComparisonClass> = {
    higher: 'above',
    lower: 'below',
    unclear: 'similar',
    unknown: 'unknown',
  };
  return COMPARISON[classifyDifference(diff, low, high, exact)];
}

export interface Ranked<T> {
  readonly item: T;
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * The items tied for the top (or the bottom) of a ranking. An item is set apart from the leader only when their
 * 95% intervals do not overlap: non-overlap is a conservative test of a difference (Schenker and Gentleman 2001),
 * the right direction to err for a claim such as "the benchmark least often achieved". Items without an interval
 * are compared by value alone. Ties keep the input order.
 */
export function leaders<T>(items: readonly Ranked<T>[], end: 'top' | 'bottom'): Ranked<T>[] {
  const known = items.filter((i) => isKnown(i.value));
  if (known.length === 0) return [];
  const sign = end === 'top' ? 1 : -1;
  const best = known.reduce((a, b) => (sign * b.value > sign * a.value ? b : a));
  return known.filter((i) => i === best || overlaps(i, best) || i.value === best.value);
}

function overlaps(a: Ranked<unknown>, b: Ranked<unknown>): boolean {
  if (!isKnown(a.low) || !isKnown(a.high) || !isKnown(b.low) || !isKnown(b.high)) return false;
  return a.low <= b.high && b.low <= a.high;
}

function isKnown(v: number | null): v is number {
  return v !== null && !Number.isNaN(v);
}
