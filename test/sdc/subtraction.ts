import type { MetricRow } from '../../src/model/metric.js';

type Key = Pick<MetricRow, 'hub' | 'period' | 'breakdown'> & { readonly measure: string };

/** Additive relations of a table written out by the test, apart from the margins disclosure control was given. */
export interface Relations {
  /** For each measure, the sets of breakdown values that add up to its total breakdown. */
  readonly partitions?: Readonly<Record<string, readonly (readonly string[])[]>>;
  /** The breakdown a measure's partitions add up to, where it is not `all` (KS4 destinations use `total`). */
  readonly totals?: Readonly<Record<string, string>>;
  /**
   * Measures of the same hub, period and breakdown whose counts add up to a published total (sustained, not
   * sustained and unknown make up the cohort each row publishes): any one is the others' complement.
   */
  readonly complements?: readonly (readonly string[])[];
}

/**
 * Every relation of a published table that adds up (configured hubs to `all`; each declared breakdown group to the
 * measure's total breakdown; complementary measures of one cell), with the keys of any that holds exactly one
 * withheld cell: that cell is the total minus the published parts (to within the rounding base, as published counts
 * are rounded). A relation with no withheld cell or with two or more leaves nothing to subtract, so no chain of
 * subtractions can start either.
 */
export function recoverableBySubtraction(
  rows: readonly MetricRow[],
  hubs: readonly string[],
  { partitions = {}, totals = {}, complements = [] }: Relations = {},
): { checked: number; recoverable: string[] } {
  const key = (r: Key) => `${r.measure}|${r.hub}|${r.period}|${r.breakdown}`;
  const byKey = new Map(rows.map((r) => [key(r), r]));
  const recoverable = new Set<string>();
  let checked = 0;
  const check = (cells: readonly (MetricRow | undefined)[]) => {
    const present = cells.filter((p): p is MetricRow => p !== undefined);
    if (present.length < 2) return;
    checked++;
    const hidden = present.filter((c) => c.symbol === 'c');
    if (hidden.length === 1) recoverable.add(key(hidden[0]!));
  };
  for (const total of rows) {
    // Differences and multi-year trends do not add up across hubs.
    if (total.unit === 'pp' || total.period.includes('-')) continue;
    if (total.hub === 'all') check([total, ...hubs.map((hub) => byKey.get(key({ ...total, hub })))]);
    if (total.breakdown === (totals[total.measure] ?? 'all'))
      for (const group of partitions[total.measure] ?? [])
        check([total, ...group.map((breakdown) => byKey.get(key({ ...total, breakdown })))]);
    for (const group of complements)
      if (group[0] === total.measure) check(group.map((measure) => byKey.get(key({ ...total, measure }))));
  }
  return { checked, recoverable: [...recoverable].sort() };
}
