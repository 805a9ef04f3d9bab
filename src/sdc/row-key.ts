import type { MetricRow } from '../model/metric.js';

/**
 * Identifies one row of the tidy metrics table: `measure|hub|period|breakdown`. The four fields are the table's
 * key (one row per combination), so the key is unique in any well-formed table.
 */
export type RowKey = string;

export function rowKey(row: Pick<MetricRow, 'measure' | 'hub' | 'period' | 'breakdown'>): RowKey {
  return `${row.measure}|${row.hub}|${row.period}|${row.breakdown}`;
}

/**
 * An additive relation between published cells: the values (and, for rates, the numerators and denominators) of
 * `parts` add up to those of `total`. Any one hidden cell in such a relation can be recovered by subtraction.
 */
export interface Margin {
  readonly total: RowKey;
  readonly parts: readonly RowKey[];
}

/** Positions of rows by key; a repeated key is a bug upstream, because a margin could not say which row it means. */
export function indexRows(rows: readonly MetricRow[]): ReadonlyMap<RowKey, number> {
  const index = new Map<RowKey, number>();
  rows.forEach((row, i) => {
    const key = rowKey(row);
    if (index.has(key))
      throw new Error(`two metric rows share the key ${key}; disclosure control needs one row per key`);
    index.set(key, i);
  });
  return index;
}

/** The row with the keys of the rows it is worked out from (see MetricSdcFacts.derivedFrom). */
export function derivedFrom(
  row: MetricRow,
  sources: readonly Pick<MetricRow, 'measure' | 'hub' | 'period' | 'breakdown'>[],
): MetricRow {
  return { ...row, sdc: { counts: 'none', ...row.sdc, derivedFrom: sources.map(rowKey) } };
}
