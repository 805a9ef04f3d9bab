import { describe, expect, it } from 'vitest';
import { classifyChange, excludesZero } from '../../src/stats/change.js';

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
