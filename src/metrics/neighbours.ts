import { HubIndex } from '../config/hub-index.js';
import type { Config, LocalAuthority } from '../config/schema.js';
import type { Closeness } from '../model/closeness.js';
import {
  type BaseMeasureId,
  beforeStartId,
  measureFacts,
  type NeighbourStem,
  pretrendId,
  sinceStartId,
  vsNeighboursId,
  type WholeChangeId,
} from '../model/measures/index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { isSpan, spanPeriod } from '../model/period.js';
import type { DestinationRow, NeetRow } from '../model/records.js';
import { type AcademicYear, compareYears, startYearOf, yearRange } from '../model/year.js';
import { derivedFrom } from '../sdc/row-key.js';
import { differenceOfDifferences } from '../stats/difference.js';
import { pFromInterval } from '../stats/interval-p.js';
import { slopeDifference } from '../stats/slope-difference.js';
import { destinationMetrics, destinationsInput } from './destinations.js';
import { NCCIS_RATE_DECIMALS, neetMetrics } from './neet.js';
import { neighbourEventRows } from './neighbours-event.js';
import type { ComparisonGroup } from './neighbours-groups.js';
import {
  type AreaWeight,
  areaHubs,
  type LeaveOneOut,
  leaveOneOut,
  leftNote,
  presence,
  stableAreas,
  weights,
} from './neighbours-stable.js';
import { changeSpans, rowDifference, verdictOf, withheldOf } from './pooled-change.js';

/**
 * Each hub against its comparison group (the statistical neighbours of its LAs outside every configured hub):
 *   group rates   - the same measures as the hub's, pooled exactly as a hub's are (the group is passed to the
 *                   NEET and destinations metrics as a hub of its own), hub id `<hub>:neighbours`;
 *   change gap    - `<m>_change_vs_neighbours_pp` (first to last) and `<m>_change_since_start_vs_neighbours_pp`:
 *                   the hub's change minus the group's, with an interval;
 *   pre-trend     - `<m>_pretrend_slope_diff_pp`: hub slope minus group slope over the years before the hub
 *                   started, with an interval; an interval that excludes zero warns that the comparison may mislead.
 * A comparison, not a counterfactual: the neighbours have had Careers Hubs of their own since 2018.
 */

/** The level measures compared, with their change measure and the stem of the derived measures. */
export const COMPARED = [
  { level: 'neet_pct', change: 'neet_change_pp', stem: 'neet' },
  { level: 'not_known_pct', change: 'not_known_change_pp', stem: 'not_known' },
  { level: 'neet_or_not_known_pct', change: 'neet_or_not_known_change_pp', stem: 'neet_or_not_known' },
  { level: 'eet_sustained_pct', change: 'eet_change_pp', stem: 'eet' },
  { level: 'apprenticeship_pct', change: 'apprenticeship_change_pp', stem: 'apprenticeship' },
] as const;

export interface NeighbourMetricsInput {
  readonly groups: readonly ComparisonGroup[];
  readonly neet?: { readonly rows: readonly NeetRow[]; readonly years: readonly AcademicYear[] };
  readonly destinations?: {
    readonly rows: readonly DestinationRow[];
    readonly config: Pick<Config, 'comparator' | 'destinations'>;
    readonly cohorts: { readonly from: AcademicYear; readonly to: AcademicYear };
  };
  /** The hubs' own rows, before disclosure control. */
  readonly hubRows: readonly MetricRow[];
  /** The configured hubs: their LAs, each computed on its own, feed the event study against similar areas. */
  readonly hubs: HubIndex;
  /** The academic year each hub started; hubs without one get no pre-trend check. */
  readonly started: ReadonlyMap<string, AcademicYear>;
}

export function neighbourMetrics(input: NeighbourMetricsInput): MetricRow[] {
  return neighbourAnalysis(input).rows;
}

/** The rows, and each group's areas with their closeness and weight (for the report's list of members). */
export function neighbourAnalysis(input: NeighbourMetricsInput): {
  rows: MetricRow[];
  weights: GroupWeights[];
} {
  const computed = input.groups.map((g) => groupRates(g, input));
  const groupRows = computed.flatMap((c) => c.rows);
  const own = new Map(computed.flatMap((c) => c.own).map((r) => [key(r.measure, r.hub, r.period, r.breakdown), r]));
  const all = [...input.hubRows, ...groupRows];
  const byKey = new Map(all.map((r) => [key(r.measure, r.hub, r.period, r.breakdown), r] as const));
  const gaps = input.groups.flatMap((g, i) => changeGaps(g, groupRows, byKey, { own, spans: computed[i]?.spans }));
  const pretrends = input.groups.flatMap((g, i) => {
    const started = input.started.get(g.hub);
    return started ? pretrendRows(g, started, [...input.hubRows, ...(computed[i]?.pretrend ?? [])]) : [];
  });
  const events = computed.flatMap((c) => c.events);
  return { rows: [...groupRows, ...gaps, ...pretrends, ...events], weights: computed.flatMap((c) => c.weights) };
}

const key = (measure: string, hub: string, period: string, breakdown: string) =>
  `${measure}|${hub}|${period}|${breakdown}`;

/** The group as a one-hub index, so its rates come from the same pooling code as every hub's. */
function asHub(group: ComparisonGroup, las: readonly LocalAuthority[], started?: AcademicYear): HubIndex {
  const hub = { id: group.id, name: group.id, lead: '', localAuthorities: las };
  return new HubIndex([started ? { ...hub, started } : hub]);
}

/** One source of a group's rates (NCCIS or KS4 destinations): its areas, periods and how rows are computed. */
interface RateSource {
  readonly kind: 'neet' | 'destinations';
  readonly areas: readonly LocalAuthority[];
  readonly periods: readonly AcademicYear[];
  /** The level measure and breakdown whose figures say an area is present in a period. */
  readonly level: BaseMeasureId;
  readonly breakdown: string;
  readonly change: WholeChangeId;
  readonly compute: (hubs: HubIndex) => MetricRow[];
  readonly note?: string;
}

function sourcesOf(group: ComparisonGroup, input: NeighbourMetricsInput): RateSource[] {
  const out: RateSource[] = [];
  const n = input.neet;
  if (n && group.members.length > 0)
    out.push({
      kind: 'neet',
      areas: group.members.map((m) => m.la),
      periods: [...n.years].sort(compareYears),
      level: 'neet_or_not_known_pct',
      breakdown: 'all',
      change: 'neet_or_not_known_change_pp',
      compute: (hubs) => neetMetrics({ rows: n.rows, hubs, years: n.years }),
    });
  const d = input.destinations;
  if (d && group.destinationAreas.length > 0) {
    const left = group.countiesLeftOut.length
      ? `county neighbours left out (no district-to-county lookup): ${group.countiesLeftOut.join(', ')}`
      : '';
    out.push({
      kind: 'destinations',
      areas: group.destinationAreas,
      periods: yearRange(d.cohorts.from, d.cohorts.to),
      level: 'eet_sustained_pct',
      breakdown: 'total',
      change: 'eet_change_pp',
      compute: (hubs) => destinationMetrics(destinationsInput(d.rows, d.config, hubs, d.cohorts)),
      ...(left ? { note: left } : {}),
    });
  }
  return out;
}

/** A group's rows, its areas' own rows, the areas each change uses, the rows its pre-trend check fits, weights. */
interface GroupRates {
  readonly rows: MetricRow[];
  readonly own: MetricRow[];
  /** By `<source kind>|<period>`: the areas the change over that period pools. */
  readonly spans: ReadonlyMap<string, readonly LocalAuthority[]>;
  readonly pretrend: MetricRow[];
  readonly weights: GroupWeights[];
  /** The hub's event study against the group (neighbours-event.ts). */
  readonly events: MetricRow[];
}

/** A group's areas in one source, with their closeness and share of the group's cohort in the latest period. */
export type { AreaWeight } from './neighbours-stable.js';

export interface GroupWeights {
  readonly hub: string;
  readonly source: 'neet' | 'destinations';
  readonly period: string;
  readonly areas: readonly AreaWeight[];
}

/**
 * The group's rates, with every change over a stable group: areas without a figure in some year of the change's
 * span leave the group for that change (and for the pre-trend check over the years before the start), named in the
 * note, so a change never compares a group with a different group.
 */
function groupRates(group: ComparisonGroup, input: NeighbourMetricsInput): GroupRates {
  const started = input.started.get(group.hub);
  // A group's own event study against England is not reported: the hub is compared with the group, not the group
  // with England.
  const ours = (r: MetricRow) => r.hub === group.id && measureFacts(r.measure).family !== 'event study';
  const out: GroupRates = { rows: [], own: [], spans: new Map(), pretrend: [], weights: [], events: [] };
  for (const source of sourcesOf(group, input)) {
    const noted = (r: MetricRow, more = '') => {
      const note = [source.note ?? '', r.note, more].filter(Boolean).join('; ');
      return note === r.note ? r : { ...r, note };
    };
    const full = source.compute(asHub(group, source.areas, started)).filter(ours);
    const own = source.compute(areaHubs(group.id, source.areas)).filter((r) => r.hub.startsWith(`${group.id}@`));
    const present = presence(own, group.id, source.areas, source.level, source.breakdown);
    const replaced = new Map<string, MetricRow>();
    const cache = new Map<string, MetricRow[]>();
    let pretrend = full;
    for (const span of changeSpans(source.change, source.periods, started).spans) {
      const period = `${span.from}-${span.to}`;
      const stable = stableAreas(source.areas, present, span.from, span.to);
      (out.spans as Map<string, readonly LocalAuthority[]>).set(`${source.kind}|${period}`, stable);
      if (stable.length === source.areas.length || stable.length === 0) continue;
      const codes = stable.map((la) => la.newCode).join(',');
      const rows = cache.get(codes) ?? source.compute(asHub(group, stable, started)).filter(ours);
      cache.set(codes, rows);
      const note = leftNote(
        source.areas.filter((la) => !stable.includes(la)),
        span.from,
        span.to,
      );
      for (const r of rows) if (r.period === period) replaced.set(rowKeyOf(r), noted(r, note));
      // Before the start: the pre-trend check fits the same stable group over the same years.
      if (span.measure === beforeStartId(source.change)) pretrend = withPeriods(full, rows, span.from, span.to);
    }
    out.rows.push(...full.map((r) => replaced.get(rowKeyOf(r)) ?? noted(r)));
    out.own.push(...own);
    out.pretrend.push(...pretrend);
    if (started) out.events.push(...eventStudies(group, input, source, { own, present, started }));
    const latest = [...present.keys()].sort((a, b) => compareYears(a as AcademicYear, b as AcademicYear)).at(-1);
    if (latest) {
      const byKey = new Map(own.map((r) => [rowKeyOf(r), r] as const));
      const level = { measure: source.level, breakdown: source.breakdown, period: latest };
      const areas = weights(byKey, group.id, source.areas, level, (la) => closenessOf(group, la));
      out.weights.push({ hub: group.hub, source: source.kind, period: latest, areas });
    }
  }
  return out;
}

const rowKeyOf = (r: MetricRow) => key(r.measure, r.hub, r.period, r.breakdown);

/**
 * The hub's event study against its group for every rate of one source, headline breakdown: the hub's LAs and the
 * group's areas each computed on their own, the group kept to the areas with a figure in every period in range.
 */
function eventStudies(
  group: ComparisonGroup,
  input: NeighbourMetricsInput,
  source: RateSource,
  areas: { own: readonly MetricRow[]; present: ReadonlyMap<string, ReadonlySet<string>>; started: AcademicYear },
): MetricRow[] {
  const hubLas = input.hubs.hub(group.hub)?.localAuthorities ?? [];
  const first = [...source.periods].sort(compareYears)[0];
  const last = [...source.periods].sort(compareYears).at(-1);
  if (hubLas.length === 0 || !first || !last) return [];
  const stable = stableAreas(source.areas, areas.present, first, last);
  const hubOwn = source.compute(areaHubs(group.hub, hubLas)).filter((r) => r.hub.startsWith(`${group.hub}@`));
  const index = (rows: readonly MetricRow[]) => new Map(rows.map((r) => [rowKeyOf(r), r] as const));
  const hub = { owner: group.hub, areas: hubLas, rows: index(hubOwn), pooled: group.hub };
  const members = { owner: group.id, areas: stable, rows: index(areas.own), pooled: group.id };
  return COMPARED.filter((c) => kindOf(c.level) === source.kind).flatMap((c) =>
    neighbourEventRows({
      stem: c.stem,
      level: c.level,
      breakdown: source.breakdown,
      started: areas.started,
      periods: source.periods,
      hub,
      group: members,
      left: source.areas.filter((la) => !stable.includes(la)),
      source: { rateDecimals: source.kind === 'neet' ? NCCIS_RATE_DECIMALS : null },
    }),
  );
}

/** Which source a compared rate comes from. */
const kindOf = (level: BaseMeasureId): RateSource['kind'] =>
  level === 'eet_sustained_pct' || level === 'apprenticeship_pct' ? 'destinations' : 'neet';

/** `full` with its single-year rows from `from` to `to` taken from `stable` instead. */
function withPeriods(full: readonly MetricRow[], stable: readonly MetricRow[], from: AcademicYear, to: AcademicYear) {
  const inside = (r: MetricRow) =>
    !r.period.includes('-') &&
    compareYears(r.period as AcademicYear, from) >= 0 &&
    compareYears(r.period as AcademicYear, to) <= 0;
  return [...full.filter((r) => !inside(r)), ...stable.filter(inside)];
}

/** An area's closeness band: its member's, or for a county's district, the county's. */
function closenessOf(group: ComparisonGroup, la: LocalAuthority): Closeness | null {
  const member = group.members.find((m) => m.la.newCode === la.newCode);
  if (member) return member.closeness;
  return group.members.find((m) => la.name.endsWith(`(${m.la.name})`))?.closeness ?? null;
}

/**
 * Hub change minus group change, with the MOVER interval (Zou & Donner 2008, "Construction of confidence limits
 * about effect measures: a general approach", Stat Med 27:1693): the two changes are independent (the group
 * excludes every hub LA), so their limits combine by square-and-add, as in Newcombe's method 10.
 */
function changeGaps(
  group: ComparisonGroup,
  groupRows: readonly MetricRow[],
  byKey: ReadonlyMap<string, MetricRow>,
  areas: { own: ReadonlyMap<string, MetricRow>; spans: ReadonlyMap<string, readonly LocalAuthority[]> | undefined },
) {
  const out: MetricRow[] = [];
  for (const g of groupRows) {
    if (g.hub !== group.id) continue;
    const compared = COMPARED.find((c) => c.change === g.measure || sinceStartId(c.change) === g.measure);
    if (!compared) continue;
    const since = g.measure !== compared.change;
    const h = byKey.get(key(g.measure, group.hub, g.period, g.breakdown));
    const base = {
      measure: vsNeighboursId(compared.stem, since ? '_since_start' : ''),
      hub: group.hub,
      period: g.period,
      breakdown: g.breakdown,
      unit: 'pp' as const,
      sdc: { counts: 'people' as const },
    };
    const hub = h ? rowDifference(h) : undefined;
    const other = rowDifference(g);
    if (!h || !hub || !other) {
      const symbol = withheldOf([h?.symbol ?? 'x', g.symbol]);
      out.push(metricRow({ ...base, symbol, note: 'the hub or its comparison group has no change figure' }));
      continue;
    }
    // Worked out from the hub's change and the group's: suppressed with either (sdc/derived.ts), or the hidden one
    // would be the sum of the two published figures.
    const gap = differenceOfDifferences(hub, other);
    // A p-value read back from the interval, so the gap can join the multiplicity family (metrics/multiplicity.ts).
    const p = pFromInterval(gap.diff, gap.low, gap.high);
    const verdict = verdictOf({ ...gap, ...(p === null ? {} : { p }) });
    const [from, to] = g.period.split('-') as [string, string];
    const stable = areas.spans?.get(`${kindOf(compared.level)}|${g.period}`);
    const level = { measure: compared.level, breakdown: g.breakdown, from, to };
    const loo = stable ? leaveOneOut(areas.own, group.id, stable, level, hub, verdict.verdict) : undefined;
    const note = [g.note, loo ? leaveOneOutNote(loo, verdict.verdict) : ''].filter(Boolean).join('; ');
    const values = { value: gap.diff, ci_low: gap.low, ci_high: gap.high, comparator: other.diff };
    const row = { ...metricRow({ ...base, ...values, note }), ...verdict };
    out.push(derivedFrom(loo?.changes.length ? { ...row, leaveOneOut: loo.changes } : row, [h, g]));
  }
  return out;
}

/** The pre-trend check of every compared measure and breakdown the hub and its group both have. */
function pretrendRows(group: ComparisonGroup, started: AcademicYear, rows: readonly MetricRow[]): MetricRow[] {
  const out: MetricRow[] = [];
  for (const c of COMPARED) {
    const series = (hub: string) => rows.filter((r) => r.measure === c.level && r.hub === hub && !isSpan(r.period));
    const hubSeries = series(group.hub);
    const groupSeries = new Map(series(group.id).map((r) => [`${r.period}|${r.breakdown}`, r] as const));
    if (groupSeries.size === 0) continue;
    const breakdowns = [...new Set(hubSeries.map((r) => r.breakdown))];
    for (const breakdown of breakdowns) {
      const points = hubSeries
        .filter((r) => r.breakdown === breakdown && compareYears(r.period as AcademicYear, started) < 0)
        .sort((a, b) => compareYears(a.period as AcademicYear, b.period as AcademicYear))
        .flatMap((h) => {
          const g = groupSeries.get(`${h.period}|${breakdown}`);
          if (!g || !counted(h) || !counted(g)) return [];
          return [
            {
              sources: [h, g],
              period: h.period,
              t: startYearOf(h.period as AcademicYear),
              x1: h.numerator,
              n1: h.denominator,
              x2: g.numerator,
              n2: g.denominator,
            },
          ];
        });
      // No year before the start at all: nothing to check and no row (the report says why).
      if (points.length > 0) out.push(pretrendRow(c.stem, group.hub, breakdown, started, points));
    }
  }
  return out;
}

type Counted = MetricRow & { numerator: number; denominator: number };
/** What the leave-one-out check found, for the metrics note. */
function leaveOneOutNote(loo: LeaveOneOut, verdict: string): string {
  if (loo.changes.length > 0) return `leave-one-out: the verdict changes without ${loo.changes.join(' or ')} alone`;
  const l = loo.largest;
  return l
    ? `leave-one-out: no single area changes the verdict (${verdict}); without ${l.area}, which moves it most, ` +
        `${l.gap.diff.toFixed(2)} (${l.gap.low.toFixed(2)} to ${l.gap.high.toFixed(2)})`
    : '';
}

const counted = (r: MetricRow): r is Counted => r.numerator !== null && r.denominator !== null && r.denominator > 0;

function pretrendRow(
  stem: NeighbourStem,
  hub: string,
  breakdown: string,
  started: AcademicYear,
  points: readonly {
    sources: readonly MetricRow[];
    period: string;
    t: number;
    x1: number;
    n1: number;
    x2: number;
    n2: number;
  }[],
): MetricRow {
  const first = points[0]?.period;
  const last = points[points.length - 1]?.period;
  const base = {
    measure: pretrendId(stem),
    hub,
    period: spanPeriod(first as AcademicYear, last as AcademicYear),
    breakdown,
    unit: 'pp' as const,
    sdc: { counts: 'none' as const },
  };
  const fit = slopeDifference(points);
  if (!fit)
    return metricRow({
      ...base,
      symbol: 'x',
      note: `fewer than two years with figures for the hub and its neighbours before the hub started (${started})`,
    });
  // Worked out from every hub and group rate it fits: with two years the slope difference is the difference of the
  // two gaps, so a suppressed rate among them would be recoverable; it is suppressed with any of them.
  return derivedFrom(
    metricRow({
      ...base,
      value: 100 * fit.diff,
      ci_low: 100 * fit.low,
      ci_high: 100 * fit.high,
      note:
        `hub slope minus neighbours' slope, percentage points a year, over ${fit.n} years before ${started}` +
        (fit.dispersion > 1
          ? `; interval widened for year-to-year swings (x${fit.dispersion.toFixed(2)} variance)`
          : ''),
    }),
    points.flatMap((p) => p.sources),
  );
}
