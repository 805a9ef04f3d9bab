import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { framedSpec, plotWidthForLabels, specFrame, standaloneFrame } from '../../src/charts/chart.js';
import { textWidth } from '../../src/charts/text-metrics.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const words = { id: 'x', title: 'Short title', source: 'DfE', alt: 'a' };

const at = { source: { below: 100, left: 0 } };

describe('standaloneFrame', () => {
  it('keeps a title that fits as one string', () => {
    expect(standaloneFrame(words, at).title).toEqual({ text: 'Short title', offset: 16 });
  });

  it('wraps a subtitle wider than the chart into lines that each fit', () => {
    const subtitle =
      '% of the KS4 cohort in sustained education, apprenticeship or employment, by hub and cohort; England dashed';
    // At 13 px this subtitle is about 660 px; a 640 px chart has 632 px for text.
    expect(textWidth(subtitle, 13)).toBeGreaterThan(632);
    expect(standaloneFrame({ ...words, subtitle }, at).title.subtitle).toEqual([
      '% of the KS4 cohort in sustained education, apprenticeship or employment, by hub and cohort; England',
      'dashed',
    ]);
  });

  it('wraps to the width it is given (a narrow sparkline)', () => {
    const title = standaloneFrame(
      { ...words, title: 'Central: sustained EET (%) by KS4 cohort' },
      { ...at, width: 300 },
    ).title;
    expect(title.text).toEqual(['Central: sustained EET (%) by KS4', 'cohort']);
  });

  it('wraps a long source line to the chart width', () => {
    const source =
      'DfE, Participation in education, training and NEET age 16 to 17 by local authority (NCCIS), 2019/20 to 2023/24';
    const lines = standaloneFrame({ ...words, source }, { ...at, width: 300 }).source.encoding.text.value as string[];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(292);
  });
});

describe('specFrame', () => {
  it('draws no title: the page prints it', () => {
    expect((specFrame(words) as Json).title).toBeUndefined();
  });
});

describe('framedSpec', () => {
  const frame = standaloneFrame(words, at);
  const bare = { ...specFrame(words), padding: 1, layer: [{ mark: 'bar' }] } as unknown as TopLevelSpec;

  it('puts the title after the theme and the source layer last, leaving the bare spec as it was', () => {
    const framed = framedSpec(bare, frame) as Json;
    expect(Object.keys(framed)).toEqual(['$schema', 'description', 'config', 'title', 'padding', 'layer']);
    expect(framed.layer).toEqual([{ mark: 'bar' }, frame.source]);
    expect((bare as Json).layer).toHaveLength(1);
  });

  it('leaves out what only the page needs, and frames the first of side-by-side panels', () => {
    const panels = { ...specFrame(words), hconcat: [{ layer: [{ mark: 'bar' }] }, { layer: [] }] } as Json;
    const framed = framedSpec(panels as TopLevelSpec, { ...frame, bareOnly: ['padding'] }) as Json;
    expect(framed.hconcat[0].layer).toEqual([{ mark: 'bar' }, frame.source]);
    expect(framed.hconcat[1].layer).toEqual([]);
    expect(framedSpec(bare, { ...frame, bareOnly: ['padding'] })).not.toHaveProperty('padding');
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
