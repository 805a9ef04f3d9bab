import { describe, expect, it } from 'vitest';
import {
  DATE_FORMS,
  isInvalid,
  parseDate,
  parseFigure,
  parseNumber,
  parsePercent,
  parseYesNo,
} from '../../src/ingest/cells.js';
import { missing } from '../../src/model/missing.js';

describe('parseDate', () => {
  it('reads ISO dates', () => {
    expect(parseDate('2023-10-01')).toBe('2023-10-01');
    expect(parseDate(' 2024-02-29 ')).toBe('2024-02-29');
    expect(parseDate('2023-10-01T09:30:00Z')).toBe('2023-10-01');
    expect(parseDate('2023-10-01 09:30')).toBe('2023-10-01');
  });

  it('reads UK dates day first, never month first', () => {
    expect(parseDate('01/10/2023')).toBe('2023-10-01');
    expect(parseDate('1/9/2023')).toBe('2023-09-01');
    expect(parseDate('12/03/2024')).toBe('2024-03-12');
    expect(parseDate('31/08/2024')).toBe('2024-08-31');
    expect(parseDate('01/10/2023 14:32')).toBe('2023-10-01');
    expect(parseDate('01/10/2023 14:32:05')).toBe('2023-10-01');
  });

  it('rejects days that do not exist and US order', () => {
    expect(parseDate('31/02/2023')).toBeUndefined();
    expect(parseDate('02/31/2023')).toBeUndefined(); // US order: month 31 does not exist
    expect(parseDate('29/02/2023')).toBeUndefined(); // 2023 is not a leap year
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('2023-13-01')).toBeUndefined();
    expect(parseDate('00/10/2023')).toBeUndefined();
  });

  it('rejects text that is not a date', () => {
    for (const s of ['', 'yesterday', '2023/10/01', '01-10-2023', '01/10/23', '20231001', '2023'])
      expect(parseDate(s), s).toBeUndefined();
    expect(DATE_FORMS).toContain('01/10/2023');
  });
});

describe('parseFigure', () => {
  it('keeps every DfE symbol as a typed missing value, never 0', () => {
    for (const s of ['c', 'x', 'z', 'low', 'u', ':'] as const) expect(parseFigure(s)).toEqual(missing(s));
    expect(parseFigure('')).toEqual(missing(''));
    expect(parseFigure('   ')).toEqual(missing(''));
    expect(parseFigure(' C ')).toEqual(missing('c'));
    expect(parseFigure('LOW')).toEqual(missing('low'));
  });

  it('reads numbers with thousands commas, decimals, signs and exponents', () => {
    expect(parseFigure('575055')).toBe(575055);
    expect(parseFigure('1,234')).toBe(1234);
    expect(parseFigure('12,345,678')).toBe(12345678);
    expect(parseFigure('-3.5')).toBe(-3.5);
    expect(parseFigure('7.0000000000000007E-2')).toBeCloseTo(0.07, 12);
    expect(parseFigure('0')).toBe(0);
  });

  it('marks anything else invalid, keeping the text', () => {
    const v = parseFigure('n/a');
    expect(isInvalid(v)).toBe(true);
    expect(v).toEqual({ invalid: 'n/a' });
    expect(isInvalid(parseFigure('12%'))).toBe(true);
    expect(isInvalid(parseFigure('-'))).toBe(true);
    expect(isInvalid(parseFigure('12'))).toBe(false);
  });
});

describe('parseNumber', () => {
  it('only removes commas that separate thousands', () => {
    expect(parseNumber('1,23')).toBeUndefined();
    expect(parseNumber('1,2345')).toBeUndefined();
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('abc')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });
});

describe('parsePercent', () => {
  it('reads 85, 85% and 85.0 alike', () => {
    expect(parsePercent('85')).toBe(85);
    expect(parsePercent('85%')).toBe(85);
    expect(parsePercent('85.0')).toBe(85);
    expect(parsePercent(' 85.5 % ')).toBe(85.5);
    expect(parsePercent('0%')).toBe(0);
  });

  it('leaves range checks to the caller and rejects text', () => {
    expect(parsePercent('140')).toBe(140);
    expect(parsePercent('abc')).toBeUndefined();
    expect(parsePercent('%')).toBeUndefined();
    expect(parsePercent('')).toBeUndefined();
  });
});

describe('parseYesNo', () => {
  it('reads common spellings', () => {
    for (const s of ['yes', 'Y', 'TRUE', '1']) expect(parseYesNo(s), s).toBe(true);
    for (const s of ['no', 'N', 'False', '0']) expect(parseYesNo(s), s).toBe(false);
    expect(parseYesNo('maybe')).toBeUndefined();
    expect(parseYesNo('')).toBeUndefined();
  });
});
