import { describe, expect, it } from 'vitest';
import { type LineChartInput, type LinePoint, lineChart } from '../../src/charts/line-chart.js';
import { sparkline } from '../../src/charts/sparkline.js';
import { BAND_COLOUR } from '../../src/charts/theme.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const YEARS = ['2019/20', '2020/21', '2021/22'];
const points = (series: string, ys: number[]): LinePoint[] => ys.map((y, i) => ({ series, x: YEARS[i]!, y }));
const BAND = { last: '2019/20', label: 'Before the hubs', alt: 'The shaded band marks the years before 2020/21.' };

function input(data: LinePoint[], overrides: Partial<LineChartInput> = {}): LineChartInput {
  return {
    id: 'trend',
    title: 'Trend',
    subtitle: 'Percentage of pupils',
    source: 'DfE',
    alt: 'East rose.',
    yTitle: '%',
    unit: 'pct',
    data,
    seriesOrder: ['East', 'England'],
    highlight: 'England',
    before: BAND,
    ...overrides,
  };
}

const layers = (spec: unknown): Json[] => (spec as Json).layer as Json[];

/** WCAG 2.1 relative luminance and contrast ratio of two #RRGGBB colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the band over the years before the hubs began', () => {
  const low = [...points('East', [92.0, 93.0, 94.0]), ...points('England', [92.5, 93.5, 94.5])];

  it('is the first layer, from the left edge to halfway to the first year after the start', () => {
    const chart = lineChart(input(low));
    const spec = chart.spec as Json;
    const [rect, text] = layers(spec);
    expect(rect!.mark).toEqual({ type: 'rect', color: BAND_COLOUR });
    // Point scale with 0.4 steps of outer padding over 3 years: 2019/20 at 0.4/2.8 of the plot, 2020/21 at 1.4/2.8;
    // halfway is 0.9/2.8 of the plot's width.
    expect(rect!.encoding.x).toEqual({ value: 0 });
    expect(rect!.encoding.x2).toEqual({ value: Math.round((0.9 / 2.8) * spec.width) });
    expect(rect!.encoding.y2).toEqual({ value: 240 });
    expect(text!.encoding.text).toEqual({ value: 'Before the hubs' });
    expect(contrast(text!.mark.color, BAND_COLOUR)).toBeGreaterThanOrEqual(4.5);
  });

  it('says what it marks in the alt text and in the spec description', () => {
    const chart = lineChart(input(low));
    expect(chart.alt).toBe(`East rose. ${BAND.alt}`);
    expect((chart.spec as Json).description).toBe(`East rose. ${BAND.alt}`);
  });

  it('puts its name at the top where the lines run low there, at the bottom where a line runs along the top', () => {
    const top = layers(lineChart(input(low)).spec)[1]!;
    expect(top.encoding.y).toEqual({ value: 4 });
    // The lines start at the top of the axis (95%): the name goes to the bottom corner, 4 px above the axis.
    const high = [...points('East', [95.0, 93.0, 92.0]), ...points('England', [94.8, 93.5, 92.5])];
    const bottom = layers(lineChart(input(high)).spec)[1]!;
    expect(bottom.encoding.y.value).toBeGreaterThan(200);
    expect(bottom.encoding.y.value).toBe(Math.round(240 - 4 - 12 * 1.2));
  });

  it('covers the whole plot when every year is before the start, and is absent without a band', () => {
    const whole = lineChart(input(low, { before: { ...BAND, last: '2021/22' } })).spec as Json;
    expect(layers(whole)[0]!.encoding.x2).toEqual({ value: whole.width });
    const none = lineChart(input(low, { before: undefined })).spec as Json;
    expect(layers(none).some((l) => l.mark.type === 'rect')).toBe(false);
  });

  it('in a small chart, shades without its name where a line would cross the name', () => {
    const data = [...points('East', [95.0, 93.0, 92.0]), ...points('England', [92.0, 93.0, 95.0])];
    const spark = sparkline({ ...input(data), width: 320 });
    const spec = spark.spec as Json;
    expect(layers(spec)[0]!.mark.type).toBe('rect');
    expect(layers(spec).filter((l) => l.encoding?.text?.value === 'Before the hubs')).toHaveLength(0);
    expect(spark.alt).toContain(BAND.alt);
  });
});
