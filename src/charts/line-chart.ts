import type { TopLevelSpec } from 'vega-lite';
import { horizontalYTitle, leftAxisWidth, tickLabels, valueAxis } from './axes.js';
import {
  type Chart,
  type ChartTable,
  type ChartWords,
  chartResult,
  checkKnown,
  checkUnique,
  distinct,
  isNum,
  type MaybeValue,
  plotWidthForLabels,
  type SeriesStyle,
  seriesStyles,
  specFrame,
  standaloneFrame,
  withNarrow,
} from './chart.js';
import { spreadLabels, valueToPixel } from './label-placement.js';
import { GAP_INSET, gapLayer, gapNote, gapsOf } from './missing-marks.js';
import { textWidth, wrapText } from './text-metrics.js';
import { AXIS_COLOUR, BAND_COLOUR, type ChartLayout, chartConfig, SECONDARY_TEXT_COLOUR } from './theme.js';
import { niceScale, type ValueScale } from './value-domain.js';
import { type ChartUnit, cellText } from './value-format.js';

export interface LinePoint extends MaybeValue {
  readonly series: string;
  /** An x label such as the academic year `2019/20`. */
  readonly x: string;
  readonly y: number | null;
  /** Confidence interval limits, drawn as a band when given. */
  readonly low?: number | null;
  readonly high?: number | null;
}

export interface LineChartInput extends ChartWords {
  readonly yTitle: string;
  readonly xTitle?: string;
  readonly unit: ChartUnit;
  readonly data: readonly LinePoint[];
  /** Drawing, colour and table column order. */
  readonly seriesOrder: readonly string[];
  /** The comparator series (e.g. England): grey and dashed. */
  readonly highlight?: string;
  /** x order; defaults to the x labels sorted, which orders academic years `2019/20` < `2020/21`. */
  readonly xOrder?: readonly string[];
  /** The years before the hubs began, shaded behind the lines (beforeBandLayers). */
  readonly before?: BeforeBand;
}

/** A shaded band over the x values up to `last` (the last year before the start), named by `label` on the band. */
export interface BeforeBand {
  readonly last: string;
  readonly label: string;
  /** The sentence the alt text and description gain, saying what the band marks. */
  readonly alt: string;
}

const PLOT_HEIGHT = 240;
/** Outer padding of the x (point) scale, in steps: room left of the first year and right of the last. */
const X_PADDING = 0.4;
/** Space between two x labels that sit side by side. */
const X_LABEL_GAP = 8;
/** The theme's space between the x labels and the x title. */
const TITLE_PADDING = chartConfig.axis?.titlePadding as number;

/** One line per series with distinct point shapes and a direct label at each line's last point. */
export function lineChart(input: LineChartInput): Chart {
  return withNarrow((layout) => layOutLines(input, layout));
}

function layOutLines(input: LineChartInput, layout: ChartLayout): Chart {
  const { xs, styles, rows } = orderedLines(input);
  const scale = valueScale(rows, input.unit);
  const axisWidth = leftAxisWidth(tickLabels(input.unit, scale), Infinity, layout);
  const channels = seriesChannels(styles);
  const x = {
    field: 'x',
    type: 'ordinal' as const,
    scale: { type: 'point' as const, domain: xs, padding: X_PADDING },
    title: input.xTitle ?? null,
  };
  const y = {
    field: 'y',
    type: 'quantitative' as const,
    title: input.yTitle,
    scale: { domain: scale.domain, nice: false, zero: false },
    axis: { ...valueAxis(input.unit, scale), ...horizontalYTitle(axisWidth) },
  };
  const labels = placeLabels(rows, styles, scale.domain, layout.font.label + 2);
  const fraction = pointFraction(xs, X_PADDING);
  const reach = labels.values.map((l) => ({
    at: fraction(l.x),
    reach: labels.dx + textWidth(l.series, layout.font.label),
  }));
  // The plot leaves room right of the last year for the line names.
  const width = plotWidthForLabels(reach, axisWidth, layout.width);
  const ticks = spacedTicks(xs, width, layout);
  const gaps = lineGaps(rows, layout, { plotHeight: PLOT_HEIGHT, labelsDepth: xLabelsDepth(layout) });
  const xAxis = {
    ...x,
    ...(ticks.length < xs.length || gaps.depth
      ? {
          axis: {
            ...(ticks.length < xs.length ? { values: ticks } : {}),
            ...(gaps.depth ? { titlePadding: TITLE_PADDING + gaps.depth } : {}),
          },
        }
      : {}),
  };
  const hasInterval = rows.some((r) => isNum(r.low) && isNum(r.high));
  const spansZero = scale.domain[0] < 0 && scale.domain[1] > 0;
  const words = withBandAlt(input);

  const spec: TopLevelSpec = {
    ...specFrame(words, { layout }),
    width,
    height: PLOT_HEIGHT,
    autosize: { type: 'pad' as const },
    data: { values: rows.map((r) => ({ series: r.series, x: r.x, y: r.y, low: r.low ?? null, high: r.high ?? null })) },
    layer: [
      ...beforeBandLayers(input.before, fraction, xs, {
        width,
        height: PLOT_HEIGHT,
        fontSize: layout.font.label,
        lines: rows,
        domain: scale.domain,
        labelRequired: true,
      }),
      // A difference chart is read against zero, so zero gets a rule darker than the gridlines.
      ...(spansZero
        ? [
            {
              data: { values: [{}] },
              mark: { type: 'rule' as const, color: AXIS_COLOUR },
              encoding: { y: { datum: 0, type: 'quantitative' as const } },
            },
          ]
        : []),
      ...(hasInterval
        ? [
            {
              mark: { type: 'area' as const, opacity: 0.15 },
              encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' }, color: channels.color },
            },
          ]
        : []),
      {
        mark: { type: 'line' as const },
        encoding: { x: xAxis, y, color: channels.color, strokeDash: channels.strokeDash },
      },
      {
        transform: [{ filter: 'isValid(datum.y) && isFinite(datum.y)' }],
        mark: { type: 'point' as const },
        encoding: { x, y, color: channels.color, shape: channels.shape },
      },
      ...directLabelLayers(labels, styles, x, layout.font.label),
      ...gaps.layers(x),
    ],
  };
  const note = gapNote(gapsOf(rows, (r) => r.y).map((g) => g.symbol));
  const frame = standaloneFrame(words, {
    note,
    source: { below: PLOT_HEIGHT + (input.xTitle ? 50 : 32) + gaps.depth, left: axisWidth },
    layout,
  });
  return chartResult(wordsForAxis(words, scale.domain), spec, lineTable(input, rows, xs), frame, note);
}

/** The x axis's ticks (Vega's 5 px) and label padding, above labels of the layout's size and a 2 px gap. */
const xLabelsDepth = (layout: ChartLayout) => 5 + 4 + layout.font.axisLabel + 2;

/** Where a line chart's row of gap marks goes: under a plot `plotHeight` high, `labelsDepth` below it. */
export interface GapRow {
  readonly plotHeight: number;
  readonly labelsDepth: number;
}

/**
 * The symbol of each year a line has no value for, in a row under that year's label, where the line breaks above:
 * below the axis, so no point near the foot of the plot can hide it. One per symbol and year however many lines
 * share the gap (the break shows which); different symbols at one year stack downwards. `depth` is the room the
 * rows take, which the x title and the source line move down by. Shared with the sparkline.
 */
export function lineGaps(rows: readonly LinePoint[], layout: ChartLayout, row: GapRow) {
  const fontSize = layout.font.valueLabel;
  const symbolsAt = new Map<string, string[]>();
  for (const g of gapsOf(rows, (r) => r.y)) {
    const at = symbolsAt.get(g.x) ?? [];
    if (!at.includes(g.symbol)) symbolsAt.set(g.x, [...at, g.symbol]);
  }
  const step = fontSize + GAP_INSET;
  const marks = [...symbolsAt].flatMap(([at, symbols]) =>
    symbols.map((symbol, k) => ({ x: at, symbol, py: row.plotHeight + row.labelsDepth + k * step })),
  );
  const depth = Math.max(0, ...[...symbolsAt.values()].map((s) => s.length)) * step;
  // The layers take the x channel of the chart's other layers, axis title and all, so none of them is overridden.
  const layers = (x: object) =>
    gapLayer(
      marks,
      { x, y: { field: 'py', type: 'quantitative' as const, scale: null } },
      { align: 'center' as const, baseline: 'top' as const, fontSize },
    );
  return { layers, depth };
}

/** The chart's words with the band's sentence added to the alt text (and so to the spec's description). */
export function withBandAlt<W extends ChartWords>(words: W & { readonly before?: BeforeBand }): W {
  const band = words.before;
  return band?.alt ? { ...words, alt: `${words.alt} ${band.alt}`.trim() } : words;
}

/** Where the band is drawn and what it must keep clear of. */
export interface BandPlacement {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** The plotted lines, so the band's name is placed where no line runs through it. */
  readonly lines: readonly { readonly series: string; readonly x: string; readonly y: number | null }[];
  readonly domain: readonly [number, number];
  /** Vertical bars (intervals) drawn across a category `reach` pixels either side of its centre. */
  readonly bars?: { readonly spans: readonly { x: string; low: number; high: number }[]; readonly reach: number };
  /** A chart's band always has its name (at the emptier edge); a small chart's only where it is clear of lines. */
  readonly labelRequired: boolean;
}

/**
 * The years before the start as a light band from the plot's left edge to halfway between the last year before the
 * start and the next (the whole plot when no year follows), with its name in the band's top or bottom left corner,
 * whichever no line crosses, in secondary text (#505A5F on #F3F2F1: 6.5:1, above WCAG's 4.5:1 for text). Drawn
 * first, so lines and points lie over it. The name wraps to the band's width; a band too narrow for one word of it
 * shows the shade alone, and the alt text says what it marks.
 */
export function beforeBandLayers(
  band: BeforeBand | undefined,
  fraction: (x: string) => number,
  xs: readonly string[],
  at: BandPlacement,
) {
  const i = band ? xs.indexOf(band.last) : -1;
  if (!band || i < 0) return [];
  const next = xs[i + 1];
  const right = Math.round((next === undefined ? 1 : (fraction(band.last) + fraction(next)) / 2) * at.width);
  const room = right - 2 * BAND_TEXT_INSET;
  const lines = wrapText(band.label, room, at.fontSize);
  const fits = lines.every((l) => textWidth(l, at.fontSize) <= room);
  const box = {
    right: BAND_TEXT_INSET + Math.max(...lines.map((l) => textWidth(l, at.fontSize))),
    height: lines.length * at.fontSize * BAND_LINE_HEIGHT,
  };
  const side = fits ? bandLabelSide(box, fraction, at) : undefined;
  const y = side === 'top' ? BAND_TEXT_INSET : at.height - BAND_TEXT_INSET - box.height;
  return [
    {
      data: { values: [{}] },
      mark: { type: 'rect' as const, color: BAND_COLOUR },
      encoding: { x: { value: 0 }, x2: { value: right }, y: { value: 0 }, y2: { value: at.height } },
    },
    ...(side
      ? [
          {
            data: { values: [{}] },
            mark: {
              type: 'text' as const,
              align: 'left' as const,
              baseline: 'top' as const,
              fontSize: at.fontSize,
              lineHeight: at.fontSize * BAND_LINE_HEIGHT,
              color: SECONDARY_TEXT_COLOUR,
            },
            encoding: {
              x: { value: BAND_TEXT_INSET },
              y: { value: Math.round(y) },
              text: { value: lines.length === 1 ? lines[0]! : lines },
            },
          },
        ]
      : []),
  ];
}

const BAND_LINE_HEIGHT = 1.2;

/**
 * The corner of the band for its name: the top where no line passes through the name's box, else the bottom, else
 * (when a name is required) the one with more room between the box and the nearest line. Each line's height is
 * taken at the box's two edges and at every point between (lines are straight between points).
 */
function bandLabelSide(
  box: { readonly right: number; readonly height: number },
  fraction: (x: string) => number,
  at: BandPlacement,
): 'top' | 'bottom' | undefined {
  const ys: number[] = [];
  for (const series of distinct(at.lines.map((l) => l.series))) {
    const pts = at.lines
      .filter((l) => l.series === series && isNum(l.y))
      .map((l) => ({ px: fraction(l.x) * at.width, py: valueToPixel(l.y as number, at.domain, at.height) }))
      .sort((a, b) => a.px - b.px);
    const yAt = (px: number) => {
      const j = pts.findIndex((p) => p.px >= px);
      if (j < 0) return undefined;
      if (pts[j]!.px === px) return pts[j]!.py;
      if (j === 0) return undefined;
      const a = pts[j - 1]!;
      const b = pts[j]!;
      return a.py + ((b.py - a.py) * (px - a.px)) / (b.px - a.px);
    };
    const inside = pts.filter((p) => p.px >= 0 && p.px <= box.right).map((p) => p.py);
    ys.push(...inside, ...[0, box.right].flatMap((px) => yAt(px) ?? []));
  }
  // A bar is straight up and down: its two ends are its highest and lowest pixels.
  for (const b of at.bars?.spans ?? [])
    if (fraction(b.x) * at.width - (at.bars?.reach ?? 0) <= box.right)
      ys.push(valueToPixel(b.low, at.domain, at.height), valueToPixel(b.high, at.domain, at.height));
  const clearTop = Math.min(at.height, ...ys) - (BAND_TEXT_INSET + box.height);
  const clearBottom = at.height - BAND_TEXT_INSET - box.height - Math.max(0, ...ys);
  if (clearTop >= BAND_CLEARANCE) return 'top';
  if (clearBottom >= BAND_CLEARANCE) return 'bottom';
  if (!at.labelRequired) return undefined;
  return clearTop >= clearBottom ? 'top' : 'bottom';
}

/** Pixels kept between the band's name and the nearest line. */
const BAND_CLEARANCE = 3;

const BAND_TEXT_INSET = 4;

/**
 * Every x label where they fit side by side; where they do not (nine cohorts on a phone), every k-th, counted back
 * from the latest so the last year is always named. `steps`: how many label steps the plot width holds (a point
 * scale's by default; a band scale of n years holds about n).
 */
export function spacedTicks(
  xs: readonly string[],
  plotWidth: number,
  layout: ChartLayout,
  steps = xs.length - 1 + 2 * X_PADDING,
): string[] {
  const widest = Math.max(0, ...xs.map((x) => textWidth(x, layout.font.axisLabel)));
  const step = plotWidth / Math.max(1, steps);
  const every = Math.max(1, Math.ceil((widest + X_LABEL_GAP) / step));
  return xs.filter((_, i) => (xs.length - 1 - i) % every === 0);
}

/** Checked, sorted rows with the x order and each series' style; shared with the sparkline. */
export function orderedLines(input: {
  data: readonly LinePoint[];
  seriesOrder: readonly string[];
  highlight?: string;
  xOrder?: readonly string[];
}): { xs: string[]; styles: SeriesStyle[]; rows: LinePoint[] } {
  const { data, seriesOrder } = input;
  checkKnown(
    'Series',
    data.map((d) => d.series),
    seriesOrder,
  );
  checkUnique(
    'series and x',
    data.map((d) => `${d.series} ${d.x}`),
  );
  const xs = input.xOrder ? [...input.xOrder] : distinct(data.map((d) => d.x)).sort();
  checkKnown(
    'x values',
    data.map((d) => d.x),
    xs,
  );
  const rows = [...data].sort(
    (a, b) => seriesOrder.indexOf(a.series) - seriesOrder.indexOf(b.series) || xs.indexOf(a.x) - xs.indexOf(b.x),
  );
  return { xs, styles: seriesStyles(seriesOrder, input.highlight), rows };
}

/** Colour, dash and point shape per series, with fixed domains so every layer draws a series the same way. */
export function seriesChannels(styles: readonly SeriesStyle[]) {
  const domain = styles.map((s) => s.series);
  const channel = (range: unknown[]) => ({
    field: 'series',
    type: 'nominal' as const,
    legend: null,
    scale: { domain, range },
  });
  return {
    color: channel(styles.map((s) => s.colour)),
    strokeDash: channel(styles.map((s) => s.dash)),
    shape: channel(styles.map((s) => s.shape)),
  };
}

/** The last plotted point of each line, in series order. */
export function lastPoints(
  rows: readonly LinePoint[],
  styles: readonly SeriesStyle[],
): { series: string; x: string; y: number }[] {
  return styles.flatMap(({ series }) => {
    const last = rows.filter((r) => r.series === series && isNum(r.y)).at(-1);
    return last ? [{ series, x: last.x, y: last.y as number }] : [];
  });
}

/** Labels moved further than this from their line get a leader line back to it. */
const LEADER_THRESHOLD = 3;
/** Where, right of the last point, a leader starts (clear of the point marker) and ends (before the text). */
const LEADER = { from: 6, to: 13 } as const;

interface LineLabels {
  readonly values: readonly { series: string; x: string; py: number; from: number }[];
  /** The labels that had to move, which get leaders. */
  readonly moved: readonly { series: string; x: string; py: number; from: number }[];
  readonly dx: number;
}

/** Series name at the last plotted point of each line, moved apart where lines end close together. */
function placeLabels(
  rows: readonly LinePoint[],
  styles: readonly SeriesStyle[],
  domain: [number, number],
  gap: number,
): LineLabels {
  const lasts = lastPoints(rows, styles);
  const at = lasts.map((l) => valueToPixel(l.y, domain, PLOT_HEIGHT));
  const placed = spreadLabels(
    lasts.map((l, i) => ({ key: l.series, y: at[i]! })),
    gap,
    PLOT_HEIGHT,
  );
  const values = lasts.map((l, i) => ({
    series: l.series,
    x: l.x,
    py: placed[i]!.y,
    from: Math.round(at[i]! * 10) / 10,
  }));
  const moved = values.filter((v) => Math.abs(v.py - v.from) > LEADER_THRESHOLD);
  return { values, moved, dx: moved.length ? LEADER.to + 3 : 10 };
}

/**
 * The direct labels. One that had to move is joined to its line's end by a short leader in the line's
 * colour, so it cannot be read as naming the neighbouring line (Analysis Function: label lines directly).
 */
function directLabelLayers(labels: LineLabels, styles: readonly SeriesStyle[], x: object, fontSize: number) {
  return [
    ...(labels.moved.length
      ? [
          {
            data: { values: labels.moved },
            mark: { type: 'rule' as const, strokeWidth: 1, xOffset: LEADER.from, x2Offset: LEADER.to },
            encoding: {
              x,
              x2: { field: 'x' },
              y: { field: 'from', type: 'quantitative' as const, scale: null },
              y2: { field: 'py' },
              color: seriesChannels(styles).color,
            },
          },
        ]
      : []),
    {
      data: { values: labels.values },
      mark: {
        type: 'text' as const,
        align: 'left' as const,
        baseline: 'middle' as const,
        dx: labels.dx,
        fontSize,
      },
      encoding: { x, y: { field: 'py', type: 'quantitative' as const, scale: null }, text: { field: 'series' } },
    },
  ];
}

/** Fraction of the plot width at which each x of a point scale with `padding` steps of outer padding sits. */
export function pointFraction(xs: readonly string[], padding: number): (x: string) => number {
  return (x) => (padding + xs.indexOf(x)) / (xs.length - 1 + 2 * padding);
}

/** Lines need not start at zero (Analysis Function line chart guidance), except counts, whose size matters. */
/**
 * A value axis that does not start at zero magnifies small changes (a 93-96% axis makes tenths of a point look
 * steep): the subtitle says so, so a reader does not take the slope at face value.
 */
export function wordsForAxis<W extends ChartWords>(words: W, domain: readonly number[]): W {
  const from = domain[0] ?? 0;
  if (from <= 0 || !words.subtitle) return words;
  return { ...words, subtitle: `${words.subtitle}; the axis does not start at zero` };
}

export function valueScale(rows: readonly LinePoint[], unit: ChartUnit): ValueScale {
  const values = rows.flatMap((r) => [r.y, r.low, r.high]).filter(isNum);
  return niceScale(values, { includeZero: unit === 'count', limits: unit === 'pct' ? [0, 100] : undefined });
}

export interface LineTableWords {
  readonly title: string;
  readonly xTitle?: string;
  readonly unit: ChartUnit;
  readonly seriesOrder: readonly string[];
}

/** Wide table: one row per x, one column per series; a CI, when given, follows the value in brackets. */
export function lineTable(words: LineTableWords, rows: readonly LinePoint[], xs: readonly string[]): ChartTable {
  const at = new Map(rows.map((r) => [`${r.series} ${r.x}`, r]));
  const cell = (r: LinePoint | undefined) => {
    const value = cellText(r?.y, words.unit, r?.symbol);
    return r && isNum(r.y) && isNum(r.low) && isNum(r.high)
      ? `${value} (${cellText(r.low, words.unit)} to ${cellText(r.high, words.unit)})`
      : value;
  };
  return {
    caption: words.title,
    columns: [words.xTitle ?? 'Academic year', ...words.seriesOrder],
    rows: xs.map((xv) => [xv, ...words.seriesOrder.map((s) => cell(at.get(`${s} ${xv}`)))]),
  };
}
