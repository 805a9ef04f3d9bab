import { logBeta, regularizedIncompleteBeta } from './incomplete-beta.js';

/**
 * Student's t distribution (Student 1908). The tail probability is a regularised incomplete beta function,
 * P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0 (Abramowitz & Stegun 26.7.1 and 26.5.27), and the quantile
 * is found by a safeguarded Newton iteration on that tail, so accuracy is limited only by the beta function.
 */

/** Upper tail P(T > t) for t ≥ 0. */
export function tUpperTail(t: number, df: number): number {
  checkDf(df);
  if (t < 0) return 1 - tUpperTail(-t, df);
  if (t === Infinity) return 0;
  const t2 = t * t;
  return 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** Cumulative distribution P(T ≤ t). */
export function tCdf(t: number, df: number): number {
  return t >= 0 ? 1 - tUpperTail(t, df) : tUpperTail(-t, df);
}

/** Density of Student's t with `df` degrees of freedom. */
export function tDensity(t: number, df: number): number {
  checkDf(df);
  return Math.exp(-((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}

/**
 * Inverse CDF: the t with P(T ≤ t) = p. Exact closed forms for ν = 1 (Cauchy) and ν = 2; otherwise Newton
 * steps on the upper tail, falling back to bisection whenever a step leaves the bracket.
 */
export function tQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`tQuantile needs 0 <= p <= 1, got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  const upper = p > 0.5;
  const tail = upper ? 1 - p : p;
  const t = upperTailQuantile(tail, df);
  return upper ? t : -t;
}

/** The t ≥ 0 with P(T > t) = q, for 0 < q < ½. */
function upperTailQuantile(q: number, df: number): number {
  if (df === 1) return Math.tan(Math.PI * (0.5 - q));
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  let low = 0;
  let high = 1;
  while (tUpperTail(high, df) > q) {
    low = high;
    high *= 2;
  }
  let t = (low + high) / 2;
  for (let i = 0; i < 200; i += 1) {
    const f = tUpperTail(t, df) - q;
    if (f > 0) low = t;
    else high = t;
    const newton = t + f / tDensity(t, df);
    const next = newton > low && newton < high ? newton : (low + high) / 2;
    if (Math.abs(next - t) <= 1e-14 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}

function checkDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df))
    throw new RangeError(`degrees of freedom must be positive and finite, got ${df}`);
}
