import type { Block, PlanChart, ReportPlan } from './types.js';

/**
 * The plan as `plan.json` holds it: every chart's bare spec, words and table, without the standalone frame that
 * only exported charts (charts/) use. A reader diffing plan.json sees the report's content, not export layout.
 */
export function planForJson(plan: ReportPlan): PlanJson {
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, blocks: s.blocks.map(blockForJson) })) };
}

/** The plan without the charts' standalone frames; its sections are only read as JSON. */
export type PlanJson = Omit<ReportPlan, 'sections'> & { readonly sections: readonly unknown[] };

function blockForJson(block: Block): unknown {
  if (block.kind === 'chart') return { ...block, chart: chartForJson(block.chart) };
  if (block.kind === 'chartGrid') return { ...block, charts: block.charts.map(chartForJson) };
  return block;
}

function chartForJson(chart: PlanChart): Omit<PlanChart, 'frame'> {
  const { frame: _frame, ...rest } = chart;
  return rest;
}
