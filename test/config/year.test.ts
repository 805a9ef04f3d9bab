import { describe, expect, it } from 'vitest';
import { parseAcademicYear } from '../../src/config/year.js';
import { academicYearOfDate, yearRange } from '../../src/model/year.js';

describe('parseAcademicYear', () => {
  it.each([
    ['2023/24', '2023/24'],
    ['2023-24', '2023/24'],
    ['202324', '2023/24'],
    ['2023', '2023/24'],
    [' 1999/00 ', '1999/00'],
    ['201516', '2015/16'],
  ])('reads %s as %s', (text, year) => {
    expect(parseAcademicYear(text)).toBe(year);
  });

  it.each(['2023/25', '23/24', '2023/2024', '20232', 'next year', '', '2023/4'])('rejects %s', (text) => {
    expect(parseAcademicYear(text)).toBeUndefined();
  });
});

describe('academic years of dates', () => {
  it('runs 1 September to 31 August', () => {
    expect(academicYearOfDate('2023-08-31')).toBe('2022/23');
    expect(academicYearOfDate('2023-09-01')).toBe('2023/24');
    expect(academicYearOfDate('2024-01-15')).toBe('2023/24');
  });

  it('lists a range inclusively', () => {
    expect(yearRange(parseAcademicYear('2019/20')!, parseAcademicYear('2021/22')!)).toEqual([
      '2019/20',
      '2020/21',
      '2021/22',
    ]);
  });
});
