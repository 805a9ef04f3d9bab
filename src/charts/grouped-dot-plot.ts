import type { TopLevelSpec } from 'vega-lite';
import { categoryAxis, valueAxis } from './axes.js';
import {
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
import { GAP_INSET, gapLayer, gapNote, gapsOf } from './missing-marks.js';
import { CHART_WIDTH, type ChartLayout } from './theme.js';
import { niceScale } from './value-domain.js';
import { type ChartUnit, cellText, formatValue } from './value-format.js';

export interface GroupedDot extends MaybeValue {
  /** The row, e.g. a Gatsby Benchmark. */
  readonly category: string;
  /** The series within the row, e.g. a hub. */
  readonly group: string;
  readonly value: number | null;
  /** 95% interval limits, as computed in stats/; null when none. */
  readonly low: number | null;
  readonly high: number | null;
}

export interface GroupedDotPlotInput extends ChartWords {
  readonly valueTitle: string;
  readonly categoryTitle: string;
  readonly unit: ChartUnit;
  readonly data: readonly GroupedDot[];
  readonly categoryOrder: readonly string[];
  readonly groupOrder: readonly string[];
  /** A comparator group (e.g. all hubs together), drawn grey. */
  readonly highlight?: string;
}

/** Vertical room per dot within a row, and between rows. */
const DOT_STEP = 7;
const ROW_GAP = 8;

/**
 * One row per category, one dot per group with its 95% interval, on a value axis from zero: where 40 grouped
 * bars bury the comparison, dots and whiskers show which hubs differ and which overlap. Groups are told apart
 * by colour and shape, named in a legend; the values are in the table.
 */
export function groupedDotPlot(input: GroupedDotPlotInput): Chart {
  return withNarrow((layout) => layOutGroupedDots(input, layout));
}

function layOutGroupedDots(input: GroupedDotPlotInput, layout: ChartLayout): Chart {
  const { data, unit, categoryOrder, groupOrder } = input;
  checkKnown(
    'categories',
    data.map((d) => d.category),
    categoryOrder,
  );
  checkKnown(
    'groups',
    data.map((d) => d.group),
    groupOrder,
  );
  checkUnique(
    'category and group',
    data.map((d) => `${d.category} / ${d.group}`),
  );
  const scale = niceScale(data.flatMap((d) => [d.value, d.low, d.high]).filter(isNum), {
    includeZero: true,
    limits: unit === 'pct' ? [0, 100] : undefined,
  });
  const styles = seriesStyles(groupOrder, input.highlight);
  const gaps = gapsOf(data, (d) => d.value);
  const names = categoryAxis(categoryOrder, layout.categoryLabelLimit, layout);
  // A row is as tall as its dots or its wrapped name (three lines on a phone), so names never run into each other.
  const height = categoryOrder.length * (Math.max(groupOrder.length * DOT_STEP, names.height) + ROW_GAP);
  const axisWidth = names.width;
  const y = {
    field: 'category',
    type: 'nominal' as const,
    // The names say what the rows are ("B1 A stable careers programme"); the title heads the table's column only.
    title: null,
    scale: { domain: [...categoryOrder], paddingInner: 0.15 },
    axis: { ...names.axis, ticks: false, grid: false },
  };
  const yOffset = { field: 'group', type: 'nominal' as const, scale: { domain: [...groupOrder] } };
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: input.valueTitle,
    scale: { domain: [...scale.domain], nice: false, zero: true },
    axis: { ...valueAxis(unit, scale), grid: true },
  };
  const color = {
    field: 'group',
    type: 'nominal' as const,
    scale: { domain: [...groupOrder], range: styles.map((s) => s.colour) },
    legend: {
      orient: 'top' as const,
      title: null,
      direction: 'horizontal' as const,
      // On a phone five names in one row are wider than the screen, and three (centred on the plot, right of the
      // category names) reach past its edge: two to a row.
      ...(layout.width < CHART_WIDTH && groupOrder.length > 2 ? { columns: 2 } : {}),
    },
  };
  const shape = { ...color, scale: { domain: [...groupOrder], range: styles.map((s) => s.shape) } };
  const spec: TopLevelSpec = {
    ...specFrame(input, { layout }),
    width: layout.width - axisWidth - 40,
    height,
    autosize: { type: 'pad' },
    data: {
      values: data.map((d) => ({ category: d.category, group: d.group, value: d.value, low: d.low, high: d.high })),
    },
    layer: [
      {
        transform: [{ filter: 'isValid(datum.low) && isValid(datum.high)' }],
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: { y, yOffset, x: { ...x, field: 'low' }, x2: { field: 'high' }, color },
      },
      {
        transform: [{ filter: 'isValid(datum.value) && isFinite(datum.value)' }],
        mark: { type: 'point', filled: true, size: 40, opacity: 1 },
        encoding: { y, yOffset, x, color, shape },
      },
      // A missing value's symbol stands in its group's place in the row, at the foot of the value axis.
      ...gapLayer(
        gaps.map((g) => ({ category: g.category, group: g.group, symbol: g.symbol, value: scale.domain[0] })),
        { y, yOffset, x },
        { align: 'left', baseline: 'middle', dx: GAP_INSET, fontSize: layout.font.valueLabel },
      ),
    ],
  };
  const note = gapNote(gaps.map((g) => g.symbol));
  return chartResult(
    input,
    spec,
    dotTable(input),
    standaloneFrame(input, { source: { below: height + 50, left: axisWidth }, layout, note }),
    note,
  );
}

/** One row per category, one column per group: "67.8% (62.1% to 73.0%)". */
function dotTable(input: GroupedDotPlotInput): ChartTable {
  const at = new Map(input.data.map((d) => [`${d.category} / ${d.group}`, d]));
  const cell = (d: GroupedDot | undefined) => {
    const value = cellText(d?.value ?? null, input.unit, d?.symbol);
    return d && isNum(d.value) && isNum(d.low) && isNum(d.high)
      ? `${value} (${formatValue(d.low, input.unit)} to ${formatValue(d.high, input.unit)})`
      : value;
  };
  return {
    caption: input.title,
    columns: [input.categoryTitle, ...input.groupOrder],
    rows: input.categoryOrder.map((c) => [c, ...input.groupOrder.map((g) => cell(at.get(`${c} / ${g}`)))]),
  };
}
