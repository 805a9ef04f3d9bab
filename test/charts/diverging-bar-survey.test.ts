import { describe, expect, it } from 'vitest';
import { divergingBarChart, rowSegments } from '../../src/charts/diverging-bar.js';
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
