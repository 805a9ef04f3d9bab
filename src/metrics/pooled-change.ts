import { errorFunction } from 'simple-statistics';
import {
  beforeStartId,
  binomialId,
  type MeasureId,
  type SpanChangeId,
  sinceStartId,
  vsEnglandId,
  type WholeChangeId,
} from '../model/measures/index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import type { MissingSymbol } from '../model/missing.js';
import { spanPeriod } from '../model/period.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import { derivedFrom } from '../sdc/row-key.js';
import {
  type AreaChange,
  type AreaEnds,
  changeBetweenAreas,
  roundingVariance,
  tInterval,
} from '../stats/between-area.js';
import { classifyDifference, type DifferenceClass } from '../stats/change.js';
import { type Difference, differenceOfDifferences, newcombeDifference } from '../stats/difference.js';
import { Z_95 } from '../stats/proportion.js';

/**
 * The one builder of a change between two pooled ends (a hub's, a comparison group's or England's rate in two
 * cohorts or years), used by the destination, NEET and neighbour measures alike:
 *   - withheld when either end is, by the one rule for figures worked out from others (withheldOf): `c`
 *     (suppressed) when any end is `c`, else the first withheld end's symbol (`x` not available); the plan words `c`
 *     "suppressed" and the others "not available" (hubChangesSentence);
 *   - a pooled area's interval treats the local authority as the unit (stats/between-area.ts), so it holds the
 *     variation between LAs and not only binomial sampling; the binomial (Newcombe) interval is kept as a named
 *     sensitivity row (`..._binomial_pp`);
 *   - a fixed reference (England: no LA split) has Newcombe's interval, widened by the error of rates published
 *     to one decimal when its counts were rebuilt from such rates (NCCIS);
 *   - the verdict (rise, fall, unclear) and the p-value are fixed here on unrounded figures.
 */

/** Counts of one area at one end, keyed by LA code. */
export type AreaCounts = ReadonlyMap<string, { readonly x: number; readonly n: number }>;

/** One end of a change: x of n with the LAs it pools, or the symbol that stands in for it. */
export type End = EndCounts | EndWithheld;
export interface EndCounts {
  readonly x: number;
  readonly n: number;
  readonly notes: readonly string[];
  /** The LAs pooled; absent for a fixed reference (the national row). */
  readonly areas?: AreaCounts;
}
export interface EndWithheld {
  readonly symbol: MissingSymbol;
  readonly notes: readonly string[];
}

export function isWithheldEnd(e: End): e is EndWithheld {
  return 'symbol' in e;
}

/** How rates at the ends were published: NCCIS gives one-decimal percentages, DfE KS4 gives counts. */
export interface EndsSource {
  /** Decimal places of the published percentages the counts were rebuilt from; null = published counts. */
  readonly rateDecimals: number | null;
}

/** A change's key fields. */
export interface ChangeKey {
  readonly measure: SpanChangeId;
  readonly hub: string;
  readonly period: string;
  readonly breakdown: string;
  readonly note?: string;
}

/** Verdict and p-value on unrounded figures; written into the row (not a CSV column). */
export interface Verdict {
  readonly verdict: DifferenceClass;
  readonly p_value: number | null;
}

export type ChangeRow = MetricRow & Partial<Verdict>;

/** The change of a pooled rate, or undefined when an end is withheld. */
export function changeOfEnds([from, to]: readonly [End, End], source: EndsSource): AreaChange | undefined {
  if (isWithheldEnd(from) || isWithheldEnd(to)) return undefined;
  if (from.areas && to.areas) {
    const byArea = changeBetweenAreas(areaEnds(from.areas, to.areas));
    if (byArea) return byArea;
  }
  return fixedChange(from, to, source);
}

/** Newcombe's interval, widened by the rounding of both ends when the counts were rebuilt from rounded rates. */
function fixedChange(from: EndCounts, to: EndCounts, source: EndsSource): AreaChange {
  const d = newcombeDifference(to.x, to.n, from.x, from.n);
  const rounding = source.rateDecimals === null ? 0 : 2 * roundingVariance(source.rateDecimals);
  const widen = (half: number) => Math.sqrt(half * half + Z_95 * Z_95 * rounding);
  const se = Math.sqrt(((d.high - d.low) / (2 * Z_95)) ** 2 + rounding);
  const p = se > 0 ? 2 * (1 - normalCdf(Math.abs(d.diff) / se)) : 1;
  return {
    diff: d.diff,
    low: d.diff - widen(d.diff - d.low),
    high: d.diff + widen(d.high - d.diff),
    se,
    df: Number.POSITIVE_INFINITY,
    p,
    areas: 1,
  };
}

function areaEnds(from: AreaCounts, to: AreaCounts): AreaEnds[] {
  const codes = [...new Set([...from.keys(), ...to.keys()])].sort();
  return codes.map((code) => {
    const a = from.get(code) ?? { x: 0, n: 0 };
    const b = to.get(code) ?? { x: 0, n: 0 };
    return { x1: a.x, n1: a.n, x2: b.x, n2: b.n };
  });
}

/**
 * The one withheld-symbol rule for a figure worked out from others (a change from its two ends, a gap from two
 * changes): suppressed (`c`) when any of them is suppressed, since the hidden figure would follow from the result;
 * else the first one's own symbol (`x` not available, `z` not applicable); `x` when none is given.
 */
export function withheldOf(symbols: readonly (MissingSymbol | '')[]): MissingSymbol {
  const given = symbols.filter((s): s is MissingSymbol => s !== '');
  return given.includes('c') ? 'c' : (given[0] ?? 'x');
}

/** The symbol of a withheld change: see withheldOf. */
export function withheldSymbol(ends: readonly End[]): MissingSymbol {
  return withheldOf(ends.filter(isWithheldEnd).map((e) => e.symbol));
}

/** Last minus first, percentage points; comparator = the reference's change, diff = this change minus it. */
export function changeRow(
  key: ChangeKey,
  ends: readonly [End, End],
  source: EndsSource,
  reference?: readonly [End, End],
): ChangeRow {
  const base = baseOf(key, ends);
  const c = changeOfEnds(ends, source);
  if (!c) return metricRow({ ...base, symbol: withheldSymbol(ends) });
  const ref = reference ? changeOfEnds(reference, source) : undefined;
  const oneArea = c.df === Number.POSITIVE_INFINITY && ends.some((e) => !isWithheldEnd(e) && e.areas);
  return {
    ...metricRow({
      ...base,
      value: 100 * c.diff,
      ci_low: 100 * c.low,
      ci_high: 100 * c.high,
      comparator: ref ? 100 * ref.diff : null,
      diff: ref ? 100 * (c.diff - ref.diff) : null,
      note: joinNotes(base.note, oneArea ? ['one LA: sampling error only, no variation between LAs to measure'] : []),
    }),
    ...verdictOf(c),
  };
}

/** The same change with the binomial interval (pupils as independent draws): a sensitivity, not for the prose. */
export function binomialRow(key: ChangeKey, ends: readonly [End, End]): MetricRow {
  const base = baseOf({ ...key, measure: binomialId(key.measure) }, ends);
  const [from, to] = ends;
  if (isWithheldEnd(from) || isWithheldEnd(to)) return metricRow({ ...base, symbol: withheldSymbol(ends) });
  const d = newcombeDifference(to.x, to.n, from.x, from.n);
  return metricRow({ ...base, value: 100 * d.diff, ci_low: 100 * d.low, ci_high: 100 * d.high });
}

/**
 * (area change) − (reference change): the difference in differences. The reference (England) is fixed: its
 * sampling and rounding error is added to the area's variance, on the area's degrees of freedom. Where the area has
 * no LA split (or one LA) both intervals are Newcombe's, combined by MOVER's square-and-add (Zou & Donner 2008).
 */
export function changeVsReferenceRow(
  key: ChangeKey,
  ends: readonly [End, End],
  reference: readonly [End, End],
  source: EndsSource,
): ChangeRow {
  const base = { ...baseOf({ ...key, measure: vsEnglandId(key.measure) }, [...ends, ...reference]) };
  const h = changeOfEnds(ends, source);
  const e = changeOfEnds(reference, source);
  if (!h || !e) return metricRow({ ...base, symbol: withheldSymbol([...ends, ...reference]) });
  const d = changeVsReference(h, e);
  return {
    ...metricRow({
      ...base,
      value: 100 * d.diff,
      ci_low: 100 * d.low,
      ci_high: 100 * d.high,
      comparator: 100 * e.diff,
    }),
    ...verdictOf(d),
  };
}

/**
 * An area's change minus the reference's over the same span: the reference's error added to the area's variance on
 * the area's degrees of freedom; where the area has no LA split, the two Newcombe intervals by square-and-add.
 */
export function changeVsReference(h: AreaChange, e: AreaChange): AreaChange {
  return h.df === Number.POSITIVE_INFINITY
    ? moverInterval(h, e)
    : tInterval(h.diff - e.diff, Math.hypot(h.se, e.se), h.df, h.areas);
}

function moverInterval(h: AreaChange, e: AreaChange): AreaChange {
  const { diff, low, high } = differenceOfDifferences(h, e);
  const se = Math.hypot(h.se, e.se);
  return { ...h, diff, low, high, se, p: se > 0 ? 2 * (1 - normalCdf(Math.abs(diff) / se)) : 1 };
}

/** A row's value and 95% limits as a Difference (its own units); undefined when any of the three is missing. */
export function rowDifference(r: MetricRow): Difference | undefined {
  return r.value === null || r.ci_low === null || r.ci_high === null
    ? undefined
    : { diff: r.value, low: r.ci_low, high: r.ci_high };
}

/** Verdict from the unrounded interval, so disclosure rounding cannot change the word. */
export function verdictOf(d: Pick<Difference, 'diff' | 'low' | 'high'> & { readonly p?: number }): Verdict {
  return { verdict: classifyDifference(d.diff, d.low, d.high), p_value: d.p ?? null };
}

function baseOf(key: Omit<ChangeKey, 'measure'> & { readonly measure: MeasureId }, ends: readonly End[]) {
  const notes = ends.flatMap((e) => e.notes);
  return {
    measure: key.measure,
    hub: key.hub,
    period: key.period,
    breakdown: key.breakdown,
    unit: 'pp' as const,
    note: key.note ?? [...new Set(notes)].join('; '),
    sdc: { counts: 'people' as const },
  };
}

function joinNotes(note: string, more: readonly string[]): string {
  return [note, ...more].filter(Boolean).join('; ');
}

/** Standard normal CDF, Φ(z) = ½(1 + erf(z/√2)). */
function normalCdf(z: number): number {
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

/** The ends of the changes since and before the start: baseline = the last period before `started`. */
export interface StartSplit {
  readonly baseline: AcademicYear;
  /** The latest period, when it is after the baseline. */
  readonly latest?: AcademicYear;
  /** The first period, when it is before the baseline. */
  readonly first?: AcademicYear;
}

/** Splits periods (oldest first) at a start year; undefined when no period is before the start. */
export function splitAtStart(periods: readonly AcademicYear[], started: AcademicYear): StartSplit | undefined {
  const before = periods.filter((p) => compareYears(p, started) < 0);
  const baseline = before.at(-1);
  if (baseline === undefined) return undefined;
  const last = periods.at(-1);
  const first = before[0];
  return {
    baseline,
    ...(last !== undefined && compareYears(last, baseline) > 0 ? { latest: last } : {}),
    ...(first !== undefined && first !== baseline ? { first } : {}),
  };
}

/** One change to compute: its measure and its two ends. */
export interface Span {
  readonly measure: SpanChangeId;
  readonly from: AcademicYear;
  readonly to: AcademicYear;
}

/**
 * The changes an area reports: first to last (`<m>_change_pp`, the whole span), and where the area has a start
 * year, the change since the hubs began (baseline = the last period before the start, to the latest) and the change
 * before them (first period to the baseline). `noneAfter` is the baseline when no period follows it: the report says
 * so instead of a change.
 */
export function changeSpans(
  changeMeasure: WholeChangeId,
  periods: readonly AcademicYear[],
  started: AcademicYear | undefined,
): { spans: Span[]; noneAfter?: AcademicYear } {
  const first = periods[0];
  const last = periods.at(-1);
  const spans: Span[] = [];
  if (first !== undefined && last !== undefined && first !== last)
    spans.push({ measure: changeMeasure, from: first, to: last });
  const split = started ? splitAtStart(periods, started) : undefined;
  if (!split) return { spans };
  if (split.latest) spans.push({ measure: sinceStartId(changeMeasure), from: split.baseline, to: split.latest });
  if (split.first) spans.push({ measure: beforeStartId(changeMeasure), from: split.first, to: split.baseline });
  return split.latest ? { spans } : { spans, noneAfter: split.baseline };
}

/** The row that stands where a change since the start cannot be: no period after the baseline. */
export function noneAfterRow(
  key: Omit<ChangeKey, 'period' | 'measure'> & { readonly measure: WholeChangeId },
  baseline: AcademicYear,
  what: string,
): MetricRow {
  return metricRow({
    measure: sinceStartId(key.measure),
    hub: key.hub,
    period: spanPeriod(baseline, baseline),
    breakdown: key.breakdown,
    unit: 'pp',
    symbol: 'z',
    note: `no ${what} after the hubs began: ${baseline} is the last before the start and the latest in range`,
  });
}

/** The earliest start of the hubs given (all hubs pooled are measured from the first hub's start). */
export function earliestStart(starts: readonly (AcademicYear | undefined)[]): AcademicYear | undefined {
  const known = starts.filter((s): s is AcademicYear => s !== undefined).sort(compareYears);
  return known[0];
}

/** One pooled area whose changes are reported: a hub, all hubs, or a comparison group. */
export interface ChangeArea {
  readonly hub: string;
  /** When the area's hubs began: splits the range into changes before and since (changeSpans). */
  readonly started?: AcademicYear | undefined;
}

/** Everything the changes of one rate and breakdown need: the areas, England, and each one's end in a period. */
export interface AreaChangesInput<A extends ChangeArea, E extends End = End> {
  readonly change: WholeChangeId;
  /** The level measure at the ends: each change is derived from its two level rows (disclosure control). */
  readonly level: MeasureId;
  readonly breakdown: string;
  /** Periods in range, oldest first. */
  readonly periods: readonly AcademicYear[];
  readonly areas: readonly A[];
  /** The national reference, whose change every area's is set against; its rows are written as hub `england`. */
  readonly england: A;
  readonly endOf: (area: A, period: AcademicYear) => E;
  readonly source: EndsSource;
  /** "year" (NCCIS) or "cohort" (KS4), as the row standing for a change with no period after the start says. */
  readonly periodWord: string;
  /** Notes the change vs England carries beyond its ends' (which releases the two ends came from). */
  readonly vsNotes?: (own: readonly [E, E], england: readonly [E, E]) => readonly string[];
}

/**
 * Every change an area reports for one rate and breakdown (see changeSpans), in the one order the metrics table
 * lists them: per area its change with England's as comparator, the binomial sensitivity (since and before the
 * start), and its change against England's; then England's own change over each span an area used.
 */
export function areaChangeRows<A extends ChangeArea, E extends End>(input: AreaChangesInput<A, E>): MetricRow[] {
  const { breakdown, source } = input;
  const out: MetricRow[] = [];
  const englandSpans = new Map<string, Span>();
  const endsOf = (area: A, span: Span) => [input.endOf(area, span.from), input.endOf(area, span.to)] as const;
  const endKeys = (hub: string, span: Span) =>
    [span.from, span.to].map((period) => ({ measure: input.level, hub, period, breakdown }));
  for (const area of input.areas) {
    const { spans, noneAfter } = changeSpans(input.change, input.periods, area.started);
    if (noneAfter)
      out.push(noneAfterRow({ measure: input.change, hub: area.hub, breakdown }, noneAfter, input.periodWord));
    for (const span of spans) {
      englandSpans.set(`${span.measure}|${span.from}|${span.to}`, span);
      const own = endsOf(area, span);
      const england = endsOf(input.england, span);
      const key = { measure: span.measure, hub: area.hub, period: spanPeriod(span.from, span.to), breakdown };
      const sources = endKeys(area.hub, span);
      out.push(derivedFrom(changeRow(key, own, source, england), sources));
      if (span.measure !== input.change) out.push(derivedFrom(binomialRow(key, own), sources));
      const notes = [...own, ...england].flatMap((e) => e.notes);
      const note = [...new Set([...notes, ...(input.vsNotes?.(own, england) ?? [])])].join('; ');
      out.push(derivedFrom(changeVsReferenceRow({ ...key, note }, own, england, source), [...sources, key]));
    }
  }
  const hub = input.england.hub;
  for (const span of englandSpans.values()) {
    const key = { measure: span.measure, hub, period: spanPeriod(span.from, span.to), breakdown };
    out.push(derivedFrom(changeRow(key, endsOf(input.england, span), source), endKeys(hub, span)));
  }
  return out;
}
