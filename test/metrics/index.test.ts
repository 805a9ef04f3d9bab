import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAcademicYear } from '../../src/config/year.js';
import type { MetricRow } from '../../src/model/metric.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Disclosure control across measures, checked on the whole sample table (data-samples/, 2023/24). */
describe('computeMetrics with disclosure control on data-samples/', () => {
  let rows: MetricRow[] = [];
  beforeAll(async () => {
    const result = await readAndCompute({
      cwd: ROOT,
      config: undefined,
      year: parseAcademicYear('2023/24')!,
      sdc: true,
    });
    rows = result.metrics.rows;
    // Reading and computing the whole sample set takes several seconds on a shared machine.
  }, 60_000);
  const key = (r: MetricRow, measure = r.measure) => `${measure}|${r.hub}|${r.period}|${r.breakdown}`;

  it.each([
    [['eet_sustained_pct', 'not_sustained_pct', 'unknown_pct']],
    [['neet_or_not_known_pct', 'neet_pct', 'not_known_pct']],
    [['membership_pupils_pct', 'membership_pupils']],
  ])("never leaves exactly one of %j hidden (each is the others' complement)", (group) => {
    const byKey = new Map(rows.map((r) => [key(r), r]));
    let groups = 0;
    for (const r of rows.filter((x) => x.measure === group[0])) {
      const members = group.map((m) => byKey.get(key(r, m))).filter((x): x is MetricRow => x !== undefined);
      if (members.length < 2) continue;
      groups++;
      expect(members.filter((m) => m.symbol === 'c').length, key(r)).not.toBe(1);
    }
    expect(groups).toBeGreaterThan(10);
  });

  it('publishes no rate of people whose complement (denominator minus numerator) is between 1 and 4', () => {
    const people = rows.filter(
      (r) => r.unit === 'pct' && r.sdc?.counts === 'people' && r.numerator !== null && r.denominator !== null,
    );
    expect(people.length).toBeGreaterThan(100);
    // Published numerators and denominators are rounded to 5, so compare on the unrounded rate instead.
    for (const r of people) {
      const outside = r.denominator! * (1 - r.value! / 100);
      expect(outside > 0.5 && outside < 4.5, key(r)).toBe(false);
    }
  });
});
