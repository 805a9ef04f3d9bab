import { type MetricRow, metricRow } from '../model/metric.js';
import type { AcademicYear } from '../model/year.js';
import { newcombeDifference } from '../stats/difference.js';
import { isWithheld, type Pooled } from './destinations-pool.js';

/**
 * The sustained EET rate of disadvantaged pupils minus that of other pupils in one KS4 cohort, in percentage
 * points, with Newcombe's hybrid score interval (Newcombe 1998, method 10): the two groups are different pupils.
 * "Disadvantaged" is the DfE's definition (eligible for free school meals in the last six years, or looked after
 * or adopted from care). comparator = England's gap in the same cohort. Withheld when either group is.
 */
export function disadvantageGapRow(
  hub: string,
  cohort: AcademicYear,
  [disadvantaged, others]: readonly [Pooled, Pooled],
  england: readonly [Pooled, Pooled] | undefined,
): MetricRow {
  const base = {
    measure: 'eet_disadvantage_gap_pp' as const,
    hub,
    period: cohort,
    breakdown: 'total',
    unit: 'pp' as const,
    note: [...new Set([...disadvantaged.notes, ...others.notes])].join('; '),
    sdc: { counts: 'people' as const },
  };
  const comparator = england ? gapOf(england) : undefined;
  if (isWithheld(disadvantaged) || isWithheld(others)) {
    const symbols = [disadvantaged, others].flatMap((p) => (isWithheld(p) ? [p.symbol] : []));
    return metricRow({
      ...base,
      symbol: symbols.includes('c') ? 'c' : (symbols[0] ?? 'x'),
      comparator: comparator ?? null,
    });
  }
  const d = newcombeDifference(disadvantaged.x, disadvantaged.n, others.x, others.n);
  return metricRow({
    ...base,
    value: 100 * d.diff,
    ci_low: 100 * d.low,
    ci_high: 100 * d.high,
    comparator: comparator ?? null,
  });
}

function gapOf([a, b]: readonly [Pooled, Pooled]): number | undefined {
  if (isWithheld(a) || isWithheld(b)) return undefined;
  return 100 * (a.x / a.n - b.x / b.n);
}
