import type { MetricRow } from '../model/metric.js';

/**
 * The metrics in the DfE open-data layout that explore-education-statistics publishes and its data screener
 * checks: time_period as six digits with time_identifier "Academic year", geographic_level with the country's code
 * and name, then filters, then indicators, with a .meta.csv naming each column's type and label.
 *
 * Careers Hubs are not one of the EES geographies, so every row is at National level and the hub is a filter
 * (`careers_hub`), the EES way to publish a grouping that is not a geography. Rows for a change between two years
 * (period "2015/16-2020/21") have no single time_period and are left out; metrics.csv keeps them.
 */

export interface OpenDataArea {
  readonly id: string;
  readonly name: string;
}

export interface OpenDataOptions {
  /** The config's hubs (id, name) and the national comparator. */
  readonly hubs: readonly OpenDataArea[];
  readonly comparator: { readonly name: string; readonly code: string };
}

const FILTERS = ['careers_hub', 'measure', 'breakdown', 'unit'] as const;
const INDICATORS = ['value', 'numerator', 'denominator', 'ci_low', 'ci_high'] as const;
export const OPEN_DATA_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  ...FILTERS,
  ...INDICATORS,
] as const;

/** "2023/24" -> "202324" (EES academic-year form); anything else (a range) -> undefined. */
export function eesTimePeriod(period: string): string | undefined {
  const m = /^(\d{4})\/(\d{2})$/.exec(period);
  return m ? `${m[1]}${m[2]}` : undefined;
}

const UNIT_LABELS: Readonly<Record<MetricRow['unit'], string>> = {
  pct: 'Percentage',
  pp: 'Percentage points',
  count: 'Number',
  mean: 'Mean score',
};

function cell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The open-data CSV; a symbol (c, x, z, low) stands in the value cell, as EES files carry it. */
export function openDataCsv(rows: readonly MetricRow[], options: OpenDataOptions): string {
  const hubName = new Map(options.hubs.map((h) => [h.id, h.name]));
  hubName.set('all', 'All hubs');
  hubName.set('england', `${options.comparator.name} (all areas)`);
  const lines = [OPEN_DATA_COLUMNS.join(',')];
  for (const row of rows) {
    const period = eesTimePeriod(row.period);
    if (period === undefined) continue;
    const value = row.symbol !== '' ? row.symbol : row.value;
    const cells = [
      period,
      'Academic year',
      'National',
      options.comparator.code,
      options.comparator.name,
      hubName.get(row.hub) ?? row.hub,
      row.measure,
      row.breakdown === '' ? 'Total' : row.breakdown,
      UNIT_LABELS[row.unit],
      value,
      row.symbol === 'c' ? 'c' : row.numerator,
      row.symbol === 'c' ? 'c' : row.denominator,
      row.ci_low,
      row.ci_high,
    ];
    lines.push(cells.map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

const META_LABELS: Readonly<Record<(typeof FILTERS)[number] | (typeof INDICATORS)[number], string>> = {
  careers_hub: 'Careers Hub',
  measure: 'Measure (as in metrics.csv)',
  breakdown: 'Breakdown',
  unit: 'Unit of the value',
  value: 'Value',
  numerator: 'Numerator',
  denominator: 'Denominator',
  ci_low: 'Lower bound of the 95% confidence interval',
  ci_high: 'Upper bound of the 95% confidence interval',
};

/** The EES .meta.csv: one row per filter and indicator column, with the columns the screener requires. */
export function openDataMetaCsv(): string {
  const header =
    'col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column';
  const filters = FILTERS.map((c) => `${c},Filter,${cell(META_LABELS[c])},,,,,`);
  const indicators = INDICATORS.map((c) => `${c},Indicator,${cell(META_LABELS[c])},,,,,`);
  return `${[header, ...filters, ...indicators].join('\n')}\n`;
}
