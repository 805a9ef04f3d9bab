import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIMARY_OUTCOMES } from '../../src/config/evaluation.js';
import { configFromRaw } from '../../src/config/validate-config.js';
import { adjustForMultiplicity } from '../../src/metrics/multiplicity.js';
import type { MeasureId } from '../../src/model/measures/index.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import { pFromInterval } from '../../src/stats/interval-p.js';

const row = (
  measure: MeasureId,
  hub: string,
  breakdown: string,
  verdict: MetricRow['verdict'],
  p: number | null,
): MetricRow => ({
  ...metricRow({ measure, hub, period: '2020/21-2021/22', breakdown, unit: 'pp', value: 1 }),
  verdict,
  p_value: p,
});

describe('Holm adjustment of the secondary family', () => {
  // Secondary family (since-start, hub or all, total/all breakdown, not primary): p = 0.01, 0.04, 0.03, 0.5, m = 4.
  // Holm by hand: sorted 0.01 x 4 = 0.04; 0.03 x 3 = 0.09; 0.04 x 2 = 0.08 -> running max 0.09; 0.5 x 1 = 0.5.
  // So 0.01 stays clear (0.04 < 0.05); 0.03 and 0.04 lapse to "unclear"; 0.5 was unclear already.
  const rows = [
    row('apprenticeship_change_since_start_pp', 'east', 'total', 'lower', 0.01),
    row('eet_change_since_start_pp', 'central', 'total', 'higher', 0.04),
    row('neet_change_since_start_vs_england_pp', 'south', 'all', 'lower', 0.03),
    row('not_known_change_since_start_pp', 'all', 'all', 'unclear', 0.5),
    // Primary (default): stands at p = 0.04.
    row('eet_change_since_start_vs_england_pp', 'west', 'total', 'higher', 0.04),
    // Exploratory: a breakdown, England's own change, a group's change, the whole span.
    row('eet_change_since_start_pp', 'west', 'disadvantaged', 'higher', 0.02),
    row('eet_change_since_start_pp', 'england', 'total', 'lower', 0.001),
    row('eet_change_since_start_pp', 'west:neighbours', 'total', 'lower', 0.001),
    row('eet_change_pp', 'west', 'total', 'lower', 0.02),
  ];
  const out = adjustForMultiplicity(rows, DEFAULT_PRIMARY_OUTCOMES);
  it('adjusts the family and keeps the order', () => {
    expect(out.map((r) => r.p_adjusted)).toEqual([
      expect.closeTo(0.04, 12),
      expect.closeTo(0.09, 12),
      expect.closeTo(0.09, 12),
      expect.closeTo(0.5, 12),
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(out.map((r) => r.verdict)).toEqual([
      'lower',
      'unclear',
      'unclear',
      'unclear',
      'higher',
      'higher',
      'lower',
      'lower',
      'lower',
    ]);
    expect(out[1]?.verdict_nominal).toBe('higher');
    expect(out[2]?.verdict_nominal).toBe('lower');
    expect(out.map((r) => r.multiplicity)).toEqual([
      'secondary',
      'secondary',
      'secondary',
      'secondary',
      'primary',
      'exploratory',
      'exploratory',
      'exploratory',
      'exploratory',
    ]);
  });
  it('takes primary outcomes from the config', () => {
    const { config } = configFromRaw(
      { evaluation: { primaryOutcomes: ['apprenticeship_change_since_start_pp'] } },
      'test.json',
      '/tmp',
    );
    expect(config.evaluation.primaryOutcomes).toEqual(['apprenticeship_change_since_start_pp']);
    const again = adjustForMultiplicity(rows, config.evaluation.primaryOutcomes);
    expect(again[0]?.multiplicity).toBe('primary');
    // West's EET relative to England joins the family now: p = 0.01, 0.04, 0.03, 0.5, 0.04 (m = 4 besides East):
    // sorted 0.03 x 4 = 0.12; 0.04 x 3 = 0.12; 0.04 x 2 = 0.08 -> 0.12; 0.5.
    expect(again[4]?.p_adjusted).toBeCloseTo(0.12, 12);
    expect(again[4]?.verdict).toBe('unclear');
  });
  it('defaults to sustained EET and NEET or not known since the start against England', () => {
    const { config } = configFromRaw({}, 'test.json', '/tmp');
    expect(config.evaluation.primaryOutcomes).toEqual([
      'eet_change_since_start_vs_england_pp',
      'neet_or_not_known_change_since_start_vs_england_pp',
    ]);
  });
});

describe('pFromInterval', () => {
  it('reads the p-value from the half of the interval towards zero', () => {
    // diff 1 (0.2 to 2.0): se = 0.8 / 1.95996 = 0.40817, z = 2.44995, p = 0.0142874 (scipy.stats.norm; the error
    // function used is good to about 1e-9).
    expect(pFromInterval(1, 0.2, 2)).toBeCloseTo(0.0142874077, 7);
    // An interval touching zero gives p = 0.05 exactly.
    expect(pFromInterval(-0.5, -1.4, 0)).toBeCloseTo(0.05, 7);
    expect(pFromInterval(1, null, 2)).toBeNull();
  });
});
