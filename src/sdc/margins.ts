import { type MeasureId, measureFacts } from '../model/measures/index.js';
import type { MetricRow } from '../model/metric.js';
import { isSpan } from '../model/period.js';
import { type Margin, type RowKey, rowKey } from './row-key.js';

/** The hub id and breakdown value that stand for "everything" (src/model/metric.ts). */
export const ALL = 'all';

export interface AdditiveMarginOptions {
  /** Hub ids whose figures add up to hub `all`: the configured hubs. Never `england`, which is not a part. */
  readonly hubs?: readonly string[];
  /**
   * For a measure, the groups of breakdown values that each add up to breakdown `all` (e.g. `[['female', 'male']]`,
   * or one group per breakdown family). Only mutually exclusive, exhaustive groups belong here. None by default.
   */
  readonly breakdownGroups?: (measure: MeasureId) => readonly (readonly string[])[];
  /** Any other additive relation the caller knows: for a total row, the keys of each set of rows summing to it. */
  readonly partsOf?: (total: MetricRow) => readonly (readonly RowKey[])[];
  /**
   * Whether a measure adds up across hubs and breakdowns. Default: the catalogue does not say it does not (distinct
   * SMEs are counted per hub), and it has a count row, or a single-year row with a numerator or denominator (rates
   * and means add up through their counts: a hidden hub mean is recoverable from the `all` mean and the other hubs'
   * means and sizes). Differences (pp) and multi-year trends do not add up.
   */
  readonly additive?: (measure: MeasureId) => boolean;
}

/**
 * Builds the margins disclosure control must protect: hubs adding up to `all` (per measure, period and breakdown)
 * and breakdown groups adding up to breakdown `all` (per measure, hub and period), plus any the caller supplies.
 * A margin is made only when its total row and at least one part row exist.
 */
export function additiveMargins(rows: readonly MetricRow[], options: AdditiveMarginOptions): Margin[] {
  const additive = options.additive ?? additiveMeasures(rows);
  const keys = new Set(rows.map(rowKey));
  const margins: Margin[] = [];
  const add = (total: RowKey, candidates: readonly RowKey[]): void => {
    const parts = candidates.filter((k) => keys.has(k) && k !== total);
    if (keys.has(total) && parts.length > 0) margins.push({ total, parts });
  };
  for (const row of rows) {
    if (!additive(row.measure)) continue;
    if (row.hub === ALL && options.hubs !== undefined) {
      add(
        rowKey(row),
        options.hubs.filter((h) => h !== ALL).map((hub) => rowKey({ ...row, hub })),
      );
    }
    if (row.breakdown === ALL) {
      for (const group of options.breakdownGroups?.(row.measure) ?? []) {
        add(
          rowKey(row),
          group.filter((b) => b !== ALL).map((breakdown) => rowKey({ ...row, breakdown })),
        );
      }
    }
    for (const parts of options.partsOf?.(row) ?? []) add(rowKey(row), parts);
  }
  return margins;
}

/** The default `additive`: see AdditiveMarginOptions. A span (`2015/16-2020/21`) is a change or trend. */
export function additiveMeasures(rows: readonly MetricRow[]): (measure: MeasureId) => boolean {
  const addsUp = (r: MetricRow): boolean =>
    r.unit === 'count' || (r.unit !== 'pp' && !isSpan(r.period) && (r.numerator !== null || r.denominator !== null));
  const measures = new Set(rows.filter(addsUp).map((r) => r.measure));
  return (measure) => measures.has(measure) && measureFacts(measure).additive;
}
