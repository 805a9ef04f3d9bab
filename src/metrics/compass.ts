import type { HubIndex } from '../config/hub-index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { spanPeriod } from '../model/period.js';
import { BENCHMARK_COUNT, type CompassReturn, type Institution } from '../model/records.js';
import { type AcademicYear, compareYears, startYearOf } from '../model/year.js';
import { derivedFrom } from '../sdc/row-key.js';
import { type Difference, newcombeDifference, scaleDifference } from '../stats/difference.js';
import { pFromInterval } from '../stats/interval-p.js';
import { meanInterval } from '../stats/mean.js';
import { trendSlope } from '../stats/trend.js';
import { compassChangeRows } from './compass-change.js';
import {
  ALL_HUBS,
  GROUP_BREAKDOWNS,
  groupOf,
  InstitutionRegister,
  type MetricExclusion,
  type PlacedInstitution,
  type PlacedMetrics,
} from './institution-groups.js';
import { counted } from './note-words.js';
import { percentageFields } from './percentage.js';
import { earliestStart, splitAtStart, verdictOf } from './pooled-change.js';

export interface CompassInput {
  /** At most one return per URN and year: the Compass reader keeps the latest and reports the rest as superseded. */
  readonly returns: readonly CompassReturn[];
  readonly institutions: readonly Institution[];
  readonly hubs: HubIndex;
  /** Reporting years, oldest first; returns from other years are ignored. */
  readonly years: readonly AcademicYear[];
}

export type CompassResult = PlacedMetrics;

/** A Compass score of 100% means the benchmark is fully achieved (CEC Compass: "fully achieved"). */
const FULLY_ACHIEVED = 100;
const BENCHMARK_BREAKDOWNS = Array.from({ length: BENCHMARK_COUNT }, (_, k) => `b${k + 1}`);

interface PlacedReturn {
  readonly ret: CompassReturn;
  readonly placed: PlacedInstitution;
}

/** Where one figure is taken: a hub (or `all`), a year, a breakdown. */
interface Cell {
  readonly hub: string;
  readonly period: AcademicYear;
  readonly breakdown: string;
}

/**
 * Compass completions, coverage and benchmark attainment per hub and year, and the trend of the mean
 * number of benchmarks achieved. Throws when given two returns for one URN and year: choosing between
 * them is the reader's job (latest wins), so a duplicate here is a bug upstream, not a data problem.
 */
export function compassMetrics(input: CompassInput): CompassResult {
  assertOneReturnPerUrnYear(input.returns);
  const register = new InstitutionRegister(input.institutions, input.hubs);
  const years = [...input.years].sort(compareYears);
  const inRange = new Set<string>(years);
  const placedReturns: PlacedReturn[] = [];
  const exclusions: MetricExclusion[] = [];
  for (const ret of input.returns) {
    if (!inRange.has(ret.year)) continue;
    const placed = register.place(ret.urn);
    if ('reason' in placed) exclusions.push({ urn: ret.urn, reason: placed.reason, source: ret.source });
    else placedReturns.push({ ret, placed });
  }
  // Indexed once by year, hub and breakdown: each cell is a lookup, not a scan of every return.
  const returnIndex = indexBy(placedReturns, (r) => cellKeys(r.placed, r.ret.year).map((k) => k));
  const eligibleIndex = indexBy(
    register.placed().filter((p) => p.institution.eligible),
    (p) => cellKeys(p, ''),
  );
  const returnsIn = (c: Cell) => returnIndex.get(keyOf(c.hub, c.period, c.breakdown)) ?? [];
  const eligibleIn = (c: Cell) => eligibleIndex.get(keyOf(c.hub, '', c.breakdown)) ?? [];

  const hubs = register.hubColumns();
  const cells = (breakdowns: readonly string[]) =>
    hubs.flatMap((hub) => years.flatMap((year) => breakdowns.map((breakdown) => ({ hub, period: year, breakdown }))));
  const rows = [
    // Returns from hub members apart (breakdown `members`): some returns come from institutions in the hubs' areas
    // that have not joined, so "in the hubs' areas" and "members" are different counts.
    ...cells([...GROUP_BREAKDOWNS, 'members']).map((c) =>
      c.breakdown === 'members'
        ? completionsRow(
            c,
            returnsIn({ ...c, breakdown: 'all' }).filter((r) => isMemberIn(r.placed, c.period)),
          )
        : completionsRow(c, returnsIn(c)),
    ),
    ...cells(GROUP_BREAKDOWNS).map((c) => coverageRow(c, returnsIn(c), eligibleIn(c))),
    ...cells(GROUP_BREAKDOWNS).map((c) => meanAchievedRow(c, returnsIn(c))),
    ...cells(BENCHMARK_BREAKDOWNS).map((c) => benchmarkAchievedRow(c, returnsIn({ ...c, breakdown: 'all' }))),
    ...cells(BENCHMARK_BREAKDOWNS).map((c) => meanScoreRow(c, returnsIn({ ...c, breakdown: 'all' }))),
    ...cells(['all']).map((c) => allBenchmarksRow(c, returnsIn(c))),
    ...(years.length < 2
      ? []
      : hubs.map((hub) => trendRow(hub, years, (year) => returnsIn({ hub, period: year, breakdown: 'all' })))),
    ...changeRows(
      hubs.map((hub) => ({ hub, started: startOf(input.hubs, hub) })),
      years,
      (hub, period) => returnsIn({ hub, period, breakdown: 'all' }),
    ),
    ...benchmarkChangeRows(
      hubs.map((hub) => ({ hub, started: startOf(input.hubs, hub) })),
      years,
      (hub, period) => returnsIn({ hub, period, breakdown: 'all' }),
    ),
  ];
  return { rows, exclusions };
}

function keyOf(hub: string, year: string, breakdown: string): string {
  return `${hub}|${year}|${breakdown}`;
}

/** The cells a placed record counts in: its hub and `all`, by `all` and its type group. */
function cellKeys(placed: PlacedInstitution, year: string): string[] {
  const group = groupOf(placed.institution.type);
  const breakdowns = group === null ? ['all'] : ['all', group];
  return [placed.hubId, ALL_HUBS].flatMap((hub) => breakdowns.map((b) => keyOf(hub, year, b)));
}

function indexBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

/**
 * The change in the mean benchmarks achieved since the hub began (from the last year before its start to the
 * latest), or from the first to the last year where no start year is given or no year precedes it; all returns and
 * like-for-like (compass-change.ts).
 */
function changeRows(
  hubs: readonly { readonly hub: string; readonly started: AcademicYear | undefined }[],
  years: readonly AcademicYear[],
  returnsOf: (hub: string, year: AcademicYear) => PlacedReturn[],
): MetricRow[] {
  const achieved = (hub: string, year: AcademicYear) =>
    returnsOf(hub, year).map((r) => ({ urn: r.ret.urn, achieved: achievedCount(r.ret) }));
  return hubs.flatMap(({ hub, started }) => {
    const span = changeSpan(years, started);
    return span
      ? compassChangeRows(hub, span.first, span.last, achieved(hub, span.first), achieved(hub, span.last))
      : [];
  });
}

/** The years a change runs between: since the start where a year precedes it, else first to last; none if one. */
function changeSpan(
  years: readonly AcademicYear[],
  started: AcademicYear | undefined,
): { first: AcademicYear; last: AcademicYear } | undefined {
  const split = started ? splitAtStart(years, started) : undefined;
  const first = split ? split.baseline : years[0];
  const last = split ? split.latest : years.at(-1);
  return first === undefined || last === undefined || first === last ? undefined : { first, last };
}

/** When a hub began (`hubs[].started`); all hubs: the earliest start. */
function startOf(index: HubIndex, hub: string): AcademicYear | undefined {
  return hub === ALL_HUBS
    ? earliestStart(index.hubs.map((h) => h.started))
    : index.hubs.find((h) => h.id === hub)?.started;
}

/**
 * The change in the share of returns fully achieving each benchmark since the hub began (from the last year before
 * its start to the latest), or from the first to the last year where no start year is given or no year precedes it;
 * in percentage points, with Newcombe's interval for two independent proportions (each year's returns a sample of
 * institutions). Worked out from the two yearly shares, so it goes where they go under disclosure control.
 */
function benchmarkChangeRows(
  hubs: readonly { readonly hub: string; readonly started: AcademicYear | undefined }[],
  years: readonly AcademicYear[],
  returnsOf: (hub: string, year: AcademicYear) => PlacedReturn[],
): MetricRow[] {
  return hubs.flatMap(({ hub, started }) => {
    const span = changeSpan(years, started);
    if (!span) return [];
    const { first, last } = span;
    const period = spanPeriod(first, last);
    return BENCHMARK_BREAKDOWNS.map((breakdown, k) => {
      const [before, after] = [first, last].map((year) => {
        const scores = benchmarkScores(returnsOf(hub, year), k);
        return { achieved: scores.filter((s) => s >= FULLY_ACHIEVED).length, n: scores.length };
      }) as [{ achieved: number; n: number }, { achieved: number; n: number }];
      const d =
        before.n > 0 && after.n > 0
          ? scaleDifference(newcombeDifference(after.achieved, after.n, before.achieved, before.n), 100)
          : undefined;
      const row = metricRow({
        measure: 'compass_benchmark_change_pp',
        hub,
        period,
        breakdown,
        unit: 'pp',
        value: d?.diff ?? null,
        ci_low: d?.low ?? null,
        ci_high: d?.high ?? null,
        symbol: d ? '' : 'z',
        note: `${before.n} returns in ${first}, ${after.n} in ${last}; Newcombe interval for two independent shares`,
        sdc: { counts: 'institutions', institutions: Math.min(before.n, after.n) },
        ...(d ? verdictOf({ ...d, ...pOf(d) }) : {}),
      });
      return derivedFrom(
        row,
        [first, last].map((year) => ({
          measure: 'compass_benchmark_achieved_pct' as const,
          hub,
          period: year,
          breakdown,
        })),
      );
    });
  });
}

function pOf(d: Difference): { p?: number } {
  const p = pFromInterval(d.diff, d.low, d.high);
  return p === null ? {} : { p };
}

/**
 * Share of returns fully achieving all eight benchmarks (the Mayor's careers action plan aim), Wilson interval.
 * An empty score is not achieved, as for the mean.
 */
function allBenchmarksRow(c: Cell, returns: PlacedReturn[]): MetricRow {
  const all = returns.filter((r) => achievedCount(r.ret) === BENCHMARK_COUNT).length;
  return metricRow({
    measure: 'compass_all_benchmarks_pct',
    ...c,
    unit: 'pct',
    ...percentageFields(all, returns.length),
    sdc: { counts: 'institutions', institutions: returns.length },
  });
}

function assertOneReturnPerUrnYear(returns: readonly CompassReturn[]): void {
  const seen = new Map<string, CompassReturn>();
  for (const ret of returns) {
    const key = `${ret.urn}\u0000${ret.year}`;
    const earlier = seen.get(key);
    if (earlier) {
      throw new Error(
        `compassMetrics was given two Compass returns for URN ${ret.urn} in ${ret.year} ` +
          `(${earlier.source.file}:${earlier.source.line} and ${ret.source.file}:${ret.source.line}); ` +
          'the Compass reader should have kept only the latest',
      );
    }
    seen.set(key, ret);
  }
}

function completionsRow(c: Cell, returns: PlacedReturn[]): MetricRow {
  return metricRow({
    measure: 'compass_completions',
    ...c,
    unit: 'count',
    value: returns.length,
    sdc: { counts: 'institutions', institutions: returns.length },
  });
}

/** A member in a year: eligible, and joined in that year or before (membership is not withdrawn). */
function isMemberIn(placed: PlacedInstitution, year: AcademicYear): boolean {
  const { eligible, joined } = placed.institution;
  return eligible && joined !== null && compareYears(joined, year) <= 0;
}

/** Coverage counts only returns from eligible institutions, so that it cannot exceed 100%. */
function coverageRow(c: Cell, returns: PlacedReturn[], eligible: PlacedInstitution[]): MetricRow {
  const fromEligible = returns.filter((r) => r.placed.institution.eligible).length;
  const others = returns.length - fromEligible;
  return metricRow({
    measure: 'compass_coverage_pct',
    ...c,
    unit: 'pct',
    ...percentageFields(fromEligible, eligible.length),
    note:
      others > 0
        ? `${counted(others, 'return')} from institutions not marked eligible ${others === 1 ? 'is' : 'are'} not ` +
          `counted`
        : '',
    sdc: { counts: 'institutions', institutions: eligible.length },
  });
}

/**
 * Mean number of benchmarks fully achieved (0-8) per return, with a t-interval. An empty score counts as
 * not achieved, because Compass leaves a benchmark empty when it has not been assessed; the note says how
 * many returns had gaps so a reader can judge the effect.
 */
function meanAchievedRow(c: Cell, returns: PlacedReturn[]): MetricRow {
  const values = returns.map((r) => achievedCount(r.ret));
  const withGaps = returns.filter((r) => r.ret.scores.some((s) => s === null)).length;
  const gapNote =
    withGaps > 0 ? `${withGaps} of ${returns.length} returns had empty benchmark scores, counted as not achieved` : '';
  return metricRow({
    measure: 'compass_mean_benchmarks_achieved',
    ...c,
    unit: 'mean',
    ...meanFields(values, [0, BENCHMARK_COUNT]),
    note: gapNote,
    sdc: { counts: 'institutions', institutions: returns.length },
  });
}

function benchmarkAchievedRow(c: Cell, returns: PlacedReturn[]): MetricRow {
  const k = BENCHMARK_BREAKDOWNS.indexOf(c.breakdown);
  const scores = benchmarkScores(returns, k);
  return metricRow({
    measure: 'compass_benchmark_achieved_pct',
    ...c,
    unit: 'pct',
    ...percentageFields(scores.filter((s) => s >= FULLY_ACHIEVED).length, scores.length),
    note: emptyScoreNote(returns.length - scores.length, c.breakdown),
    sdc: { counts: 'institutions', institutions: scores.length },
  });
}

function meanScoreRow(c: Cell, returns: PlacedReturn[]): MetricRow {
  const k = BENCHMARK_BREAKDOWNS.indexOf(c.breakdown);
  const scores = benchmarkScores(returns, k);
  return metricRow({
    measure: 'compass_mean_score_pct',
    ...c,
    unit: 'pct',
    ...meanFields(scores, [0, 100]),
    note: emptyScoreNote(returns.length - scores.length, c.breakdown),
    sdc: { counts: 'institutions', institutions: scores.length },
  });
}

/**
 * Ordinary least-squares slope of the hub's yearly mean benchmarks achieved, in benchmarks per year.
 * Each year counts once whatever its number of returns (a trend in the hub's level, not a pooled fit).
 */
function trendRow(
  hub: string,
  years: readonly AcademicYear[],
  returnsOf: (year: AcademicYear) => PlacedReturn[],
): MetricRow {
  const yearly = years.map((year) => ({ year, values: returnsOf(year).map((r) => achievedCount(r.ret)) }));
  const used = yearly.filter((y) => y.values.length > 0);
  const points = used.map((y) => ({ x: startYearOf(y.year), y: mean(y.values) }));
  const fit = trendSlope(points);
  const gaps = yearly.filter((y) => y.values.length === 0).map((y) => y.year);
  const notes = [`slope of ${points.length} yearly means, benchmarks per year`];
  if (gaps.length > 0) notes.push(`no returns in ${gaps.join(', ')}`);
  return metricRow({
    measure: 'compass_mean_benchmarks_trend',
    hub,
    period: spanPeriod(years[0]!, years[years.length - 1]!),
    breakdown: 'all',
    unit: 'mean',
    value: fit?.slope ?? null,
    ci_low: finite(fit?.low),
    ci_high: finite(fit?.high),
    denominator: points.length,
    symbol: fit ? '' : 'z',
    note: notes.join('; '),
    // The trend rests on every year's returns; its weakest year decides whether it can be shown.
    sdc: { counts: 'institutions', institutions: used.length > 0 ? Math.min(...used.map((y) => y.values.length)) : 0 },
  });
}

/** Benchmarks fully achieved in one return (0-8); an empty score is not achieved. */
export function achievedCount(ret: CompassReturn): number {
  return ret.scores.filter((s) => s !== null && s >= FULLY_ACHIEVED).length;
}

/** Scores of benchmark k, leaving out returns where it is empty (they have no score to average). */
function benchmarkScores(returns: PlacedReturn[], k: number): number[] {
  return returns.map((r) => r.ret.scores[k]).filter((s): s is number => typeof s === 'number');
}

function emptyScoreNote(empty: number, breakdown: string): string {
  return empty > 0 ? `${counted(empty, 'return')} with an empty ${breakdown.toUpperCase()} score left out` : '';
}

/** A mean with its 95% t-interval; the interval is empty when one value gives no spread to estimate. */
function meanFields(values: number[], range: readonly [number, number]): Partial<MetricRow> {
  if (values.length === 0) return { denominator: 0, symbol: 'z' };
  const m = meanInterval(values);
  // A t-interval on a bounded score can pass its bounds with few returns; the limits are truncated to what is possible.
  const clamp = (v: number | null) => (v === null ? null : Math.min(range[1], Math.max(range[0], v)));
  return {
    value: m?.mean ?? mean(values),
    denominator: values.length,
    ci_low: clamp(finite(m?.low)),
    ci_high: clamp(finite(m?.high)),
  };
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function finite(x: number | undefined): number | null {
  return x !== undefined && Number.isFinite(x) ? x : null;
}
