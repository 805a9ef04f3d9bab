import type { TopLevelSpec } from 'vega-lite';
import { categoryAxis, valueAxis } from './axes.js';
import {
  type Chart,
  type ChartTable,
  type ChartWords,
  chartResult,
  checkUnique,
  isNum,
  type MaybeValue,
  plotWidthForLabels,
  specFrame,
  standaloneFrame,
  withNarrow,
} from './chart.js';
import { GAP_INSET, gapLayer, gapNote, gapsOf } from './missing-marks.js';
import { textWidth, wrapText } from './text-metrics.js';
import { AXIS_COLOUR, type ChartLayout, HIGHLIGHT_COLOUR, PALETTE } from './theme.js';
import { niceScale } from './value-domain.js';
import { type ChartUnit, cellText, formatValue } from './value-format.js';

export interface IntervalDatum extends MaybeValue {
  /** The row, e.g. a hub. */
  readonly label: string;
  readonly value: number | null;
  /** Confidence interval limits (e.g. 95%), as computed in stats/. */
  readonly low: number | null;
  readonly high: number | null;
}

export interface IntervalChartInput extends ChartWords {
  readonly valueTitle: string;
  /** Heading of the table's first column, e.g. "Careers Hub". */
  readonly labelTitle?: string;
  readonly unit: ChartUnit;
  /** Drawn top to bottom in this order. */
  readonly data: readonly IntervalDatum[];
  /** A rule at zero: the "no difference" line a gap is read against. */
  readonly zeroLine: boolean;
  /** A row drawn grey, e.g. a London-wide figure among hubs. */
  readonly highlight?: string;
}

const ROW_HEIGHT = 32;
/** Space between the whisker's end and the value printed after it. */
const TEXT_DX = 8;
/** Height of a further line of the value axis's title. */
const TITLE_LINE = 16;

/**
 * Dot and whisker: each estimate with its interval, the value printed at the whisker's end. An interval
 * crossing the zero rule shows a gap that is not statistically distinguishable from none.
 */
export function intervalChart(input: IntervalChartInput): Chart {
  return withNarrow((layout) => layOutIntervals(input, layout));
}

function layOutIntervals(input: IntervalChartInput, layout: ChartLayout): Chart {
  const { data, unit } = input;
  checkUnique(
    'label',
    data.map((d) => d.label),
  );
  const labels = data.map((d) => d.label);
  const scale = niceScale(data.flatMap((d) => [d.value, d.low, d.high]).filter(isNum), { includeZero: input.zeroLine });
  const values = data.map((d) => ({
    label: d.label,
    value: d.value,
    low: d.low,
    high: d.high,
    text: cellText(d.value, unit, d.symbol),
    // Text sits right of the whisker, or of the dot without one; a missing value's symbol is a gap mark instead.
    at: [d.high, d.value].find(isNum) ?? null,
  }));
  const gaps = gapsOf(data, (d) => d.value);
  const names = categoryAxis(labels, layout.categoryLabelLimit, layout);
  const height = labels.length * Math.max(ROW_HEIGHT, names.height + 8);
  const axisWidth = names.width;
  const y = {
    field: 'label',
    type: 'nominal' as const,
    title: null,
    scale: { domain: labels, paddingOuter: 0.3 },
    axis: { ...names.axis, ticks: false, grid: false },
  };
  const [lo, hi] = scale.domain;
  const reach = values.map((v) => ({
    at: ((v.at ?? lo) - lo) / (hi - lo),
    reach: TEXT_DX + textWidth(v.text, layout.font.valueLabel),
  }));
  // The plot leaves room for the value printed after the longest whisker.
  const width = plotWidthForLabels(reach, axisWidth, layout.width);
  // A title wider than the plot is centred past its right edge and widens the chart (a phone): wrap it instead.
  const title = wrapText(input.valueTitle, width, layout.font.axisTitle);
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: title.length === 1 ? input.valueTitle : title,
    scale: { domain: scale.domain, nice: false, zero: false },
    axis: { ...valueAxis(unit, scale), grid: true },
  };
  const color = {
    condition: { test: `datum.label === ${JSON.stringify(input.highlight ?? null)}`, value: HIGHLIGHT_COLOUR },
    value: PALETTE[0],
  };
  const plotted = 'isValid(datum.value) && isFinite(datum.value)';
  const withInterval = 'isValid(datum.low) && isValid(datum.high) && isFinite(datum.low) && isFinite(datum.high)';

  const spec: TopLevelSpec = {
    ...specFrame(input, { layout }),
    width,
    height,
    autosize: { type: 'pad' as const },
    data: { values },
    layer: [
      ...(input.zeroLine
        ? [
            {
              data: { values: [{}] },
              mark: { type: 'rule' as const, color: AXIS_COLOUR, strokeWidth: 1.5 },
              encoding: { x: { datum: 0, type: 'quantitative' as const } },
            },
          ]
        : []),
      {
        transform: [{ filter: withInterval }],
        mark: { type: 'rule' as const, strokeWidth: 2 },
        encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' }, color },
      },
      {
        transform: [{ filter: plotted }],
        mark: { type: 'point' as const, shape: 'circle', size: 90, filled: true, opacity: 1 },
        encoding: { y, x, color },
      },
      {
        transform: [{ filter: plotted }],
        mark: {
          type: 'text' as const,
          align: 'left' as const,
          baseline: 'middle' as const,
          dx: TEXT_DX,
          fontSize: layout.font.valueLabel,
        },
        encoding: { y, x: { ...x, field: 'at' }, text: { field: 'text' } },
      },
      // A row with no value keeps its name, and its symbol stands at the left edge of the value axis.
      ...gapLayer(
        gaps.map((g) => ({ label: g.label, symbol: g.symbol, value: lo })),
        { y, x },
        { align: 'left' as const, baseline: 'middle' as const, dx: GAP_INSET, fontSize: layout.font.valueLabel },
      ),
    ],
  };
  const note = gapNote(gaps.map((g) => g.symbol));
  return chartResult(
    input,
    spec,
    intervalTable(input),
    standaloneFrame(input, {
      source: { below: height + 50 + (title.length - 1) * TITLE_LINE, left: axisWidth },
      layout,
      note,
    }),
    note,
  );
}

function intervalTable(input: IntervalChartInput): ChartTable {
  const { unit } = input;
  const limit = (v: number | null) => (isNum(v) ? formatValue(v, unit) : cellText(null, unit));
  return {
    caption: input.title,
    columns: [input.labelTitle ?? 'Group', input.valueTitle, 'Lower limit', 'Upper limit'],
    rows: input.data.map((d) => [d.label, cellText(d.value, unit, d.symbol), limit(d.low), limit(d.high)]),
  };
}
