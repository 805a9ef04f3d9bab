import { describe, expect, it } from 'vitest';
import { isBold, textWidth, wrapText } from '../../src/charts/text-metrics.js';

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

describe('wrapText', () => {
  it('breaks at spaces so each line fits, keeping words whole', () => {
    // "Central East" at 10 px: 7 + 5 letters; "Central" is 36.7 px, "Central East" 62.8 px.
    expect(wrapText('Central East South', 50, 10)).toEqual(['Central', 'East South']);
    expect(wrapText('Central East South', 1000, 10)).toEqual(['Central East South']);
  });

  it('gives an over-long word a line of its own rather than cutting it', () => {
    expect(wrapText('a UD_NEETNK_LA_dashboard_final_2024.csv b', 40, 10)).toEqual([
      'a',
      'UD_NEETNK_LA_dashboard_final_2024.csv',
      'b',
    ]);
  });

  it('measures bold text as bold', () => {
    const text = 'Achievement of each Gatsby Benchmark';
    const width = textWidth(text, 16) + 1;
    expect(wrapText(text, width, 16)).toHaveLength(1);
    expect(wrapText(text, width, 16, true)).toHaveLength(2);
  });
});
