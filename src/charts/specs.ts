/** The chart builders: tidy data and words in, a complete Vega-Lite spec and its data table out. */
export type { Chart, ChartFrame, ChartTable, ChartWords } from './chart.js';
export { barChart, type BarChartInput, type BarDatum } from './bar-chart.js';
export { intervalChart, type IntervalChartInput, type IntervalDatum } from './interval-chart.js';
export { lineChart, type LineChartInput, type LinePoint } from './line-chart.js';
export { sparkline, type SparklineInput, type SparkPoint } from './sparkline.js';
export type { ChartUnit } from './value-format.js';
