import { textWidth, wrapText } from './text-metrics.js';
import { type ChartLayout, WIDE } from './theme.js';
import type { ValueScale } from './value-domain.js';
import { axisLabelExpr, type ChartUnit, tickText } from './value-format.js';

/** Must match `axis.labelPadding` in theme.ts. */
const LABEL_PADDING = 4;
/** Long category names are cut (with an ellipsis) beyond this; keep names shorter than it. */
export const CATEGORY_LABEL_LIMIT = WIDE.categoryLabelLimit;

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
export function yTitleHeight(gap: number, layout: ChartLayout = WIDE): number {
  return gap + layout.font.axisTitle + 2;
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
export function leftAxisWidth(labels: readonly string[], limit = Infinity, layout: ChartLayout = WIDE): number {
  const widest = Math.max(0, ...labels.map((l) => Math.min(limit, textWidth(l, layout.font.axisLabel))));
  return Math.ceil(widest + LABEL_PADDING);
}

export function tickLabels(unit: ChartUnit, scale: ValueScale): string[] {
  return scale.ticks.map((t) => tickText(t, unit));
}

/**
 * A category axis whose long names wrap onto lines no wider than `limit` instead of being cut with an ellipsis (Vega
 * also sizes the chart by a cut label's full width, which left a blank margin), and the width it takes.
 */
export function categoryAxis(names: readonly string[], limit: number, layout: ChartLayout = WIDE) {
  const lines = names.map((n) => [n, wrapText(n, limit, layout.font.axisLabel)] as const);
  const wrapped = lines.filter(([, l]) => l.length > 1);
  return {
    axis: {
      labelLimit: 0,
      ...(wrapped.length
        ? { labelExpr: `${JSON.stringify(Object.fromEntries(wrapped))}[datum.label] || datum.label` }
        : {}),
    },
    width: leftAxisWidth(
      lines.flatMap(([, l]) => l),
      Infinity,
      layout,
    ),
    /** Height of the tallest label: rows must be at least this far apart. */
    height: Math.max(1, ...lines.map(([, l]) => l.length)) * (layout.font.axisLabel + 2),
  };
}
