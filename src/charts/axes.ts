import { textWidth } from './text-metrics.js';
import { FONT_SIZE } from './theme.js';
import type { ValueScale } from './value-domain.js';
import { axisLabelExpr, type ChartUnit, tickText } from './value-format.js';

/** Must match `axis.labelPadding` in theme.ts. */
const LABEL_PADDING = 4;
/** Long category names are cut (with an ellipsis) beyond this; keep names shorter than it. */
export const CATEGORY_LABEL_LIMIT = 220;

/**
 * Analysis Function guidance puts the value axis title horizontally above the axis, not rotated, so it
 * can be read without turning the head.
 */
export function horizontalYTitle(axisWidth: number, gap: number = Y_TITLE_GAP.plain) {
  return {
    titleAngle: 0,
    titleAlign: 'left' as const,
    titleAnchor: 'end' as const,
    titleBaseline: 'bottom' as const,
    titleX: -axisWidth,
    titleY: -gap,
  };
}

/** Gap under the horizontal y title: clear of the top tick label, or also of value labels over a full column. */
export const Y_TITLE_GAP = { plain: 12, overColumns: 20 } as const;
/** Space the horizontal y title takes above the plot, for placing things over it. */
export function yTitleHeight(gap: number): number {
  return gap + 14;
}

/**
 * A legend set flush left with the title and source, `above` pixels over the plot, rather than centred
 * on the plot area where Vega puts a `top` legend.
 */
export function flushLeftLegend(axisWidth: number, above: number) {
  return { orient: 'none' as const, direction: 'horizontal' as const, legendX: -axisWidth, legendY: -above };
}

/** A value axis with the builder's own ticks, so its labels (and so its width) are known in advance. */
export function valueAxis(unit: ChartUnit, scale: ValueScale) {
  return { values: scale.ticks, labelExpr: axisLabelExpr(unit) };
}

/**
 * How far a left axis (labels and padding, no ticks) reaches left of the plot, in pixels. Vega measures
 * with the same Liberation Sans widths (vega-svg-renderer.ts), so the source line can be placed under
 * the axis labels' left edge, flush with the title.
 */
export function leftAxisWidth(labels: readonly string[], limit = Infinity): number {
  const widest = Math.max(0, ...labels.map((l) => Math.min(limit, textWidth(l, FONT_SIZE.axisLabel))));
  return Math.ceil(widest + LABEL_PADDING);
}

export function tickLabels(unit: ChartUnit, scale: ValueScale): string[] {
  return scale.ticks.map((t) => tickText(t, unit));
}
