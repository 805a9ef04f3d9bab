import type { TopLevelSpec } from 'vega-lite';
import type { MissingSymbol } from '../model/missing.js';
import { categoryAxis } from './axes.js';
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
import { inkOn } from './contrast.js';
import { GAP_INSET, gapLayer, gapNote, gapSymbol } from './missing-marks.js';
import { scaleLabelLayers, scaleLabels } from './scale-labels.js';
import { textWidth, wrapText } from './text-metrics.js';
import { type ChartLayout, GRID_COLOUR, TEXT_COLOUR, WIDE } from './theme.js';
import { cellText, formatValue } from './value-format.js';

/** One bar: a question (or a hub's answers to it), its shares on each scale point, and the don't-know share. */
export interface DivergingRow {
  readonly label: string;
  /** Percentages of those who answered on the scale, in the order of `points` (most favourable first). */
  readonly shares: readonly (number | null)[];
  /** Percentage of all who answered that said "don't know" or "not applicable", shown apart; null if none. */
  readonly dontKnow: number | null;
  /** Respondents on the scale (the denominator). */
  readonly n: number | null;
  /** Why each missing share is missing (DfE symbols, `c` = withheld), in the order of `points`, for the table. */
  readonly symbols?: readonly (MissingSymbol | '')[];
  /** A share is withheld: no bar is drawn (a part would misstate the rest), `c` is marked in its place. */
  readonly withheld?: boolean;
}

export interface DivergingBarInput extends ChartWords {
  /** Scale points, most favourable first. */
  readonly points: readonly string[];
  /** Index of the neutral point (split across zero), or null for an even scale. */
  readonly neutral: number | null;
  readonly rows: readonly DivergingRow[];
  readonly labelTitle?: string;
}

/** Favourable answers in blues, unfavourable in orange and plum, neutral in grey (Analysis Function palette). */
export const FAVOURABLE = ['#12436D', '#2073BC', '#6BACE6'] as const;
export const UNFAVOURABLE = ['#801650', '#F46A25', '#F9B47F'] as const;
/** Mid grey: 3.0:1 on white, so the neutral segment is seen as a shape (WCAG 1.4.11); black text on it is 6.5:1. */
export const NEUTRAL = '#949494';
export const DONT_KNOW = '#6F777B';
const ROW_HEIGHT = 30;
const DONT_KNOW_WIDTH = { wide: 90, narrow: 56 } as const;

/**
 * A diverging stacked bar per row (Robbins & Heiberger, "Plotting Likert and other rating scales", 2011): the
 * favourable points stack right of zero, the unfavourable left, the neutral point is split across zero, and the
 * don't-know share is drawn apart in its own panel so it neither pushes nor hides the scale. The scale points are
 * named over the top bar where the names fit in a row (scale-labels.ts), else in a legend.
 */
export function divergingBarChart(input: DivergingBarInput): Chart {
  return withNarrow((layout) => layOutDiverging(input, layout));
}

function layOutDiverging(input: DivergingBarInput, layout: ChartLayout): Chart {
  checkUnique(
    'row',
    input.rows.map((r) => r.label),
  );
  // Each label is printed in whichever of white and black has more contrast on its segment (both pass 4.5:1).
  const segments = input.rows
    .flatMap((row) => rowSegments(row, input.points, input.neutral))
    .map((seg) => ({ ...seg, dark: inkOn(colourOf(seg.point, input), TEXT_COLOUR) !== TEXT_COLOUR }));
  const labels = input.rows.map((r) => r.label);
  const gaps = input.rows.filter((r) => r.withheld).map((r) => ({ label: r.label, symbol: gapSymbol('c') }));
  const note = gapNote(gaps.map((g) => g.symbol));
  const limit = layout.categoryLabelLimit;
  const names = categoryAxis(labels, limit, layout);
  const axisWidth = names.width;
  // No row with a don't-know share: no panel, and the scale takes its room.
  const withDontKnow = input.rows.some((r) => r.dontKnow !== null);
  const dontKnowWidth = layout === WIDE ? DONT_KNOW_WIDTH.wide : DONT_KNOW_WIDTH.narrow;
  const width = layout.width - axisWidth - (withDontKnow ? dontKnowWidth + 40 : 24);
  const height = labels.length * ROW_HEIGHT;
  const leftToRight = [...input.points].reverse();
  const y = { field: 'label', type: 'nominal', title: null, sort: labels, axis: names.axis };
  // Three answers to a row, or on a phone as many as fit whole ("Neither agree nor disagree" takes a row).
  const longest = Math.max(...leftToRight.map((p) => textWidth(p, layout.font.label)));
  const fit = layout === WIDE ? 3 : Math.max(1, Math.floor(layout.width / (longest + LEGEND_SYMBOL)));
  const columns = Math.min(leftToRight.length, fit);
  // The scale points named over the top bar where they fit there, else the legend.
  const top = input.rows[0];
  const named =
    top && !top.withheld ? scaleLabels(rowSegments(top, input.points, input.neutral), width, layout.font.label) : null;
  const spec = {
    ...specFrame(input, { layout }),
    spacing: 16,
    hconcat: [
      {
        width,
        height,
        data: { values: segments },
        layer: [
          {
            mark: { type: 'bar', stroke: '#FFFFFF', strokeWidth: 1 },
            encoding: {
              y,
              x: {
                field: 'start',
                type: 'quantitative',
                title: axisTitle(width, layout),
                scale: { domain: [-100, 100] },
                axis: {
                  values: [-100, -50, 0, 50, 100],
                  labelExpr: "abs(datum.value) + '%'",
                  grid: true,
                  gridColor: GRID_COLOUR,
                },
              },
              x2: { field: 'end' },
              color: {
                field: 'point',
                type: 'nominal',
                title: null,
                scale: { domain: leftToRight, range: leftToRight.map((p) => colourOf(p, input)) },
                legend: named ? null : { orient: 'top', columns, labelLimit: layout === WIDE ? 200 : 0 },
              },
              tooltip: [{ field: 'label' }, { field: 'point' }, { field: 'text' }],
            },
          },
          {
            transform: [{ filter: 'datum.share >= 8' }],
            mark: { type: 'text', fontSize: layout.smallestFont },
            encoding: {
              y,
              x: { field: 'middle', type: 'quantitative' },
              text: { field: 'text' },
              color: { condition: { test: 'datum.dark', value: '#FFFFFF' }, value: TEXT_COLOUR },
            },
          },
          { data: { values: [{}] }, mark: { type: 'rule', color: '#0B0C0C' }, encoding: { x: { datum: 0 } } },
          ...(named ? scaleLabelLayers(named, layout) : []),
          // A withheld row's symbol stands beside the zero line, where its bar would meet it.
          ...gapLayer(
            gaps,
            { y, x: { datum: 0 } },
            { align: 'left', baseline: 'middle', dx: GAP_INSET, fontSize: layout.smallestFont },
          ),
        ],
      },
      ...(withDontKnow ? [dontKnowPanel(input, y, height, dontKnowWidth, layout)] : []),
    ],
  } as TopLevelSpec;
  return chartResult(
    input,
    spec,
    divergingTable(input),
    standaloneFrame(input, { source: { below: height + 50, left: axisWidth }, layout, note }),
    note,
  );
}

function dontKnowPanel(
  input: DivergingBarInput,
  y: Record<string, unknown>,
  height: number,
  width: number,
  layout: ChartLayout,
) {
  return {
    width,
    height,
    data: { values: input.rows.map((r) => ({ label: r.label, dontKnow: r.dontKnow, text: pctText(r.dontKnow) })) },
    layer: [
      {
        mark: { type: 'bar', color: DONT_KNOW },
        encoding: {
          y: { ...y, axis: null },
          x: {
            field: 'dontKnow',
            type: 'quantitative',
            title: "Don't know",
            scale: { domain: [0, 100] },
            axis: { values: [0, 100], labelExpr: "datum.value + '%'" },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: layout.smallestFont },
        encoding: {
          y: { ...y, axis: null },
          x: { field: 'dontKnow', type: 'quantitative' },
          text: { field: 'text' },
        },
      },
    ],
  };
}

export interface Segment {
  readonly label: string;
  readonly point: string;
  readonly share: number;
  readonly start: number;
  readonly end: number;
  readonly middle: number;
  readonly text: string;
  readonly dark: boolean;
}

/**
 * The segments of one bar, left to right: least favourable first. The bar starts at minus (unfavourable shares +
 * half the neutral share), so zero falls between the unfavourable and favourable answers, mid-way through neutral.
 */
export function rowSegments(row: DivergingRow, points: readonly string[], neutral: number | null): Segment[] {
  if (row.withheld) return [];
  const shares = points.map((_, k) => row.shares[k] ?? 0);
  const favourableEnd = neutral ?? Math.ceil(points.length / 2);
  const left = shares.slice(neutral === null ? favourableEnd : neutral + 1).reduce((a, b) => a + b, 0);
  let at = -(left + (neutral === null ? 0 : (shares[neutral] ?? 0) / 2));
  const out: Segment[] = [];
  for (let k = points.length - 1; k >= 0; k--) {
    const share = shares[k] ?? 0;
    const point = points[k] ?? '';
    out.push({
      label: row.label,
      point,
      share,
      start: at,
      end: at + share,
      middle: at + share / 2,
      text: pctText(share),
      dark: k === 0 || k === points.length - 1,
    });
    at += share;
  }
  return out;
}

function colourOf(point: string, input: DivergingBarInput): string {
  const k = input.points.indexOf(point);
  const n = input.points.length;
  if (input.neutral !== null && k === input.neutral) return NEUTRAL;
  const favourableCount = input.neutral ?? Math.ceil(n / 2);
  if (k < favourableCount) return FAVOURABLE[k] ?? FAVOURABLE[FAVOURABLE.length - 1]!;
  const fromEnd = n - 1 - k;
  return UNFAVOURABLE[fromEnd] ?? UNFAVOURABLE[UNFAVOURABLE.length - 1]!;
}

/** Space a legend entry takes besides its label: the swatch, its padding and the gap to the next column. */
const LEGEND_SYMBOL = 40;
const AXIS_TITLE = 'Percentage of respondents (unfavourable left, favourable right)';

/** The scale's title, on two lines where the plot is narrower than it (a phone). */
function axisTitle(plotWidth: number, layout: ChartLayout): string | string[] {
  const lines = wrapText(AXIS_TITLE, plotWidth, layout.font.axisTitle);
  return lines.length === 1 ? AXIS_TITLE : lines;
}

const pctText = (v: number | null) => (isNum(v) ? `${Math.round(v)}%` : '');

function divergingTable(input: DivergingBarInput): ChartTable {
  const dk = input.rows.some((r) => r.dontKnow !== null);
  return {
    caption: input.title,
    columns: [input.labelTitle ?? 'Question', ...input.points, ...(dk ? ["Don't know"] : []), 'Respondents (n)'],
    rows: input.rows.map((r) => [
      r.label,
      ...input.points.map((_, k) => cellText(r.shares[k] ?? null, 'pct', r.symbols?.[k])),
      ...(dk ? [r.dontKnow === null ? (r.withheld ? 'c' : '') : formatValue(r.dontKnow, 'pct')] : []),
      r.n === null ? 'c' : formatValue(r.n, 'count'),
    ]),
  };
}
