import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/charts/sparkline.js';
import { HIGHLIGHT_COLOUR, PALETTE } from '../../src/charts/theme.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const years = ['2020/21', '2021/22', '2022/23'];
const chart = () =>
  sparkline({
    id: 'neet-central',
    title: 'NEET or not known',
    source: 'NCCIS',
    alt: 'Central fell below England.',
    unit: 'pct',
    seriesOrder: ['Central', 'England'],
    highlight: 'England',
    data: [
      ...[3.4, 2.7, null].map((y, i) => ({ series: 'Central', x: years[i]!, y })),
      ...[3.0, 2.9, 2.8].map((y, i) => ({ series: 'England', x: years[i]!, y })),
    ],
  });

describe('sparkline', () => {
  it('has no title: the profile page supplies it', () => {
    expect((chart().spec as Json).title).toBeUndefined();
  });

  it('shows only the first and last years and no value axis', () => {
    const line = ((chart().spec as Json).layer as Json[])[0]!;
    expect(line.encoding.x.axis.values).toEqual(['2020/21', '2022/23']);
    expect(line.encoding.y.axis).toBeNull();
    expect(line.encoding.color.scale.range).toEqual([PALETTE[0], HIGHLIGHT_COLOUR]);
  });

  it("prints each line's name and latest plotted value at its end, so the lines are told apart in words", () => {
    const labels = ((chart().spec as Json).layer as Json[])[2]!.data.values as Json[];
    expect(labels.map((l) => [l.series, l.x, l.text])).toEqual([
      ['Central', '2021/22', 'Central 2.7%'],
      ['England', '2022/23', 'England 2.8%'],
    ]);
  });

  it('narrows the plot so the end labels stay inside the 640 px image', () => {
    const spec = chart().spec as Json;
    // "England 2.8%" at 11 px is 68.5 px, 6 px after the last point, which sits at 2.1/2.2 of the plot
    // (point scale, padding 0.1). Room is 640 - 8 padding = 632: (632 - 74.5) / (2.1 / 2.2) = 584.1.
    expect(spec.autosize).toEqual({ type: 'pad' });
    expect(spec.width).toBe(584);
  });

  it('has the data as a table', () => {
    expect(chart().table.rows).toEqual([
      ['2020/21', '3.4%', '3.0%'],
      ['2021/22', '2.7%', '2.9%'],
      ['2022/23', 'x', '2.8%'],
    ]);
  });

  it('with axis titles (hub profiles) labels both axes and says when the value axis does not start at zero', () => {
    const labelled = sparkline({
      id: 'neet-central',
      title: 'NEET',
      subtitle: 'Central solid, England dashed',
      source: 'NCCIS',
      alt: 'Central against England.',
      unit: 'pct',
      seriesOrder: ['Central', 'England'],
      highlight: 'England',
      yTitle: '% NEET',
      xTitle: 'Academic year',
      width: 320,
      data: [2.0, 2.5].map((y, i) => ({ series: 'Central', x: years[i]!, y })),
    });
    const line = ((labelled.spec as Json).layer as Json[])[0]!;
    expect(line.encoding.y.title).toBe('% NEET');
    expect(line.encoding.y.axis.values).toEqual(line.encoding.y.scale.domain);
    expect(line.encoding.x.title).toBe('Academic year');
    expect(line.encoding.y.scale.domain[0]).not.toBe(0);
    expect(labelled.subtitle).toBe('Central solid, England dashed; the axis does not start at zero');
    expect(labelled.table.columns[0]).toBe('Academic year');
  });
});
