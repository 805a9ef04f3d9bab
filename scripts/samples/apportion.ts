import type { Rng } from './prng.js';

/**
 * Splits a whole number into parts proportional to weights, the parts summing exactly to the total
 * (Hamilton's largest-remainder method; ties go to the earlier part, so the result is deterministic).
 * With an `rng`, the units left after flooring go to parts drawn with probability proportional to their
 * remainders instead (stochastic rounding, close to unbiased), so small cohorts are not always rounded towards
 * their largest part.
 */
export function apportion(total: number, weights: readonly number[], rng?: Rng): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  const exact = weights.map((w) => (sum > 0 ? (Math.max(0, w) / sum) * total : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const remainders = exact.map((e, i) => [i, e - Math.floor(e)] as const).filter(([, r]) => r > 0);
  if (rng) {
    let pool = remainders;
    while (left > 0 && pool.length > 0) {
      const i = rng.weighted(pool);
      counts[i] = (counts[i] ?? 0) + 1;
      pool = pool.filter(([j]) => j !== i);
      left--;
    }
    return counts;
  }
  const order = [...remainders].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}
