import { type MetricRow, metricRow } from '../model/metric.js';
import { spanPeriod } from '../model/period.js';
import { BENCHMARK_COUNT } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import { derivedFrom } from '../sdc/row-key.js';
import { meanInterval } from '../stats/mean.js';
import { type MeanDifference, pairedDifference, welchDifference } from '../stats/mean-difference.js';

/** Breakdown of the like-for-like figures: institutions with a return in both the first and the last year. */
export const SAME_INSTITUTIONS = 'same_institutions';

/** One institution's number of benchmarks fully achieved in a year. */
export interface Achieved {
  readonly urn: string;
  readonly achieved: number;
}

/**
 * The change in the mean number of benchmarks fully achieved from the first to the last reporting year, for a
 * hub (or `all`):
 * - breakdown `all`: every return of each year, two independent samples, Welch interval;
 * - breakdown `same_institutions`: only institutions with a return in both years, paired differences, paired t
 *   interval; with the like-for-like means of both years (`compass_mean_benchmarks_achieved`), so a reader can
 *   see how much of a rise is a change in who returned.
 */
export function compassChangeRows(
  hub: string,
  first: AcademicYear,
  last: AcademicYear,
  before: readonly Achieved[],
  after: readonly Achieved[],
): MetricRow[] {
  const period = spanPeriod(first, last);
  const inFirst = new Map(before.map((a) => [a.urn, a.achieved]));
  const pairs = after.flatMap((a) => {
    const b = inFirst.get(a.urn);
    return b === undefined ? [] : [{ urn: a.urn, before: b, after: a.achieved }];
  });
  const welch = welchDifference(
    before.map((a) => a.achieved),
    after.map((a) => a.achieved),
  );
  const paired = pairedDifference(pairs);
  // Each change is worked out from its two yearly means: it goes where they go under disclosure control.
  const ends = (breakdown: string) =>
    [first, last].map((year) => ({
      measure: 'compass_mean_benchmarks_achieved' as const,
      hub,
      period: year,
      breakdown,
    }));
  return [
    sameMeanRow(
      hub,
      first,
      pairs.map((p) => p.before),
      last,
    ),
    sameMeanRow(
      hub,
      last,
      pairs.map((p) => p.after),
      first,
    ),
    derivedFrom(
      changeRow(hub, period, 'all', welch, Math.min(before.length, after.length), [
        `${before.length} returns in ${first}, ${after.length} in ${last}; Welch interval for two independent means`,
      ]),
      ends('all'),
    ),
    derivedFrom(
      changeRow(hub, period, SAME_INSTITUTIONS, paired, pairs.length, [
        `${pairs.length} institutions with a return in both ${first} and ${last}; paired t interval`,
      ]),
      ends(SAME_INSTITUTIONS),
    ),
  ];
}

function sameMeanRow(hub: string, year: AcademicYear, values: number[], other: AcademicYear): MetricRow {
  const m = meanInterval(values);
  // A t-interval on a bounded count can pass 0 or 8 with few institutions: the limits are truncated to 0-8.
  const clamp = (v: number | undefined) =>
    v === undefined || !Number.isFinite(v) ? null : Math.min(BENCHMARK_COUNT, Math.max(0, v));
  return metricRow({
    measure: 'compass_mean_benchmarks_achieved',
    hub,
    period: year,
    breakdown: SAME_INSTITUTIONS,
    unit: 'mean',
    value: m?.mean ?? null,
    denominator: values.length,
    ci_low: clamp(m?.low),
    ci_high: clamp(m?.high),
    symbol: m ? '' : 'z',
    note: `institutions with a return in both ${[year, other].sort().join(' and ')}`,
    sdc: { counts: 'institutions', institutions: values.length },
  });
}

function changeRow(
  hub: string,
  period: string,
  breakdown: string,
  d: MeanDifference | undefined,
  institutions: number,
  notes: string[],
): MetricRow {
  const finite = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : v);
  return metricRow({
    measure: 'compass_mean_benchmarks_change',
    hub,
    period,
    breakdown,
    unit: 'mean',
    value: d?.diff ?? null,
    ci_low: finite(d?.low),
    ci_high: finite(d?.high),
    // The paired change is over the pairs; the Welch change has two sample sizes, given in the note.
    denominator: breakdown === SAME_INSTITUTIONS ? institutions : null,
    symbol: d ? '' : 'z',
    note: notes.join('; '),
    // A change rests on both years' returns; the smaller side decides whether it can be shown.
    sdc: { counts: 'institutions', institutions },
  });
}
