import type { MetricRow } from '../model/metric.js';
import { isSpan } from '../model/period.js';
import type { Target } from '../model/target.js';
import { type AcademicYear, startYearOf } from '../model/year.js';
import { trendSlope } from '../stats/trend.js';

export type TargetStatus = 'met' | 'not met' | 'on track' | 'not on track' | 'no data';

export interface TargetProgress {
  readonly target: Target;
  readonly baseline: MetricRow | null;
  readonly latest: MetricRow | null;
  readonly status: TargetStatus;
  /** The straight-line projection to the target year with its interval, when one was made. */
  readonly projection: { readonly value: number; readonly low: number; readonly high: number } | null;
}

/**
 * Progress against each target, from the metric rows up to the reporting year:
 *   met          the latest value reaches the target (in the target's direction);
 *   not met      the target year has come and the latest value does not reach it;
 *   on track     the target year is still ahead and the least-squares trend of the yearly values, projected to
 *                the target year, reaches it even at the unfavourable end of its 95% slope interval;
 *   not on track the target year is ahead and the projection's interval does not wholly reach it (or there are
 *                fewer than three years to fit a trend with an interval);
 *   no data      no value for the measure, hub and breakdown up to the reporting year.
 * Requiring the whole interval keeps "on track" to what the data support, the same rule as "rose" and "fell".
 */
export function targetProgress(
  targets: readonly Target[],
  rows: readonly MetricRow[],
  reportingYear: AcademicYear,
): TargetProgress[] {
  return targets.map((target) => {
    const series = rows
      .filter(
        (r) =>
          r.measure === target.measure &&
          r.hub === target.hub &&
          r.breakdown === target.breakdown &&
          !isSpan(r.period) &&
          r.period <= reportingYear,
      )
      .sort((a, b) => (a.period < b.period ? -1 : 1));
    // The latest year decides, even when it is suppressed: an older published year is not a stand-in for it.
    const latest = series[series.length - 1] ?? null;
    const known = series.filter((r) => r.value !== null);
    const baseline = known[0] ?? null;
    if (!latest || latest.value === null) return { target, baseline, latest, status: 'no data', projection: null };
    const reaches = (v: number) => (target.direction === 'at least' ? v >= target.value : v <= target.value);
    if (reaches(latest.value)) return { target, baseline, latest, status: 'met', projection: null };
    if (startYearOf(reportingYear) >= startYearOf(target.year))
      return { target, baseline, latest, status: 'not met', projection: null };
    const projection = project(known, startYearOf(target.year));
    const onTrack =
      projection !== null &&
      Number.isFinite(projection.low) &&
      reaches(target.direction === 'at least' ? projection.low : projection.high);
    return { target, baseline, latest, status: onTrack ? 'on track' : 'not on track', projection };
  });
}

/**
 * The fitted line at year x with the 95% confidence interval of the line there,
 * t · s · √(1/n + (x − x̄)² / Sxx) (Draper & Smith, Applied Regression Analysis, §1.4): it widens with
 * distance from the years' mean, and includes the uncertainty of the line's level. t · s is taken from the
 * slope's interval, whose half-width is t · s / √Sxx.
 */
function project(series: readonly MetricRow[], x: number): TargetProgress['projection'] {
  const points = series.map((r) => ({ x: startYearOf(r.period as AcademicYear), y: r.value ?? 0 }));
  const fit = trendSlope(points);
  if (!fit) return null;
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  const half = (fit.high - fit.slope) * Math.sqrt(sxx / n + (x - meanX) ** 2);
  const value = fit.intercept + fit.slope * x;
  return { value, low: value - half, high: value + half };
}
