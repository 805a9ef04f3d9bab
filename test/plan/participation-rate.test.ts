import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAcademicYear } from '../../src/config/year.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { planInput } from '../../src/pipeline/run.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { PER_100 } from '../../src/plan/parts/participation-rate.js';
import type { PlanChart, ReportPlan } from '../../src/plan/types.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/report-mini');

/** The mini fixture's plan; `keep: false` drops the per-100 rows, as metrics without pupil numbers would have. */
async function plan(keep: boolean): Promise<ReportPlan> {
  const year = parseAcademicYear('2023/24')!;
  const result = await readAndCompute({ cwd: FIXTURE, config: undefined, year, sdc: true });
  const rows = keep ? result.metrics.rows : result.metrics.rows.filter((r) => r.measure !== PER_100);
  const metrics = { ...result.metrics, rows };
  return buildPlan(planInput({ ...result, metrics }, { year, hub: undefined, version: 'test' }));
}

const chartOf = (p: ReportPlan): PlanChart | undefined =>
  p.sections
    .find((s) => s.id === 'participation')
    ?.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []))
    .find((c) => c.id === 'participation-per-100');

describe('participations per 100 pupils', () => {
  it('is charted beside the counts, bars from zero, when the metrics carry the measure', async () => {
    const chart = chartOf(await plan(true));
    expect(chart?.title).toBe('Student participations per 100 pupils, 2022/23 to 2023/24');
    // The fixture's per-100 rows as metrics.csv publishes them (one decimal place); the measure itself is checked
    // against hand computation in test/metrics/participation-strands.test.ts.
    expect(chart?.table.rows.map((r) => r.slice(0, 2))).toEqual([
      ['North', '6.9'],
      ['South', '6.4'],
      ['All hubs', expect.stringMatching(/^\d+\.\d$/)],
    ]);
    const bars = ((chart!.spec as Json).layer as Json[])[0]!;
    expect(bars.encoding.x.scale.domain[0]).toBe(0);
  });

  it('is left out when there are no such rows', async () => {
    expect(chartOf(await plan(false))).toBeUndefined();
  });
});
