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
    expect(spreadLabels([{ key: 'a', y: 10 }, { key: 'b', y: 100 }], 14, 300)).toEqual([{ key: 'a', y: 10 }, { key: 'b', y: 100 }]);
  });

  it('pushes crowded labels down by the gap, keeping their order and the input order', () => {
    const out = spreadLabels([{ key: 'low', y: 104 }, { key: 'high', y: 100 }, { key: 'mid', y: 102 }], 14, 300);
    expect(out).toEqual([{ key: 'low', y: 128 }, { key: 'high', y: 100 }, { key: 'mid', y: 114 }]);
  });

  it('pushes back up from the bottom of the plot', () => {
    const out = spreadLabels([{ key: 'a', y: 298 }, { key: 'b', y: 299 }, { key: 'c', y: 300 }], 14, 300);
    expect(out).toEqual([{ key: 'a', y: 272 }, { key: 'b', y: 286 }, { key: 'c', y: 300 }]);
  });
});
