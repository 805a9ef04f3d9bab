import type { Config } from '../../src/config/schema.js';
import { configFromRaw } from '../../src/config/validate-config.js';
import type { MetricsResult } from '../../src/metrics/index.js';
import { type MeasureId, measureFacts } from '../../src/model/measures/index.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import { isSpan } from '../../src/model/period.js';
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

/** What a plan test sets; everything else has a default (two hubs, 2023/24, no files, the bare chart frame). */
export interface PlanInputParts extends Partial<Omit<PlanInput, 'metrics'>> {
  readonly rows?: MetricRow[];
  /** Metrics fields beyond the rows; coverage defaults to what computeMetrics gives (the single periods of each). */
  readonly metrics?: Partial<MetricsResult>;
}

/** The builder of every plan test's input: defaults for all a test does not set. */
export function planInput(parts: PlanInputParts = {}): PlanInput {
  const { rows = [], metrics = {}, ...rest } = parts;
  return {
    config: TWO_HUBS,
    year: '2023/24' as AcademicYear,
    hub: null,
    files: [],
    warnings: [],
    logo: null,
    version: 't',
    narrative: { foreword: null, acknowledgements: null, recommendations: null },
    ...rest,
    metrics: { rows, coverage: coverageOf(rows), exclusions: [], absent: [], sdcApplied: true, ...metrics },
  };
}

function coverageOf(rows: readonly MetricRow[]): MetricsResult['coverage'] {
  return [...new Set(rows.map((r) => r.measure))].flatMap((measure) => {
    const kind = measureFacts(measure).source;
    const periods = rows.filter((r) => r.measure === measure && !isSpan(r.period)).map((r) => r.period);
    return kind === 'surveys' ? [] : [{ measure, kind, periods }];
  });
}

/** A plan input over hand-made metric rows (see planInput). */
export function planInputOf(
  rows: MetricRow[],
  config: Config = TWO_HUBS,
  absent: MetricsResult['absent'] = [],
): PlanInput {
  return planInput({ rows, config, metrics: { absent } });
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
