import type { Rng } from './prng.js';

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * The intercept that makes the expected number of benchmarks achieved per institution equal `meanTarget`
 * (bisection: the expected count rises monotonically with the intercept).
 */
export function calibrateIntercept(logits: readonly (readonly number[])[], meanTarget: number): number {
  if (logits.length === 0) return 0;
  const expectedMean = (a: number) =>
    logits.reduce((s, row) => s + row.reduce((t, x) => t + logistic(x + a), 0), 0) / logits.length;
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (expectedMean(mid) < meanTarget) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Bernoulli draws of "fully achieved", then the cells nearest their threshold flipped until exactly `total`
 * are achieved, so the sample mean lands on the target instead of wandering by sampling noise.
 */
export function achievedWithExactTotal(
  rng: Rng,
  probabilities: readonly (readonly number[])[],
  total: number,
): boolean[][] {
  const cells = probabilities.flatMap((row, i) => row.map((p, b) => ({ i, b, p, u: rng.next() })));
  const hit = (c: { p: number; u: number }) => c.u < c.p;
  let count = cells.filter(hit).length;
  const margin = (c: { p: number; u: number }) => Math.abs(c.u - c.p);
  const flippable = cells.filter((c) => (count > total ? hit(c) : !hit(c))).sort((a, b) => margin(a) - margin(b));
  for (const c of flippable) {
    if (count === total) break;
    c.u = hit(c) ? 1 : 0;
    count += hit(c) ? 1 : -1;
  }
  const out = probabilities.map((row) => row.map(() => false));
  for (const c of cells) if (hit(c)) (out[c.i] as boolean[])[c.b] = true;
  return out;
}
