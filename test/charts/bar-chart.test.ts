import { describe, expect, it } from 'vitest';
import { type BarChartInput, barChart } from '../../src/charts/bar-chart.js';
import { framedSpec } from '../../src/charts/chart.js';
import { HIGHLIGHT_COLOUR, PALETTE } from '../../src/charts/theme.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function input(overrides: Partial<BarChartInput> = {}): BarChartInput {
  return {
    id: 'gatsby',
    title: 'Benchmarks achieved, 2023/24',
    source: 'Compass+ export',
    alt: 'Central leads on B5.',
    valueTitle: 'Percentage of schools',
    unit: 'pct',
    orientation: 'horizontal',
    data: [
      { category: 'B1', group: 'East', value: 45 },
      { category: 'B1', group: 'Central', value: 40 },
      { category: 'B1', group: 'England', value: 60 },
      { category: 'B5', group: 'Central', value: 80.25 },
      { category: 'B5', group: 'East', value: null, symbol: 'c' },
      { category: 'B5', group: 'England', value: 0 },
    ],
    groupOrder: ['Central', 'East', 'England'],
    highlight: 'England',
    ...overrides,
  };
}

const layers = (spec: unknown): Json[] => (spec as Json).layer as Json[];
const bars = (spec: unknown) => layers(spec).find((l) => l.mark.type === 'bar')!;
const valueLabels = (spec: unknown) =>
  layers(spec).find((l) => l.mark.type === 'text' && l.encoding.text?.field === 'label')!;

describe('barChart', () => {
  it('groups bars by category in the given group order with palette colours in order', () => {
    const spec = barChart(input()).spec as Json;
    const enc = bars(spec).encoding;
    expect(enc.y.scale.domain).toEqual(['B1', 'B5']);
    expect(enc.yOffset.scale.domain).toEqual(['Central', 'East', 'England']);
    expect(enc.color.scale).toEqual({
      domain: ['Central', 'East', 'England'],
      range: [PALETTE[0], PALETTE[1], HIGHLIGHT_COLOUR],
    });
    expect((spec.data.values as Json[]).map((v) => `${v.category} ${v.group}`)).toEqual([
      'B1 Central',
      'B1 East',
      'B1 England',
      'B5 Central',
      'B5 East',
      'B5 England',
    ]);
  });

  it('puts columns on x for a vertical chart, with horizontal labels', () => {
    const spec = barChart(input({ orientation: 'vertical' })).spec as Json;
    expect(bars(spec).encoding.x.field).toBe('category');
    expect(bars(spec).encoding.xOffset.field).toBe('group');
    expect(bars(spec).encoding.y.field).toBe('value');
    expect(spec.config.axis.labelAngle).toBe(0);
  });

  it('draws no bar for a missing value, and prints its symbol instead of a number', () => {
    const spec = barChart(input()).spec as Json;
    expect(bars(spec).transform).toEqual([{ filter: 'isValid(datum.value) && isFinite(datum.value)' }]);
    const values = spec.data.values as Json[];
    const east = values.find((v) => v.category === 'B5' && v.group === 'East')!;
    expect(east).toMatchObject({ value: null, label: 'c' });
    // A real zero is a value: it keeps its bar (of zero length) and its label.
    expect(values.find((v) => v.category === 'B5' && v.group === 'England')).toMatchObject({ value: 0, label: '0.0%' });
  });

  it('labels every bar with its value, on the same position channels as the bar', () => {
    const labels = valueLabels(barChart(input()).spec);
    expect(labels.encoding.x.field).toBe('at');
    expect(labels.encoding.y.field).toBe('category');
    expect(labels.encoding.yOffset.field).toBe('group');
    const values = (barChart(input()).spec as Json).data.values as Json[];
    expect(values.map((v) => v.label)).toEqual(['40.0%', '45.0%', '60.0%', '80.3%', 'c', '0.0%']);
  });

  it('starts the value axis at zero and stops percentages at 100', () => {
    const spec = barChart(input({ data: [{ category: 'B1', group: 'Central', value: 97 }] })).spec as Json;
    expect(bars(spec).encoding.x.scale.domain).toEqual([0, 100]);
  });

  it('shortens column labels to fit the column, and prints none rather than overlapping ones', () => {
    const groups = ['a', 'b', 'c', 'd', 'e'];
    const columns = (n: number) => {
      const data = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6']
        .slice(0, n)
        .flatMap((category) => groups.map((group) => ({ category, group, value: 55.5 })));
      return barChart(input({ orientation: 'vertical', data, groupOrder: groups, highlight: undefined })).spec as Json;
    };
    // Plot about 600 px wide. One category: columns ~90 px, "55.5%" (28 px at 11 px) fits.
    expect(columns(1).data.values[0].label).toBe('55.5%');
    expect(valueLabels(columns(1)).transform).toEqual([{ filter: 'isValid(datum.value) && isFinite(datum.value)' }]);
    // Three categories: columns ~26 px; "55.5%" does not fit, "55.5" (20 px) does.
    expect(columns(3).data.values[0].label).toBe('55.5');
    // Six categories: columns ~15 px; no number fits, so none is printed (missing-value marks still would be).
    expect(valueLabels(columns(6))).toBeUndefined();
  });

  it('gives the same data as a table', () => {
    expect(barChart(input({ categoryTitle: 'Benchmark' })).table).toEqual({
      caption: 'Benchmarks achieved, 2023/24',
      columns: ['Benchmark', 'Central', 'East', 'England'],
      rows: [
        ['B1', '40.0%', '45.0%', '60.0%'],
        ['B5', '80.3%', 'c', '0.0%'],
      ],
    });
  });

  it('names the groups beside the first category instead of a colour key, in a column after its longest value', () => {
    const spec = barChart(input()).spec as Json;
    expect(bars(spec).encoding.color.legend).toBeNull();
    const names = layers(spec).find((l) => l.mark.type === 'text' && l.encoding.text?.field === 'group')!;
    // B1 values 40, 45 and 60: the names stand at 60, after 4 px, "60.0%" (31.2 px at 11 px) and a 10 px gap.
    expect(names.data.values).toEqual([
      { category: 'B1', group: 'Central', at: 60 },
      { category: 'B1', group: 'East', at: 60 },
      { category: 'B1', group: 'England', at: 60 },
    ]);
    expect(names.mark.dx).toBe(46);
    expect(names.encoding.y.field).toBe('category');
    expect(names.encoding.yOffset.field).toBe('group');
  });

  it('sizes the plot so the value labels and names stay inside the chart', () => {
    const spec = barChart(input()).spec as Json;
    expect(spec.autosize).toEqual({ type: 'pad' });
    // Widest category "B1"/"B5" (14.7 px) + 4 = 19 px of axis; room 640 - 19 - 8 = 613. Values run 0-100 here
    // (80.25 rounds the scale up), so the furthest text is "England" (44 px in bold) after the names column
    // at 60%: 0.6 w + 46 + 44 <= 613 holds for w = 613, so the plot keeps all the room.
    expect(spec.width).toBe(613);
  });

  it('keeps a legend for columns, and makes room for it above a bare chart', () => {
    const chart = barChart(input({ orientation: 'vertical' }));
    const bare = chart.spec as Json;
    expect(bars(bare).encoding.color.legend).toMatchObject({ orient: 'none', symbolType: 'square' });
    expect(bare.padding).toEqual({ left: 4, right: 4, top: 34, bottom: 4 });
    // Framed, the title is lifted over the legend (16 + 30) instead.
    const framed = framedSpec(chart.spec, chart.frame) as Json;
    expect(framed.padding).toBeUndefined();
    expect(framed.title.offset).toBe(46);
  });

  it('refuses a group missing from the order', () => {
    expect(() => barChart(input({ groupOrder: ['Central', 'England'] }))).toThrow(
      /Groups not in the given order: East/,
    );
  });
});
