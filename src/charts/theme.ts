import type { Config } from 'vega-lite';

/**
 * Categorical palette of the GOV.UK Analysis Function, used in this order so the same hub keeps the
 * same colour in every chart. Source: Analysis Function "Data visualisation: colours" guidance
 * (https://analysisfunction.civilservice.gov.uk/policy-store/data-visualisation-colours-in-charts/).
 */
export const PALETTE = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;

/** The comparator line (usually England): grey and dashed so it reads as context, not as one of the hubs. */
export const HIGHLIGHT_COLOUR = '#6F777B';
export const HIGHLIGHT_DASH = [6, 4];

/**
 * GOV.UK text colour (#0B0C0C, 19.8:1 on white) and secondary text (#505A5F, 7:1): both pass WCAG AA for small text.
 */
export const TEXT_COLOUR = '#0B0C0C';
export const SECONDARY_TEXT_COLOUR = '#505A5F';
/** Gridlines carry no information on their own, so WCAG 1.4.11's 3:1 does not apply; kept light so data lines ' +
  'dominate. */
export const GRID_COLOUR = '#DDDDDD';
export const AXIS_COLOUR = '#505A5F';
/** GOV.UK light grey, the shade of the years before the hubs began: secondary text on it is 6.5:1. */
export const BAND_COLOUR = '#F3F2F1';

/** Liberation Sans is metric-compatible with Arial, so text measured for one lays out the same in the other. */
export const FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';

export const FONT_SIZE = {
  title: 16,
  subtitle: 13,
  axisLabel: 12,
  axisTitle: 12,
  label: 12,
  valueLabel: 11,
  source: 11,
} as const;

/** Point shapes per series, so lines are told apart without relying on colour (WCAG 1.4.1). */
export const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'triangle-down', 'cross'] as const;

/** A4 portrait at 96 dpi with 2 cm margins leaves about 643 px of text width. */
export const CHART_WIDTH = 640;

export type FontSizes = { readonly [K in keyof typeof FONT_SIZE]: number };

/** The width a chart is laid out for and the type sizes it uses there. */
export interface ChartLayout {
  readonly width: number;
  readonly font: FontSizes;
  /** Category names beside bars and rows are cut (with an ellipsis) beyond this many pixels. */
  readonly categoryLabelLimit: number;
  /** The smallest type a builder may step down to where labels are crowded. */
  readonly smallestFont: number;
}

/** The page and desktop layout: the A4 text width. */
export const WIDE: ChartLayout = { width: CHART_WIDTH, font: FONT_SIZE, categoryLabelLimit: 220, smallestFont: 10 };

/**
 * A phone: laid out 320 px wide, what a 360 px screen leaves inside the page margins, so the chart is shown at
 * its own size there, with type one or two steps larger: the smallest text is 12 px on screen.
 */
export const NARROW: ChartLayout = {
  width: 320,
  font: { title: 17, subtitle: 14, axisLabel: 13, axisTitle: 13, label: 13, valueLabel: 12, source: 12 },
  categoryLabelLimit: 130,
  smallestFont: 12,
};

export const chartConfig: Config = configFor(WIDE);

/** The theme with the type sizes of `layout`. */
export function configFor(layout: ChartLayout): Config {
  const size = layout.font;
  return {
    font: FONT,
    background: '#FFFFFF',
    padding: { left: 4, right: 4, top: 4, bottom: 4 },
    view: { stroke: null },
    range: { category: [...PALETTE] },
    title: {
      anchor: 'start',
      frame: 'bounds',
      fontSize: size.title,
      fontWeight: 'bold',
      color: TEXT_COLOUR,
      subtitleFontSize: size.subtitle,
      subtitleColor: SECONDARY_TEXT_COLOUR,
      subtitlePadding: 6,
      offset: 16,
    },
    axis: {
      labelFont: FONT,
      titleFont: FONT,
      labelFontSize: size.axisLabel,
      titleFontSize: size.axisTitle,
      labelColor: TEXT_COLOUR,
      titleColor: TEXT_COLOUR,
      titleFontWeight: 'normal',
      labelAngle: 0,
      domainColor: AXIS_COLOUR,
      tickColor: AXIS_COLOUR,
      gridColor: GRID_COLOUR,
      labelPadding: 4,
      titlePadding: 8,
    },
    axisX: { grid: false },
    axisY: { grid: true, domain: false, ticks: false },
    axisBand: { grid: false },
    legend: {
      labelFont: FONT,
      titleFont: FONT,
      labelFontSize: size.label,
      titleFontSize: size.label,
      labelColor: TEXT_COLOUR,
      titleColor: TEXT_COLOUR,
      symbolStrokeWidth: 0,
      orient: 'top',
      direction: 'horizontal',
      title: null,
    },
    text: { font: FONT, fontSize: size.label, color: TEXT_COLOUR },
    line: { strokeWidth: 2.5 },
    point: { size: 60, filled: true, opacity: 1 },
  };
}
