import type { TopLevelSpec } from 'vega-lite';
import {
  type Chart,
  type ChartWords,
  chartResult,
  plotWidthForLabels,
  specFrame,
  standaloneFrame,
  withNarrow,
} from './chart.js';
import { spreadLabels, valueToPixel } from './label-placement.js';
import {
  type BeforeBand,
  beforeBandLayers,
  type LinePoint,
  lastPoints,
  lineGaps,
  lineTable,
  orderedLines,
  pointFraction,
  seriesChannels,
  valueScale,
  withBandAlt,
  wordsForAxis,
} from './line-chart.js';
import { gapNote, gapsOf } from './missing-marks.js';
import { textWidth } from './text-metrics.js';
import { type ChartLayout, chartConfig, SECONDARY_TEXT_COLOUR, WIDE } from './theme.js';
import { type ChartUnit, formatValue } from './value-format.js';

/** A sparkline point; intervals are not drawn at this size. */
export type SparkPoint = Omit<LinePoint, 'low' | 'high'>;

export interface SparklineInput extends ChartWords {
  readonly unit: ChartUnit;
  readonly data: readonly SparkPoint[];
  /** Usually two: the hub, then its comparator. */
  readonly seriesOrder: readonly string[];
  /** The comparator (e.g. England), grey and dashed. */
  readonly highlight?: string;
  /** Whole width in pixels; the default is the text width of an A4 page, like every other chart. */
  readonly width?: number;
  readonly xOrder?: readonly string[];
  /**
   * With a value-axis title the chart is a small labelled chart (hub profiles): a three-tick value axis and an x
   * axis title; without, the bare sparkline.
   */
  readonly yTitle?: string;
  /** "Academic year" or "KS4 cohort": the x axis title and the first column of the data table. */
  readonly xTitle?: string;
  /** The years before the hubs began, shaded (see lineChart). */
  readonly before?: BeforeBand;
}

const HEIGHT = 64;
const LABEL_DX = 6;
const X_PADDING = 0.1;
/** The theme's space between the x labels and the x title. */
const TITLE_PADDING = chartConfig.axis?.titlePadding as number;

/**
 * How far a labelled sparkline's value axis reaches left of the plot: the wider end label, the tick, padding and
 * the rotated title (one line of type and its padding), so the whole chart keeps to the width it was given.
 */
function valueAxisWidth(domain: readonly number[], format: string, fontSize: number): number {
  const digits = format === '.1f' ? 1 : 0;
  const text = (v: number) => (digits ? v.toFixed(1) : Math.round(v).toLocaleString('en-GB'));
  const widest = Math.max(...domain.map((v) => textWidth(text(v), fontSize)));
  return Math.ceil(widest + 3 + 4 + fontSize + 8);
}

/**
 * A compact trend for hub profile pages: no y axis or gridlines, the first and last x labels, and each
 * line's name and latest value at its end ("Central 94.4%"), so the hub's line and its comparator's are
 * told apart by words, not only by colour and dash.
 */
export function sparkline(input: SparklineInput): Chart {
  return withNarrow((layout) => layOutSparkline(input, layout));
}

function layOutSparkline(input: SparklineInput, layout: ChartLayout): Chart {
  const { xs, styles, rows } = orderedLines(input);
  const scale = valueScale(rows, input.unit);
  const channels = seriesChannels(styles);
  // A small chart keeps its width on a phone (it is already about a phone's width) and takes the larger type.
  const width = Math.min(input.width ?? WIDE.width, layout.width);
  const labelSize = layout.font.valueLabel;
  const xBase = {
    field: 'x',
    type: 'ordinal' as const,
    title: null,
    scale: { type: 'point' as const, domain: xs, padding: X_PADDING },
    axis: {
      values: xs.length > 1 ? [xs[0] ?? '', xs[xs.length - 1] ?? ''] : xs,
      labelFontSize: labelSize,
      labelColor: SECONDARY_TEXT_COLOUR,
      domain: false,
      ticks: false,
      // The first year starts under the first point rather than centred on it, so it does not stick out left.
      labelAlign: {
        condition: { test: `datum.value === ${JSON.stringify(xs[0] ?? '')}`, value: 'left' as const },
        value: 'center' as const,
      },
    },
  };
  const labelled = input.yTitle !== undefined;
  // No ticks: the label padding, the labels and a 2 px gap.
  const gaps = lineGaps(rows, layout, { plotHeight: HEIGHT, labelsDepth: 4 + labelSize + 2 });
  // The gap marks sit in a row under the year labels; the x title moves down by it.
  const titlePadding = gaps.depth ? { titlePadding: TITLE_PADDING + gaps.depth } : {};
  const x = labelled
    ? { ...xBase, title: input.xTitle ?? null, axis: { ...xBase.axis, titleFontSize: labelSize, ...titlePadding } }
    : xBase;
  const y = {
    field: 'y',
    type: 'quantitative' as const,
    title: input.yTitle ?? null,
    axis: labelled
      ? {
          values: scale.domain,
          format: input.unit === 'pct' || input.unit === 'count' ? ',.0f' : '.1f',
          labelFontSize: labelSize,
          labelColor: SECONDARY_TEXT_COLOUR,
          titleFontSize: labelSize,
          titleFontWeight: 'normal' as const,
          grid: false,
          domain: false,
          tickSize: 3,
        }
      : null,
    scale: { domain: scale.domain, nice: false, zero: false },
  };
  const lasts = lastPoints(rows, styles);
  const placed = spreadLabels(
    lasts.map((l) => ({ key: l.series, y: valueToPixel(l.y, scale.domain, HEIGHT) })),
    labelSize + 2,
    HEIGHT,
  );
  const labels = lasts.map((l, i) => ({ ...l, text: `${l.series} ${formatValue(l.y, input.unit)}`, py: placed[i]!.y }));
  const fraction = pointFraction(xs, X_PADDING);
  const words = withBandAlt(input);
  // The plot leaves room right of the last year for the names and values.
  const plotWidth = plotWidthForLabels(
    labels.map((l) => ({ at: fraction(l.x), reach: LABEL_DX + textWidth(l.text, labelSize) })),
    labelled ? valueAxisWidth(scale.domain, y.axis?.format ?? '', labelSize) : 0,
    width,
  );

  const spec: TopLevelSpec = {
    ...specFrame(words, { layout }),
    width: plotWidth,
    height: HEIGHT,
    autosize: { type: 'pad' as const },
    data: { values: rows.map((r) => ({ series: r.series, x: r.x, y: r.y })) },
    layer: [
      ...beforeBandLayers(input.before, fraction, xs, {
        width: plotWidth,
        height: HEIGHT,
        fontSize: labelSize,
        lines: rows,
        domain: scale.domain,
        labelRequired: false,
      }),
      {
        mark: { type: 'line' as const, strokeWidth: 2 },
        encoding: { x, y, color: channels.color, strokeDash: channels.strokeDash },
      },
      {
        data: { values: lasts },
        mark: { type: 'point' as const, filled: true, size: 30, opacity: 1 },
        encoding: { x, y, color: channels.color, shape: channels.shape },
      },
      {
        data: { values: labels },
        mark: {
          type: 'text' as const,
          align: 'left' as const,
          baseline: 'middle' as const,
          dx: LABEL_DX,
          fontSize: labelSize,
        },
        encoding: { x, y: { field: 'py', type: 'quantitative' as const, scale: null }, text: { field: 'text' } },
      },
      ...gaps.layers(x),
    ],
  };
  // A labelled chart has an x axis title under the year labels: the source line goes below it.
  const note = gapNote(gapsOf(rows, (r) => r.y).map((g) => g.symbol));
  const frame = standaloneFrame(words, {
    source: { below: HEIGHT + (labelled ? 46 : 28) + gaps.depth, left: 0 },
    width,
    layout,
    note,
  });
  // Bare sparklines have no value axis to misread; labelled ones say when it does not start at zero.
  const chartWords = labelled ? wordsForAxis(words, scale.domain) : words;
  return chartResult(chartWords, spec, lineTable(input, rows, xs), frame, note);
}
