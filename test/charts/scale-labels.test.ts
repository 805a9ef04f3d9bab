import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/charts/contrast.js';
import { divergingBarChart, rowSegments } from '../../src/charts/diverging-bar.js';
import { scaleLabels } from '../../src/charts/scale-labels.js';
import { textWidth } from '../../src/charts/text-metrics.js';
import { chartConfig } from '../../src/charts/theme.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const POINTS = ['Very satisfied', 'Satisfied', 'Neither', 'Dissatisfied', 'Very dissatisfied'];
// The published evaluation's satisfaction figures (40% very satisfied, 45% satisfied, 6% dissatisfied), the rest
// split here as 6% neither and 3% very dissatisfied: three thin segments left of zero.
const ROW = { label: 'All hubs', shares: [40, 45, 6, 6, 3], dontKnow: 4, n: 112 };
const FONT = 13;

describe('scaleLabels', () => {
  const segments = rowSegments(ROW, POINTS, 2);

  it('names every point once, left to right, without overlaps and inside the plot', () => {
    const width = 455;
    const labels = scaleLabels(segments, width, FONT)!;
    expect(labels.map((l) => l.point)).toEqual([...POINTS].reverse());
    const px = (v: number) => ((v + 100) / 200) * width;
    const spans = labels.map((l) => {
      const w = Math.max(...l.lines.map((line) => textWidth(line, FONT)));
      return [px(l.x) - w / 2, px(l.x) + w / 2] as const;
    });
    for (let k = 1; k < spans.length; k++) expect(spans[k]![0]).toBeGreaterThan(spans[k - 1]![1]);
    expect(spans[0]![0]).toBeGreaterThanOrEqual(-1e-9);
    expect(spans.at(-1)![1]).toBeLessThanOrEqual(width + 1e-9);
    // Each leader meets the middle of its own segment.
    expect(labels.map((l) => l.anchor)).toEqual(segments.map((s) => (s.start + s.end) / 2));
  });

  it('stays over its segment where there is room, and gives none when the names do not fit in a row', () => {
    const wide = scaleLabels(segments, 2000, FONT)!;
    const satisfied = wide.find((l) => l.point === 'Satisfied')!;
    expect(satisfied.x).toBeCloseTo(satisfied.anchor, 6);
    expect(scaleLabels(segments, 200, FONT)).toBeNull();
  });
});

describe('a survey chart labels its scale directly', () => {
  const chart = divergingBarChart({
    id: 'sat',
    title: 'Satisfaction',
    source: 'Synthetic survey',
    alt: '85% were satisfied or very satisfied',
    points: POINTS,
    neutral: 2,
    rows: [ROW],
  });

  it('with no legend on a wide page, the names in the text colour at 4.5:1 on the white page', () => {
    const panel = (chart.spec as Json).hconcat[0] as Json;
    const bar = panel.layer.find((l: Json) => l.mark.type === 'bar');
    expect(bar.encoding.color.legend).toBeNull();
    const names = panel.layer.filter((l: Json) => l.mark.type === 'text' && l.encoding.y?.value !== undefined);
    expect(names[0].data.values.map((v: Json) => v.text)).toEqual([...POINTS].reverse());
    for (const layer of names)
      expect(contrastRatio(layer.mark.color, chartConfig.background as string)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the legend where the names do not fit (a phone)', () => {
    const panel = (chart.narrow as Json).hconcat[0] as Json;
    expect(panel.layer.find((l: Json) => l.mark.type === 'bar').encoding.color.legend).not.toBeNull();
  });
});
