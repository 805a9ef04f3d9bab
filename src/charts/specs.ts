/** The chart builders: tidy data and words in, a complete Vega-Lite spec and its data table out. */

export { type BarChartInput, type BarDatum, barChart } from './bar-chart.js';
export type { Chart, ChartTable, ChartWords, StandaloneFrame } from './chart.js';
export { type EventChartInput, type EventPoint, eventChart } from './event-chart.js';
export { type GroupedDot, type GroupedDotPlotInput, groupedDotPlot } from './grouped-dot-plot.js';
export { type IntervalChartInput, type IntervalDatum, intervalChart } from './interval-chart.js';
export { type BeforeBand, type LineChartInput, type LinePoint, lineChart } from './line-chart.js';
export { type SparklineInput, type SparkPoint, sparkline } from './sparkline.js';
export type { ChartUnit } from './value-format.js';
