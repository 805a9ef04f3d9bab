import type { TopLevelSpec } from 'vega-lite';
import { leftAxisWidth, valueAxis } from './axes.js';
import {
  type Chart,
  type ChartTable,
  type ChartWords,
  chartResult,
  checkUnique,
  isNum,
  specFrame,
  standaloneFrame,
  withNarrow,
} from './chart.js';
import type { IntervalDatum } from './interval-chart.js';
import { GAP_INSET, gapLayer, gapNote, gapsOf } from './missing-marks.js';
import { textWidth } from './text-metrics.js';
import { type ChartLayout, HIGHLIGHT_COLOUR, HIGHLIGHT_DASH, PALETTE, WIDE } from './theme.js';
import { niceScale } from './value-domain.js';
import { type ChartUnit, cellText, formatValue } from './value-format.js';

export interface DotPlotInput extends ChartWords {
  readonly valueTitle: string;
  /** Heading of the table's first column, e.g. "Hub". */
  readonly labelTitle?: string;
  readonly unit: ChartUnit;
  /** One row each (e.g. every hub); drawn ranked, highest first, rows with no value last by name. */
  readonly data: readonly IntervalDatum[];
  /** A figure every row is read against (e.g. England), drawn as a dashed rule across the rows and named. */
  readonly reference?: { readonly label: string; readonly value: number | null };
}

/** Rows are tight, so forty hubs fit a printed page; each keeps its own label. */
const ROW_HEIGHT = 16;
/** Wider than other charts' labels: hub names such as "Leicester, Leicestershire and Rutland" stay whole. */
const LABEL_LIMIT = { wide: 280, narrow: 150 } as const;
/** Room above the rows for the reference line's name. */
const REFERENCE_LABEL_ROOM = 18;

/**
 * A ranked dot plot: each row's estimate with its 95% interval, rows ordered by the estimate, and the reference
 * (England) as a dashed rule. For many hubs, where a line per hub cannot be told apart (more than the palette's six
 * colours), it answers the question a reader brings: which hubs are clearly above or below England, and which are
 * not. Values are in the chart's table rather than printed by every dot.
 */
export function dotPlot(input: DotPlotInput): Chart {
  return withNarrow((layout) => layOutDots(input, layout));
}

function layOutDots(input: DotPlotInput, layout: ChartLayout): Chart {
  const { unit } = input;
  const labelLimit = layout === WIDE ? LABEL_LIMIT.wide : LABEL_LIMIT.narrow;
  const fontSize = layout.font.valueLabel;
  checkUnique(
    'label',
    input.data.map((d) => d.label),
  );
  const ranked = [...input.data].sort(
    (a, b) =>
      (isNum(b.value) ? 1 : 0) - (isNum(a.value) ? 1 : 0) ||
      (isNum(a.value) && isNum(b.value) ? b.value - a.value : 0) ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  const labels = ranked.map((d) => d.label);
  const reference = input.reference && isNum(input.reference.value) ? input.reference : undefined;
  const scale = niceScale(
    [...ranked.flatMap((d) => [d.value, d.low, d.high]), reference?.value ?? null].filter(isNum),
    { includeZero: false },
  );
  const values = ranked.map((d) => ({ label: d.label, value: d.value, low: d.low, high: d.high }));
  const height = labels.length * ROW_HEIGHT;
  const axisWidth = leftAxisWidth(labels, labelLimit, layout);
  const y = {
    field: 'label',
    type: 'nominal',
    title: null,
    scale: { domain: labels, paddingOuter: 0.3 },
    axis: { labelLimit, ticks: false, grid: false, labelFontSize: fontSize },
  };
  const x = {
    field: 'value',
    type: 'quantitative',
    title: input.valueTitle,
    scale: { domain: scale.domain, nice: false, zero: false },
    axis: { ...valueAxis(unit, scale), grid: true },
  };
  const referenceText = reference ? `${reference.label} ${formatValue(reference.value as number, unit)}` : '';
  const spec = {
    ...specFrame(input, { layout }),
    width: layout.width - axisWidth - 40,
    height,
    autosize: { type: 'pad' },
    data: { values },
    layer: [
      {
        transform: [{ filter: 'isValid(datum.low) && isValid(datum.high)' }],
        mark: { type: 'rule', strokeWidth: 1.5, color: PALETTE[0] },
        encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' } },
      },
      {
        transform: [{ filter: 'isValid(datum.value) && isFinite(datum.value)' }],
        mark: { type: 'point', shape: 'circle', size: 36, filled: true, opacity: 1, color: PALETTE[0] },
        encoding: { y, x },
      },
      // A row with no value keeps its name, and its symbol stands at the left edge of the value axis.
      ...gapLayer(
        gapsOf(ranked, (d) => d.value).map((g) => ({ label: g.label, symbol: g.symbol, value: scale.domain[0] })),
        { y, x },
        { align: 'left', baseline: 'middle', dx: GAP_INSET, fontSize },
      ),
      ...(reference
        ? [
            {
              data: { values: [{ value: reference.value, text: referenceText }] },
              mark: { type: 'rule', color: HIGHLIGHT_COLOUR, strokeDash: HIGHLIGHT_DASH, strokeWidth: 1.5 },
              encoding: { x, y: { value: -REFERENCE_LABEL_ROOM / 2 }, y2: { value: height } },
            },
            {
              data: { values: [{ value: reference.value, text: referenceText }] },
              mark: {
                type: 'text',
                align: referenceAlign(reference.value as number, scale.domain, referenceText, layout),
                baseline: 'bottom',
                dy: -REFERENCE_LABEL_ROOM / 2 - 2,
                fontSize,
                color: HIGHLIGHT_COLOUR,
              },
              encoding: { x, y: { value: 0 }, text: { field: 'text' } },
            },
          ]
        : []),
    ],
  } as TopLevelSpec;
  const note = gapNote(gapsOf(ranked, (d) => d.value).map((g) => g.symbol));
  return chartResult(
    input,
    spec,
    dotPlotTable(input, ranked),
    standaloneFrame(input, { source: { below: height + 50, left: axisWidth }, layout, note }),
    note,
  );
}

/** The reference's name is centred on its rule, or kept inside the plot when the rule is near an edge. */
function referenceAlign(
  value: number,
  domain: readonly [number, number],
  text: string,
  layout: ChartLayout,
): 'left' | 'center' | 'right' {
  const [lo, hi] = domain;
  const at = (value - lo) / (hi - lo);
  const half = textWidth(text, layout.font.valueLabel) / 2 / (layout.width - 260 * (layout.width / WIDE.width));
  return at - half < 0 ? 'left' : at + half > 1 ? 'right' : 'center';
}

function dotPlotTable(input: DotPlotInput, ranked: readonly IntervalDatum[]): ChartTable {
  const { unit } = input;
  const limit = (v: number | null) => (isNum(v) ? formatValue(v, unit) : cellText(null, unit));
  const rows = ranked.map((d) => [d.label, cellText(d.value, unit, d.symbol), limit(d.low), limit(d.high)]);
  if (input.reference) rows.push([input.reference.label, cellText(input.reference.value, unit), '', '']);
  return {
    caption: input.title,
    columns: [input.labelTitle ?? 'Group', input.valueTitle, 'Lower limit', 'Upper limit'],
    rows,
  };
}
