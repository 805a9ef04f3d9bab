import type { MetricUnit } from '../model/metric.js';
import { fixed, formatCount, signed } from '../model/number-format.js';

export { fixed, formatCount, signed };

/** Presentation rounding, in one place: percentages and pp to 1 dp, means to 1 dp, counts with thousands commas. */
export function formatNumber(value: number, unit: MetricUnit, dp?: number): string {
  if (unit === 'count') return formatCount(value);
  return fixed(value, dp ?? 1);
}

export function formatValue(value: number | null, unit: MetricUnit, symbol = ''): string {
  if (value === null || !Number.isFinite(value)) return symbol || 'x';
  if (unit === 'pct') return `${fixed(value, 1)}%`;
  if (unit === 'pp') return `${signed(value)} pp`;
  return formatNumber(value, unit);
}
