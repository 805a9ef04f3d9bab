import { eventChart } from '../../charts/specs.js';
import { type ChangeStem, eventGapId } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { isSpan } from '../../model/period.js';
import type { PlanContext } from '../context.js';
import { EVENT_STUDY_WORDS, eventStudyIntro, eventStudyLeads, intervalCell, rowVerdict } from '../phrases/index.js';
import type { Block } from '../types.js';
import { beforeBand, chartBlock, hubsAndAll, paragraph } from './common.js';

/** What one chapter's event study shows: the rate, its words and the chart's texts. */
export interface EventStudyOptions {
  readonly stem: ChangeStem;
  /** e.g. "sustained EET". */
  readonly subject: string;
  /** "cohort" (KS4) or "year" (NCCIS). */
  readonly period: string;
  readonly xTitle: string;
  readonly id: string;
  readonly source: string;
}

/**
 * The event study of a rate against England (`<m>_event_gap_pp`): a paragraph saying how it is read and what the
 * leads say, and a chart of each hub's points with interval bars whose data table is the event-study table. Nothing
 * without rows.
 */
export function eventStudyBlocks(ctx: PlanContext, opts: EventStudyOptions): Block[] {
  const measure = eventGapId(opts.stem);
  const series = hubsAndAll(ctx);
  const rowsOf = (hub: string) =>
    ctx.m.rows.filter((r) => r.measure === measure && r.hub === hub && !isSpan(r.period)).sort(byPeriod);
  const byHub = series.map((h) => ({ hub: h, rows: rowsOf(h.id) })).filter((h) => h.rows.length > 0);
  const baselineRow = byHub[0]?.rows.find((r) => r.breakdown === 'e-1');
  if (!baselineRow) return [];
  const baseline = baselineRow.period;
  const years = [...new Set(byHub.flatMap((h) => h.rows.map((r) => r.period)))].sort();
  const leads = byHub
    .filter((h) => ctx.hubs.some((c) => c.id === h.hub.id))
    .map(({ hub, rows }) => {
      const before = rows.filter((r) => r.period < baseline);
      for (const r of before) ctx.book.cite(r);
      const clear = before.filter((r) => ['higher', 'lower'].includes(rowVerdict(r))).map((r) => r.period);
      return { name: hub.name, leads: before.length, clear };
    });
  const text = `${eventStudyIntro(opts.subject, ctx.comparator, baseline, opts.period)} ${eventStudyLeads(
    leads,
    baseline,
    opts.period,
  )}`;
  const timeOf = new Map(byHub.flatMap((h) => h.rows.map((r) => [r.period, r.breakdown] as const)));
  const band = beforeBand(
    ctx,
    byHub.map((h) => h.hub.id),
    years,
  );
  const W = EVENT_STUDY_WORDS;
  const title = W.title(opts.subject, ctx.comparator, baseline, opts.period);
  const chart = eventChart({
    id: opts.id,
    title,
    subtitle: W.subtitle(ctx.comparator, baseline, opts.period),
    source: opts.source,
    alt: text,
    yTitle: W.yTitle,
    xTitle: opts.xTitle,
    data: byHub.flatMap(({ hub, rows }) =>
      rows.map((r) => ({
        series: hub.name,
        x: r.period,
        value: r.value,
        low: r.ci_low,
        high: r.ci_high,
        symbol: r.symbol,
      })),
    ),
    xOrder: years,
    seriesOrder: byHub.map((h) => h.hub.name),
    baseline,
    baselineLabel: W.baselineLabel,
    ...(band ? { before: band } : {}),
    xNote: (x) => timeOf.get(x) ?? '',
  });
  // The chart's data table is the event-study table: each year with its place relative to the start, and limits
  // printed with the decimals that agree with the word (intervalCell), so no second table repeats it.
  const table = {
    caption: W.tableCaption(title, baseline),
    columns: [opts.xTitle, W.timeColumn, ...byHub.map((h) => h.hub.name)],
    rows: years.map((y) => [
      y,
      timeOf.get(y) ?? '',
      ...byHub.map(({ rows }) => eventCell(rows.find((r) => r.period === y))),
    ]),
  };
  return [chartBlock({ ...chart, table }), paragraph(text)];
}

function eventCell(row: MetricRow | undefined): string {
  return row?.breakdown === 'e-1' ? EVENT_STUDY_WORDS.baselineCell : intervalCell(row, true);
}

function byPeriod(a: MetricRow, b: MetricRow): number {
  return a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
}
