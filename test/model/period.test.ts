import { describe, expect, it } from 'vitest';
import { isSpan, spanEnds, spanPeriod } from '../../src/model/period.js';
import type { AcademicYear } from '../../src/model/year.js';

const y = (s: string) => s as AcademicYear;

describe('periods', () => {
  it('writes a span as <from>-<to> and tells it from one year', () => {
    expect(spanPeriod(y('2019/20'), y('2023/24'))).toBe('2019/20-2023/24');
    expect(isSpan('2019/20-2023/24')).toBe(true);
    expect(isSpan('2023/24')).toBe(false);
    // A change with no period after the start stands at its baseline: a span of one year, still a span.
    expect(isSpan(spanPeriod(y('2020/21'), y('2020/21')))).toBe(true);
  });

  it('reads the ends of a span, and one year as both ends', () => {
    expect(spanEnds('2019/20-2023/24')).toEqual(['2019/20', '2023/24']);
    expect(spanEnds('2023/24')).toEqual(['2023/24', '2023/24']);
  });
});
