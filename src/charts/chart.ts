import type { TopLevelSpec } from 'vega-lite';
import type { MissingSymbol } from '../model/missing.js';
import { wrapText } from './text-metrics.js';
import {
  type ChartLayout,
  chartConfig,
  configFor,
  HIGHLIGHT_COLOUR,
  HIGHLIGHT_DASH,
  NARROW,
  PALETTE,
  SECONDARY_TEXT_COLOUR,
  SHAPES,
  WIDE,
} from './theme.js';

/** The words every chart carries. `alt` is the finding the chart shows, written by the caller. */
export interface ChartWords {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  /** e.g. "DfE, Key stage 4 destination measures, 2023/24". Printed after "Source: ". */
  readonly source: string;
  readonly alt: string;
}

/** The chart's data as an accessible table: values formatted, missing values shown by their symbol. */
export interface ChartTable {
  readonly caption: string;
  readonly columns: string[];
  readonly rows: string[][];
}

export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly alt: string;
  /** The bare spec: title, subtitle and source are left to the page, so they stay real, tagged text in the PDF. */
  readonly spec: TopLevelSpec;
  /** The same chart laid out for a phone (NARROW): larger type, fewer ticks, shown by the HTML on narrow screens. */
  readonly narrow?: TopLevelSpec;
  readonly table: ChartTable;
  /** What an exported SVG, PNG or spec adds around the bare chart so it is complete on its own. */
  readonly frame: StandaloneFrame;
  /** What the chart's marks for missing values mean (missing-marks.ts); absent when nothing is missing. */
  readonly note?: string;
}

/** Vega-Lite's title block, wrapped to the chart's width. */
export interface FrameTitle {
  readonly text: string | string[];
  readonly subtitle?: string | string[];
  readonly offset: number;
}

/**
 * The standalone frame, applied at export (framedSpec here, framedSvg in standalone-svg.ts): the title and subtitle
 * above, the "Source: ..." line below as a text layer (Vega-Lite has a title but no footer), and the keys of the bare
 * spec that only the page needs (a legend's top padding, which the title lifts instead).
 */
export interface StandaloneFrame {
  readonly title: FrameTitle;
  readonly source: SourceLayer;
  readonly bareOnly?: readonly string[];
}

export type SourceLayer = ReturnType<typeof sourceLayer>;

/** A value that may be missing; `symbol` says why (DfE symbols), for the table. */
export interface MaybeValue {
  readonly symbol?: MissingSymbol | '';
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export interface Padding {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const CHART_PADDING = chartConfig.padding as Padding;

/** Room for text across a chart `width` pixels wide: the padding on both sides is not drawn on. */
const textRoom = (width: number) => width - CHART_PADDING.left - CHART_PADDING.right;

/** One line as a string (what Vega-Lite expects), several as an array: Vega draws one line per element. */
function lines(text: string, width: number, fontSize: number, bold = false): string | string[] {
  const wrapped = wrapText(text, textRoom(width), fontSize, bold);
  return wrapped.length === 1 ? wrapped[0]! : wrapped;
}

/** Top-level properties shared by every chart: schema, theme (for the `layout`'s type sizes) and alt text. */
export function specFrame(words: ChartWords, options: { layout?: ChartLayout } = {}) {
  const layout = options.layout ?? WIDE;
  return { $schema: SCHEMA, description: words.alt, config: layout === WIDE ? chartConfig : configFor(layout) };
}

/**
 * The standalone frame of a chart `width` pixels wide: the title wrapped to it (Vega clips nothing, so a long
 * subtitle would run off the image) and the source line. `titleClearance` lifts the title over anything Vega leaves
 * out of the layout bounds (a free-placed legend); `source` places the line (see sourceLayer).
 */
export function standaloneFrame(
  words: ChartWords,
  options: {
    source: { below: number; left: number };
    titleClearance?: number;
    width?: number;
    bareOnly?: readonly string[];
    layout?: ChartLayout;
    /** The chart's note (what its gap marks mean), printed above the source line. */
    note?: string;
  },
): StandaloneFrame {
  const layout = options.layout ?? WIDE;
  const width = options.width ?? layout.width;
  return {
    title: {
      text: lines(words.title, width, layout.font.title, true),
      ...(words.subtitle ? { subtitle: lines(words.subtitle, width, layout.font.subtitle) } : {}),
      offset: (chartConfig.title?.offset as number) + (options.titleClearance ?? 0),
    },
    source: sourceLayer(words, { ...options.source, width, layout, note: options.note }),
    ...(options.bareOnly ? { bareOnly: options.bareOnly } : {}),
  };
}

/**
 * The "Source: ..." line under the plot as a layer of its own. `below` is how far under the plot's top edge it sits,
 * clearing the x axis labels and title; `left` is the width of the left axis, so the line starts flush with the
 * title (which is framed to the bounds).
 */
export function sourceLayer(
  words: ChartWords,
  at: { below: number; left: number; width?: number; layout?: ChartLayout; note?: string | undefined },
) {
  const layout = at.layout ?? WIDE;
  const width = at.width ?? layout.width;
  const source = `Source: ${words.source}`;
  // A note goes on lines of its own above the source line, as on the page.
  const text = at.note
    ? [at.note, source].flatMap((t) => wrapText(t, textRoom(width), layout.font.source))
    : lines(source, width, layout.font.source);
  return {
    data: { values: [{}] },
    mark: {
      type: 'text' as const,
      align: 'left' as const,
      baseline: 'top' as const,
      fontSize: layout.font.source,
      color: SECONDARY_TEXT_COLOUR,
    },
    encoding: {
      x: { value: -at.left },
      y: { value: at.below },
      text: { value: text },
    },
  };
}

/**
 * A chart with its phone variant: the builder lays the same input out twice, so both show the same figures and
 * the narrow one is not the desktop chart scaled down until its text is unreadable.
 */
export function withNarrow(layOut: (layout: ChartLayout) => Chart): Chart {
  return { ...layOut(WIDE), narrow: layOut(NARROW).spec };
}

type SpecObject = Record<string, unknown> & { layer?: unknown[]; hconcat?: SpecObject[] };

/**
 * The bare spec with its standalone frame: the title after the theme (where it always sat in the spec), the source
 * layer last in the chart's layers (or in the first panel's, for side-by-side panels), bare-only keys left out.
 */
export function framedSpec(spec: TopLevelSpec, frame: StandaloneFrame): TopLevelSpec {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec as SpecObject)) {
    if (frame.bareOnly?.includes(key)) continue;
    out[key] = key === 'layer' ? [...(value as unknown[]), frame.source] : value;
    if (key === 'config') out.title = frame.title;
  }
  const panels = (spec as SpecObject).hconcat;
  if (!(spec as SpecObject).layer && panels?.[0]?.layer) {
    const [first, ...rest] = panels;
    out.hconcat = [{ ...first, layer: [...(first!.layer as unknown[]), frame.source] }, ...rest];
  }
  if (!('title' in out)) throw new Error('A chart spec without a theme (config) cannot take a frame');
  return out as unknown as TopLevelSpec;
}

export function chartResult(
  words: ChartWords,
  spec: TopLevelSpec,
  table: ChartTable,
  frame: StandaloneFrame,
  note?: string,
): Chart {
  return {
    id: words.id,
    title: words.title,
    subtitle: words.subtitle ?? '',
    source: words.source,
    alt: words.alt,
    spec,
    table,
    frame,
    ...(note ? { note } : {}),
  };
}

/**
 * A text label right of a mark: where the mark is (0 = left edge of the plot, 1 = right edge) and how far right of it
 * the text reaches, in px.
 */
export interface LabelReach {
  readonly at: number;
  readonly reach: number;
}

/**
 * The plot width that keeps every label right of a mark inside a chart `width` pixels wide, for Vega's
 * `pad` autosize (width = the plot; axes and labels are added around it). Vega's `fit-x` counts text
 * marks, but corrects for them in one pass: shrinking the plot moves a label only by its fraction of the
 * shrink, so a name after the longest bar still ran off the image. Solved exactly instead: a label starting
 * at fraction `at` of plot w ends at at * w + reach, which must be at most the room right of the left axis.
 */
export function plotWidthForLabels(
  labels: readonly LabelReach[],
  leftAxis: number,
  width: number = WIDE.width,
): number {
  const room = width - leftAxis - CHART_PADDING.left - CHART_PADDING.right;
  const fits = labels.filter((l) => l.at > 0).map((l) => (room - l.reach) / l.at);
  return Math.floor(Math.min(room, ...fits));
}

/** How one series is drawn: palette colour in order, the highlight (comparator) grey and dashed. */
export interface SeriesStyle {
  readonly series: string;
  readonly colour: string;
  readonly dash: number[];
  readonly shape: string;
}

export function seriesStyles(order: readonly string[], highlight?: string): SeriesStyle[] {
  const unique = new Set(order);
  if (unique.size !== order.length) throw new Error(`Series order repeats a name: ${order.join(', ')}`);
  const coloured = order.filter((s) => s !== highlight);
  if (coloured.length > PALETTE.length) {
    throw new RangeError(`At most ${PALETTE.length} coloured series fit the palette; got ${coloured.length}`);
  }
  return order.map((series, i) => {
    const isHighlight = series === highlight;
    return {
      series,
      colour: isHighlight ? HIGHLIGHT_COLOUR : PALETTE[coloured.indexOf(series)]!,
      dash: isHighlight ? HIGHLIGHT_DASH : [1, 0],
      shape: SHAPES[i % SHAPES.length]!,
    };
  });
}

/** Fails loudly when the data names a series the order does not: it would otherwise vanish from the chart. */
export function checkKnown(kind: string, names: Iterable<string>, order: readonly string[]): void {
  const known = new Set(order);
  const unknown = [...new Set(names)].filter((n) => !known.has(n));
  if (unknown.length > 0) throw new Error(`${kind} not in the given order: ${unknown.join(', ')}`);
}

export function checkUnique(kind: string, keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) throw new Error(`Two data rows for the same ${kind}: ${k}`);
    seen.add(k);
  }
}

/** Distinct values in first-seen order. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

export function isNum(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
