import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar-chart.js';
import { intervalChart } from '../../src/charts/interval-chart.js';
import { type LinePoint, lineChart } from '../../src/charts/line-chart.js';
import { sparkline } from '../../src/charts/sparkline.js';
import { framedSvg } from '../../src/charts/standalone-svg.js';
import { compileSpec, labelSvg, numberIdsInOrder, renderSvg } from '../../src/charts/vega-svg-renderer.js';

const YEARS = ['2019/20', '2020/21', '2021/22', '2022/23'];
const pts = (series: string, ys: (number | null)[]): LinePoint[] => ys.map((y, i) => ({ series, x: YEARS[i]!, y }));

const line = lineChart({
  id: 'sustained',
  title: 'Sustained destinations after key stage 4',
  subtitle: 'Percentage of pupils',
  source: 'DfE',
  alt: 'East rose from 92% to 94.1% & passed England.',
  yTitle: 'Percentage of pupils',
  unit: 'pct',
  data: [
    ...pts('Central', [93.1, 94.8, 93.9, 94.2]),
    ...pts('East', [92.0, null, 93.5, 94.1]),
    ...pts('England', [94.0, 94.6, 93.8, 94.0]),
  ],
  seriesOrder: ['Central', 'East', 'England'],
  highlight: 'England',
});
const bar = barChart({
  id: 'b',
  title: 'Benchmarks achieved',
  source: 'Compass+',
  alt: 'B1 highest in East.',
  valueTitle: 'Percentage of schools',
  unit: 'pct',
  orientation: 'horizontal',
  groupOrder: ['Central', 'East'],
  data: [
    { category: 'B1', group: 'Central', value: 40 },
    { category: 'B1', group: 'East', value: 45 },
    { category: 'B2', group: 'Central', value: null, symbol: 'c' },
    { category: 'B2', group: 'East', value: 52 },
  ],
});
const interval = intervalChart({
  id: 'i',
  title: 'Gap',
  source: 'DfE',
  alt: 'a',
  valueTitle: 'pp',
  unit: 'pp',
  zeroLine: true,
  data: [{ label: 'Central', value: -0.4, low: -1.1, high: 0.3 }],
});
const lineWithBand = lineChart({
  id: 'gap',
  title: 'Gap',
  source: 'DfE',
  alt: 'a',
  yTitle: 'pp',
  unit: 'pp',
  seriesOrder: ['East'],
  data: pts('East', [-1.2, 0.4, null, 0.9]).map((p) => (p.y === null ? p : { ...p, low: p.y - 0.5, high: p.y + 0.5 })),
});
const spark = sparkline({
  id: 's',
  title: 'S',
  source: 'N',
  alt: 'a',
  unit: 'pct',
  seriesOrder: ['Central'],
  data: pts('Central', [3.1, 2.9, 3.4, 2.7]),
});

/**
 * The markup of the first <g> whose class contains `cls`, up to its first closing tag (mark groups hold no nested
 * <g>).
 */
const markGroup = (svg: string, cls: string) => {
  const start = svg.indexOf(`<g class="${cls}`);
  return start < 0 ? '' : svg.slice(start, svg.indexOf('</g>', start));
};

describe('compileSpec', () => {
  it('collects Vega-Lite warnings instead of printing them', async () => {
    const { warnings } = await compileSpec({
      data: { values: [{ a: 'x' }] },
      mark: 'bar',
      encoding: { shape: { field: 'a', type: 'nominal' } },
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/shape/);
  });

  it('compiles every builder without Vega-Lite warnings', async () => {
    for (const chart of [line, lineWithBand, bar, interval, spark])
      expect((await compileSpec(chart.spec)).warnings).toEqual([]);
  });
});

describe('renderSvg', () => {
  it('gives byte-identical SVG on every run, whatever was rendered before', async () => {
    const first = await renderSvg(line.spec);
    await renderSvg(bar.spec);
    const second = await renderSvg(line.spec);
    expect(second).toBe(first);
  });

  it('is labelled with the alt text; framed, it has the title and source around the same drawing', async () => {
    const bare = await renderSvg(line.spec);
    const label = /^<svg [^>]*role="img" aria-label="East rose from 92% to 94.1% &amp; passed England.">/;
    expect(bare).toMatch(label);
    expect(bare).toContain('<title>East rose from 92% to 94.1% &amp; passed England.</title>');
    expect(bare).not.toContain('>Source: DfE</text>');
    const svg = framedSvg(bare, line.frame, line.alt);
    expect(svg).toMatch(label);
    expect(svg.match(/<title>/g)).toHaveLength(1);
    expect(svg).toContain('>Sustained destinations after key stage 4</text>');
    expect(svg).toContain('>Source: DfE</text>');
    expect(svg).toMatch(/^<svg [^>]*width="640"/);
    // The bare drawing is nested whole: its marks are not laid out again.
    expect(svg).toContain(bare.replace(/^<svg\b[^>]*><title>[^<]*<\/title>/, '').replace(/<\/svg>$/, ''));
  });

  it('plots one point per non-missing value and breaks the line at the gap', async () => {
    const svg = await renderSvg(line.spec);
    const points = markGroup(svg, 'mark-symbol role-mark');
    expect(points.match(/role="graphics-symbol"/g)).toHaveLength(11); // 12 values, one null
    const east = svg.match(/series: East" role="graphics-symbol" aria-roledescription="line mark" d="([^"]+)"/)![1]!;
    expect(east.match(/M/g)).toHaveLength(2);
  });

  it('prints the direct labels and the axis ticks the builder computed', async () => {
    const svg = await renderSvg(line.spec);
    // Layers: line, points, leaders (East and England end 0.1 apart, so their labels move), direct labels, source line.
    expect(markGroup(svg, 'mark-rule role-mark layer_2').match(/role="graphics-symbol"/g)).toHaveLength(2);
    const labels = markGroup(svg, 'mark-text role-mark layer_3');
    for (const name of ['Central', 'East', 'England']) expect(labels).toContain(`>${name}</text>`);
    // Values 92.0-94.8 -> axis 92-95 by 0.5 (value-domain.ts), printed as tickText() does.
    const ticks = [
      ...markGroup(svg.slice(svg.indexOf('Y-axis')), 'mark-text role-axis-label').matchAll(/>([^<]+)<\/text>/g),
    ].map((m) => m[1]);
    expect(ticks).toEqual(['92%', '92.5%', '93%', '93.5%', '94%', '94.5%', '95%']);
  });

  it('prints a suppressed bar as its symbol, with no bar', async () => {
    const svg = await renderSvg(bar.spec);
    expect(markGroup(svg, 'mark-rect role-mark').match(/role="graphics-symbol"/g)).toHaveLength(3);
    expect(svg).toContain('>c</text>');
    expect(svg).toContain('>45.0%</text>');
  });

  it('prints negative tick labels with the minus sign tickText uses', async () => {
    const svg = await renderSvg(interval.spec);
    expect(svg).toContain('>\u22121</text>');
    expect(svg).toContain('>\u22120.4 pp</text>');
  });
});

describe('SVG post-processing', () => {
  it('renumbers clip and gradient ids by first appearance, references included', () => {
    const svg =
      '<svg><clipPath id="clip7"/><g clip-path="url(#clip7)"/><linearGradient id="gradient_3"/><pattern ' +
      'id="p_gradient_3"/><path fill="url(#p_gradient_3)"/><clipPath id="clip9"/></svg>';
    expect(numberIdsInOrder(svg)).toBe(
      '<svg><clipPath id="clip1"/><g clip-path="url(#clip1)"/><linearGradient id="gradient_1"/><pattern ' +
        'id="p_gradient_1"/><path fill="url(#p_gradient_1)"/><clipPath id="clip2"/></svg>',
    );
  });

  it('replaces any role Vega set on the root and escapes the label', () => {
    expect(labelSvg('<svg width="1" role="graphics-document" aria-roledescription="x"><g/></svg>', 'a < "b"')).toBe(
      '<svg width="1" role="img" aria-label="a &lt; &quot;b&quot;"><title>a &lt; &quot;b&quot;</title><g/></svg>',
    );
  });
});
