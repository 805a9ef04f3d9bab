import type { ReportPlan } from '../plan/types.js';

/** Renders every chart in the plan to SVG (Vega in Node), keyed by chart id, in plan order. */
export async function renderChartSvgs(plan: ReportPlan): Promise<Map<string, string>> {
  const { renderSvg } = await import('../charts/vega-svg-renderer.js');
  const out = new Map<string, string>();
  for (const section of plan.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'chart')
        out.set(block.chart.id, await renderSvg(block.chart.spec as never, { alt: block.chart.alt }));
    }
  }
  return out;
}
