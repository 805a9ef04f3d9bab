import type { MetricRow } from '../model/metric.js';
import { publishes, suppressRow } from './primary.js';
import { rowKey } from './row-key.js';

/**
 * Suppresses every figure worked out from a suppressed one (a change from its two ends, a gap from its two groups,
 * a difference in differences from its changes): published beside the other source, it would give the suppressed
 * figure away, as a margin does. Chains are followed to a fixed point, so a figure derived from a derived figure is
 * covered too. Runs after secondary suppression, whose margins do not include these relations.
 */
export function derivedSuppression(rows: readonly MetricRow[], note: string): MetricRow[] {
  const out = [...rows];
  const suppressed = new Set(out.filter((r) => r.symbol === 'c').map(rowKey));
  let changed = true;
  while (changed) {
    changed = false;
    out.forEach((row, i) => {
      const sources = row.sdc?.derivedFrom;
      if (!sources || row.symbol === 'c' || !publishes(row)) return;
      if (!sources.some((k) => suppressed.has(k))) return;
      out[i] = suppressRow(row, note);
      suppressed.add(rowKey(row));
      changed = true;
    });
  }
  return out;
}
