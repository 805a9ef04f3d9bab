import type { TopLevelSpec } from 'vega-lite';
import { type BeforeBand, lineChart, type StandaloneFrame } from '../../charts/specs.js';
import type { MeasureId } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { isSpan, spanEnds } from '../../model/period.js';
import { type AcademicYear, compareYears } from '../../model/year.js';
import { classifyChange } from '../../stats/change.js';
import type { HubRef, PlanContext } from '../context.js';
import type { FigureBook } from '../figure-book.js';
import { formatValue } from '../format.js';
import { beforeBandAlt, beforeBandLabel, type ChangeFacts } from '../phrases/index.js';
import type { Block, PlanChart, PlanTable } from '../types.js';
import { type HubSeriesChartOptions, manyHubs, rankedChart } from './ranked-chart.js';

export const ALL = 'all';
export const ENGLAND = 'england';

/** The hubs, then all hubs together (named "All hubs"), as series for charts and rows for tables. */
export function hubsAndAll(ctx: PlanContext, withAll = true): HubRef[] {
  return [...ctx.hubs, ...(withAll && ctx.input.hub === null ? [{ id: ALL, name: 'All hubs' }] : [])];
}

export function paragraph(text: string, refs: readonly string[] = []): Block {
  return { kind: 'paragraph', text, refs: refs.filter(Boolean) };
}

export function chartBlock(
  chart: {
    id: string;
    title: string;
    subtitle: string;
    source: string;
    alt: string;
    spec: TopLevelSpec;
    narrow?: TopLevelSpec;
    table: { caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] };
    frame: StandaloneFrame;
    note?: string;
  },
  note?: string,
): Block {
  const planChart: PlanChart = {
    id: chart.id,
    title: chart.title,
    subtitle: chart.subtitle,
    source: chart.source,
    alt: chart.alt,
    spec: chart.spec,
    ...(chart.narrow ? { narrow: chart.narrow } : {}),
    table: {
      id: `${chart.id}-data`,
      caption: chart.table.caption,
      columns: chart.table.columns,
      rows: chart.table.rows,
      ...(note ? { note } : {}),
    },
    frame: chart.frame,
    ...(chart.note ? { note: chart.note } : {}),
  };
  return { kind: 'chart', chart: planChart };
}

export function tableBlock(table: PlanTable): Block {
  return { kind: 'table', table };
}

/** A hub-by-period table of one measure: one row per hub, one column per period; cited figures registered. */
export function periodTable(
  ctx: PlanContext,
  opts: {
    id: string;
    caption: string;
    measure: MeasureId;
    breakdown: string;
    series: readonly HubRef[];
    periods?: readonly string[];
    note?: string;
  },
): PlanTable {
  const periods = opts.periods ?? ctx.m.periods(opts.measure);
  return {
    id: opts.id,
    caption: opts.caption,
    columns: ['Hub', ...periods],
    rows: opts.series.map((h) => [
      h.name,
      ...periods.map((p) => ctx.book.cell(ctx.m.get(opts.measure, h.id, p, opts.breakdown))),
    ]),
    ...(opts.note ? { note: opts.note } : {}),
  };
}

/** A line chart of one measure for the hubs (and all hubs / England) over periods. */
export function seriesChart(ctx: PlanContext, opts: HubSeriesChartOptions & { xTitle?: string }) {
  if (manyHubs(opts.series)) return rankedChart(ctx, opts);
  const all = opts.highlight ? [...opts.series, opts.highlight] : opts.series;
  const data = all.flatMap((h) =>
    ctx.m
      .series(opts.measure, h.id, opts.breakdown)
      .map((r) => ({ series: h.name, x: r.period, y: r.value, symbol: r.symbol })),
  );
  const band = beforeBand(
    ctx,
    all.map((h) => h.id),
    data.map((d) => d.x),
  );
  return lineChart({
    ...(band ? { before: band } : {}),
    id: opts.id,
    title: opts.title,
    subtitle: opts.subtitle,
    source: opts.source,
    alt: opts.alt,
    yTitle: opts.yTitle,
    xTitle: opts.xTitle ?? 'Academic year',
    unit: opts.unit,
    data,
    seriesOrder: all.map((h) => h.name),
    ...(opts.highlight ? { highlight: opts.highlight.name } : {}),
  });
}

/**
 * The band a time-series chart of `hubIds` shades: the periods before the start (`hubs[].started`; with several start
 * years, the first, as all hubs pooled are measured from it). None when no hub shown has a start, or no period in
 * `periods` is before it. Periods are academic years (a KS4 cohort or a reporting year) as the metrics name them.
 */
export function beforeBand(
  ctx: PlanContext,
  hubIds: readonly string[],
  periods: readonly string[],
): BeforeBand | undefined {
  const hubs = ctx.input.config.hubs.filter((h) => hubIds.includes(h.id) || hubIds.includes(ALL));
  const starts = [...new Set(hubs.flatMap((h) => (h.started ? [h.started] : [])))].sort(compareYears);
  const started = starts[0];
  if (!started) return undefined;
  const years = periods.filter((p) => !isSpan(p)) as AcademicYear[];
  const last = years
    .filter((p) => compareYears(p, started) < 0)
    .sort(compareYears)
    .at(-1);
  if (!last) return undefined;
  const kind = starts.length === 1 ? 'one' : 'several';
  return { last, label: beforeBandLabel(kind), alt: beforeBandAlt(started, kind) };
}

/**
 * First-to-last facts of a series. The change between the two years is judged by `change`, the row of the
 * difference of those years with its own interval; "every year" also needs the trend row's interval to agree.
 * `exact` marks figures with no sampling error (counts of every institution), judged by sign. With `book`, both
 * ends and the change row are cited.
 */
export function seriesChange(
  rows: readonly MetricRow[],
  change?: MetricRow,
  opts: { trend?: MetricRow | undefined; exact?: boolean; book?: FigureBook } = {},
): ChangeFacts | undefined {
  rows = spanOf(rows, change);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || first === last) return undefined;
  // The sentence prints both ends: each is a cited figure.
  for (const r of [first, last, change]) opts.book?.cite(r);
  const values = rows.map((r) => r.value);
  const steps = values.slice(1).map((v, k) => (v === null || values[k] === null ? null : v - values[k]!));
  const trend = opts.trend ?? change;
  const trendKind = opts.exact
    ? classifyChange(last.value === null || first.value === null ? null : last.value - first.value, null, null, true)
    : classifyChange(trend?.value ?? null, trend?.ci_low ?? null, trend?.ci_high ?? null);
  // "every year" says something only with at least two steps, and only where the trend supports the direction.
  const everyYear =
    steps.length < 2
      ? null
      : steps.every((s) => s !== null && s > 0) && trendKind === 'rise'
        ? 'rising'
        : steps.every((s) => s !== null && s < 0) && trendKind === 'fall'
          ? 'falling'
          : null;
  return {
    from: { period: first.period, value: first.value, symbol: first.symbol },
    to: { period: last.period, value: last.value, symbol: last.symbol },
    low: change?.ci_low ?? null,
    high: change?.ci_high ?? null,
    ...(change?.verdict && change.value !== null ? { verdict: change.verdict } : {}),
    everyYear,
    ...(opts.exact ? { exact: true } : {}),
  };
}

/** The rows from the change's first period to its last (a change since the start covers part of the series). */
function spanOf(rows: readonly MetricRow[], change: MetricRow | undefined): readonly MetricRow[] {
  const [from, to] = change ? spanEnds(change.period) : [];
  const i = rows.findIndex((r) => r.period === from);
  const j = rows.findIndex((r) => r.period === to);
  return i >= 0 && j >= i ? rows.slice(i, j + 1) : rows;
}

export function fmt(row: MetricRow | undefined): string {
  return row ? formatValue(row.value, row.unit, row.symbol) : 'not available';
}

export function hubName(ctx: PlanContext, id: string): string {
  if (id === ALL) return 'All hubs';
  if (id === ENGLAND) return ctx.comparator;
  return ctx.input.config.hubs.find((h) => h.id === id)?.name ?? id;
}

/** The first and last rows of a series: what a first-to-last sentence cites. */
export function ends<T>(rows: readonly T[]): T[] {
  return rows.length > 1 ? [rows[0]!, rows[rows.length - 1]!] : [...rows];
}
