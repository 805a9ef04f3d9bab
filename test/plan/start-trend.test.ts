import { describe, expect, it } from 'vitest';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import { leadsMoved } from '../../src/plan/parts/start-trend.js';
import { startTrendWarning } from '../../src/plan/phrases/index.js';

/** An event-study row at event time `breakdown` with a verdict and p-value as the metrics write them. */
const lead = (breakdown: string, p: number, verdict: MetricRow['verdict']): MetricRow => ({
  ...metricRow({ measure: 'eet_event_gap_pp', hub: 'central', period: '2019/20', breakdown, unit: 'pp', value: 1 }),
  verdict,
  p_value: p,
});

describe('leadsMoved: a lead clear after Holm across the hub leads', () => {
  it('warns when the smallest p-value times the number of leads is below 0.05', () => {
    // Three leads: 0.01 x 3 = 0.03 < 0.05.
    expect(leadsMoved([lead('e-4', 0.01, 'lower'), lead('e-3', 0.4, 'unclear'), lead('e-2', 0.7, 'unclear')])).toBe(
      true,
    );
  });
  it('does not warn on a lead clear on its own but not after the correction', () => {
    // Three leads: 0.03 x 3 = 0.09; then max(0.09, 2 x 0.04) = 0.09: neither is below 0.05.
    expect(leadsMoved([lead('e-4', 0.03, 'lower'), lead('e-3', 0.04, 'lower'), lead('e-2', 0.7, 'unclear')])).toBe(
      false,
    );
  });
  it('leaves the baseline and the years since the start out of the family', () => {
    // Only e-2 is a lead: 0.03 x 1 < 0.05, though e-1, e0 and e+1 would make the family four.
    const rows = [lead('e-2', 0.03, 'higher'), lead('e-1', 1, 'unclear'), lead('e0', 0.5, 'unclear')];
    expect(leadsMoved([...rows, lead('e+1', 0.001, 'higher')])).toBe(true);
    expect(leadsMoved([lead('e-1', 1, 'unclear'), lead('e0', 0.001, 'higher')])).toBe(false);
  });
});

describe('startTrendWarning', () => {
  it('names the hubs by the comparison whose gap moved before the start, and says nothing when none did', () => {
    expect(startTrendWarning([], 'England')).toBe('');
    const text = startTrendWarning(
      [
        { name: 'Central', england: true, neighbours: true },
        { name: 'West', england: false, neighbours: true },
      ],
      'England',
    );
    expect(text).toContain('the gap to England had already moved in Central, and the gap to similar areas in Central');
    expect(text).toContain('West');
    expect(text).toContain('Holm');
    expect(startTrendWarning([{ name: 'East', england: false, neighbours: true }], 'England')).toContain(
      'the gap to similar areas had already moved in East',
    );
  });
});
