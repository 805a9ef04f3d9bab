import type { TopLevelSpec } from 'vega-lite';
import { type Chart, type ChartWords, chartResult, specFrame } from './chart.js';
import { spreadLabels, valueToPixel } from './label-placement.js';
import { type LinePoint, lastPoints, lineTable, orderedLines, seriesChannels, valueScale } from './line-chart.js';
import { SECONDARY_TEXT_COLOUR } from './theme.js';
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
  /** Whole width in pixels; the default fits two across a hub profile page. */
  readonly width?: number;
  readonly xOrder?: readonly string[];
}

const HEIGHT = 56;
const FONT_SIZE = 10;

/**
 * A compact trend for hub profile pages: no y axis or gridlines, the first and last x labels, and each
 * line's latest value printed at its end. Without a frame by default: the page gives its title.
 */
export function sparkline(input: SparklineInput): Chart {
  const { xs, styles, rows } = orderedLines(input);
  const scale = valueScale(rows, input.unit);
  const channels = seriesChannels(styles);
  const x = {
    field: 'x', type: 'ordinal', title: null, scale: { type: 'point', domain: xs, padding: 0.1 },
    axis: {
      values: xs.length > 1 ? [xs[0], xs[xs.length - 1]] : xs,
      labelFontSize: FONT_SIZE, labelColor: SECONDARY_TEXT_COLOUR, labelFlush: true, domain: false, ticks: false,
    },
  };
  const y = { field: 'y', type: 'quantitative', title: null, axis: null, scale: { domain: scale.domain, nice: false, zero: false } };
  const lasts = lastPoints(rows, styles);
  const placed = spreadLabels(lasts.map((l) => ({ key: l.series, y: valueToPixel(l.y, scale.domain, HEIGHT) })), FONT_SIZE + 1, HEIGHT);

  const spec = {
    ...specFrame(input, { defaultFrame: 'bare' }),
    width: input.width ?? 300,
    height: HEIGHT,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values: rows.map((r) => ({ series: r.series, x: r.x, y: r.y })) },
    layer: [
      { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, color: channels.color, strokeDash: channels.strokeDash } },
      {
        data: { values: lasts },
        mark: { type: 'point', filled: true, size: 30, opacity: 1 },
        encoding: { x, y, color: channels.color, shape: channels.shape },
      },
      {
        data: { values: lasts.map((l, i) => ({ ...l, text: formatValue(l.y, input.unit), py: placed[i]!.y })) },
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, fontSize: FONT_SIZE },
        encoding: { x, y: { field: 'py', type: 'quantitative', scale: null }, text: { field: 'text' } },
      },
    ],
  } as TopLevelSpec;
  return chartResult(input, spec, lineTable(input, rows, xs));
}
