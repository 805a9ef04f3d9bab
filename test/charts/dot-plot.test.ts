import { describe, expect, it } from 'vitest';
import { type DotPlotInput, dotPlot } from '../../src/charts/dot-plot.js';
import { renderSvg } from '../../src/charts/vega-svg-renderer.js';

interface Layer {
  readonly mark: { readonly type: string; readonly align?: string };
  readonly data?: { readonly values: readonly Record<string, unknown>[] };
  readonly encoding: Record<string, { field?: string; scale?: { domain?: unknown } }>;
}

function input(overrides: Partial<DotPlotInput> = {}): DotPlotInput {
  return {
    id: 'eet',
    title: 'Sustained EET',
    source: 'DfE KS4 destinations',
    alt: 'North is clearly above England.',
    valueTitle: '% sustained EET',
    labelTitle: 'Hub',
    unit: 'pct',
    data: [
      { label: 'West', value: null, low: null, high: null, symbol: 'c' },
      { label: 'South', value: 92.5, low: 91.9, high: 93.1 },
      { label: 'North', value: 95.2, low: 94.6, high: 95.8 },
      { label: 'East', value: 92.5, low: 91.0, high: 94.0 },
    ],
    reference: { label: 'England', value: 93.9 },
    ...overrides,
  };
}

const layers = (spec: unknown): Layer[] => (spec as { layer: Layer[] }).layer;

describe('dotPlot', () => {
  it('ranks rows by value, highest first; ties by name; missing values last', () => {
    const whisker = layers(dotPlot(input()).spec).find((l) => l.mark.type === 'rule' && l.encoding.x?.field === 'low');
    expect(whisker?.encoding.y?.scale?.domain).toEqual(['North', 'East', 'South', 'West']);
  });

  it('draws the reference as a named rule, and lists it last in the table', () => {
    const chart = dotPlot(input());
    const named = layers(chart.spec).find((l) => l.mark.type === 'text' && l.data?.values[0]?.text !== undefined);
    expect(named?.data?.values[0]).toEqual({ value: 93.9, text: 'England 93.9%' });
    expect(chart.table.columns).toEqual(['Hub', '% sustained EET', 'Lower limit', 'Upper limit']);
    expect(chart.table.rows[0]).toEqual(['North', '95.2%', '94.6%', '95.8%']);
    expect(chart.table.rows[3]?.[1]).toBe('c');
    expect(chart.table.rows.at(-1)).toEqual(['England', '93.9%', '', '']);
  });

  it('keeps forty rows within a printed page: 16 px a row', () => {
    const data = Array.from({ length: 40 }, (_, i) => ({ label: `Hub ${i}`, value: 90 + i / 10, low: 89, high: 95 }));
    const spec = dotPlot(input({ data, reference: undefined })).spec as { height: number };
    expect(spec.height).toBe(640);
  });

  it('refuses two rows with the same label (one would hide the other)', () => {
    const row = { label: 'North', value: 1, low: 0, high: 2 };
    expect(() => dotPlot(input({ data: [row, row] }))).toThrow(/North/);
  });

  it('renders to SVG with every hub name and the reference', async () => {
    const svg = await renderSvg(dotPlot(input()).spec);
    for (const text of ['North', 'East', 'South', 'West', 'England 93.9%']) expect(svg).toContain(text);
  });
});
