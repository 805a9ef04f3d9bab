import type { MetricRow } from '../model/metric.js';
import { wilsonInterval } from '../stats/proportion.js';

/** A percentage with its 95% Wilson score interval; `z` (not applicable) when there is nothing to divide by. */
export function percentageFields(x: number, n: number): Partial<MetricRow> {
  if (n === 0) return { numerator: x, denominator: 0, symbol: 'z' };
  const ci = wilsonInterval(x, n);
  return { value: (100 * x) / n, numerator: x, denominator: n, ci_low: 100 * ci.low, ci_high: 100 * ci.high };
}
