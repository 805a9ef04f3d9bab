import { errorFunction } from 'simple-statistics';
import { Z_95 } from './proportion.js';

/**
 * The two-sided p-value of "no difference" implied by a 95% interval that need not be symmetric (a MOVER interval,
 * Zou & Donner 2008): the standard error is read from the half of the interval on the side of zero,
 * se = (diff − low) / z for a positive difference and (high − diff) / z for a negative one, and
 * p = 2(1 − Φ(|diff|/se)).
 * This inverts the interval itself (Altman & Bland 2011, "How to obtain the P value from a confidence interval",
 * BMJ 343:d2304), so p < 0.05 exactly when the interval excludes zero. null when a limit is missing.
 */
export function pFromInterval(diff: number, low: number | null, high: number | null): number | null {
  if (low === null || high === null || !Number.isFinite(low) || !Number.isFinite(high)) return null;
  const half = diff >= 0 ? diff - low : high - diff;
  if (half <= 0) return diff === 0 ? 1 : 0;
  const z = Math.abs(diff) / (half / Z_95);
  return Math.min(1, 2 * (1 - 0.5 * (1 + errorFunction(z / Math.SQRT2))));
}
