import { describe, expect, it } from 'vitest';
import { isBold, textWidth } from '../../src/charts/text-metrics.js';

describe('textWidth (Liberation Sans advance widths)', () => {
  it('sums per-character widths: digits are 556/1000 em, % is 889', () => {
    // "97%" at 12 px: (556 + 556 + 889) * 12 / 1000 = 24.012
    expect(textWidth('97%', 12)).toBeCloseTo(24.012, 6);
  });

  it('is wider in bold and for capitals', () => {
    expect(textWidth('Central', 12, true)).toBeGreaterThan(textWidth('Central', 12));
    // "M" 833 vs "i" 222
    expect(textWidth('M', 10)).toBeCloseTo(8.33, 6);
    expect(textWidth('i', 10)).toBeCloseTo(2.22, 6);
  });

  it('knows the minus sign and sizes unknown characters like an "o"', () => {
    expect(textWidth('\u2212', 10)).toBeCloseTo(5.84, 6);
    expect(textWidth('\u00e9', 10)).toBeCloseTo(5.56, 6);
  });

  it('reads Vega font weights', () => {
    expect(isBold('bold')).toBe(true);
    expect(isBold(700)).toBe(true);
    expect(isBold('normal')).toBe(false);
    expect(isBold(undefined)).toBe(false);
  });
});
