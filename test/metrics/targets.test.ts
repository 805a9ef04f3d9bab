import { describe, expect, it } from 'vitest';
import { targetProgress } from '../../src/metrics/targets.js';
import { metricRow } from '../../src/model/metric.js';
import type { Target } from '../../src/model/target.js';
import type { AcademicYear } from '../../src/model/year.js';

const Y = (y: string) => y as AcademicYear;
// A made-up coverage series: 40, 44, 47, 52% in 2020/21 to 2023/24.
const rows = [
  ['2020/21', 40],
  ['2021/22', 44],
  ['2022/23', 47],
  ['2023/24', 52],
].map(([period, value]) =>
  metricRow({
    measure: 'compass_coverage_pct',
    hub: 'all',
    period: String(period),
    breakdown: 'all',
    unit: 'pct',
    value: Number(value),
  }),
);
const target = (t: Partial<Target>): Target => ({
  measure: 'compass_coverage_pct',
  hub: 'all',
  breakdown: 'all',
  year: Y('2023/24'),
  value: 50,
  direction: 'at least',
  source: 'test',
  ...t,
});

describe('targetProgress', () => {
  it('calls a target met or not met by the latest value once its year has come', () => {
    const [met, notMet] = targetProgress([target({}), target({ value: 45, direction: 'at most' })], rows, Y('2023/24'));
    expect(met).toMatchObject({ status: 'met', baseline: { value: 40 }, latest: { value: 52 } });
    expect(notMet?.status).toBe('not met');
  });

  it('projects the trend to a later target year and needs the whole interval to reach it', () => {
    // By hand: slope 19.5 / 5 = 3.9 points a year, line at 2025 = 45.75 + 3.5 x 3.9 = 59.4; RSS 0.70,
    // s = sqrt(0.70 / 2) = 0.5916, t(0.975, 2) = 4.3027; interval of the line at 2025 (x - mean 3.5, Sxx 5, n 4):
    // 4.3027 x 0.5916 x sqrt(1/4 + 3.5^2 / 5) = 2.5455 x 1.6432 = 4.1827, so 59.4 - 4.1827 = 55.2173.
    const [onTrack, short] = targetProgress(
      [target({ year: Y('2025/26'), value: 55 }), target({ year: Y('2025/26'), value: 60 })],
      rows,
      Y('2023/24'),
    );
    expect(onTrack?.status).toBe('on track');
    expect(onTrack?.projection?.value).toBeCloseTo(59.4, 6);
    expect(onTrack?.projection?.low).toBeCloseTo(55.2173, 3);
    expect(short?.status).toBe('not on track');
  });

  it('uses only years up to the reporting year, and says no data when there are none', () => {
    const [early, none] = targetProgress(
      [target({ year: Y('2025/26'), value: 45 }), target({ hub: 'east' })],
      rows,
      Y('2021/22'),
    );
    expect(early).toMatchObject({ status: 'not on track', latest: { value: 44 } });
    expect(none).toMatchObject({ status: 'no data', latest: null });
  });

  it('judges by the latest year even when it is suppressed: no data, not an older year', () => {
    const hidden = rows.map((r) => (r.period === '2023/24' ? { ...r, value: null, symbol: 'c' as const } : r));
    const [t] = targetProgress([target({ value: 45 })], hidden, Y('2023/24'));
    // 2022/23 (47%) would have met 45%; the 2023/24 figure is suppressed, so the status cannot be judged.
    expect(t).toMatchObject({ status: 'no data', baseline: { value: 40 }, latest: { period: '2023/24' } });
  });
});
