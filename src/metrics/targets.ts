import type { MetricRow } from '../model/metric.js';
import { type AcademicYear, startYearOf } from '../model/year.js';
import { trendSlope } from '../stats/trend.js';

/** A target or KPI from the config. */
export interface Target {
  readonly measure: string;
  /** A hub id or `all`. */
  readonly hub: string;
  /** The metric row's breakdown the target is on (`all` for most headline measures). */
  readonly breakdown: string;
  /** The academic year by which the target is to be reached. */
  readonly year: AcademicYear;
  readonly value: number;
  readonly direction: 'at least' | 'at most';
  /** Who set it, e.g. "Mayor's careers action plan". */
  readonly source: string;
}

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
          !r.period.includes('-') &&
          r.value !== null &&
          r.period <= reportingYear,
      )
      .sort((a, b) => (a.period < b.period ? -1 : 1));
    const baseline = series[0] ?? null;
    const latest = series[series.length - 1] ?? null;
    if (!latest || latest.value === null) return { target, baseline, latest, status: 'no data', projection: null };
    const reaches = (v: number) => (target.direction === 'at least' ? v >= target.value : v <= target.value);
    if (reaches(latest.value)) return { target, baseline, latest, status: 'met', projection: null };
    if (startYearOf(reportingYear) >= startYearOf(target.year))
      return { target, baseline, latest, status: 'not met', projection: null };
    const projection = project(series, startYearOf(target.year));
    const onTrack =
      projection !== null &&
      Number.isFinite(projection.low) &&
      reaches(target.direction === 'at least' ? projection.low : projection.high);
    return { target, baseline, latest, status: onTrack ? 'on track' : 'not on track', projection };
  });
}

/**
 * The fitted line at year x. Its interval widens the value by the slope's 95% limits times the years ahead of the
 * latest point; the uncertainty in the line's level is left out, so it is narrower than a full prediction interval.
 */
function project(series: readonly MetricRow[], x: number): TargetProgress['projection'] {
  const points = series.map((r) => ({ x: startYearOf(r.period as AcademicYear), y: r.value ?? 0 }));
  const fit = trendSlope(points);
  const last = points[points.length - 1];
  if (!fit || !last) return null;
  const ahead = x - last.x;
  const value = fit.intercept + fit.slope * x;
  return { value, low: value - (fit.slope - fit.low) * ahead, high: value + (fit.high - fit.slope) * ahead };
}
