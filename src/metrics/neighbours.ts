import { HubIndex } from '../config/hub-index.js';
import type { Config, LocalAuthority } from '../config/schema.js';
import { type NeighbourStem, pretrendId, sinceStartId, vsNeighboursId } from '../model/measures/index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { isSpan, spanPeriod } from '../model/period.js';
import type { DestinationRow, NeetRow } from '../model/records.js';
import { type AcademicYear, compareYears, startYearOf } from '../model/year.js';
import { derivedFrom } from '../sdc/row-key.js';
import { slopeDifference } from '../stats/slope-difference.js';
import { destinationMetrics, destinationsInput } from './destinations.js';
import { neetMetrics } from './neet.js';
import type { ComparisonGroup } from './neighbours-groups.js';
import { verdictOf, withheldOf } from './pooled-change.js';

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
  /** The academic year each hub started; hubs without one get no pre-trend check. */
  readonly started: ReadonlyMap<string, AcademicYear>;
}

export function neighbourMetrics(input: NeighbourMetricsInput): MetricRow[] {
  const groupRows = input.groups.flatMap((g) => groupRates(g, input));
  const all = [...input.hubRows, ...groupRows];
  const byKey = new Map(all.map((r) => [key(r.measure, r.hub, r.period, r.breakdown), r] as const));
  const gaps = input.groups.flatMap((g) => changeGaps(g, groupRows, byKey));
  const pretrends = input.groups.flatMap((g) => {
    const started = input.started.get(g.hub);
    return started ? pretrendRows(g, started, all) : [];
  });
  return [...groupRows, ...gaps, ...pretrends];
}

const key = (measure: string, hub: string, period: string, breakdown: string) =>
  `${measure}|${hub}|${period}|${breakdown}`;

/** The group as a one-hub index, so its rates come from the same pooling code as every hub's. */
function asHub(group: ComparisonGroup, las: readonly LocalAuthority[], started?: AcademicYear): HubIndex {
  const hub = { id: group.id, name: group.id, lead: '', localAuthorities: las };
  return new HubIndex([started ? { ...hub, started } : hub]);
}

function groupRates(group: ComparisonGroup, input: NeighbourMetricsInput): MetricRow[] {
  const out: MetricRow[] = [];
  const ours = (r: MetricRow) => r.hub === group.id;
  if (input.neet && group.members.length > 0) {
    const hubs = asHub(
      group,
      group.members.map((m) => m.la),
      input.started.get(group.hub),
    );
    out.push(...neetMetrics({ rows: input.neet.rows, hubs, years: input.neet.years }).filter(ours));
  }
  const d = input.destinations;
  if (d && group.destinationAreas.length > 0) {
    const rows = destinationMetrics(
      destinationsInput(
        d.rows,
        d.config,
        asHub(group, group.destinationAreas, input.started.get(group.hub)),
        d.cohorts,
      ),
    );
    const left = group.countiesLeftOut.length
      ? [`county neighbours left out (no district-to-county lookup): ${group.countiesLeftOut.join(', ')}`]
      : [];
    out.push(
      ...rows.filter(ours).map((r) => (left.length ? { ...r, note: [...left, r.note].filter(Boolean).join('; ') } : r)),
    );
  }
  return out;
}

/**
 * Hub change minus group change, with the MOVER interval (Zou & Donner 2008, "Construction of confidence limits
 * about effect measures: a general approach", Stat Med 27:1693): the two changes are independent (the group
 * excludes every hub LA), so their limits combine by square-and-add, as in Newcombe's method 10.
 */
function changeGaps(group: ComparisonGroup, groupRows: readonly MetricRow[], byKey: ReadonlyMap<string, MetricRow>) {
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
    const known = (r: MetricRow | undefined) => r && r.value !== null && r.ci_low !== null && r.ci_high !== null;
    if (!h || !known(h) || !known(g)) {
      const symbol = withheldOf([h?.symbol ?? 'x', g.symbol]);
      out.push(metricRow({ ...base, symbol, note: 'the hub or its comparison group has no change figure' }));
      continue;
    }
    const [d1, l1, u1] = [h.value, h.ci_low, h.ci_high] as [number, number, number];
    const [d2, l2, u2] = [g.value, g.ci_low, g.ci_high] as [number, number, number];
    // Worked out from the hub's change and the group's: suppressed with either (sdc/derived.ts), or the hidden one
    // would be the sum of the two published figures.
    const gap = {
      value: d1 - d2,
      ci_low: d1 - d2 - Math.hypot(d1 - l1, u2 - d2),
      ci_high: d1 - d2 + Math.hypot(u1 - d1, d2 - l2),
    };
    const verdict = verdictOf({ diff: gap.value, low: gap.ci_low, high: gap.ci_high });
    out.push(derivedFrom({ ...metricRow({ ...base, ...gap, comparator: d2, note: g.note }), ...verdict }, [h, g]));
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
