import { describe, expect, it } from 'vitest';
import { framedSpec } from '../../src/charts/chart.js';
import { type LineChartInput, type LinePoint, lineChart } from '../../src/charts/line-chart.js';
import { GAP_LAYER } from '../../src/charts/missing-marks.js';
import { HIGHLIGHT_COLOUR, HIGHLIGHT_DASH, PALETTE, SHAPES } from '../../src/charts/theme.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const YEARS = ['2019/20', '2020/21', '2021/22'];
const points = (series: string, ys: (number | null)[]): LinePoint[] => ys.map((y, i) => ({ series, x: YEARS[i]!, y }));

function input(overrides: Partial<LineChartInput> = {}): LineChartInput {
  return {
    id: 'sustained',
    title: 'Sustained destinations',
    subtitle: 'Percentage of pupils',
    source: 'DfE KS4 destination measures',
    alt: 'East rose fastest.',
    yTitle: 'Percentage of pupils',
    unit: 'pct',
    // Data given out of order on purpose: the builder orders by seriesOrder and year.
    data: [
      ...points('England', [94.0, 94.6, 93.8]),
      ...points('East', [92.0, null, 94.1]),
      ...points('Central', [93.1, 94.8, 93.9]),
    ],
    seriesOrder: ['Central', 'East', 'England'],
    highlight: 'England',
    ...overrides,
  };
}

const layers = (spec: unknown): Json[] => (spec as Json).layer as Json[];
const layerOf = (spec: unknown, mark: string): Json => layers(spec).find((l) => (l.mark as Json).type === mark)!;

describe('lineChart', () => {
  it('returns the words, the alt text and a spec with inlined data', () => {
    const chart = lineChart(input());
    expect(chart).toMatchObject({
      id: 'sustained',
      title: 'Sustained destinations',
      // The axis runs over 92-95%, so the subtitle warns that it does not start at zero.
      subtitle: 'Percentage of pupils; the axis does not start at zero',
      alt: 'East rose fastest.',
    });
    const spec = chart.spec as Json;
    expect(spec.description).toBe('East rose fastest.');
    expect(spec.data.values).toHaveLength(9);
    expect(spec.title).toBeUndefined();
    // Autosize "pad": width is the plot. The labels fit, so it is all the room right of the y axis:
    // 640 - 39 (widest tick "92.5%" at 12 px is 34.0 px, plus 4 padding, rounded up) - 8 chart padding = 593.
    expect(spec.autosize).toEqual({ type: 'pad' });
    expect(spec.width).toBe(593);
  });

  it('orders series as asked and gives palette colours in order, the highlight grey and dashed', () => {
    const line = layerOf(lineChart(input()).spec, 'line');
    expect(line.encoding.color.scale).toEqual({
      domain: ['Central', 'East', 'England'],
      range: [PALETTE[0], PALETTE[1], HIGHLIGHT_COLOUR],
    });
    expect(line.encoding.strokeDash.scale.range).toEqual([[1, 0], [1, 0], HIGHLIGHT_DASH]);
    const values = (lineChart(input()).spec as Json).data.values as Json[];
    expect(values.map((v) => `${v.series} ${v.x}`)).toEqual([
      'Central 2019/20',
      'Central 2020/21',
      'Central 2021/22',
      'East 2019/20',
      'East 2020/21',
      'East 2021/22',
      'England 2019/20',
      'England 2020/21',
      'England 2021/22',
    ]);
  });

  it('gives each series its own point shape, so colour is not the only cue', () => {
    const point = layerOf(lineChart(input()).spec, 'point');
    expect(point.encoding.shape.scale).toEqual({
      domain: ['Central', 'East', 'England'],
      range: [SHAPES[0], SHAPES[1], SHAPES[2]],
    });
  });

  it('keeps x labels horizontal and in year order', () => {
    const spec = lineChart(input()).spec as Json;
    expect(spec.config.axis.labelAngle).toBe(0);
    expect(layerOf(spec, 'line').encoding.x.scale.domain).toEqual(YEARS);
  });

  it('labels each line directly at its last plotted point', () => {
    const data = [...points('Central', [93.1, 94.8, 93.9]), ...points('East', [92.0, 94.1, null])];
    const labels = layerOf(
      lineChart(input({ data, seriesOrder: ['Central', 'East'], highlight: undefined })).spec,
      'text',
    );
    expect(labels.encoding.text).toEqual({ field: 'series' });
    // East has no 2021/22 value, so its label sits at 2020/21.
    expect((labels.data.values as Json[]).map((v) => [v.series, v.x])).toEqual([
      ['Central', '2021/22'],
      ['East', '2020/21'],
    ]);
  });

  it('moves end labels apart when lines finish close together', () => {
    const data = [
      ...points('Central', [90, 91, 94.0]),
      ...points('East', [90, 92, 94.1]),
      ...points('England', [95, 93, 94.05]),
    ];
    const labels = (layerOf(lineChart(input({ data })).spec, 'text').data.values as Json[])
      .map((v) => v.py as number)
      .sort((a, b) => a - b);
    expect(labels[1]! - labels[0]!).toBeGreaterThanOrEqual(14);
    expect(labels[2]! - labels[1]!).toBeGreaterThanOrEqual(14);
  });

  it('joins a moved label to its line with a leader in the line colour, and only a moved one', () => {
    // Axis 90-95 over 300 px: Central ends at 94.0 (60 px) and East at 94.1 (54 px), closer than the 14 px a
    // label needs, so both move 4 px; England ends at 92.5 (150 px) and its label stays put.
    const data = [
      ...points('Central', [90, 91, 94.0]),
      ...points('East', [90, 92, 94.1]),
      ...points('England', [95, 93, 92.5]),
    ];
    const spec = lineChart(input({ data })).spec;
    const leaders = layers(spec).find((l) => l.mark.type === 'rule' && l.encoding.x2)!;
    expect((leaders.data.values as Json[]).map((v) => v.series).sort()).toEqual(['Central', 'East']);
    expect(leaders.encoding.color.scale.range).toEqual([PALETTE[0], PALETTE[1], HIGHLIGHT_COLOUR]);
    const labels = layerOf(spec, 'text');
    expect(labels.mark.dx).toBe(16);
    const apart = lineChart(
      input({
        data: [...points('Central', [90, 91, 92]), ...points('East', [90, 92, 94]), ...points('England', [95, 93, 93])],
      }),
    ).spec;
    expect(layers(apart).some((l) => l.mark.type === 'rule' && l.encoding.x2)).toBe(false);
    expect(layerOf(apart, 'text').mark.dx).toBe(10);
  });

  it('leaves missing values out of the points and never treats them as 0', () => {
    const spec = lineChart(input()).spec as Json;
    expect(layerOf(spec, 'point').transform).toEqual([{ filter: 'isValid(datum.y) && isFinite(datum.y)' }]);
    const east = (spec.data.values as Json[]).find((v) => v.series === 'East' && v.x === '2020/21')!;
    expect(east.y).toBeNull();
    // Axis from the plotted values only: 92.0 to 94.8 rounds out to 92-95 (step 0.5), nowhere near 0.
    expect(layerOf(spec, 'line').encoding.y.scale.domain).toEqual([92, 95]);
  });

  it('draws a band only when intervals are given', () => {
    expect(layers(lineChart(input()).spec).some((l) => l.mark.type === 'area')).toBe(false);
    const withCi = input({
      data: [{ series: 'Central', x: '2019/20', y: 93.1, low: 92.5, high: 93.7 }],
      seriesOrder: ['Central'],
      highlight: undefined,
    });
    const band = layerOf(lineChart(withCi).spec, 'area');
    expect(band.encoding.y.field).toBe('low');
    expect(band.encoding.y2.field).toBe('high');
  });

  it('draws a zero rule when a difference chart crosses zero, and not otherwise', () => {
    const zeroRule = (spec: unknown) => layers(spec).find((l) => l.mark.type === 'rule' && l.encoding.y?.datum === 0);
    const gaps = input({
      unit: 'pp',
      data: points('East', [-1.2, 0.4, 0.9]),
      seriesOrder: ['East'],
      highlight: undefined,
    });
    expect(zeroRule(lineChart(gaps).spec)).toBeDefined();
    expect(zeroRule(lineChart(input()).spec)).toBeUndefined();
  });

  it('gives the same data as a table: one row per year, missing shown by its symbol', () => {
    const data = [
      ...points('Central', [93.1, 94.8, 93.9]),
      { series: 'East', x: '2019/20', y: 92.04, low: 91.55, high: 92.5 },
      { series: 'East', x: '2020/21', y: null, symbol: 'c' as const },
      { series: 'East', x: '2021/22', y: null },
    ];
    const { table } = lineChart(input({ data, seriesOrder: ['Central', 'East'], highlight: undefined }));
    expect(table).toEqual({
      caption: 'Sustained destinations',
      columns: ['Academic year', 'Central', 'East'],
      rows: [
        ['2019/20', '93.1%', '92.0% (91.6% to 92.5%)'],
        ['2020/21', '94.8%', 'c'],
        ['2021/22', '93.9%', 'x'],
      ],
    });
  });

  it('is deterministic: the same input gives the same JSON', () => {
    expect(JSON.stringify(lineChart(input()))).toBe(JSON.stringify(lineChart(input())));
  });

  it('leaves title and source to the page, and the frame adds them', () => {
    const chart = lineChart(input());
    expect((chart.spec as Json).title).toBeUndefined();
    // The text layers: the line names and the mark for East's missing 2020/21.
    const texts = (spec: unknown) => layers(spec).filter((l) => l.mark.type === 'text' && l.name !== GAP_LAYER);
    expect(texts(chart.spec)).toHaveLength(1);
    const framed = framedSpec(chart.spec, chart.frame) as Json;
    expect(framed.title).toMatchObject({ text: 'Sustained destinations', subtitle: 'Percentage of pupils' });
    expect(texts(framed)).toHaveLength(2);
  });

  it('refuses data it would silently drop or draw twice', () => {
    expect(() => lineChart(input({ seriesOrder: ['Central', 'England'] }))).toThrow(/East/);
    expect(() => lineChart(input({ data: [...points('East', [1, 2, 3]), ...points('East', [1, 2, 3])] }))).toThrow(
      /same series and x/,
    );
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(() => lineChart(input({ data: [], seriesOrder: seven, highlight: undefined }))).toThrow(/At most 6/);
  });

  it('leaves the subtitle alone when the value axis starts at zero', () => {
    const chart = lineChart(input({ data: [...points('Central', [0, 40, 80])], seriesOrder: ['Central'] }));
    expect(chart.subtitle).toBe('Percentage of pupils');
  });
});
