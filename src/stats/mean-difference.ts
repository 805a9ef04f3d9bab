import { type MeanInterval, meanInterval } from './mean.js';
import { tQuantile } from './student-t.js';

/** A difference of two means (later minus earlier) with its confidence limits and degrees of freedom. */
export interface MeanDifference {
  diff: number;
  low: number;
  high: number;
  df: number;
}

/**
 * mean(b) − mean(a) for two independent samples, with Welch's interval (Welch 1947; Satterthwaite 1946):
 *   se² = s_a²/n_a + s_b²/n_b,  df = se⁴ / ((s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1)),
 *   diff ± t(1 − α/2, df) · se.
 * Chosen over the pooled-variance t because the years' spreads differ. Either sample with fewer than two
 * values gives NaN limits (no spread to estimate); an empty sample gives undefined. When both samples have no
 * spread at all, se = 0 and the interval is the point itself.
 */
export function welchDifference(a: readonly number[], b: readonly number[], level = 0.95): MeanDifference | undefined {
  const ma = meanInterval(a, level);
  const mb = meanInterval(b, level);
  if (!ma || !mb) return undefined;
  const diff = mb.mean - ma.mean;
  if (ma.n < 2 || mb.n < 2) return { diff, low: NaN, high: NaN, df: NaN };
  const va = ma.sd ** 2 / ma.n;
  const vb = mb.sd ** 2 / mb.n;
  const se2 = va + vb;
  if (se2 === 0) return { diff, low: diff, high: diff, df: NaN };
  const df = se2 ** 2 / (va ** 2 / (ma.n - 1) + vb ** 2 / (mb.n - 1));
  const half = tQuantile(1 - (1 - level) / 2, df) * Math.sqrt(se2);
  return { diff, low: diff - half, high: diff + half, df };
}

/**
 * Mean of paired differences (after − before, one pair per institution) with the one-sample t interval of
 * those differences (the paired t interval, Student 1908): d̄ ± t(1 − α/2, n − 1) · s_d/√n.
 * Undefined for no pairs.
 */
export function pairedDifference(
  pairs: readonly { readonly before: number; readonly after: number }[],
  level = 0.95,
): MeanDifference | undefined {
  const m: MeanInterval | undefined = meanInterval(
    pairs.map((p) => p.after - p.before),
    level,
  );
  if (!m) return undefined;
  // With no spread in the differences the t interval collapses to the point (sd = 0 gives a zero half-width).
  return { diff: m.mean, low: m.low, high: m.high, df: m.n - 1 };
}
