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

export const chartConfig: Config = {
  font: FONT,
  background: '#FFFFFF',
  padding: { left: 4, right: 4, top: 4, bottom: 4 },
  view: { stroke: null },
  range: { category: [...PALETTE] },
  title: {
    anchor: 'start',
    frame: 'bounds',
    fontSize: FONT_SIZE.title,
    fontWeight: 'bold',
    color: TEXT_COLOUR,
    subtitleFontSize: FONT_SIZE.subtitle,
    subtitleColor: SECONDARY_TEXT_COLOUR,
    subtitlePadding: 6,
    offset: 16,
  },
  axis: {
    labelFont: FONT,
    titleFont: FONT,
    labelFontSize: FONT_SIZE.axisLabel,
    titleFontSize: FONT_SIZE.axisTitle,
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
    labelFontSize: FONT_SIZE.label,
    titleFontSize: FONT_SIZE.label,
    labelColor: TEXT_COLOUR,
    titleColor: TEXT_COLOUR,
    symbolStrokeWidth: 0,
    orient: 'top',
    direction: 'horizontal',
    title: null,
  },
  text: { font: FONT, fontSize: FONT_SIZE.label, color: TEXT_COLOUR },
  line: { strokeWidth: 2.5 },
  point: { size: 60, filled: true, opacity: 1 },
};
