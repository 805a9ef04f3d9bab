import type { TopLevelSpec } from 'vega-lite';
import {
  categoryAxis,
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
  distinct,
  isNum,
  type LabelReach,
  type MaybeValue,
  plotWidthForLabels,
  seriesStyles,
  specFrame,
  standaloneFrame,
  withNarrow,
} from './chart.js';
import { gapLayer, gapNote, gapsOf } from './missing-marks.js';
import { textWidth } from './text-metrics.js';
import type { ChartLayout } from './theme.js';
import { niceScale, type ValueScale } from './value-domain.js';
import { type ChartUnit, cellText, formatValue } from './value-format.js';

export interface BarDatum extends MaybeValue {
  /** Where the bars stand, e.g. a Gatsby benchmark. */
  readonly category: string;
  /** The coloured bar within a category, e.g. a hub. */
  readonly group: string;
  readonly value: number | null;
}

export interface BarChartInput extends ChartWords {
  readonly valueTitle: string;
  readonly categoryTitle?: string;
  readonly unit: ChartUnit;
  readonly data: readonly BarDatum[];
  readonly groupOrder: readonly string[];
  /** Defaults to the categories in the order they first appear in the data. */
  readonly categoryOrder?: readonly string[];
  /** `horizontal` bars suit long category names and many bars; `vertical` columns suit few short ones. */
  readonly orientation: 'horizontal' | 'vertical';
  /** A comparator group (e.g. England), drawn grey. */
  readonly highlight?: string;
}

const BAR_SIZE = 14;
const CATEGORY_GAP = 16;
const VERTICAL_HEIGHT = 280;
const LEGEND_HEIGHT = 30;
const PADDING = { inner: 0.25, outer: 0.1, group: 0.05 };
/** Space between a bar's end and its value label. */
const VALUE_DX = 4;
/** Space between a value label and the group names printed beside the first category's bars. */
const NAME_GAP = 10;

/**
 * Grouped bars with the value printed at each bar's end. A missing value has no bar, and its symbol is
 * printed at the baseline instead, so an absent figure is never read as a zero-length bar.
 */
export function barChart(input: BarChartInput): Chart {
  return withNarrow((layout) => layOutBars(input, layout));
}

function layOutBars(input: BarChartInput, layout: ChartLayout): Chart {
  const { data, groupOrder, unit } = input;
  checkKnown(
    'Groups',
    data.map((d) => d.group),
    groupOrder,
  );
  const categories = input.categoryOrder ? [...input.categoryOrder] : distinct(data.map((d) => d.category));
  checkKnown(
    'Categories',
    data.map((d) => d.category),
    categories,
  );
  checkUnique(
    'category and group',
    data.map((d) => `${d.category} ${d.group}`),
  );
  const bars = barLayout(input, categories, layout);
  const { position, color } = barEncoding(input, categories, bars);
  const { labels, length } = bars;
  const values = sortedValues(input, categories).map((d) => ({
    category: d.category,
    group: d.group,
    value: d.value,
    label: barLabel(d, unit, labels),
    at: isNum(d.value) ? d.value : 0,
  }));

  const legend = hasLegend(input, bars);
  const names =
    bars.horizontal && groupOrder.length > 1 ? groupNames(values, categories[0]!, labels.fontSize) : undefined;
  const spec: TopLevelSpec = {
    ...specFrame(input, { layout }),
    // Vega leaves a free-placed legend out of the layout bounds: a bare chart (no title to lift) would cut it off.
    ...(legend ? { padding: { ...CHART_PADDING, top: CHART_PADDING.top + LEGEND_HEIGHT } } : {}),
    // Bars carry labels at their ends, so the plot is sized to leave them room; columns just fill the width.
    ...(bars.horizontal
      ? {
          width: plotWidthForLabels(labelReach(values, names, bars), bars.left, layout.width),
          autosize: { type: 'pad' as const },
        }
      : { width: layout.width, autosize: { type: 'fit-x' as const, contains: 'padding' } }),
    height: bars.height,
    data: { values },
    layer: [
      {
        transform: [{ filter: 'isValid(datum.value) && isFinite(datum.value)' }],
        mark: { type: 'bar' as const },
        encoding: { ...position, color },
      },
      ...(labels.values
        ? [
            {
              transform: [{ filter: 'isValid(datum.value) && isFinite(datum.value)' }],
              mark: valueLabelMark(bars),
              encoding: { ...position, [length]: { ...position[length], field: 'at' }, text: { field: 'label' } },
            },
          ]
        : []),
      // A missing value's symbol stands at the baseline, where its bar would start.
      ...gapLayer(
        gapsOf(sortedValues(input, categories), (d) => d.value).map((g) => ({ ...g, at: 0 })),
        { ...position, [length]: { ...position[length], field: 'at' } },
        valueLabelMark(bars),
      ),
      ...(names ? [groupNameLayer(names, position, labels.fontSize)] : []),
    ],
  };
  const note = gapNote(gapsOf(input.data, (d) => d.value).map((g) => g.symbol));
  const frame = standaloneFrame(input, {
    note,
    source: { below: bars.height + (bars.horizontal || input.categoryTitle ? 50 : 32), left: bars.left },
    layout,
    // Framed, the title is lifted over the legend instead.
    titleClearance: legend ? LEGEND_HEIGHT : 0,
    ...(legend ? { bareOnly: ['padding'] } : {}),
  });
  return chartResult(input, spec, barTable(input, categories), frame, note);
}

/** A value label just past a bar's end (or above a column's top). */
function valueLabelMark(bars: BarLayout) {
  const fontSize = bars.labels.fontSize;
  return bars.horizontal
    ? { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, dx: VALUE_DX, fontSize }
    : { type: 'text' as const, align: 'center' as const, baseline: 'bottom' as const, dy: -3, fontSize };
}

interface BarLayout {
  readonly horizontal: boolean;
  /** The channel categories spread along, and the one bar length runs along. */
  readonly band: 'x' | 'y';
  readonly length: 'x' | 'y';
  readonly height: number;
  readonly scale: ValueScale;
  /** Width of the left axis: category names for bars, value ticks for columns. */
  readonly left: number;
  readonly labels: LabelStyle;
  readonly categoryLabelLimit: number;
  readonly layout: ChartLayout;
}

function barLayout(input: BarChartInput, categories: readonly string[], layout: ChartLayout): BarLayout {
  const horizontal = input.orientation === 'horizontal';
  const scale = niceScale(
    input.data.map((d) => d.value ?? 0),
    { includeZero: true, limits: input.unit === 'pct' ? [0, 100] : undefined },
  );
  const valueLeft = leftAxisWidth(tickLabels(input.unit, scale), Infinity, layout);
  const limit = layout.categoryLabelLimit;
  return {
    horizontal,
    band: horizontal ? 'y' : 'x',
    length: horizontal ? 'x' : 'y',
    height: horizontal ? categories.length * (input.groupOrder.length * BAR_SIZE + CATEGORY_GAP) : VERTICAL_HEIGHT,
    scale,
    left: horizontal ? categoryAxis(categories, limit, layout).width : valueLeft,
    labels: horizontal ? fullLabels(layout) : fitColumnLabels(input, categories.length, valueLeft, layout),
    categoryLabelLimit: limit,
    layout,
  };
}

function barEncoding(input: BarChartInput, categories: readonly string[], layout: BarLayout) {
  const { horizontal, band, length, scale } = layout;
  const groups = [...input.groupOrder];
  const position = {
    [band]: {
      field: 'category',
      type: 'nominal' as const,
      // A category title beside horizontal bars would have to be rotated; the table carries it instead.
      title: horizontal ? null : (input.categoryTitle ?? null),
      scale: { domain: categories, paddingInner: PADDING.inner, paddingOuter: PADDING.outer },
      axis: {
        ...(horizontal
          ? categoryAxis(categories, layout.categoryLabelLimit, layout.layout).axis
          : { labelLimit: layout.categoryLabelLimit }),
        ticks: false,
      },
    },
    [`${band}Offset`]: {
      field: 'group',
      type: 'nominal' as const,
      scale: { domain: groups, paddingInner: PADDING.group },
    },
    [length]: {
      field: 'value',
      type: 'quantitative' as const,
      scale: { domain: scale.domain, nice: false },
      title: input.valueTitle,
      axis: {
        ...valueAxis(input.unit, scale),
        ...(horizontal ? { grid: true } : horizontalYTitle(layout.left, Y_TITLE_GAP.overColumns)),
      },
    },
  };
  const color = {
    field: 'group',
    type: 'nominal' as const,
    scale: { domain: groups, range: seriesStyles(groups, input.highlight).map((s) => s.colour) },
    // Horizontal bars name their groups directly (groupNameLayer). Columns are too narrow for that, so they
    // keep a legend, in bar order, above the value-axis title that sits over the plot.
    legend: hasLegend(input, layout)
      ? {
          symbolType: 'square' as const,
          symbolSize: 120,
          ...flushLeftLegend(layout.left, LEGEND_HEIGHT + yTitleHeight(Y_TITLE_GAP.overColumns, layout.layout)),
        }
      : null,
  };
  return { position, color };
}

function hasLegend(input: BarChartInput, layout: BarLayout): boolean {
  return !layout.horizontal && input.groupOrder.length > 1;
}

interface BarValue {
  readonly category: string;
  readonly group: string;
  readonly label: string;
  readonly at: number;
}

/** Where the group names go: one column just right of the first category's longest value label. */
interface GroupNames {
  readonly rows: readonly { category: string; group: string; at: number }[];
  readonly at: number;
  readonly dx: number;
  readonly widest: number;
}

function groupNames(values: readonly BarValue[], first: string, fontSize: number): GroupNames {
  const rows = values.filter((v) => v.category === first);
  const at = Math.max(...rows.map((v) => v.at));
  const dx = Math.ceil(VALUE_DX + Math.max(...rows.map((v) => textWidth(v.label, fontSize))) + NAME_GAP);
  const widest = Math.max(...rows.map((v) => textWidth(v.group, fontSize, true)));
  return { rows: rows.map((v) => ({ category: v.category, group: v.group, at })), at, dx, widest };
}

/**
 * The group names (hubs) beside the first category's bars: the reader learns the bar order once, by name,
 * and it repeats in every category. This replaces a colour-key legend, so no bar is identified by colour
 * alone (WCAG 1.4.1; the Analysis Function prefers direct labels to legends).
 */
function groupNameLayer(names: GroupNames, position: Record<string, object>, fontSize: number) {
  return {
    data: { values: names.rows },
    mark: {
      type: 'text' as const,
      align: 'left' as const,
      baseline: 'middle' as const,
      dx: names.dx,
      fontSize,
      fontWeight: 'bold' as const,
    },
    encoding: { ...position, x: { ...(position.x as object), field: 'at' }, text: { field: 'group' } },
  };
}

/** How far right of its bar's end each printed label reaches, for the plot width that keeps it in the image. */
function labelReach(values: readonly BarValue[], names: GroupNames | undefined, layout: BarLayout): LabelReach[] {
  const [lo, hi] = layout.scale.domain;
  const frac = (v: number) => (hi === lo ? 0 : (v - lo) / (hi - lo));
  return [
    ...values.map((v) => ({ at: frac(v.at), reach: VALUE_DX + textWidth(v.label, layout.labels.fontSize) })),
    ...(names ? [{ at: frac(names.at), reach: names.dx + names.widest }] : []),
  ];
}

function sortedValues(input: BarChartInput, categories: readonly string[]): BarDatum[] {
  const { groupOrder } = input;
  return [...input.data].sort(
    (a, b) =>
      categories.indexOf(a.category) - categories.indexOf(b.category) ||
      groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group),
  );
}

/** The number over a bar (without `%` when the column is narrow), or the symbol where there is no bar. */
function barLabel(d: BarDatum, unit: ChartUnit, style: LabelStyle): string {
  if (!isNum(d.value)) return cellText(null, unit, d.symbol);
  const text = formatValue(d.value, unit);
  return style.unit ? text : text.replace(/%$/, '');
}

interface LabelStyle {
  /** Print numbers over the bars (missing-value symbols are always printed). */
  readonly values: boolean;
  /** Keep the `%` sign. */
  readonly unit: boolean;
  readonly fontSize: number;
}

const fullLabels = (layout: ChartLayout): LabelStyle => ({
  values: true,
  unit: true,
  fontSize: layout.font.valueLabel,
});

/**
 * Value labels over columns must fit the column width or they run into each other. Try the full label,
 * then without the `%` (the axis carries it), then smaller type; if none fit, print no numbers (the
 * table beside the chart has them) rather than overlapping ones.
 */
function fitColumnLabels(input: BarChartInput, categories: number, axisWidth: number, layout: ChartLayout): LabelStyle {
  const plot = layout.width - axisWidth - 8;
  const size = layout.font.valueLabel;
  const step = plot / (categories - PADDING.inner + 2 * PADDING.outer);
  const bar = (step * (1 - PADDING.inner)) / (input.groupOrder.length + PADDING.group);
  const texts = input.data.filter((d) => isNum(d.value)).map((d) => formatValue(d.value as number, input.unit));
  const options: LabelStyle[] = [
    fullLabels(layout),
    { values: true, unit: false, fontSize: size },
    { values: true, unit: false, fontSize: Math.max(size - 1, layout.smallestFont) },
  ];
  const fits = (o: LabelStyle) =>
    texts.every((t) => textWidth(o.unit ? t : t.replace(/%$/, ''), o.fontSize) + 2 <= bar);
  return options.find(fits) ?? { values: false, unit: false, fontSize: size };
}

/** One row per category, one column per group. */
function barTable(input: BarChartInput, categories: readonly string[]): ChartTable {
  const at = new Map(input.data.map((d) => [`${d.category} ${d.group}`, d]));
  return {
    caption: input.title,
    columns: [input.categoryTitle ?? 'Category', ...input.groupOrder],
    rows: categories.map((c) => [
      c,
      ...input.groupOrder.map((g) => {
        const d = at.get(`${c} ${g}`);
        return cellText(d?.value, input.unit, d?.symbol);
      }),
    ]),
  };
}
