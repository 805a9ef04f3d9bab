/** A two-sided confidence interval. */
export interface Interval {
  low: number;
  high: number;
}

/** Two-sided 95% standard normal critical value, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for a binomial proportion, on the 0-1 scale (Wilson 1927; Newcombe 1998,
 * "Two-sided confidence intervals for the single proportion", method 3, without continuity correction).
 * Chosen over the Wald interval because it stays inside [0, 1] and keeps close to nominal coverage for the
 * small hub and breakdown counts this report deals in.
 *
 * n = 0 returns `{ low: NaN, high: NaN }`: there is nothing to estimate, and NaN (rather than a throw) lets a
 * table of rates carry an empty cell through to the "no value" path. Counts need not be integers (weighted
 * counts are fine) but must satisfy 0 ≤ successes ≤ n.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval {
  checkCounts(successes, n);
  if (n === 0) return { low: NaN, high: NaN };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const halfWidth = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or 1 the closed form gives exactly 0 or 1 in exact arithmetic; pin them so rounding cannot leak.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes === n ? 1 : Math.min(1, centre + halfWidth),
  };
}

/** Validates a count of successes out of n; throws RangeError when it cannot be a proportion. */
export function checkCounts(successes: number, n: number): void {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`n must be a finite number >= 0, got ${n}`);
  if (!Number.isFinite(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must be between 0 and n (${n}), got ${successes}`);
  }
}
