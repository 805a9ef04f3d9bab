import type { Config } from '../../src/config/schema.js';
import { configFromRaw } from '../../src/config/validate-config.js';
import type { MetricsResult } from '../../src/metrics/index.js';
import { type MeasureId, measureFacts } from '../../src/model/measures/index.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import type { AcademicYear } from '../../src/model/year.js';
import { type PlanContext, type PlanInput, planContext } from '../../src/plan/context.js';

/** Two hubs of one LA each: enough for every wording rule. */
export const TWO_HUBS = configFromRaw(
  {
    hubs: [
      { id: 'north', name: 'North', localAuthorities: [{ oldCode: '202', newCode: 'E09000007', name: 'Camden' }] },
      { id: 'south', name: 'South', localAuthorities: [{ oldCode: '306', newCode: 'E09000008', name: 'Croydon' }] },
    ],
  },
  'test.json',
  '/tmp',
).config;

/** A plan input over hand-made metric rows, with coverage as computeMetrics gives it (the single periods of each). */
export function planInputOf(
  rows: MetricRow[],
  config: Config = TWO_HUBS,
  absent: MetricsResult['absent'] = [],
): PlanInput {
  return {
    config,
    year: '2023/24' as AcademicYear,
    hub: null,
    files: [],
    warnings: [],
    logo: null,
    version: 't',
    chartFrame: 'bare',
    narrative: { foreword: null, acknowledgements: null, recommendations: null },
    metrics: {
      rows,
      coverage: [...new Set(rows.map((r) => r.measure))].flatMap((measure) => {
        const kind = measureFacts(measure).source;
        const periods = rows.filter((r) => r.measure === measure && !r.period.includes('-')).map((r) => r.period);
        return kind === 'surveys' ? [] : [{ measure, kind, periods }];
      }),
      exclusions: [],
      absent,
      sdcApplied: true,
    },
  };
}

/** A plan context over hand-made metric rows. */
export function contextOf(rows: MetricRow[], config: Config = TWO_HUBS): PlanContext {
  return planContext(planInputOf(rows, config));
}

/** A row with a value and, optionally, its interval and gap to the comparator. */
export function row(
  measure: MeasureId,
  hub: string,
  period: string,
  breakdown: string,
  value: number | null,
  more: Partial<MetricRow> = {},
): MetricRow {
  return metricRow({
    measure,
    hub,
    period,
    breakdown,
    unit: measureFacts(measure).unit,
    value,
    symbol: value === null ? 'c' : '',
    ...more,
  });
}

/** Every paragraph and chart title of some sections, as one text. */
export function textOf(sections: readonly { blocks: readonly { kind: string }[] }[]): string {
  return sections
    .flatMap((s) =>
      s.blocks.flatMap((b) =>
        'text' in b && typeof b.text === 'string'
          ? [b.text]
          : 'chart' in b && typeof b.chart === 'object' && b.chart !== null && 'title' in b.chart
            ? [String(b.chart.title)]
            : [],
      ),
    )
    .join('\n');
}
