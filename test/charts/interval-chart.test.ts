import { describe, expect, it } from 'vitest';
import { type IntervalChartInput, intervalChart } from '../../src/charts/interval-chart.js';
import { GAP_LAYER } from '../../src/charts/missing-marks.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function input(overrides: Partial<IntervalChartInput> = {}): IntervalChartInput {
  return {
    id: 'gap',
    title: 'Gap to England',
    subtitle: 'Percentage points, 95% confidence interval',
    source: 'DfE KS4 destinations',
    alt: 'Only East is clearly above England.',
    valueTitle: 'Difference from England',
    labelTitle: 'Careers Hub',
    unit: 'pp',
    zeroLine: true,
    data: [
      { label: 'Central', value: 0.4, low: -0.3, high: 1.1 },
      { label: 'East', value: 1.2, low: 0.6, high: 1.8 },
      { label: 'West', value: null, low: null, high: null, symbol: 'c' },
    ],
    ...overrides,
  };
}

const layers = (spec: unknown): Json[] => (spec as Json).layer as Json[];

describe('intervalChart', () => {
  it('draws a zero rule, whiskers from low to high and a dot at the value, rows in the given order', () => {
    const ls = layers(intervalChart(input()).spec);
    const zero = ls.find((l) => l.mark.type === 'rule' && l.encoding.x.datum === 0);
    expect(zero).toBeDefined();
    const whisker = ls.find((l) => l.mark.type === 'rule' && l.encoding.x.field === 'low')!;
    expect(whisker.encoding.x2).toEqual({ field: 'high' });
    expect(whisker.encoding.y.scale.domain).toEqual(['Central', 'East', 'West']);
    const dot = ls.find((l) => l.mark.type === 'point')!;
    expect(dot.transform).toEqual([{ filter: 'isValid(datum.value) && isFinite(datum.value)' }]);
  });

  it('omits the zero rule when not asked for, and then need not include zero', () => {
    const spec = intervalChart(
      input({ zeroLine: false, data: [{ label: 'A', value: 5.2, low: 4.1, high: 6.3 }] }),
    ).spec;
    expect(layers(spec).filter((l) => l.mark.type === 'rule')).toHaveLength(1);
    expect(layers(spec).find((l) => l.mark.type === 'point')!.encoding.x.scale.domain).toEqual([4, 6.5]);
  });

  it('includes zero in the axis when the zero rule is drawn', () => {
    const spec = intervalChart(input({ data: [{ label: 'A', value: 5.2, low: 4.1, high: 6.3 }] })).spec;
    expect(layers(spec).find((l) => l.mark.type === 'point')!.encoding.x.scale.domain).toEqual([0, 7]);
  });

  it('prints signed values at the whisker end, and the symbol where a value is missing', () => {
    const spec = intervalChart(input()).spec as Json;
    const values = spec.data.values as Json[];
    expect(values.map((v) => [v.text, v.at])).toEqual([
      ['+0.4 pp', 1.1],
      ['+1.2 pp', 1.8],
      ['c', null],
    ]);
    // The symbol is a gap mark at the left edge of the value axis, not a value label at zero.
    const gap = layers(spec).find((l) => l.name === GAP_LAYER)!;
    expect(gap.data.values).toEqual([{ label: 'West', symbol: 'c', value: gap.encoding.x.scale.domain[0] }]);
  });

  it('gives the same data as a table with the interval limits', () => {
    expect(intervalChart(input()).table).toEqual({
      caption: 'Gap to England',
      columns: ['Careers Hub', 'Difference from England', 'Lower limit', 'Upper limit'],
      rows: [
        ['Central', '+0.4 pp', '\u22120.3 pp', '+1.1 pp'],
        ['East', '+1.2 pp', '+0.6 pp', '+1.8 pp'],
        ['West', 'c', 'x', 'x'],
      ],
    });
  });
});
