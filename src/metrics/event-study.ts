import { eventGapOf } from '../model/measures/index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { type AcademicYear, startYearOf } from '../model/year.js';
import { derivedFrom } from '../sdc/row-key.js';
import {
  type AreaChangesInput,
  type ChangeArea,
  changeOfEnds,
  changeVsReference,
  type End,
  splitAtStart,
  verdictOf,
  withheldSymbol,
} from './pooled-change.js';

/**
 * The event study of one area against England (`<m>_event_gap_pp`): in every year, the area's gap to England minus
 * the same gap in the baseline (the last year before the start), i.e. the area's change from the baseline to that
 * year minus England's. That is the difference in differences of the change since the start, taken one year at a
 * time, so it has the same interval (the LA as the unit, England's error added: changeVsReference). Years are named
 * relative to the start (e-1 = the baseline, e0 = the year the hubs began): the leads (e-2 and earlier) are the test
 * of parallel trends before the start, the lags (e0 and later) the gap since (Freyaldenhoven, Hansen and Shapiro 2019,
 * "Pre-event trends in the panel event-study design", AER 109:3307; Roth 2022, "Pretest with caution", AER: Insights
 * 4:305, on what a passed pre-trend test does not prove).
 * Rows are written in the one breakdown given (the headline) for areas with a start year and a baseline.
 */
export function eventGapRows<A extends ChangeArea, E extends End>(input: AreaChangesInput<A, E>): MetricRow[] {
  const measure = eventGapOf(input.change);
  return input.areas.flatMap((area) => {
    const split = area.started ? splitAtStart(input.periods, area.started) : undefined;
    if (!area.started || !split) return [];
    const started = area.started;
    const { baseline } = split;
    return input.periods.map((year) => {
      const key = {
        measure,
        hub: area.hub,
        period: year,
        breakdown: eventTime(year, started),
        unit: 'pp' as const,
        sdc: { counts: 'people' as const },
      };
      const sources = [baseline, year].flatMap((period) =>
        [area.hub, input.england.hub].map((hub) => ({ measure: input.level, hub, period, breakdown: input.breakdown })),
      );
      if (year === baseline)
        return derivedFrom(metricRow({ ...key, value: 0, note: `baseline: ${baseline}, the last before the start` }), [
          ...sources.slice(0, 2),
        ]);
      const own = [input.endOf(area, baseline), input.endOf(area, year)] as const;
      const england = [input.endOf(input.england, baseline), input.endOf(input.england, year)] as const;
      const h = changeOfEnds(own, input.source);
      const e = changeOfEnds(england, input.source);
      const note = `gap to England relative to ${baseline}; ${leadOrLag(year, started)}`;
      if (!h || !e)
        return derivedFrom(metricRow({ ...key, symbol: withheldSymbol([...own, ...england]), note }), sources);
      const d = changeVsReference(h, e);
      const row = metricRow({
        ...key,
        value: 100 * d.diff,
        ci_low: 100 * d.low,
        ci_high: 100 * d.high,
        comparator: 100 * e.diff,
        note,
      });
      return derivedFrom({ ...row, ...verdictOf(d) }, sources);
    });
  });
}

/** A year's place relative to the start: `e-1` the baseline (last before), `e0` the start year, `e+1` the next. */
export function eventTime(year: AcademicYear, started: AcademicYear): string {
  const k = startYearOf(year) - startYearOf(started);
  return k > 0 ? `e+${k}` : `e${k}`;
}

function leadOrLag(year: AcademicYear, started: AcademicYear): string {
  return startYearOf(year) < startYearOf(started)
    ? 'lead (before the start): tests the trend before the hubs'
    : 'lag (since the start)';
}
