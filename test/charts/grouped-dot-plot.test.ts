import { describe, expect, it } from 'vitest';
import { groupedDotPlot } from '../../src/charts/grouped-dot-plot.js';
import { HIGHLIGHT_COLOUR } from '../../src/charts/theme.js';
import { renderSvg } from '../../src/charts/vega-svg-renderer.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const chart = () =>
  groupedDotPlot({
    id: 'benchmarks',
    title: 'Achievement of each benchmark',
    subtitle: '% of returns, with 95% confidence intervals',
    source: 'Compass, 2023/24',
    alt: 'B1 highest.',
    valueTitle: '% of returns fully achieving',
    categoryTitle: 'Gatsby Benchmark',
    unit: 'pct',
    categoryOrder: ['B1', 'B2'],
    groupOrder: ['Central', 'All hubs'],
    highlight: 'All hubs',
    data: [
      { category: 'B1', group: 'Central', value: 67.8, low: 62.1, high: 73.0 },
      { category: 'B1', group: 'All hubs', value: 72.3, low: 69.0, high: 75.4 },
      { category: 'B2', group: 'Central', value: null, low: null, high: null, symbol: 'c' },
      { category: 'B2', group: 'All hubs', value: 70.5, low: 67.1, high: 73.7 },
    ],
  });

describe('groupedDotPlot', () => {
  it('draws each group as a dot with its interval on a value axis from zero, the comparator grey', () => {
    const spec = chart().spec as Json;
    const [rule, point] = spec.layer as [Json, Json];
    expect(point.encoding.x.scale.domain[0]).toBe(0);
    expect(point.encoding.yOffset.field).toBe('group');
    expect(rule.encoding.x.field).toBe('low');
    expect(rule.encoding.x2.field).toBe('high');
    expect(point.encoding.color.scale.range[1]).toBe(HIGHLIGHT_COLOUR);
    // Shape as well as colour tells the groups apart (WCAG 1.4.1).
    expect(point.encoding.shape.field).toBe('group');
  });

  it('tabulates value and interval, and a suppressed figure by its symbol, never 0', () => {
    expect(chart().table.rows).toEqual([
      ['B1', '67.8% (62.1% to 73.0%)', '72.3% (69.0% to 75.4%)'],
      ['B2', 'c', '70.5% (67.1% to 73.7%)'],
    ]);
  });

  it('compiles and renders without Vega-Lite warnings', async () => {
    const svg = await renderSvg(chart().spec);
    expect(svg).toContain('Central');
    expect(svg).toContain('All hubs');
  });
});
