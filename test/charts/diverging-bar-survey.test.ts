import { describe, expect, it } from 'vitest';
import { divergingBarChart, rowSegments } from '../../src/charts/diverging-bar.js';
import { GAP_LAYER, gapNote } from '../../src/charts/missing-marks.js';
import { renderSvg } from '../../src/charts/vega-svg-renderer.js';

const POINTS = ['Very satisfied', 'Satisfied', 'Neither', 'Dissatisfied', 'Very dissatisfied'];
// The published evaluation's satisfaction figures: 40% very satisfied, 45% satisfied, 6% dissatisfied;
// the rest (9%) split here as 6% neither and 3% very dissatisfied.
const row = { label: 'Support from the hub', shares: [40, 45, 6, 6, 3], dontKnow: 4, n: 112 };

describe('rowSegments', () => {
  it('puts zero between the unfavourable and favourable answers, mid-way through neutral', () => {
    const segs = rowSegments(row, POINTS, 2);
    expect(segs.map((s) => s.point)).toEqual([...POINTS].reverse());
    // Left of zero: 3 + 6 + 6 / 2 = 12.
    expect(segs[0]).toMatchObject({ start: -12, end: -9 });
    const neutral = segs.find((s) => s.point === 'Neither');
    expect([neutral?.start, neutral?.end]).toEqual([-3, 3]);
    expect(segs[4]).toMatchObject({ point: 'Very satisfied', start: 48, end: 88 });
  });

  it('starts the favourable answers at zero on an even scale', () => {
    const segs = rowSegments({ ...row, shares: [40, 45, 10, 5] }, ['VS', 'S', 'D', 'VD'], null);
    expect(segs.find((s) => s.point === 'S')).toMatchObject({ start: 0, end: 45 });
    expect(segs[0]).toMatchObject({ point: 'VD', start: -15 });
  });
});

describe('divergingBarChart', () => {
  it('renders, with a data table that keeps don’t know and n apart', async () => {
    const chart = divergingBarChart({
      id: 'sat',
      title: 'Satisfaction with hub support',
      source: 'Synthetic survey',
      alt: '85% were satisfied or very satisfied',
      points: POINTS,
      neutral: 2,
      rows: [row, { label: 'Hub East', shares: [null, null, null, null, null], dontKnow: null, n: null }],
    });
    expect(chart.table.columns).toEqual(['Question', ...POINTS, "Don't know", 'Respondents (n)']);
    expect(chart.table.rows[0]).toEqual([
      'Support from the hub',
      '40.0%',
      '45.0%',
      '6.0%',
      '6.0%',
      '3.0%',
      '4.0%',
      '112',
    ]);
    expect(chart.table.rows[1]?.at(-1)).toBe('c');
    const svg = await renderSvg(chart.spec, { alt: chart.alt });
    expect(svg).toContain('Very dissatisfied');
    expect(svg).toContain('40%');
  });
});

describe('a row with a withheld share', () => {
  const withheld = {
    label: 'Hub South',
    shares: [37.5, null, 12.5, null, 0],
    symbols: ['', 'c', '', 'c', ''] as const,
    dontKnow: null,
    n: null,
    withheld: true,
  };
  const chart = divergingBarChart({
    id: 'sat',
    title: 'Satisfaction with hub support',
    source: 'Synthetic survey',
    alt: 'Answers by hub',
    points: POINTS,
    neutral: 2,
    rows: [row, withheld],
  });

  it('draws no bar (the published parts alone would misplace zero) and prints c in its place', async () => {
    expect(rowSegments(withheld, POINTS, 2)).toEqual([]);
    const svg = await renderSvg(chart.spec, { alt: chart.alt });
    // The text marks of the withheld layer: one "c" beside the zero line.
    expect(svg.match(/>c<\/text>/g)?.length).toBe(1);
  });

  it('marks the row in the missing-marks layer at the zero line, and the chart says what c means', () => {
    type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const layers = ((chart.spec as Json).hconcat[0] as Json).layer as Json[];
    const gap = layers.find((l) => l.name === GAP_LAYER)!;
    // Copied out of the spec: an earlier render leaves Vega's own ids on the data.
    expect(gap.data.values.map((v: Json) => ({ label: v.label, symbol: v.symbol }))).toEqual([
      { label: 'Hub South', symbol: 'c' },
    ]);
    expect(gap.encoding.x).toEqual({ datum: 0 });
    expect(chart.note).toBe(gapNote(['c']));
    // An exported PNG or SVG carries the note above its source line.
    expect((chart.frame.source.encoding.text.value as string[]).join(' ')).toContain('c marks a value');
  });

  it('shows c, not a blank or x, in every withheld cell of the table', () => {
    expect(chart.table.rows[1]).toEqual(['Hub South', '37.5%', 'c', '12.5%', 'c', '0.0%', 'c', 'c']);
  });
});
