import { describe, expect, it } from 'vitest';
import { type Target, targetProgress } from '../../src/metrics/targets.js';
import { metricRow } from '../../src/model/metric.js';
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
    // By hand: slope 19.5 / 5 = 3.9 points a year, line at 2025 = 45.75 + 3.5 x 3.9 = 59.4; RSS 0.70, SE
    // sqrt(0.70 / 2 / 5) = 0.2646, t(0.975, 2) = 4.3027, half-width 1.1384; two years ahead: 59.4 - 2.2767.
    const [onTrack, short] = targetProgress(
      [target({ year: Y('2025/26'), value: 55 }), target({ year: Y('2025/26'), value: 60 })],
      rows,
      Y('2023/24'),
    );
    expect(onTrack?.status).toBe('on track');
    expect(onTrack?.projection?.value).toBeCloseTo(59.4, 6);
    expect(onTrack?.projection?.low).toBeCloseTo(57.1233, 3);
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
});
