import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { metricRow } from '../../src/model/metric.js';
import type { Target } from '../../src/model/target.js';
import type { AcademicYear } from '../../src/model/year.js';
import { computeEvidence } from '../../src/pipeline/compute-evidence.js';

const year = '2023/24' as AcademicYear;
const eet = (breakdown: string) =>
  metricRow({ measure: 'eet_sustained_pct', hub: 'all', period: '2021/22', breakdown, unit: 'pct', value: 94 });
const target: Target = {
  measure: 'eet_sustained_pct',
  hub: 'all',
  breakdown: 'all',
  year,
  value: 95,
  direction: 'at least',
  source: 'test',
};

describe('computeEvidence: targets', () => {
  it('refuses a breakdown the measure does not have for the hub, naming the ones it has (exit 2)', () => {
    const config = { ...defaultConfig('/tmp'), targets: [target] };
    const run = () =>
      computeEvidence(
        { surveys: [], items: [], problems: [] },
        { config, institutions: [], rows: [eet('total'), eet('disadvantaged')], year, sdc: true },
      );
    expect(run).toThrow(/targets\[0\]\.breakdown: eet_sustained_pct has no breakdown "all" for all/);
    expect(() => run()).toThrow(expect.objectContaining({ exitCode: 2, hint: 'Give one of: disadvantaged, total.' }));
  });

  it('accepts it once the breakdown is one the measure has', () => {
    const config = { ...defaultConfig('/tmp'), targets: [{ ...target, breakdown: 'total' }] };
    const out = computeEvidence(
      { surveys: [], items: [], problems: [] },
      { config, institutions: [], rows: [eet('total')], year, sdc: true },
    );
    expect(out.evidence.targets[0]?.status).toBe('not met');
  });
});
