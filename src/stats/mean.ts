import { tQuantile } from './student-t.js';

export { tQuantile } from './student-t.js';

/** A mean with its confidence limits, the count it is based on and the sample standard deviation. */
export interface MeanInterval {
  mean: number;
  low: number;
  high: number;
  n: number;
  sd: number;
}

/**
 * Student t interval for a mean (Student 1908): mean ± t(1 − α/2, n − 1) · s/√n, with s the sample standard
 * deviation (n − 1 divisor). Used for means over institutions (e.g. Gatsby benchmarks achieved per school), where
 * n is small enough that the normal approximation would be too narrow.
 * n = 0 → undefined (no mean); n = 1 → sd, low and high are NaN (no spread to estimate).
 * Values must be finite: a missing value must be dropped by the caller, never passed as 0 or NaN.
 */
export function meanInterval(values: readonly number[], level = 0.95): MeanInterval | undefined {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be between 0 and 1, got ${level}`);
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new RangeError(`meanInterval needs finite values; value ${bad} is ${values[bad]}`);
  const n = values.length;
  if (n === 0) return undefined;
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  if (n === 1) return { mean, low: NaN, high: NaN, n, sd: NaN };
  const sumSquares = values.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  const sd = Math.sqrt(sumSquares / (n - 1));
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { mean, low: mean - half, high: mean + half, n, sd };
}
