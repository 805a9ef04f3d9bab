import { describe, expect, it } from 'vitest';
import { axisLabelExpr, cellText, formatValue, missingText, tickText } from '../../src/charts/value-format.js';
import { formatValue as textValue } from '../../src/plan/format.js';

describe('formatValue', () => {
  it('prints percentages and means to one decimal place, counts whole with separators', () => {
    expect(formatValue(94.06, 'pct')).toBe('94.1%');
    expect(formatValue(46.25, 'mean')).toBe('46.3');
    expect(formatValue(12345.6, 'count')).toBe('12,346');
  });

  it('rounds as the report text does: a decimal tie stored just below it in binary goes away from zero', () => {
    // 3 of 2,000 = 0.15% (the double is 0.1499...): Intl printed 0.1 in a chart beside 0.2 in the text.
    expect(formatValue((100 * 3) / 2000, 'pct')).toBe('0.2%');
    expect(formatValue((100 * 3) / 2000, 'pct')).toBe(textValue((100 * 3) / 2000, 'pct'));
    expect(formatValue(1234.45, 'mean')).toBe('1,234.5');
    expect(formatValue(-2.25, 'pp')).toBe('\u22122.3 pp');
  });

  it('signs percentage-point differences with a true minus, and never prints -0.0', () => {
    expect(formatValue(1.44, 'pp')).toBe('+1.4 pp');
    expect(formatValue(-0.8, 'pp')).toBe('\u22120.8 pp');
    expect(formatValue(-0.04, 'pp')).toBe('0.0 pp');
    expect(formatValue(-0.04, 'pct')).toBe('0.0%');
  });
});

describe('missing values', () => {
  it('shows the DfE symbol, and x (not available) when none is given; never 0', () => {
    expect(missingText('c')).toBe('c');
    expect(missingText('low')).toBe('low');
    expect(missingText('')).toBe('x');
    expect(missingText(undefined)).toBe('x');
    expect(cellText(null, 'pct', 'c')).toBe('c');
    expect(cellText(undefined, 'count')).toBe('x');
    expect(cellText(0, 'count')).toBe('0');
  });
});

describe('axis tick labels', () => {
  it('trims trailing zeros and marks percentages and signs', () => {
    expect(tickText(92.5, 'pct')).toBe('92.5%');
    expect(tickText(95, 'pct')).toBe('95%');
    expect(tickText(12000, 'count')).toBe('12,000');
    expect(tickText(0.5, 'pp')).toBe('+0.5');
    expect(tickText(-1, 'pp')).toBe('\u22121');
    expect(tickText(0, 'pp')).toBe('0');
  });

  it('has a Vega expression for each unit', () => {
    expect(axisLabelExpr('pct')).toBe("format(datum.value, ',.2~f') + '%'");
    expect(axisLabelExpr('pp')).toContain("'+'");
  });
});
