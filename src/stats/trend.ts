import { linearRegression } from 'simple-statistics';
import { tQuantile } from './student-t.js';

/** A fitted straight line with a 95% interval for its slope. */
export interface TrendSlope {
  slope: number;
  intercept: number;
  n: number;
  low: number;
  high: number;
}

/**
 * Ordinary least-squares slope of y on x (simple-statistics `linearRegression`), with the classical 95%
 * interval slope ± t(0.975, n − 2) · SE, SE = √(RSS / (n − 2)) / √Σ(x − x̄)²
 * (e.g. Draper & Smith, Applied Regression Analysis, §1.4). The interval treats years as independent
 * observations: it describes the spread of the points around the line, not the sampling error of each point.
 * undefined for n < 2, or when every x is the same (no slope is defined); low/high are NaN when n < 3.
 */
export function trendSlope(points: readonly { x: number; y: number }[]): TrendSlope | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const bad = points.findIndex((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y));
  if (bad >= 0)
    throw new RangeError(`trendSlope needs finite points; point ${bad} is (${points[bad]?.x}, ${points[bad]?.y})`);
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  if (sxx === 0) return undefined;
  const { m: slope, b: intercept } = linearRegression(points.map((p) => [p.x, p.y]));
  if (n < 3) return { slope, intercept, n, low: NaN, high: NaN };
  const rss = points.reduce((sum, p) => sum + (p.y - (intercept + slope * p.x)) ** 2, 0);
  const se = Math.sqrt(rss / (n - 2) / sxx);
  const half = tQuantile(0.975, n - 2) * se;
  return { slope, intercept, n, low: slope - half, high: slope + half };
}
