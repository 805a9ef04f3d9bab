import type { MeasureId } from '../../src/model/measures/index.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';

/** A count of people. */
export function peopleCount(
  hub: string,
  breakdown: string,
  value: number | null,
  measure: MeasureId = 'membership_pupils',
): MetricRow {
  return metricRow({ measure, hub, period: '2023/24', breakdown, unit: 'count', value, sdc: { counts: 'people' } });
}

/** A percentage of people with its counts and an interval. */
export function peopleRate(
  hub: string,
  breakdown: string,
  numerator: number,
  denominator: number,
  measure: MeasureId = 'eet_sustained_pct',
): MetricRow {
  const value = (100 * numerator) / denominator;
  return metricRow({
    measure,
    hub,
    period: '2023/24',
    breakdown,
    unit: 'pct',
    value,
    numerator,
    denominator,
    ci_low: value - 3,
    ci_high: value + 3,
    comparator: 94.1,
    diff: value - 94.1,
    diff_ci_low: value - 97.1,
    diff_ci_high: value - 91.1,
    sdc: { counts: 'people' },
  });
}
