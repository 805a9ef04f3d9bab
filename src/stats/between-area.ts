import { tQuantile, tUpperTail } from './student-t.js';

/** One area's counts at the two ends of a change: x of n then, x of n now (0 of 0 where it has no figure). */
export interface AreaEnds {
  readonly x1: number;
  readonly n1: number;
  readonly x2: number;
  readonly n2: number;
}

/** A change in a pooled rate (0-1 scale) with its 95% interval, standard error, degrees of freedom and p-value. */
export interface AreaChange {
  readonly diff: number;
  readonly low: number;
  readonly high: number;
  readonly se: number;
  readonly df: number;
  /** Two-sided p-value of "no change" on the same t reference (for multiplicity adjustment). */
  readonly p: number;
  /** Areas with a figure at either end: the units of the variance. */
  readonly areas: number;
  /** Between-area variance over binomial variance (1 = sampling error only); absent where not estimated. */
  readonly dispersion?: number;
}

/**
 * p2 − p1 for a rate pooled over areas, p_t = Σx_t / Σn_t, with the area (the local authority) as the unit of
 * variation rather than the pupil. The pooled rate is a ratio estimator, so its linearised (Taylor) residual per area
 * is u_i = (x2_i − p2·n2_i)/N2 − (x1_i − p1·n1_i)/N1 (Σu_i = 0), and
 *   Var(p2 − p1) = k/(k − 1) · Σ u_i²
 * is the with-replacement "ultimate cluster" variance of a ratio (Cochran 1977, Sampling Techniques, §6.10 and §11.8;
 * Wolter 2007, Introduction to Variance Estimation, §1.4), the same as a cluster-robust sandwich with the CR1
 * small-sample factor. Limits use Student's t on k − 1 degrees of freedom, the reference Cameron & Miller (2015,
 * "A practitioner's guide to cluster-robust inference", J Hum Resour 50:317, §VI) recommend with few clusters.
 * Because every area's own deviation enters, the variance contains both the pupils' binomial variation and the
 * areas' real variation around each other (and any area-level error such as a rate published to one decimal);
 * a binomial interval contains only the first, and with census-sized areas it is far too narrow.
 *
 * The variance is never taken below the binomial one (p1(1 − p1)/N1 + p2(1 − p2)/N2).
 * `extraVariance` (0-1 scale squared) adds independent error from outside the areas, such as a fixed reference's
 * own error; it enters the standard error, not the degrees of freedom (a conservative choice: the reference's error
 * is small beside the areas'). undefined with fewer than two areas: one area says nothing about variation between
 * areas. An area counts where either end has a cohort.
 */
export function changeBetweenAreas(ends: readonly AreaEnds[], extraVariance = 0): AreaChange | undefined {
  const used = ends.filter((e) => e.n1 > 0 || e.n2 > 0);
  for (const e of used) checkEnds(e);
  const k = used.length;
  const n1 = sum(used.map((e) => e.n1));
  const n2 = sum(used.map((e) => e.n2));
  if (k < 2 || n1 === 0 || n2 === 0) return undefined;
  const p1 = sum(used.map((e) => e.x1)) / n1;
  const p2 = sum(used.map((e) => e.x2)) / n2;
  const residuals = used.map((e) => (e.x2 - p2 * e.n2) / n2 - (e.x1 - p1 * e.n1) / n1);
  const between = (k / (k - 1)) * sum(residuals.map((u) => u * u));
  const binomial = (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2;
  // Never below binomial sampling error: with few areas the between-area estimate can come out near zero by chance
  // (the floor of Spiegelhalter's over-dispersion factor, as in the pre-trend check).
  const variance = Math.max(between, binomial) + extraVariance;
  return { ...tInterval(p2 - p1, Math.sqrt(variance), k - 1, k), dispersion: binomial > 0 ? between / binomial : 1 };
}

/** An estimate with standard error `se` on `df` degrees of freedom as a 95% t interval (two-sided p-value). */
export function tInterval(diff: number, se: number, df: number, areas: number): AreaChange {
  const half = tQuantile(0.975, df) * se;
  const p = se > 0 ? Math.min(1, 2 * tUpperTail(Math.abs(diff) / se, df)) : diff === 0 ? 1 : 0;
  return { diff, low: diff - half, high: diff + half, se, df, p, areas };
}

/**
 * The variance a published rounding step adds to a rate: a figure rounded to `decimals` places of a percentage is
 * off by up to half a unit of the last place, uniformly (Sheppard's correction: width²/12), here on the 0-1 scale.
 * NCCIS publishes LA and national NEET rates to one decimal place, so each end of England's change carries it.
 */
export function roundingVariance(decimals: number): number {
  const width = 10 ** -decimals / 100;
  return (width * width) / 12;
}

function checkEnds(e: AreaEnds): void {
  const ok = (x: number, n: number) => Number.isFinite(x) && Number.isFinite(n) && n >= 0 && x >= 0 && x <= n;
  if (!ok(e.x1, e.n1) || !ok(e.x2, e.n2))
    throw new RangeError(`changeBetweenAreas needs 0 <= x <= n at both ends, got ${JSON.stringify(e)}`);
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}
