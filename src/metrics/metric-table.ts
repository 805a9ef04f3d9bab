import { METRIC_COLUMNS, type MetricRow } from '../model/metric.js';

export const NOT_FOR_PUBLICATION = 'NOT FOR PUBLICATION: disclosure control was turned off (--no-sdc)';

/** The tidy table as CSV: fixed column order, full precision, empty for null, LF line ends. */
export function metricsCsv(rows: readonly MetricRow[]): string {
  const lines = [METRIC_COLUMNS.join(',')];
  for (const row of rows) lines.push(METRIC_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * The same rows as JSON objects with the CSV's columns (the internal `sdc` facts are not written), and
 * `estimated_counts: true` where the numerator is an estimate rebuilt from a rounded rate, not a count of people.
 */
export function publicRows(rows: readonly MetricRow[]): Record<string, unknown>[] {
  return rows.map((row) => {
    const out: Record<string, unknown> = Object.fromEntries(METRIC_COLUMNS.map((c) => [c, row[c] ?? null]));
    if (row.sdc?.estimated) out.estimated_counts = true;
    return out;
  });
}

/** Marks every row of an unsuppressed table, so a copied file still says what it is. */
export function markNotForPublication(rows: readonly MetricRow[]): MetricRow[] {
  return rows.map((r) => ({ ...r, note: r.note ? `${NOT_FOR_PUBLICATION}; ${r.note}` : NOT_FOR_PUBLICATION }));
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
