import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar-chart.js';
import type { Chart } from '../../src/charts/chart.js';
import { dotPlot } from '../../src/charts/dot-plot.js';
import { groupedDotPlot } from '../../src/charts/grouped-dot-plot.js';
import { intervalChart } from '../../src/charts/interval-chart.js';
import { lineChart } from '../../src/charts/line-chart.js';
import { GAP_LAYER, gapNote, gapSymbol } from '../../src/charts/missing-marks.js';
import { sparkline } from '../../src/charts/sparkline.js';
import { renderSvg } from '../../src/charts/vega-svg-renderer.js';
import { MISSING_SYMBOLS } from '../../src/model/missing.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const words = { id: 'gaps', title: 'A chart', source: 'DfE', alt: 'A finding.' };
const layers = (spec: unknown): Json[] => (spec as Json).layer as Json[];
const gapLayers = (spec: unknown) => layers(spec).filter((l) => l.name === GAP_LAYER);

/** Each chart kind, with Central's value for one place withheld (`c`) or, with `withheld` false, given. */
const charts: Record<string, (withheld: boolean) => Chart> = {
  line: (withheld) =>
    lineChart({
      ...words,
      yTitle: '% sustained',
      xTitle: 'KS4 cohort',
      unit: 'pct',
      seriesOrder: ['Central', 'East', 'England'],
      highlight: 'England',
      data: [
        { series: 'Central', x: '2020/21', y: 90.1 },
        withheld
          ? { series: 'Central', x: '2021/22', y: null, symbol: 'c' }
          : { series: 'Central', x: '2021/22', y: 90.4 },
        { series: 'East', x: '2020/21', y: 91.0 },
        withheld ? { series: 'East', x: '2021/22', y: null, symbol: 'c' } : { series: 'East', x: '2021/22', y: 91.5 },
        { series: 'England', x: '2020/21', y: 93.9 },
        { series: 'England', x: '2021/22', y: 94.0 },
      ],
    }),
  sparkline: (withheld) =>
    sparkline({
      ...words,
      unit: 'pct',
      yTitle: '% sustained',
      xTitle: 'KS4 cohort',
      width: 300,
      seriesOrder: ['Central', 'England'],
      highlight: 'England',
      data: [
        { series: 'Central', x: '2019/20', y: 90.1 },
        withheld
          ? { series: 'Central', x: '2020/21', y: null, symbol: 'c' }
          : { series: 'Central', x: '2020/21', y: 90.4 },
        { series: 'Central', x: '2021/22', y: 90.6 },
        { series: 'England', x: '2019/20', y: 93.9 },
        { series: 'England', x: '2020/21', y: 94.0 },
        { series: 'England', x: '2021/22', y: 94.1 },
      ],
    }),
  bar: (withheld) =>
    barChart({
      ...words,
      valueTitle: '% of schools',
      unit: 'pct',
      orientation: 'horizontal',
      groupOrder: ['Central', 'East'],
      data: [
        {
          category: 'B1',
          group: 'Central',
          value: withheld ? null : 40,
          ...(withheld ? { symbol: 'c' as const } : {}),
        },
        { category: 'B1', group: 'East', value: 45 },
      ],
    }),
  dot: (withheld) =>
    dotPlot({
      ...words,
      valueTitle: '% sustained',
      unit: 'pct',
      data: [
        withheld
          ? { label: 'Central', value: null, low: null, high: null, symbol: 'c' }
          : { label: 'Central', value: 92, low: 91, high: 93 },
        { label: 'East', value: 94, low: 93, high: 95 },
      ],
    }),
  groupedDot: (withheld) =>
    groupedDotPlot({
      ...words,
      valueTitle: '% of returns',
      categoryTitle: 'Benchmark',
      unit: 'pct',
      categoryOrder: ['B1'],
      groupOrder: ['Central', 'East'],
      data: [
        withheld
          ? { category: 'B1', group: 'Central', value: null, low: null, high: null, symbol: 'c' }
          : { category: 'B1', group: 'Central', value: 60, low: 55, high: 65 },
        { category: 'B1', group: 'East', value: 70, low: 65, high: 75 },
      ],
    }),
  interval: (withheld) =>
    intervalChart({
      ...words,
      valueTitle: 'Difference from England',
      unit: 'pp',
      zeroLine: true,
      data: [
        withheld
          ? { label: 'Central', value: null, low: null, high: null, symbol: 'c' }
          : { label: 'Central', value: 0.4, low: -0.3, high: 1.1 },
        { label: 'East', value: 1.2, low: 0.6, high: 1.8 },
      ],
    }),
};

describe('gap marks', () => {
  it('marks a value with no symbol given as x, not available', () => {
    expect(gapSymbol(undefined)).toBe('x');
    expect(gapSymbol('')).toBe('x');
    expect(gapSymbol('c')).toBe('c');
  });

  it('says in the note what each symbol means, once each, in the catalogue order', () => {
    expect(gapNote([])).toBeUndefined();
    expect(gapNote(['c', 'c'])).toContain(`c marks a value that is ${MISSING_SYMBOLS.c}`);
    const both = gapNote(['x', 'c', 'x'])!;
    expect(both).toContain(MISSING_SYMBOLS.c);
    expect(both).toContain(MISSING_SYMBOLS.x);
    expect(both.indexOf(MISSING_SYMBOLS.c)).toBeLessThan(both.indexOf(MISSING_SYMBOLS.x));
    expect(both).toContain('not a zero');
  });

  for (const [kind, build] of Object.entries(charts)) {
    describe(kind, () => {
      it('marks a withheld value with c in a layer of its own, and the note names the symbol', () => {
        const chart = build(true);
        const [layer, ...more] = gapLayers(chart.spec);
        expect(more).toHaveLength(0);
        expect(layer!.mark.type).toBe('text');
        expect(layer!.encoding.text.field).toBe('symbol');
        // One mark: a line chart marks the year once however many lines share the gap.
        expect((layer!.data.values as Json[]).map((v) => v.symbol)).toEqual(['c']);
        expect(chart.note).toBe(gapNote(['c']));
        expect(gapLayers(chart.narrow)).toHaveLength(1);
      });

      it('puts the note above the source line of the exported chart', () => {
        const text = ([] as string[]).concat(build(true).frame.source.encoding.text.value).join(' ');
        expect(text).toContain(MISSING_SYMBOLS.c);
        expect(text.indexOf(MISSING_SYMBOLS.c)).toBeLessThan(text.indexOf('Source: DfE'));
        expect(([] as string[]).concat(build(false).frame.source.encoding.text.value).join(' ')).toBe('Source: DfE');
      });

      it('has no mark layer and no note when nothing is missing', () => {
        const chart = build(false);
        expect(gapLayers(chart.spec)).toHaveLength(0);
        expect(gapLayers(chart.narrow)).toHaveLength(0);
        expect(chart.note).toBeUndefined();
      });

      it('draws the mark as text in the image', async () => {
        const svg = await renderSvg(build(true).spec);
        expect(svg).toMatch(/>c<\/text>/);
      });
    });
  }

  it('puts a line chart mark below the x labels and moves the x title and source line down for it', () => {
    const gapped = build('line', true);
    const whole = build('line', false);
    const mark = gapLayers(gapped.spec)[0]!;
    expect(mark.encoding.y.scale).toBeNull();
    expect(mark.data.values[0].py).toBeGreaterThan((gapped.spec as Json).height);
    const titlePadding = (c: Chart) =>
      layers(c.spec).find((l) => l.mark.type === 'line')!.encoding.x.axis?.titlePadding;
    expect(titlePadding(gapped)).toBeGreaterThan(titlePadding(whole) ?? 0);
    expect(gapped.frame.source.encoding.y.value).toBeGreaterThan(whole.frame.source.encoding.y.value);
  });

  it('puts the marks of the other charts at the foot of the value axis, where no value is drawn', () => {
    for (const kind of ['dot', 'groupedDot', 'interval'] as const) {
      const mark = gapLayers(build(kind, true).spec)[0]!;
      expect(mark.data.values[0].value).toBe(mark.encoding.x.scale.domain[0]);
    }
    // Bars start at zero: the symbol stands where the missing bar would start.
    const bar = gapLayers(build('bar', true).spec)[0]!;
    expect(bar.encoding.x.scale.domain[0]).toBe(0);
  });
});

function build(kind: keyof typeof charts, withheld: boolean): Chart {
  return charts[kind]!(withheld);
}
