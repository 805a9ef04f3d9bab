import type { MetricRow } from '../../src/model/metric.js';

/**
 * Every partition of a published table that adds up (configured hubs to `all`; each declared breakdown group to
 * breakdown `all`), found from the table itself rather than from the margins disclosure control was given, with the
 * keys of any that holds exactly one withheld cell: that cell is the total minus the published parts (to within the
 * rounding base, as published counts are rounded).
 */
export function recoverableBySubtraction(
  rows: readonly MetricRow[],
  hubs: readonly string[],
  partitions: Readonly<Record<string, readonly (readonly string[])[]>>,
): { checked: number; recoverable: string[] } {
  const key = (r: Pick<MetricRow, 'measure' | 'hub' | 'period' | 'breakdown'>) =>
    `${r.measure}|${r.hub}|${r.period}|${r.breakdown}`;
  const byKey = new Map(rows.map((r) => [key(r), r]));
  const recoverable: string[] = [];
  let checked = 0;
  const check = (total: MetricRow, parts: readonly (MetricRow | undefined)[]) => {
    const cells = [total, ...parts.filter((p): p is MetricRow => p !== undefined)];
    if (cells.length < 2) return;
    checked++;
    if (cells.filter((c) => c.symbol === 'c').length === 1) recoverable.push(key(total));
  };
  for (const total of rows) {
    // Differences and multi-year trends do not add up across hubs.
    if (total.unit === 'pp' || total.period.includes('-')) continue;
    if (total.hub === 'all')
      check(
        total,
        hubs.map((hub) => byKey.get(key({ ...total, hub }))),
      );
    if (total.breakdown === 'all')
      for (const group of partitions[total.measure] ?? [])
        check(
          total,
          group.map((breakdown) => byKey.get(key({ ...total, breakdown }))),
        );
  }
  return { checked, recoverable };
}
