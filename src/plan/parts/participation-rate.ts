import { dotPlot } from '../../charts/dot-plot.js';
import { barChart } from '../../charts/specs.js';
import type { MetricRow } from '../../model/metric.js';
import type { PlanContext } from '../context.js';
import type { Block } from '../types.js';
import { ALL, chartBlock, hubsAndAll } from './common.js';
import { manyHubs } from './ranked-chart.js';

export const PER_100 = 'student_participations_per_100_pupils';

/**
 * Participations per 100 pupils beside the counts: a count makes the smallest hub look weakest, a rate per pupil
 * does not. Shown only when the metrics carry the measure (it needs pupil numbers); bars start at zero.
 */
export function participationRateBlocks(ctx: PlanContext): Block[] {
  const { m } = ctx;
  if (!m.has(PER_100)) return [];
  const rowOf = (hub: string): MetricRow | undefined => m.range(PER_100, hub, ALL) ?? m.latest(PER_100, hub, ALL);
  const series = hubsAndAll(ctx);
  const rows = series.map((h) => ({ hub: h, row: rowOf(h.id) }));
  const period = rows.find((r) => r.row)?.row?.period;
  if (!period) return [];
  const when = period.replace('-', ' to ');
  for (const r of rows) if (r.row) ctx.book.cite(r.row);
  const words = {
    id: 'participation-per-100',
    title: `Student participations per 100 pupils, ${when}`,
    source: ctx.source('activities'),
    alt: `Student participations per 100 pupils by hub, ${when}.`,
    valueTitle: 'Participations per 100 pupils',
  };
  if (manyHubs(ctx.hubs)) {
    // One bar per hub would run off the page: the hubs ranked in a compact dot plot, all hubs as the dashed rule.
    const all = rows.find((r) => r.hub.id === ALL)?.row;
    return [
      chartBlock(
        dotPlot({
          ...words,
          subtitle:
            'Student participations in all activities for every 100 pupils on roll in member institutions; ' +
            'hubs ranked, all hubs dashed',
          labelTitle: 'Hub',
          unit: 'mean',
          data: rows
            .filter((r) => r.hub.id !== ALL)
            .map(({ hub, row }) => ({
              label: hub.name,
              value: row?.value ?? null,
              low: null,
              high: null,
              symbol: row?.symbol ?? '',
            })),
          ...(all ? { reference: { label: 'All hubs', value: all.value } } : {}),
        }),
      ),
    ];
  }
  return [
    chartBlock(
      barChart({
        id: 'participation-per-100',
        title: `Student participations per 100 pupils, ${when}`,
        subtitle: 'Student participations in all activities for every 100 pupils on roll in member institutions',
        source: ctx.source('activities'),
        alt: `Student participations per 100 pupils by hub, ${when}.`,
        valueTitle: 'Participations per 100 pupils',
        categoryTitle: 'Hub',
        unit: 'mean',
        data: rows.map(({ hub, row }) => ({
          category: hub.name,
          group: 'Per 100 pupils',
          value: row?.value ?? null,
          symbol: row?.symbol ?? '',
        })),
        groupOrder: ['Per 100 pupils'],
        categoryOrder: series.map((h) => h.name),
        orientation: 'horizontal',
      }),
    ),
  ];
}
