import type { PlanChart, ReportPlan } from '../plan/types.js';

export type ChartFormat = 'svg' | 'png' | 'vl';
export const CHART_FORMATS: readonly ChartFormat[] = ['svg', 'png', 'vl'];

/** Every chart in the plan, in report order. */
export function planCharts(plan: ReportPlan): PlanChart[] {
  return plan.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : b.kind === 'chartGrid' ? b.charts : [])),
  );
}

/**
 * Files for analysts: each chart as SVG, PNG (2x) and its Vega-Lite spec with the data inlined (`.vl.json`),
 * keyed by file name. The specs are the ones the report draws, so a restyled chart shows the same numbers.
 */
export async function chartFiles(
  charts: readonly PlanChart[],
  formats: readonly ChartFormat[],
): Promise<Map<string, string | Uint8Array>> {
  const { renderSvg } = await import('../charts/vega-svg-renderer.js');
  const { renderPng } = await import('../charts/resvg-png-renderer.js');
  const files = new Map<string, string | Uint8Array>();
  for (const chart of charts) {
    if (formats.includes('vl')) files.set(`${chart.id}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
    if (!formats.includes('svg') && !formats.includes('png')) continue;
    const svg = await renderSvg(chart.spec, { alt: chart.alt });
    if (formats.includes('svg')) files.set(`${chart.id}.svg`, svg);
    if (formats.includes('png')) files.set(`${chart.id}.png`, renderPng(svg, { scale: 2 }));
  }
  return files;
}
