import type { TopLevelSpec } from 'vega-lite';
import {
  flushLeftLegend,
  horizontalYTitle,
  leftAxisWidth,
  tickLabels,
  valueAxis,
  Y_TITLE_GAP,
  yTitleHeight,
} from './axes.js';
import {
  CHART_PADDING,
  type Chart,
  type ChartTable,
  type ChartWords,
  chartResult,
  checkKnown,
  checkUnique,
  isNum,
  type MaybeValue,
  seriesStyles,
  specFrame,
  standaloneFrame,
  withNarrow,
} from './chart.js';
import { type BeforeBand, beforeBandLayers, spacedTicks, withBandAlt } from './line-chart.js';
import { GAP_INSET, gapLayer, gapNote, gapsOf } from './missing-marks.js';
import { textWidth } from './text-metrics.js';
import { AXIS_COLOUR, type ChartLayout, SECONDARY_TEXT_COLOUR } from './theme.js';
import { niceScale } from './value-domain.js';
import { cellText, formatValue } from './value-format.js';

export interface EventPoint extends MaybeValue {
  /** The hub. */
  readonly series: string;
  /** The year, e.g. `2019/20`. */
  readonly x: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

export interface EventChartInput extends ChartWords {
  readonly yTitle: string;
  readonly xTitle: string;
  readonly data: readonly EventPoint[];
  /** The years, oldest first. */
  readonly xOrder: readonly string[];
  readonly seriesOrder: readonly string[];
  /** The baseline year (0 by definition), marked on the chart with `baselineLabel`. */
  readonly baseline: string;
  readonly baselineLabel: string;
  /** The years up to the baseline, shaded (the leads). */
  readonly before?: BeforeBand;
  /** The first column of the data table: e.g. "years since the start" for each year. */
  readonly xNote?: (x: string) => string;
}

const PLOT_HEIGHT = 240;
const LEGEND_HEIGHT = 30;
/**
 * Band scale paddings: with inner 0.2 and outer 0.1 each year's step is width / years, its centre at (i + 0.5)
 * steps.
 */
const PADDING_INNER = 0.2;
const PADDING_OUTER = 0.1;

/**
 * An event-study chart: for each year, each hub's estimate as a point with its 95% interval as a bar, side by side;
 * the zero line (no change in the gap since the baseline) drawn darker than the gridlines; the baseline year named
 * over its points (0 by definition, no interval); the years before the start shaded as in the line charts. Hubs are
 * told apart by colour and shape, named in a legend; the values are in the table. A withheld or unavailable estimate
 * is marked by its symbol (missing-marks.ts).
 */
export function eventChart(input: EventChartInput): Chart {
  return withNarrow((layout) => layOutEvent(input, layout));
}

function layOutEvent(input: EventChartInput, layout: ChartLayout): Chart {
  const { data, xOrder, seriesOrder } = input;
  checkKnown(
    'Series',
    data.map((d) => d.series),
    seriesOrder,
  );
  checkKnown(
    'x values',
    data.map((d) => d.x),
    xOrder,
  );
  checkUnique(
    'series and x',
    data.map((d) => `${d.series} ${d.x}`),
  );
  const scale = niceScale([0, ...data.flatMap((d) => [d.value, d.low, d.high]).filter(isNum)], { includeZero: true });
  const styles = seriesStyles(seriesOrder);
  const axisWidth = leftAxisWidth(tickLabels('pp', scale), Infinity, layout);
  const room = layout.width - axisWidth - CHART_PADDING.left - CHART_PADDING.right;
  // The last year's name is centred on its band and may reach past the plot's right edge: keep it inside the chart.
  const last = textWidth(xOrder.at(-1) ?? '', layout.font.axisLabel);
  const width = room - Math.max(0, Math.ceil(last / 2 - (room / xOrder.length) * (0.5 + PADDING_OUTER)));
  // Every year's name where they fit side by side; on a phone every k-th, counted back from the latest.
  const named = spacedTicks(xOrder, width, layout, xOrder.length);
  const x = {
    field: 'x',
    type: 'ordinal' as const,
    title: input.xTitle,
    scale: { type: 'band' as const, domain: [...xOrder], paddingInner: PADDING_INNER, paddingOuter: PADDING_OUTER },
    axis: { ticks: false, ...(named.length < xOrder.length ? { values: named } : {}) },
  };
  const xOffset = { field: 'series', type: 'nominal' as const, scale: { domain: [...seriesOrder] } };
  const y = {
    field: 'value',
    type: 'quantitative' as const,
    title: input.yTitle,
    scale: { domain: [...scale.domain], nice: false, zero: true },
    axis: { ...valueAxis('pp', scale), ...horizontalYTitle(axisWidth) },
  };
  const color = {
    field: 'series',
    type: 'nominal' as const,
    scale: { domain: [...seriesOrder], range: styles.map((s) => s.colour) },
    // Flush left above the horizontal y title, as in the bar charts (Vega would centre a `top` legend on the plot).
    legend: { title: null, ...flushLeftLegend(axisWidth, LEGEND_HEIGHT + yTitleHeight(Y_TITLE_GAP.plain)) },
  };
  const shape = { ...color, scale: { domain: [...seriesOrder], range: styles.map((s) => s.shape) } };
  const gaps = gapsOf(data, (d) => d.value);
  const note = gapNote(gaps.map((g) => g.symbol));
  const centre = (year: string) => (xOrder.indexOf(year) + 0.5) / xOrder.length;
  const words = withBandAlt(input);
  const spec: TopLevelSpec = {
    ...specFrame(words, { layout }),
    // Vega leaves a free-placed legend out of the layout bounds: a bare chart (no title to lift) would cut it off.
    padding: { ...CHART_PADDING, top: CHART_PADDING.top + LEGEND_HEIGHT },
    width,
    height: PLOT_HEIGHT,
    autosize: { type: 'pad' },
    data: {
      values: data.map((d) => ({ series: d.series, x: d.x, value: d.value, low: d.low, high: d.high })),
    },
    layer: [
      ...beforeBandLayers(input.before, centre, xOrder, {
        width,
        height: PLOT_HEIGHT,
        fontSize: layout.font.label,
        lines: [],
        domain: scale.domain,
        bars: {
          spans: data.flatMap((d) =>
            [d.value, d.low, d.high].every(isNum)
              ? [{ x: d.x, low: Math.min(d.low!, d.value!), high: Math.max(d.high!, d.value!) }]
              : isNum(d.value)
                ? [{ x: d.x, low: d.value, high: d.value }]
                : [],
          ),
          // Half a year's band: the hubs' bars spread across it.
          reach: (width / xOrder.length) * ((1 - PADDING_INNER) / 2),
        },
        labelRequired: true,
      }),
      {
        data: { values: [{}] },
        mark: { type: 'rule', color: AXIS_COLOUR },
        encoding: { y: { datum: 0, type: 'quantitative' } },
      },
      {
        transform: [{ filter: 'isValid(datum.low) && isValid(datum.high)' }],
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: { x, xOffset, y: { ...y, field: 'low' }, y2: { field: 'high' }, color },
      },
      {
        transform: [{ filter: 'isValid(datum.value) && isFinite(datum.value)' }],
        mark: { type: 'point', filled: true, size: 40, opacity: 1 },
        encoding: { x, xOffset, y, color, shape },
      },
      // A missing estimate's symbol stands in its hub's place in the year, at the foot of the value axis.
      ...gapLayer(
        gaps.map((g) => ({ series: g.series, x: g.x, symbol: g.symbol, value: scale.domain[0] })),
        { x, xOffset, y },
        { align: 'center', baseline: 'bottom', dy: -GAP_INSET, fontSize: layout.font.valueLabel },
      ),
      {
        data: { values: [{ x: input.baseline }] },
        mark: {
          type: 'text',
          baseline: 'bottom',
          dy: -8,
          fontSize: layout.font.valueLabel,
          color: SECONDARY_TEXT_COLOUR,
        },
        encoding: { x, y: { datum: 0, type: 'quantitative' }, text: { value: input.baselineLabel } },
      },
    ],
  };
  const frame = standaloneFrame(words, {
    note,
    source: { below: PLOT_HEIGHT + 50, left: axisWidth },
    layout,
    // Framed, the title sits above the legend, so the page's top padding is left out.
    bareOnly: ['padding'],
  });
  return chartResult(words, spec, eventTable(input), frame, note);
}

/** One row per year, one column per hub: "-0.5 pp (-1.0 to +0.1)", the unit once. */
function eventTable(input: EventChartInput): ChartTable {
  const at = new Map(input.data.map((d) => [`${d.series} ${d.x}`, d]));
  const cell = (d: EventPoint | undefined) => {
    const value = cellText(d?.value ?? null, 'pp', d?.symbol);
    return d && isNum(d.value) && isNum(d.low) && isNum(d.high)
      ? `${value} (${formatValue(d.low, 'mean')} to ${formatValue(d.high, 'mean')})`
      : value;
  };
  return {
    caption: input.title,
    columns: [input.xTitle, ...input.seriesOrder],
    rows: input.xOrder.map((x) => [
      input.xNote ? `${x} (${input.xNote(x)})` : x,
      ...input.seriesOrder.map((s) => cell(at.get(`${s} ${x}`))),
    ]),
  };
}
