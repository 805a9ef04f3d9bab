import { describe, expect, it } from 'vitest';
import { spreadLabels, valueToPixel } from '../../src/charts/label-placement.js';

describe('valueToPixel', () => {
  it('maps the top of the domain to 0 and the bottom to the plot height', () => {
    expect(valueToPixel(95, [90, 95], 300)).toBe(0);
    expect(valueToPixel(90, [90, 95], 300)).toBe(300);
    expect(valueToPixel(92.5, [90, 95], 300)).toBe(150);
  });
});

describe('spreadLabels', () => {
  it('leaves labels that are already apart where they are', () => {
    expect(
      spreadLabels(
        [
          { key: 'a', y: 10 },
          { key: 'b', y: 100 },
        ],
        14,
        300,
      ),
    ).toEqual([
      { key: 'a', y: 10 },
      { key: 'b', y: 100 },
    ]);
  });

  it('spreads crowded labels by the gap around their mean, keeping their order and the input order', () => {
    // Mean of 100, 102, 104 is 102; three labels 14 px apart centred there: 88, 102, 116.
    const out = spreadLabels(
      [
        { key: 'low', y: 104 },
        { key: 'high', y: 100 },
        { key: 'mid', y: 102 },
      ],
      14,
      300,
    );
    expect(out).toEqual([
      { key: 'low', y: 116 },
      { key: 'high', y: 88 },
      { key: 'mid', y: 102 },
    ]);
  });

  it('merges blocks that touch after centring, and leaves far labels alone', () => {
    // 101, 105, 112.5 and 127.5 all crowd: one block of four centred on 111.5 (90.5 to 132.5); 60 and 290 stay.
    const out = spreadLabels(
      [60, 101, 105, 112.5, 127.5, 290].map((y, i) => ({ key: String(i), y })),
      14,
      300,
    );
    expect(out.map((l) => l.y)).toEqual([60, 90.5, 104.5, 118.5, 132.5, 290]);
  });

  it('keeps labels inside the plot and half a gap above its bottom, so none runs into the x axis labels', () => {
    // Bottom bound 300 - 7 = 293: the block of three ends there.
    const out = spreadLabels(
      [
        { key: 'a', y: 298 },
        { key: 'b', y: 299 },
        { key: 'c', y: 300 },
      ],
      14,
      300,
    );
    expect(out).toEqual([
      { key: 'a', y: 265 },
      { key: 'b', y: 279 },
      { key: 'c', y: 293 },
    ]);
    expect(spreadLabels([{ key: 'top', y: 0 }], 14, 300)).toEqual([{ key: 'top', y: 0 }]);
    expect(
      spreadLabels(
        [
          { key: 'a', y: 0 },
          { key: 'b', y: 2 },
        ],
        14,
        300,
      ),
    ).toEqual([
      { key: 'a', y: 0 },
      { key: 'b', y: 14 },
    ]);
  });
});
