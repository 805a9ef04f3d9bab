import { type MetricRow, metricRow } from '../model/metric.js';
import type { MissingSymbol } from '../model/missing.js';
import { type Difference, differenceOfDifferences, newcombeDifference } from '../stats/difference.js';

/** A rate's counts at one end of a change (x of n), or the symbol that stands in for it. */
export type Counts = { readonly x: number; readonly n: number } | { readonly symbol: MissingSymbol };

/** `eet_change_pp` -> `eet_change_vs_england_pp`. */
export function vsEnglandMeasure(changeMeasure: string): string {
  return changeMeasure.replace(/_change_pp$/, '_change_vs_england_pp');
}

/** Last minus first as a Newcombe difference, or undefined when either end is withheld. */
export function changeOfCounts(from: Counts, to: Counts): Difference | undefined {
  if ('symbol' in from || 'symbol' in to) return undefined;
  return newcombeDifference(to.x, to.n, from.x, from.n);
}

/**
 * (hub change) − (England change) in percentage points: the difference in differences. Its interval combines
 * the two Newcombe intervals as independent by the MOVER square-and-add rule (Zou & Donner 2008): England's
 * change is itself estimated from two cohorts, and ignoring the hub's share of England's pupils (a positive
 * covariance) only widens the interval, slightly, since England's half-width (~0.2 pp) is small beside a hub's.
 * Withheld (`c`, else the first symbol) when either change is.
 */
export function changeVsEnglandRow(
  base: Pick<MetricRow, 'hub' | 'period' | 'breakdown' | 'note'> & { readonly changeMeasure: string },
  hub: readonly [Counts, Counts],
  england: readonly [Counts, Counts],
): MetricRow {
  const { changeMeasure, ...cell } = base;
  const row = {
    ...cell,
    measure: vsEnglandMeasure(changeMeasure),
    unit: 'pp' as const,
    sdc: { counts: 'people' as const },
  };
  const h = changeOfCounts(...hub);
  const e = changeOfCounts(...england);
  if (!h || !e) {
    const symbols = [...hub, ...england].flatMap((c) => ('symbol' in c ? [c.symbol] : []));
    return metricRow({ ...row, symbol: symbols.includes('c') ? 'c' : (symbols[0] ?? 'x') });
  }
  const d = differenceOfDifferences(h, e);
  return metricRow({
    ...row,
    value: 100 * d.diff,
    ci_low: 100 * d.low,
    ci_high: 100 * d.high,
    comparator: 100 * e.diff,
  });
}
