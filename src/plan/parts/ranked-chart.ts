import type { Chart } from '../../charts/chart.js';
import { dotPlot } from '../../charts/dot-plot.js';
import { type ChartUnit, type IntervalChartInput, intervalChart } from '../../charts/specs.js';
import type { MeasureId } from '../../model/measures/index.js';
import type { HubRef, PlanContext } from '../context.js';
import { isRange } from '../metric-index.js';

/** More hubs than the palette has colours (six): lines or grouped bars per hub could not be told apart. */
export const MAX_COLOURED_HUBS = 6;

export function manyHubs(series: readonly unknown[]): boolean {
  return series.length > MAX_COLOURED_HUBS;
}

/** A chart of one measure for a set of hubs: its texts, what it plots and which hub it picks out. */
export interface HubSeriesChartOptions {
  id: string;
  title: string;
  subtitle: string;
  source: string;
  alt: string;
  yTitle: string;
  measure: MeasureId;
  breakdown: string;
  unit: ChartUnit;
  series: readonly HubRef[];
  highlight?: HubRef;
}

/**
 * With many hubs, a trend chart becomes a ranked dot plot of its latest period: each hub with its 95% interval,
 * the comparator (England) as a dashed rule. The trend itself stays in the table beside the chart.
 */
export function rankedChart(ctx: PlanContext, opts: HubSeriesChartOptions): Chart {
  const period = ctx.m
    .periods(opts.measure)
    .filter((p) => !isRange(p))
    .at(-1);
  const row = (id: string) => (period === undefined ? undefined : ctx.m.get(opts.measure, id, period, opts.breakdown));
  const data = opts.series.map((h) => {
    const r = row(h.id);
    return {
      label: h.name,
      value: r?.value ?? null,
      low: r?.ci_low ?? null,
      high: r?.ci_high ?? null,
      symbol: r?.symbol ?? '',
    };
  });
  const reference = opts.highlight
    ? { label: opts.highlight.name, value: row(opts.highlight.id)?.value ?? null }
    : undefined;
  return dotPlot({
    id: opts.id,
    title: opts.title,
    subtitle:
      `${period ?? ''}: hubs ranked, with 95% confidence intervals` +
      (reference ? `; ${reference.label} dashed` : '') +
      '. Earlier years are in the table.',
    source: opts.source,
    alt: opts.alt,
    valueTitle: opts.yTitle,
    labelTitle: 'Hub',
    unit: opts.unit,
    data,
    ...(reference ? { reference } : {}),
  });
}

/**
 * An interval chart (e.g. each hub's gap to England), or with many hubs the same rows ranked in a compact dot plot,
 * the zero line drawn as the comparator's rule, so forty rows fit one page.
 */
export function intervalOrRanked(input: IntervalChartInput, comparator: string): Chart {
  if (!manyHubs(input.data)) return intervalChart(input);
  const { zeroLine, highlight: _highlight, ...words } = input;
  return dotPlot({ ...words, ...(zeroLine ? { reference: { label: `${comparator} (no gap)`, value: 0 } } : {}) });
}
