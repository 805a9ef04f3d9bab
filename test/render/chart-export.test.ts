import { describe, expect, it } from 'vitest';
import { CHART_PADDING, type Chart, framedSpec } from '../../src/charts/chart.js';
import { eventChart } from '../../src/charts/event-chart.js';
import { lineChart } from '../../src/charts/line-chart.js';
import { renderSvg } from '../../src/charts/vega-svg-renderer.js';
import { chartBlock } from '../../src/plan/parts/common.js';
import { chartFiles } from '../../src/render/chart-export.js';

const event = eventChart({
  id: 'event',
  title: 'Gap to England relative to 2020/21',
  subtitle: 'Hub minus England, each cohort against 2020/21',
  source: 'DfE',
  alt: 'Central was already catching up.',
  yTitle: 'Percentage points',
  xTitle: 'KS4 cohort',
  data: [
    { series: 'Central', x: '2019/20', value: -0.7, low: -1.2, high: -0.1 },
    { series: 'East', x: '2019/20', value: -0.2, low: -0.9, high: 0.4 },
    { series: 'Central', x: '2020/21', value: 0, low: null, high: null },
    { series: 'East', x: '2020/21', value: 0, low: null, high: null },
  ],
  xOrder: ['2019/20', '2020/21'],
  seriesOrder: ['Central', 'East'],
  baseline: '2020/21',
  baselineLabel: 'baseline',
});

const line = lineChart({
  id: 'line',
  title: 'Sustained destinations',
  subtitle: 'Percentage of pupils',
  source: 'DfE',
  alt: 'Rose.',
  yTitle: 'Percentage of pupils',
  unit: 'pct',
  data: [
    { series: 'Central', x: '2021/22', y: 93.1 },
    { series: 'Central', x: '2022/23', y: 94.8 },
  ],
  seriesOrder: ['Central'],
});

/** A builder's chart as the plan holds it. */
function planChart(chart: Chart) {
  const block = chartBlock(chart);
  if (block.kind !== 'chart') throw new Error('chartBlock makes a chart block');
  return block.chart;
}

/** Where Vega puts the plot's top-left corner: the translate of its outermost group. */
const plotTop = (svg: string) =>
  Number(/stroke-miterlimit="4" transform="translate\([-\d.]+,([-\d.]+)\)"/.exec(svg)![1]);
/** Where the standalone SVG nests the report's bare drawing. */
const nestedAt = (svg: string) => Number(/<svg x="0" y="([-\d.]+)"/.exec(svg)![1]);

describe('chartFiles: a standalone SVG drawn around the report’s bare one', () => {
  it.each([
    ['the event chart, whose bare spec pads its top for the legend', event],
    ['a line chart, with the theme’s padding', line],
  ])('puts the plot of %s where Vega lays out the framed spec', async (_, chart) => {
    const bare = await renderSvg(chart.spec, { alt: chart.alt });
    const vega = await renderSvg(framedSpec(chart.spec, chart.frame), { alt: chart.alt });
    const svg = (await chartFiles([planChart(chart)], ['svg'], new Map([[chart.id, bare]]))).get(
      `${chart.id}.svg`,
    ) as string;
    expect(nestedAt(svg) + plotTop(bare)).toBe(plotTop(vega));
  });

  it('draws the bare chart first, so its padding under the subtitle does not paint over the words', async () => {
    const svg = (await chartFiles([planChart(event)], ['svg'])).get('event.svg') as string;
    // The bare chart's room for its legend (30 px over the theme's padding) reaches up past the title's offset.
    const top = (event.spec as { padding: { top: number } }).padding.top;
    expect(top).toBe(CHART_PADDING.top + 30);
    expect(top).toBeGreaterThan(event.frame.title.offset);
    expect(svg.indexOf('<svg x="0"')).toBeLessThan(svg.indexOf('>Gap to England relative to 2020/21</text>'));
    expect(svg.indexOf('<svg x="0"')).toBeLessThan(
      svg.indexOf('>Hub minus England, each cohort against 2020/21</text>'),
    );
  });
});
