import { describe, expect, it } from 'vitest';
import { plotWidthForLabels, sourceLayer, specFrame } from '../../src/charts/chart.js';
import { textWidth } from '../../src/charts/text-metrics.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const words = { id: 'x', title: 'Short title', source: 'DfE', alt: 'a' };

describe('specFrame', () => {
  it('keeps a title that fits as one string', () => {
    expect((specFrame(words) as Json).title).toEqual({ text: 'Short title', offset: 16 });
  });

  it('wraps a subtitle wider than the chart into lines that each fit', () => {
    const subtitle =
      '% of the KS4 cohort in sustained education, apprenticeship or employment, by hub and cohort; England dashed';
    // At 13 px this subtitle is about 660 px; a 640 px chart has 632 px for text.
    expect(textWidth(subtitle, 13)).toBeGreaterThan(632);
    const title = (specFrame({ ...words, subtitle }) as Json).title;
    expect(title.subtitle).toEqual([
      '% of the KS4 cohort in sustained education, apprenticeship or employment, by hub and cohort; England',
      'dashed',
    ]);
  });

  it('wraps to the width it is given (a narrow sparkline)', () => {
    const title = (specFrame({ ...words, title: 'Central: sustained EET (%) by KS4 cohort' }, { width: 300 }) as Json)
      .title;
    expect(title.text).toEqual(['Central: sustained EET (%) by KS4', 'cohort']);
  });

  it('draws no title when the frame is bare', () => {
    expect((specFrame({ ...words, frame: 'bare' }) as Json).title).toBeUndefined();
  });
});

describe('sourceLayer', () => {
  it('wraps a long source line to the chart width', () => {
    const source =
      'DfE, Participation in education, training and NEET age 16 to 17 by local authority (NCCIS), 2019/20 to 2023/24';
    const [layer] = sourceLayer({ ...words, source }, { below: 100, left: 0, width: 300 }) as Json[];
    const lines = layer!.encoding.text.value as string[];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(292);
  });
});

describe('plotWidthForLabels', () => {
  it('leaves the plot all the room right of the axis when every label fits', () => {
    // 640 - 20 axis - 8 padding = 612; a label at the middle reaching 100 px ends at 406.
    expect(plotWidthForLabels([{ at: 0.5, reach: 100 }], 20)).toBe(612);
  });

  it('narrows the plot so the furthest label ends at the edge of the chart', () => {
    // A name 90 px after a bar at 95.5% of the plot: (612 - 90) / 0.955 = 546.6 -> 546, ending at 611.4.
    const w = plotWidthForLabels(
      [
        { at: 0.955, reach: 90 },
        { at: 0.2, reach: 30 },
      ],
      20,
    );
    expect(w).toBe(546);
    expect(0.955 * w + 90).toBeLessThanOrEqual(612);
  });

  it('ignores labels at the left edge, which cannot be helped by narrowing', () => {
    expect(plotWidthForLabels([{ at: 0, reach: 50 }], 20)).toBe(612);
  });
});
