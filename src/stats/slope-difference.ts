import { Z_95 } from './proportion.js';

/** One year of two series of proportions: x1 of n1 (e.g. a hub) and x2 of n2 (its comparison group). */
export interface PairedRates {
  readonly t: number;
  readonly x1: number;
  readonly n1: number;
  readonly x2: number;
  readonly n2: number;
}

/** Slope of series 1 minus slope of series 2 (proportion per unit of t), with its 95% limits. */
export interface SlopeDifference {
  readonly diff: number;
  readonly low: number;
  readonly high: number;
  /** Points used. */
  readonly n: number;
  /** The over-dispersion factor applied to the variance (1 = sampling error only). */
  readonly dispersion: number;
}

/**
 * The difference of two linear trends, as the slope of the gap g_t = p1_t − p2_t on t: a straight line fitted to
 * each series by least squares with the same weights gives slope1 − slope2 = slope of the gap (the fit is linear
 * in y), so one weighted fit answers "did they move in parallel?".
 * - Weights 1 / v_t with v_t = p1(1 − p1)/n1 + p2(1 − p2)/n2, the binomial variance of the gap of two independent
 *   rates (the groups share no LA); p is Agresti-Caffo's (x + 1)/(n + 2) in v only, so a rate of 0 still has a
 *   variance (Agresti & Caffo 2000, Am. Stat. 54:280).
 * - Var(slope) = φ / Σ w (t − t̄_w)², with the multiplicative over-dispersion φ = max(1, Σ w r² /
 * (k − 2)) from the
 *   residuals when there are k ≥ 3 points, else 1 (Spiegelhalter 2005, "Handling over-dispersion of performance
 *   indicators", Qual Saf Health Care 14:347): year-to-year swings larger than sampling error widen the interval;
 *   smaller ones never narrow it below sampling error.
 * - Normal 95% limits (z = 1.96), as for the other differences in this tool.
 * undefined with fewer than 2 points or when every t is the same.
 */
export function slopeDifference(points: readonly PairedRates[], z = Z_95): SlopeDifference | undefined {
  const k = points.length;
  if (k < 2) return undefined;
  for (const p of points)
    if (![p.t, p.x1, p.n1, p.x2, p.n2].every(Number.isFinite) || p.n1 <= 0 || p.n2 <= 0)
      throw new RangeError(`slopeDifference needs finite counts with n > 0, got ${JSON.stringify(p)}`);
  const fitted = points.map((p) => {
    const a1 = (p.x1 + 1) / (p.n1 + 2);
    const a2 = (p.x2 + 1) / (p.n2 + 2);
    const v = (a1 * (1 - a1)) / p.n1 + (a2 * (1 - a2)) / p.n2;
    return { t: p.t, g: p.x1 / p.n1 - p.x2 / p.n2, w: 1 / v };
  });
  const sw = fitted.reduce((s, f) => s + f.w, 0);
  const tBar = fitted.reduce((s, f) => s + f.w * f.t, 0) / sw;
  const gBar = fitted.reduce((s, f) => s + f.w * f.g, 0) / sw;
  const stt = fitted.reduce((s, f) => s + f.w * (f.t - tBar) ** 2, 0);
  if (stt === 0) return undefined;
  const slope = fitted.reduce((s, f) => s + f.w * (f.t - tBar) * (f.g - gBar), 0) / stt;
  const rss = fitted.reduce((s, f) => s + f.w * (f.g - gBar - slope * (f.t - tBar)) ** 2, 0);
  const dispersion = k >= 3 ? Math.max(1, rss / (k - 2)) : 1;
  const half = z * Math.sqrt(dispersion / stt);
  return { diff: slope, low: slope - half, high: slope + half, n: k, dispersion };
}
