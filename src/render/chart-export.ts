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
 * keyed by file name, each complete on its own (title, subtitle and source drawn in). The specs are the ones the
 * report draws, so a restyled chart shows the same numbers. `bareSvgs` are the report's own drawings (by chart id):
 * given, no chart is laid out again.
 */
export async function chartFiles(
  charts: readonly PlanChart[],
  formats: readonly ChartFormat[],
  bareSvgs: ReadonlyMap<string, string> = new Map(),
): Promise<Map<string, string | Uint8Array>> {
  const { framedSpec } = await import('../charts/chart.js');
  const { framedSvg } = await import('../charts/standalone-svg.js');
  const { renderSvg } = await import('../charts/vega-svg-renderer.js');
  const { renderPng } = await import('../charts/resvg-png-renderer.js');
  const files = new Map<string, string | Uint8Array>();
  for (const chart of charts) {
    if (formats.includes('vl'))
      files.set(`${chart.id}.vl.json`, `${JSON.stringify(framedSpec(chart.spec, chart.frame), null, 2)}\n`);
    if (!formats.includes('svg') && !formats.includes('png')) continue;
    const bare = bareSvgs.get(chart.id) ?? (await renderSvg(chart.spec, { alt: chart.alt }));
    const svg = framedSvg(bare, chart.frame, chart.alt, bareTopPadding(chart));
    if (formats.includes('svg')) files.set(`${chart.id}.svg`, svg);
    if (formats.includes('png')) files.set(`${chart.id}.png`, renderPng(svg, { scale: 2 }));
  }
  return files;
}

/** The top padding the bare chart was drawn with: the theme's, or its own where it leaves room for a legend. */
function bareTopPadding(chart: PlanChart): number | undefined {
  const padding = (chart.spec as { padding?: unknown }).padding;
  return typeof padding === 'object' && padding !== null && 'top' in padding ? Number(padding.top) : undefined;
}
