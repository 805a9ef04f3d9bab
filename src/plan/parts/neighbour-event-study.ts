import { eventGapVsNeighboursId, type NeighbourStem } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { isSpan } from '../../model/period.js';
import type { PlanContext } from '../context.js';
import {
  cap,
  EVENT_STUDY_WORDS,
  eventStudyLeads,
  intervalCell,
  NEIGHBOUR_EVENT_WORDS,
  neighbourEventStudyIntro,
  rowVerdict,
} from '../phrases/index.js';
import type { Block } from '../types.js';
import { paragraph, tableBlock } from './common.js';

/** What one similar-areas section's event study shows. */
export interface NeighbourEventOptions {
  readonly stem: NeighbourStem;
  /** e.g. "the sustained EET rate". */
  readonly subject: string;
  /** "KS4 cohort" or "year", as the table's first column is headed. */
  readonly period: string;
  readonly id: string;
}

/** Areas left out of a hub's event-study group, as its rows' note names them (metrics/neighbours-event.ts). */
const LEFT = /left out \(not in every year\): (.+)$/;

/**
 * The event study of each hub against its similar areas (`<m>_event_gap_vs_neighbours_pp`): a paragraph saying how
 * it is read and what the leads say, and a table of each hub's points by year. Nothing without rows.
 */
export function neighbourEventStudyBlocks(ctx: PlanContext, opts: NeighbourEventOptions): Block[] {
  const measure = eventGapVsNeighboursId(opts.stem);
  const byHub = ctx.hubs
    .map((hub) => ({
      hub,
      rows: ctx.m.rows.filter((r) => r.measure === measure && r.hub === hub.id && !isSpan(r.period)).sort(byPeriod),
    }))
    .filter((h) => h.rows.length > 0);
  const baseline = byHub[0]?.rows.find((r) => r.breakdown === 'e-1')?.period;
  if (!baseline) return [];
  const years = [...new Set(byHub.flatMap((h) => h.rows.map((r) => r.period)))].sort();
  const timeOf = new Map(byHub.flatMap((h) => h.rows.map((r) => [r.period, r.breakdown] as const)));
  const leads = byHub.map(({ hub, rows }) => {
    const before = rows.filter((r) => r.period < baseline);
    for (const r of before) ctx.book.cite(r);
    const clear = before.filter((r) => ['higher', 'lower'].includes(rowVerdict(r))).map((r) => r.period);
    return { name: hub.name, leads: before.length, clear };
  });
  const left = byHub.flatMap(({ hub, rows }) => {
    const names = rows.map((r) => LEFT.exec(r.note)?.[1]).find(Boolean);
    return names ? [NEIGHBOUR_EVENT_WORDS.leftNote(hub.name, names)] : [];
  });
  const text =
    `${neighbourEventStudyIntro(opts.subject, baseline, opts.period, left.length > 0)} ` +
    eventStudyLeads(leads, baseline, opts.period);
  const table = {
    id: `${opts.id}-event`,
    caption: NEIGHBOUR_EVENT_WORDS.caption(opts.subject, baseline, opts.period),
    columns: [cap(opts.period), EVENT_STUDY_WORDS.timeColumn, ...byHub.map((h) => h.hub.name)],
    rows: years.map((y) => [
      y,
      timeOf.get(y) ?? '',
      ...byHub.map(({ rows }) => eventCell(rows.find((r) => r.period === y))),
    ]),
    ...(left.length ? { note: left.join(' ') } : {}),
  };
  return [paragraph(text), tableBlock(table)];
}

function eventCell(row: MetricRow | undefined): string {
  return row?.breakdown === 'e-1' ? EVENT_STUDY_WORDS.baselineCell : intervalCell(row, true);
}

function byPeriod(a: MetricRow, b: MetricRow): number {
  return a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
}
