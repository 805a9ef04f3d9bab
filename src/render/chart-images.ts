import { planCharts } from '../charts/chart-export.js';
import type { ReportPlan } from '../plan/types.js';

/** Renders every chart in the plan to SVG (Vega in Node), keyed by chart id, in plan order. */
export async function renderChartSvgs(plan: ReportPlan): Promise<Map<string, string>> {
  const { renderSvg } = await import('../charts/vega-svg-renderer.js');
  const out = new Map<string, string>();
  for (const chart of planCharts(plan)) out.set(chart.id, await renderSvg(chart.spec, { alt: chart.alt }));
  return out;
}
