import { describe, expect, it } from 'vitest';
import { eventChart } from '../../src/charts/event-chart.js';
import { GAP_LAYER, gapNote } from '../../src/charts/missing-marks.js';
import { AXIS_COLOUR, BAND_COLOUR } from '../../src/charts/theme.js';
import { formatValue, missingText } from '../../src/charts/value-format.js';
import { compileSpec, renderSvg } from '../../src/charts/vega-svg-renderer.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const YEARS = ['2018/19', '2019/20', '2020/21', '2021/22'];
const chart = () =>
  eventChart({
    id: 'event',
    title: 'Gap to England relative to 2020/21',
    subtitle: 'Percentage points',
    source: 'DfE',
    alt: 'Central was already catching up.',
    yTitle: 'Percentage points',
    xTitle: 'KS4 cohort',
    data: [
      { series: 'Central', x: '2018/19', value: -1.2, low: -1.9, high: -0.5 },
      { series: 'Central', x: '2019/20', value: -0.7, low: -1.2, high: -0.1 },
      { series: 'Central', x: '2020/21', value: 0, low: null, high: null },
      { series: 'Central', x: '2021/22', value: -0.5, low: -1.0, high: 0.1 },
      { series: 'East', x: '2018/19', value: null, low: null, high: null, symbol: 'c' },
      { series: 'East', x: '2020/21', value: 0, low: null, high: null },
    ],
    xOrder: YEARS,
    seriesOrder: ['Central', 'East'],
    baseline: '2020/21',
    baselineLabel: 'baseline',
    before: { last: '2020/21', label: 'Before the hubs', alt: 'The shaded band marks the years before 2021/22.' },
    xNote: (x) => ({ '2018/19': 'e-3', '2019/20': 'e-2', '2020/21': 'e-1', '2021/22': 'e0' })[x] ?? '',
  });

describe('eventChart', () => {
  it('draws the band, the zero line, interval bars, points and the baseline named over its points', () => {
    const spec = chart().spec as Json;
    const layers = spec.layer as Json[];
    expect(layers[0]!.mark).toEqual({ type: 'rect', color: BAND_COLOUR });
    // Four years on a band scale with inner 0.2 and outer 0.1 padding: a year is a quarter of the plot, so the band
    // ends after the third.
    expect(layers[0]!.encoding.x2).toEqual({ value: Math.round(0.75 * spec.width) });
    const zero = layers.find((l) => l.mark.type === 'rule' && l.encoding.y?.datum === 0)!;
    expect(zero.mark.color).toBe(AXIS_COLOUR);
    const bars = layers.find((l) => l.mark.type === 'rule' && l.encoding.y2)!;
    expect(bars.encoding.y.field).toBe('low');
    expect(bars.encoding.xOffset.field).toBe('series');
    const baseline = layers.find((l) => l.encoding?.text?.value === 'baseline')!;
    expect(baseline.data.values).toEqual([{ x: '2020/21' }]);
    expect(spec.description).toBe('Central was already catching up. The shaded band marks the years before 2021/22.');
  });

  it('tabulates each year with its place relative to the start, the interval beside each value', () => {
    const { table } = chart();
    expect(table.columns).toEqual(['KS4 cohort', 'Central', 'East']);
    const pp = (v: number) => formatValue(v, 'pp');
    const num = (v: number) => formatValue(v, 'mean');
    expect(table.rows[0]).toEqual(['2018/19 (e-3)', `${pp(-1.2)} (${num(-1.9)} to ${num(-0.5)})`, missingText('c')]);
    expect(table.rows[2]).toEqual(['2020/21 (e-1)', pp(0), pp(0)]);
    expect(table.rows[3]![2]).toBe(missingText(undefined));
  });

  it("marks a withheld estimate with c in its hub's place at the foot of the axis, and says what c means", async () => {
    const c = chart();
    const layers = (c.spec as Json).layer as Json[];
    const gap = layers.find((l) => l.name === GAP_LAYER)!;
    const foot = layers.find((l) => l.encoding?.y?.scale)!.encoding.y.scale.domain[0];
    expect(gap.data.values).toEqual([{ series: 'East', x: '2018/19', symbol: 'c', value: foot }]);
    expect(gap.encoding.xOffset.field).toBe('series');
    expect(c.note).toBe(gapNote(['c']));
    // Drawn: one "c" among the chart's text marks.
    const svg = await renderSvg(c.spec, { alt: c.alt });
    expect(svg.match(/>c<\/text>/g)?.length).toBe(1);
  });

  it('compiles without warnings', async () => {
    expect((await compileSpec(chart().spec)).warnings).toEqual([]);
  });
});
