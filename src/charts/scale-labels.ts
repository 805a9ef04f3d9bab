import { textWidth, wrapText } from './text-metrics.js';
import { AXIS_COLOUR, type ChartLayout, TEXT_COLOUR } from './theme.js';

/**
 * Direct labels for a rating scale: each scale point named in a row over the top bar, a leader line down to its
 * segment, in the page's text colour on white, instead of a legend of five swatches the reader has to match by colour
 * (Analysis Function charts guidance: label data directly where possible). Where the names do not fit in one row,
 * there are none and the chart keeps its legend.
 */

/** A segment of the labelled bar, left to right, in the bar's value units (-100 to 100). */
export interface ScaleSegment {
  readonly point: string;
  readonly start: number;
  readonly end: number;
}

export interface ScaleLabel {
  readonly point: string;
  /** The name, wrapped to at most `MAX_LINES` lines. */
  readonly lines: readonly string[];
  /** The label's centre, in the bar's value units. */
  readonly x: number;
  /** The middle of its segment, where its leader line meets the bar. */
  readonly anchor: number;
}

/** Widest a name may be before it wraps, pixels; and the most lines it may take. */
const WRAP_WIDTH = 110;
const MAX_LINES = 2;
/** Pixels kept clear between two labels. */
const LABEL_GAP = 8;
/**
 * The labels in one row over `segments` on a plot `width` pixels wide spanning `domain`, or null where they do not
 * fit in it. Each is as near its segment's middle as the others allow, a leader line joining it to its segment: the
 * least-squares placement without overlaps, found by pooling adjacent violators (Barlow et al. 1972) on the left
 * edges less the room the labels before each take.
 */
export function scaleLabels(
  segments: readonly ScaleSegment[],
  width: number,
  fontSize: number,
  domain: readonly [number, number] = [-100, 100],
): ScaleLabel[] | null {
  const [lo, hi] = domain;
  const px = (v: number) => ((v - lo) / (hi - lo)) * width;
  const items = segments.map((s) => {
    const lines = wrapText(s.point, WRAP_WIDTH, fontSize);
    return { s, lines, w: Math.max(...lines.map((l) => textWidth(l, fontSize))) };
  });
  if (items.some((i) => i.lines.length > MAX_LINES)) return null;
  const room = items.reduce((sum, i) => sum + i.w, 0) + LABEL_GAP * (items.length - 1);
  if (room > width) return null;
  // Offsets: the room the labels before each take; the pooled values stay non-decreasing, so none overlap.
  const offsets = items.map((_, k) => items.slice(0, k).reduce((sum, i) => sum + i.w + LABEL_GAP, 0));
  const targets = items.map((i, k) => px((i.s.start + i.s.end) / 2) - i.w / 2 - offsets[k]!);
  const pooled = pool(targets, 0, width - room);
  const placed = items.map((i, k) => ({ ...i, left: pooled[k]! + offsets[k]! }));
  const value = (pixel: number) => lo + (pixel / width) * (hi - lo);
  return placed.map((p) => ({
    point: p.s.point,
    lines: p.lines,
    x: value(p.left + p.w / 2),
    anchor: (p.s.start + p.s.end) / 2,
  }));
}

/** Isotonic (non-decreasing) least-squares fit of `ys`, each block clamped to [min, max]. */
function pool(ys: readonly number[], min: number, max: number): number[] {
  const blocks: { count: number; sum: number }[] = [];
  const mean = (b: { count: number; sum: number }) => b.sum / b.count;
  for (const y of ys) {
    blocks.push({ count: 1, sum: y });
    while (blocks.length > 1 && mean(blocks[blocks.length - 2]!) > mean(blocks[blocks.length - 1]!)) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      blocks.push({ count: a.count + b.count, sum: a.sum + b.sum });
    }
  }
  return blocks.flatMap((b) => Array<number>(b.count).fill(Math.min(max, Math.max(min, mean(b)))));
}

/** Pixels from the plot's top: the labels' baseline above it, and where a leader meets the top bar. */
const LABEL_BOTTOM = -14;
const LEADER_TOP = -12;
const BAR_TOP = 2;
/** A label line's height, as a multiple of its font size. */
const LINE_HEIGHT = 1.2;

/**
 * The scale points' names in a row over the top bar, each with a leader line to its segment. A name's lines are laid
 * from its last up, one layer per line, since Vega sets the lines of a text mark downwards from its baseline.
 */
export function scaleLabelLayers(named: readonly ScaleLabel[], layout: ChartLayout) {
  const fontSize = layout.font.label;
  const deepest = Math.max(...named.map((l) => l.lines.length));
  const lines = Array.from({ length: deepest }, (_, up) => ({
    data: { values: named.flatMap((l) => (up < l.lines.length ? [{ x: l.x, text: l.lines.at(-1 - up) }] : [])) },
    mark: { type: 'text', baseline: 'bottom', align: 'center', fontSize, color: TEXT_COLOUR },
    encoding: {
      x: { field: 'x', type: 'quantitative' },
      y: { value: LABEL_BOTTOM - up * Math.round(fontSize * LINE_HEIGHT) },
      text: { field: 'text' },
    },
  }));
  return [
    {
      data: { values: named.map((l) => ({ x: l.x, anchor: l.anchor })) },
      mark: { type: 'rule', color: AXIS_COLOUR, strokeWidth: 1 },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        x2: { field: 'anchor' },
        y: { value: LEADER_TOP },
        y2: { value: BAR_TOP },
      },
    },
    ...lines,
  ];
}
