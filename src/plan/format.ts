import type { MetricUnit } from '../model/metric.js';

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

export function formatCount(value: number): string {
  const s = Math.round(Math.abs(value))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${s}` : s;
}

/** toFixed with half away from zero on the printed digits, and no "-0.0". */
export function fixed(value: number, dp: number): string {
  const f = 10 ** dp;
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
  const s = r.toFixed(dp);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

export function signed(value: number, dp = 1): string {
  const s = fixed(value, dp);
  return value > 0 && s !== fixed(0, dp) ? `+${s}` : s;
}
