import { FAMILY_ALPHA } from '../../metrics/multiplicity.js';
import {
  type ChangeStem,
  eventGapId,
  eventGapVsNeighboursId,
  type MeasureId,
  NEIGHBOUR_STEMS,
  type NeighbourStem,
  pretrendId,
} from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { isSpan } from '../../model/period.js';
import { excludesZero } from '../../stats/change.js';
import { holmAdjust } from '../../stats/holm.js';
import type { HubRef, PlanContext } from '../context.js';
import { rowVerdict, type StartTrendFacts } from '../phrases/index.js';

/**
 * Whether a hub's gap had already moved before the start, for one rate, as the event studies and the pre-trend
 * check show it (an exploratory pretest, phrases START_TREND_TEST):
 *   against England   - a lead of `<m>_event_gap_pp` (a year before the baseline) that differs clearly from the
 *                       baseline after Holm's correction across the hub's leads (leadMoved);
 *   against similar areas - a lead of `<m>_event_gap_vs_neighbours_pp` that does, or the pre-start slope difference
 *                       `<m>_pretrend_slope_diff_pp` (in `breakdown`) whose 95% interval excludes zero.
 */
export function startTrend(ctx: PlanContext, stem: ChangeStem, hub: HubRef, breakdown: string): StartTrendFacts {
  const neighbourStem = NEIGHBOUR_STEMS.find((s): s is NeighbourStem => s === stem);
  const slope = neighbourStem ? ctx.m.range(pretrendId(neighbourStem), hub.id, breakdown) : undefined;
  return {
    name: hub.name,
    england: leadMoved(ctx, eventGapId(stem), hub.id),
    neighbours:
      !!neighbourStem &&
      (leadMoved(ctx, eventGapVsNeighboursId(neighbourStem), hub.id) ||
        (!!slope && slope.value !== null && excludesZero(slope.ci_low, slope.ci_high))),
  };
}

/** The hubs (of `hubs`) whose gap had already moved, with the comparisons it moved against. */
export function startTrends(
  ctx: PlanContext,
  stem: ChangeStem,
  hubs: readonly HubRef[],
  breakdown: string,
): StartTrendFacts[] {
  return hubs.map((h) => startTrend(ctx, stem, h, breakdown)).filter((t) => t.england || t.neighbours);
}

/**
 * Whether any lead (a year before the baseline: e-2 and earlier) differs clearly from the baseline after Holm's
 * correction across the hub's leads of that event study (Holm 1979, stats/holm.ts): the family-wise chance of a
 * false warning is 5% for each hub, rate and comparator, however many years precede the start.
 */
function leadMoved(ctx: PlanContext, measure: MeasureId, hub: string): boolean {
  return leadsMoved(ctx.m.rows.filter((r) => r.measure === measure && r.hub === hub && !isSpan(r.period)));
}

/** Of one hub's event-study rows, whether a lead is clear after Holm's correction across the leads (see above). */
export function leadsMoved(rows: readonly MetricRow[]): boolean {
  const leads = rows.filter((r) => /^e-\d+$/.test(r.breakdown) && r.breakdown !== 'e-1');
  const adjusted = holmAdjust(leads.map((r) => r.p_value ?? null));
  return leads.some((r, i) => ['higher', 'lower'].includes(rowVerdict(r)) && (adjusted[i] ?? 1) < FAMILY_ALPHA);
}
