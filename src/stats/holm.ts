/**
 * Holm's step-down adjustment of p-values for a family of tests (Holm 1979, "A simple sequentially rejective
 * multiple test procedure", Scand J Statist 6:65): sort ascending, adjusted p_(j) = max over i ≤ j of
 * min(1, (m − i + 1) · p_(i)). It controls the family-wise error rate at the nominal level under any dependence
 * between the tests, which is why it suits changes that share England as reference. Returned in input order;
 * a missing p-value (null or NaN) is left out of the family and stays null.
 */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const known = pValues
    .map((p, i) => ({ p, i }))
    .filter((e): e is { p: number; i: number } => e.p !== null && !Number.isNaN(e.p))
    .sort((a, b) => a.p - b.p || a.i - b.i);
  const m = known.length;
  const out: (number | null)[] = pValues.map(() => null);
  let running = 0;
  known.forEach((e, j) => {
    running = Math.max(running, Math.min(1, (m - j) * e.p));
    out[e.i] = running;
  });
  return out;
}
