import { describe, expect, it } from 'vitest';
import { MINI, planOf } from './sample-plan.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the Gatsby Benchmark chart', () => {
  it('names each benchmark by number and title, on the axis and in its data table, never by bare code', async () => {
    const plan = await planOf(MINI);
    const chart = plan.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'chart' ? [b.chart] : []))
      .find((c) => c.id === 'compass-benchmarks')!;
    // The eight benchmark titles as the Gatsby Foundation publishes them.
    const names = [
      'B1 A stable careers programme',
      'B2 Learning from career and labour market information',
      'B3 Addressing the needs of each pupil',
      'B4 Linking curriculum learning to careers',
      'B5 Encounters with employers and employees',
      'B6 Experiences of workplaces',
      'B7 Encounters with further and higher education',
      'B8 Personal guidance',
    ];
    for (const spec of [chart.spec, chart.narrow!] as Json[]) {
      const y = spec.layer.find((l: Json) => l.encoding?.y?.field === 'category').encoding.y;
      expect(y.scale.domain).toEqual(names);
    }
    expect(chart.table.rows.map((r) => r[0])).toEqual(names);
  });
});
