import type { ReportPlan } from '../plan/types.js';
import { planCharts } from './chart-export.js';
import type { DocxChartImage } from './docx-blocks.js';

/**
 * Renders every chart in the plan to SVG (Vega in Node), keyed by chart id, in plan order: the page layout, or
 * with `narrow` the phone layout of the charts that have one (only the HTML on a screen shows those).
 */
export async function renderChartSvgs(
  plan: ReportPlan,
  variant: 'wide' | 'narrow' = 'wide',
): Promise<Map<string, string>> {
  const { renderSvg } = await import('../charts/vega-svg-renderer.js');
  const out = new Map<string, string>();
  for (const chart of planCharts(plan)) {
    const spec = variant === 'wide' ? chart.spec : chart.narrow;
    if (spec) out.set(chart.id, await renderSvg(spec, { alt: chart.alt }));
  }
  return out;
}

/** The charts as Word needs them: the SVG, a PNG at print resolution (3x, about 290 dpi at its size) and its size. */
export async function renderChartImages(svgs: ReadonlyMap<string, string>): Promise<Map<string, DocxChartImage>> {
  const { renderPng } = await import('../charts/resvg-png-renderer.js');
  const out = new Map<string, DocxChartImage>();
  for (const [id, svg] of svgs) {
    const root = svg.match(/^<svg\b[^>]*>/)?.[0] ?? '';
    const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]);
    const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1]);
    if (!(width > 0 && height > 0)) throw new Error(`Chart ${id}'s SVG has no width and height`);
    out.set(id, { svg, png: renderPng(svg, { scale: 3 }), width, height });
  }
  return out;
}
