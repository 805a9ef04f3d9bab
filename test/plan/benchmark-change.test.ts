import { describe, expect, it } from 'vitest';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import type { AcademicYear } from '../../src/model/year.js';
import { clearBenchmarkChanges } from '../../src/plan/parts/benchmarks.js';
import { benchmarkChangeSentence, benchmarkChangeTitle } from '../../src/plan/phrases/index.js';

/** A benchmark's change as the metrics write it: value, 95% limits, the verdict of those limits and its p-value. */
const change = (k: number, value: number, low: number, high: number, p: number): MetricRow => ({
  ...metricRow({
    measure: 'compass_benchmark_change_pp',
    hub: 'all',
    period: '2019/20-2023/24',
    breakdown: `b${k}`,
    unit: 'pp',
    value,
    ci_low: low,
    ci_high: high,
  }),
  verdict: low > 0 ? 'higher' : high < 0 ? 'lower' : 'unclear',
  p_value: p,
});

describe("the benchmarks' changes, held to Holm's adjustment over the eight", () => {
  it('names a rise clear on its own only where it stays clear after the adjustment', () => {
    // Holm over 8: sorted p 0.001, 0.004, 0.02, ... -> adjusted 0.008, 0.028, 0.12: two of the three nominal rises.
    const rows = [
      change(1, 12, 6, 18, 0.001),
      change(2, 8, 2, 14, 0.004),
      change(3, 5, 0.5, 9.5, 0.02),
      change(4, 1, -3, 5, 0.6),
      change(5, -1, -5, 3, 0.7),
      change(6, 2, -2, 6, 0.3),
      change(7, 0, -4, 4, 1),
      change(8, 3, -1, 7, 0.15),
    ];
    const c = clearBenchmarkChanges(rows, '2019/20-2023/24');
    expect(c.rose.map((r) => r.name)).toEqual([
      'B1 (a stable careers programme)',
      'B2 (learning from career and labour market information)',
    ]);
    expect(c.fell).toEqual([]);
    expect(c).toMatchObject({ from: '2019/20', to: '2023/24', known: 8 });
    expect(benchmarkChangeTitle(c)).toBe(
      'A larger share of returns fully achieved two of the eight benchmarks in 2023/24 than in 2019/20',
    );
    const text = benchmarkChangeSentence(c);
    expect(text).toContain('rose for B1 (a stable careers programme) and B2');
    expect(text).toContain('by between +8.0 pp and +12.0 pp');
    expect(text).toContain('the other changes are not clear');
  });

  it('leaves a withheld change out of the count, never as no change', () => {
    const rows = [change(1, 12, 6, 18, 0.001), { ...change(2, 8, 2, 14, 0.004), symbol: 'c' as const, value: null }];
    const c = clearBenchmarkChanges(rows, '2019/20-2023/24');
    expect(c.known).toBe(1);
    expect(c.rose.map((r) => r.name)).toEqual(['B1 (a stable careers programme)']);
    expect(benchmarkChangeTitle(c)).toBe(
      'A larger share of returns fully achieved the one benchmark with a published change in 2023/24 than in 2019/20',
    );
  });

  it('labels the first year as the last before the hubs began when the change runs from it', () => {
    const rows = [change(1, 12, 6, 18, 0.001)];
    const since = clearBenchmarkChanges(rows, '2020/21-2023/24', '2021/22' as AcademicYear);
    expect(since.started).toBe('2021/22');
    expect(benchmarkChangeSentence(since)).toMatch(
      /^Between 2020\/21, the last year before the hubs began in 2021\/22,/,
    );
    // A change from a year after the start is not called one since the start.
    expect(clearBenchmarkChanges(rows, '2021/22-2023/24', '2021/22' as AcademicYear).started).toBeUndefined();
  });

  it('says no benchmark changed clearly when none stays clear', () => {
    const c = clearBenchmarkChanges([change(1, 1, -2, 4, 0.5)], '2019/20-2023/24');
    expect(benchmarkChangeTitle(c)).toBe('No benchmark changed clearly between 2019/20 and 2023/24');
    expect(benchmarkChangeSentence(c)).toContain('did not change clearly for any benchmark');
  });
});
