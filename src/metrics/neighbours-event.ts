import type { LocalAuthority } from '../config/schema.js';
import { type BaseMeasureId, eventGapVsNeighboursId, type NeighbourStem } from '../model/measures/index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import type { MissingSymbol } from '../model/missing.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import { derivedFrom } from '../sdc/row-key.js';
import { differenceOfDifferences } from '../stats/difference.js';
import { pFromInterval } from '../stats/interval-p.js';
import { eventTime } from './event-study.js';
import { areaHubId } from './neighbours-stable.js';
import {
  changeOfEnds,
  type End,
  type EndsSource,
  splitAtStart,
  verdictOf,
  withheldOf,
  withheldSymbol,
} from './pooled-change.js';

/**
 * The event study of a hub against its similar areas (`<m>_event_gap_vs_neighbours_pp`): in every year, the hub's
 * change from the baseline (the last year before the start) minus the similar areas' change over the same years.
 *   - one group at every point: only the similar areas with a figure in every year in range, so a lead or a lag
 *     never compares the hub with a different group (areas that enter late, as Bournemouth, Christchurch and Poole
 *     in 2019, leave the event study and are named in the note);
 *   - each change has the LA as the unit (pooled-change.ts changeOfEnds: ultimate-cluster variance, t on LAs - 1),
 *     built from the areas' own rows, so the interval holds the variation between areas on both sides;
 *   - the two changes are independent (the group has no hub LA): their 95% limits combine by square-and-add (MOVER,
 *     Zou and Donner 2008), as the change since the start against similar areas does, and the p-value is read back
 *     from that interval (Altman and Bland 2011).
 * The leads (e-2 and earlier) are the test of parallel trends before the start against similar areas.
 */

/** The areas of one side (the hub or its group), each computed on its own under `owner` (see areaHubs). */
export interface EventSide {
  readonly owner: string;
  readonly areas: readonly LocalAuthority[];
  /** Per-area level rows, keyed `measure|owner@code|period|breakdown`. */
  readonly rows: ReadonlyMap<string, MetricRow>;
  /** The pooled level rows' hub id (the hub's, or the group's `<hub>:neighbours`), for disclosure control. */
  readonly pooled: string;
}

export interface NeighbourEventInput {
  readonly stem: NeighbourStem;
  readonly level: BaseMeasureId;
  readonly breakdown: string;
  readonly started: AcademicYear;
  /** Periods in range, any order. */
  readonly periods: readonly AcademicYear[];
  readonly hub: EventSide;
  /** The group's areas with a figure in every period (stableAreas over the whole range). */
  readonly group: EventSide;
  /** Areas of the group left out because they lack a figure in some period. */
  readonly left: readonly LocalAuthority[];
  readonly source: EndsSource;
}

/** The rows of one rate's event study against similar areas; none without a period before the start. */
export function neighbourEventRows(input: NeighbourEventInput): MetricRow[] {
  const periods = [...input.periods].sort(compareYears);
  const split = splitAtStart(periods, input.started);
  if (!split || input.group.areas.length === 0) return [];
  const { baseline } = split;
  const measure = eventGapVsNeighboursId(input.stem);
  const left = input.left.length
    ? `; similar areas with figures in every year only, left out (not in every year): ${names(input.left)}`
    : '';
  return periods.map((year) => {
    const key = {
      measure,
      hub: input.hub.pooled,
      period: year,
      breakdown: eventTime(year, input.started),
      unit: 'pp' as const,
      sdc: { counts: 'people' as const },
    };
    const sources = [baseline, year].flatMap((period) =>
      [input.hub.pooled, input.group.pooled].map((hub) => ({
        measure: input.level,
        hub,
        period,
        breakdown: input.breakdown,
      })),
    );
    if (year === baseline)
      return derivedFrom(metricRow({ ...key, value: 0, note: `baseline: ${baseline}, the last before the start` }), [
        ...sources.slice(0, 2),
      ]);
    const note = `gap to similar areas relative to ${baseline}${left}`;
    const own = [endOf(input.hub, input, baseline), endOf(input.hub, input, year)] as const;
    const group = [endOf(input.group, input, baseline), endOf(input.group, input, year)] as const;
    const h = changeOfEnds(own, input.source);
    const g = changeOfEnds(group, input.source);
    if (!h || !g) return derivedFrom(metricRow({ ...key, symbol: withheldSymbol([...own, ...group]), note }), sources);
    const d = differenceOfDifferences(h, g);
    const p = pFromInterval(d.diff, d.low, d.high);
    const row = metricRow({
      ...key,
      value: 100 * d.diff,
      ci_low: 100 * d.low,
      ci_high: 100 * d.high,
      comparator: 100 * g.diff,
      note,
    });
    return derivedFrom({ ...row, ...verdictOf({ ...d, ...(p === null ? {} : { p }) }) }, sources);
  });
}

/**
 * One side's end in a period, pooled from its areas' own rows: an area without a row or marked `x` (not in the
 * file that year) is not counted; any suppressed or uncounted area withholds the end.
 */
function endOf(side: EventSide, input: NeighbourEventInput, period: AcademicYear): End {
  const areas = new Map<string, { x: number; n: number }>();
  const symbols: (MissingSymbol | '')[] = [];
  for (const la of side.areas) {
    const r = side.rows.get(`${input.level}|${areaHubId(side.owner, la.newCode)}|${period}|${input.breakdown}`);
    if (!r || r.symbol === 'x') continue;
    if (r.numerator === null || r.denominator === null) symbols.push(r.symbol);
    else areas.set(la.newCode, { x: r.numerator, n: r.denominator });
  }
  if (symbols.length > 0 || areas.size === 0) return { symbol: withheldOf(symbols), notes: [] };
  const total = (f: (c: { x: number; n: number }) => number) => [...areas.values()].reduce((s, c) => s + f(c), 0);
  return { x: total((c) => c.x), n: total((c) => c.n), notes: [], areas };
}

const names = (las: readonly LocalAuthority[]) => las.map((la) => la.name).join(', ');
