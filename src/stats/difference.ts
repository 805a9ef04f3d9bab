import { checkCounts, wilsonInterval, Z_95 } from './proportion.js';

/**
 * A difference (of proportions, of changes, of gaps) with its confidence limits: the one interval shape the
 * comparisons pass around, on the 0-1 scale or in percentage points (scaleDifference converts).
 */
export interface Difference {
  readonly diff: number;
  readonly low: number;
  readonly high: number;
}

/** The same difference and limits times `k` (100: from the 0-1 scale to percentage points). */
export function scaleDifference(d: Difference, k: number): Difference {
  return { diff: k * d.diff, low: k * d.low, high: k * d.high };
}

/**
 * p1 − p2 for two independent proportions, with Newcombe's hybrid score interval (Newcombe 1998,
 * "Interval estimation for the difference between independent proportions: comparison of eleven methods",
 * method 10): the Wilson limits of each proportion are combined by the square-and-add rule
 *   low  = d − √((p1 − l1)² + (u2 − p2)²),  high = d + √((u1 − p1)² + (p2 − l2)²).
 * Either n = 0 gives NaN throughout.
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, z = Z_95): Difference {
  checkCounts(x1, n1);
  checkCounts(x2, n2);
  if (n1 === 0 || n2 === 0) return { diff: NaN, low: NaN, high: NaN };
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const w1 = wilsonInterval(x1, n1, z);
  const w2 = wilsonInterval(x2, n2, z);
  const diff = p1 - p2;
  return {
    diff,
    low: diff - Math.hypot(p1 - w1.low, w2.high - p2),
    high: diff + Math.hypot(w1.high - p1, p2 - w2.low),
  };
}

/**
 * p − p0 (both 0-1) where p0 is a fixed reference, not an estimate (a hub against the national rate, whose sampling
 * error
 * is negligible beside the hub's: England's KS4 cohort is ~600,000 pupils). The interval is the Wilson interval
 * of p shifted by p0, i.e. the one-sample score interval for the difference. n = 0 gives NaN throughout.
 */
export function differenceFromFixed(x: number, n: number, p0: number, z = Z_95): Difference {
  checkCounts(x, n);
  if (!Number.isFinite(p0) || p0 < 0 || p0 > 1)
    throw new RangeError(`p0 must be a proportion between 0 and 1, got ${p0}`);
  if (n === 0) return { diff: NaN, low: NaN, high: NaN };
  const w = wilsonInterval(x, n, z);
  return { diff: x / n - p0, low: w.low - p0, high: w.high - p0 };
}

/**
 * d1 − d2 for two independent estimates that each carry their own interval (e.g. a hub's change minus England's
 * change: a difference in differences), by the MOVER rule (Zou & Donner 2008, "Construction of confidence limits
 * about effect measures", eq. 5; the same square-and-add step as Newcombe's method 10):
 *   low  = d − √((d1 − l1)² + (u2 − d2)²),  high = d + √((u1 − d1)² + (d2 − l2)²).
 * Any NaN limit gives NaN limits.
 */
export function differenceOfDifferences(d1: Difference, d2: Difference): Difference {
  const diff = d1.diff - d2.diff;
  return {
    diff,
    low: diff - Math.hypot(d1.diff - d1.low, d2.high - d2.diff),
    high: diff + Math.hypot(d1.high - d1.diff, d2.diff - d2.low),
  };
}
