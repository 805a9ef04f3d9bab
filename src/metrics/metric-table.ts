import { METRIC_COLUMNS, type MetricRow } from '../model/metric.js';

export const NOT_FOR_PUBLICATION = 'NOT FOR PUBLICATION: disclosure control was turned off (--no-sdc)';

/** The tidy table as CSV: fixed column order, full precision, empty for null, LF line ends. */
export function metricsCsv(rows: readonly MetricRow[]): string {
  const lines = [METRIC_COLUMNS.join(',')];
  for (const row of rows) lines.push(METRIC_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return lines.join('\n') + '\n';
}

/** The same rows as JSON objects with the CSV's columns (the internal `sdc` facts are not written). */
export function publicRows(rows: readonly MetricRow[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(METRIC_COLUMNS.map((c) => [c, row[c] ?? null])));
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

/** A stable, readable order: measures as first produced, then hubs in config order, then period and breakdown. */
export function sortMetricRows(rows: readonly MetricRow[], hubOrder: readonly string[]): MetricRow[] {
  const measureRank = new Map<string, number>();
  rows.forEach((r) => measureRank.has(r.measure) || measureRank.set(r.measure, measureRank.size));
  const hubRank = (h: string) => {
    const k = hubOrder.indexOf(h);
    return k >= 0 ? k : h === 'all' ? hubOrder.length : h === 'england' ? hubOrder.length + 1 : hubOrder.length + 2;
  };
  return [...rows].sort((a, b) =>
    (measureRank.get(a.measure) ?? 0) - (measureRank.get(b.measure) ?? 0) || hubRank(a.hub) - hubRank(b.hub) || compareText(a.hub, b.hub) || compareText(a.period, b.period) || compareText(a.breakdown, b.breakdown),
  );
}

/** Code-unit order, not locale order: the same bytes on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
