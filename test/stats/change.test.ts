import { describe, expect, it } from 'vitest';
import {
  changeDirection,
  classifyChange,
  classifyComparison,
  classifyDifference,
  classifyInterval,
  excludesZero,
  leaders,
} from '../../src/stats/change.js';

describe('excludesZero', () => {
  it('is true only when the interval lies strictly on one side of zero', () => {
    expect(excludesZero(0.1, 2)).toBe(true);
    expect(excludesZero(-3, -0.01)).toBe(true);
    expect(excludesZero(-0.1, 0.2)).toBe(false);
    expect(excludesZero(0, 1)).toBe(false);
    expect(excludesZero(-1, 0)).toBe(false);
  });

  it('is false when a limit is missing', () => {
    expect(excludesZero(null, 1)).toBe(false);
    expect(excludesZero(0.5, null)).toBe(false);
    expect(excludesZero(Number.NaN, 1)).toBe(false);
    expect(excludesZero(0.5, Number.NaN)).toBe(false);
  });
});

describe('classifyChange', () => {
  it('calls a rise or fall only when the interval excludes zero', () => {
    expect(classifyChange(1.4, 0.2, 2.6)).toBe('rise');
    expect(classifyChange(-1.4, -2.6, -0.2)).toBe('fall');
    expect(classifyChange(1.4, -0.2, 3)).toBe('no_clear_change');
    expect(classifyChange(0, 0, 0)).toBe('no_clear_change');
  });

  it('is unknown when the estimate or a limit is missing', () => {
    expect(classifyChange(null, 0.2, 2)).toBe('unknown');
    expect(classifyChange(1, null, 2)).toBe('unknown');
    expect(classifyChange(1, 0.2, Number.NaN)).toBe('unknown');
  });
});

describe('the one classifier for changes, comparisons and rankings', () => {
  it('judges a difference by its interval, or by its sign when the figure is exact', () => {
    expect(classifyDifference(0.3, 0.1, 0.5)).toBe('higher');
    expect(classifyDifference(-0.3, -0.5, -0.1)).toBe('lower');
    expect(classifyDifference(0.3, -0.01, 0.63)).toBe('unclear');
    expect(classifyDifference(0.3, null, null)).toBe('unknown');
    // A count of every institution has no sampling error: 8 -> 9 completions is a rise.
    expect(classifyDifference(1, null, null, true)).toBe('higher');
    expect(classifyDifference(0, null, null, true)).toBe('unclear');
    expect(classifyDifference(null, null, null, true)).toBe('unknown');
  });

  it('words comparisons from the same rule: above, below, similar; no direction without an interval', () => {
    // Central's 2021/22 gap to England, interval -0.01 to +0.63, is "similar", not "above".
    expect(classifyComparison(0.31, -0.01, 0.63)).toBe('similar');
    expect(classifyComparison(1.2, 0.3, 1.9)).toBe('above');
    expect(classifyComparison(-1.4, -1.9, -0.9)).toBe('below');
    expect(classifyComparison(null, null, null)).toBe('unknown');
    expect(classifyChange(-2.6, -3.1, -2.0)).toBe('fall');
  });

  it('names a tie at either end of a ranking when the intervals overlap', () => {
    // B4 56.5% and B6 56.6% differ by one institution; neither is "least often achieved" alone.
    const items = [
      { item: 'B1', value: 80.1, low: 77.0, high: 83.0 },
      { item: 'B4', value: 56.5, low: 53.0, high: 60.0 },
      { item: 'B6', value: 56.6, low: 53.1, high: 60.1 },
      { item: 'B8', value: 70.0, low: 66.5, high: 73.4 },
    ];
    expect(leaders(items, 'bottom').map((i) => i.item)).toEqual(['B4', 'B6']);
    expect(leaders(items, 'top').map((i) => i.item)).toEqual(['B1']);
    expect(leaders([{ item: 'x', value: Number.NaN, low: null, high: null }], 'top')).toEqual([]);
  });
});

describe('changeDirection and classifyInterval', () => {
  it('names a clear change by its sign and an unclear one "no clear change"', () => {
    expect(changeDirection(0.7, true)).toBe('rise');
    expect(changeDirection(-0.7, true)).toBe('fall');
    expect(changeDirection(0.7, false)).toBe('no_clear_change');
    expect(changeDirection(null, true)).toBe('unknown');
  });

  it('judges an interval alone as classifyDifference judges it with its estimate', () => {
    expect(classifyInterval(0.2, 1.4)).toBe('higher');
    expect(classifyInterval(-1.4, -0.2)).toBe('lower');
    expect(classifyInterval(-0.1, 0.5)).toBe('unclear');
    expect(classifyInterval(0, 0.5)).toBe('unclear');
    expect(classifyInterval(null, 0.5)).toBe('unknown');
  });
});
