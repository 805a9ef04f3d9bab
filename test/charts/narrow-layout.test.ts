import { describe, expect, it } from 'vitest';
import { categoryAxis } from '../../src/charts/axes.js';
import { intervalChart } from '../../src/charts/interval-chart.js';
import { lineChart, spacedTicks } from '../../src/charts/line-chart.js';
import { textWidth } from '../../src/charts/text-metrics.js';
import { NARROW, WIDE } from '../../src/charts/theme.js';
import { renderSvg } from '../../src/charts/vega-svg-renderer.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Nine KS4 cohorts, 2014/15 to 2022/23, as the sample destinations chart has. */
const COHORTS = Array.from({ length: 9 }, (_, i) => `${2014 + i}/${String(15 + i).padStart(2, '0')}`);

const words = { id: 'eet', title: 'EET', subtitle: 'Share', source: 'DfE', alt: 'Rose.' };

function trend() {
  return lineChart({
    ...words,
    yTitle: '% sustained EET',
    xTitle: 'KS4 cohort',
    unit: 'pct',
    data: ['Central', 'England'].flatMap((series, k) => COHORTS.map((x, i) => ({ series, x, y: 93 + k + i / 10 }))),
    seriesOrder: ['Central', 'England'],
    highlight: 'England',
  });
}

/** Every font size a spec sets: its theme's and each mark's. */
function fontSizes(spec: Json): number[] {
  const sizes: number[] = [];
  const walk = (v: unknown, key = '') => {
    if (typeof v === 'number' && /fontsize$/i.test(key)) sizes.push(v);
    else if (v && typeof v === 'object') for (const [k, w] of Object.entries(v)) walk(w, k);
  };
  walk(spec);
  return sizes;
}

const viewBoxWidth = (svg: string) => Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);

describe('the phone layout of a chart', () => {
  it('is drawn within 320 px with no type under 12 px, the page layout within 640 px', async () => {
    const chart = trend();
    expect(chart.narrow).toBeDefined();
    expect(Math.min(...fontSizes(chart.narrow as Json))).toBeGreaterThanOrEqual(12);
    expect(viewBoxWidth(await renderSvg(chart.narrow!))).toBeLessThanOrEqual(NARROW.width + 1);
    expect(viewBoxWidth(await renderSvg(chart.spec))).toBeLessThanOrEqual(WIDE.width + 1);
  });

  it('names fewer cohorts on a phone, evenly, counted back from the latest, and all nine on the page', () => {
    const narrow = trend().narrow as Json;
    const narrowX = narrow.layer.find((l: Json) => l.mark.type === 'line').encoding.x;
    expect(narrowX.axis.values).toEqual(['2016/17', '2019/20', '2022/23']);
    // Every second cohort would not fit: two steps of the point scale (8 steps plus 0.4 padding each side) are
    // narrower than a 13 px label (46.98 px, below) and its 8 px gap.
    expect((2 * narrow.width) / 8.8).toBeLessThan(46.98 + 8);
    const wideX = (trend().spec as Json).layer.find((l: Json) => l.mark.type === 'line').encoding.x;
    expect(wideX.axis).toBeUndefined();
    // 2014/15 at 13 px: six digits of 556 and a slash of 278 per 1000 em, 46.98 px; with 8 px between labels a
    // 100 px plot (11.4 px a step) has room for one in five.
    expect(textWidth('2014/15', NARROW.font.axisLabel)).toBeCloseTo(46.98, 2);
    expect(spacedTicks(COHORTS, 100, NARROW)).toEqual(['2017/18', '2022/23']);
  });

  it('wraps a long category name onto lines instead of cutting it, and makes its row tall enough', () => {
    const name = 'in sustained education, apprenticeship or employment';
    const axis = categoryAxis([name, 'short'], 130, NARROW);
    expect(axis.axis.labelLimit).toBe(0);
    expect(axis.axis.labelExpr).toBe(
      `{"${name}":["in sustained","education,","apprenticeship or","employment"]}[datum.label] || datum.label`,
    );
    // Four lines of 13 px type, 2 px apart.
    expect(axis.height).toBe(60);
    const chart = intervalChart({
      ...words,
      valueTitle: 'pp',
      unit: 'pp',
      zeroLine: true,
      data: [
        { label: name, value: -0.1, low: -0.2, high: 0.1 },
        { label: 'short', value: 0, low: -0.1, high: 0.1 },
      ],
    });
    expect((chart.narrow as Json).height).toBe(2 * (60 + 8));
  });

  it('wraps a value title wider than the plot, so a gap chart stays within 320 px (it was 338)', async () => {
    // The sample report's NEET gap to similar areas: four hubs, intervals from -3.6 to +1.1, a 55-character title.
    const valueTitle = 'Percentage points above (+) or below (-) similar areas';
    const chart = intervalChart({
      ...words,
      valueTitle,
      unit: 'pp',
      zeroLine: true,
      data: [
        { label: 'Central', value: -1.4, low: -3.0, high: 0.2 },
        { label: 'East', value: -1.4, low: -3.2, high: 0.4 },
        { label: 'South', value: -1.0, low: -3.0, high: 1.1 },
        { label: 'West', value: -1.8, low: -3.6, high: -0.2 },
      ],
    });
    const narrow = chart.narrow as Json;
    expect(textWidth(valueTitle, NARROW.font.axisTitle)).toBeGreaterThan(narrow.width);
    const title = narrow.layer.find((l: Json) => l.mark.type === 'point').encoding.x.title;
    expect(Array.isArray(title) && title.join(' ')).toBe(valueTitle);
    expect(viewBoxWidth(await renderSvg(chart.narrow!))).toBeLessThanOrEqual(NARROW.width + 1);
    // The page layout has room for it on one line.
    expect((chart.spec as Json).layer.find((l: Json) => l.mark.type === 'point').encoding.x.title).toBe(valueTitle);
  });
});
