import type { MetricRow } from '../model/metric.js';
import { publishes, suppressRow } from './primary.js';
import { indexRows, type Margin, rowKey } from './row-key.js';

/**
 * Secondary (complementary) suppression. A margin with exactly one suppressed cell among its parts and total gives
 * that cell away by subtraction, so one more cell is suppressed: the smallest published part (least information
 * lost, the usual heuristic; Hundepool et al., Statistical Disclosure Control, Wiley 2012, §4.3), else the total.
 * Cells can sit in several margins (a hub × breakdown table has row and column margins), so the margins are swept
 * until none changes: a fixed point where every margin has no suppressed cell or at least two.
 * This guarantees no single subtraction recovers a cell; it is not a full linear-programming audit, which
 * matters only for tables with many interlocking margins.
 */
export function secondarySuppression(
  rows: readonly MetricRow[],
  margins: readonly Margin[],
  note: string,
): MetricRow[] {
  const out = [...rows];
  if (margins.length === 0) return out;
  const index = indexRows(rows);
  const cellsOf = margins.map((m) => cellIndexes(m, index)).filter((cells): cells is number[] => cells !== undefined);
  let changed = true;
  while (changed) {
    changed = false;
    for (const cells of cellsOf) {
      if (cells.filter((i) => out[i]!.symbol === 'c').length !== 1) continue;
      const complement = chooseComplement(cells, out);
      if (complement === undefined) continue;
      out[complement] = suppressRow(out[complement]!, note);
      changed = true;
    }
  }
  return out;
}

/**
 * Row positions of a margin's total (first) and of its parts that exist in the table, each once. A margin whose
 * total is not in the table relates nothing published and is dropped (undefined).
 */
function cellIndexes(margin: Margin, index: ReadonlyMap<string, number>): number[] | undefined {
  const total = index.get(margin.total);
  if (total === undefined) return undefined;
  const parts = margin.parts.flatMap((k) => {
    const i = index.get(k);
    return i === undefined || i === total ? [] : [i];
  });
  return [total, ...new Set(parts)];
}

/**
 * The cell to suppress next: a published part, smallest first, ties broken by key so the result is deterministic.
 * Zero parts go last: a reader who knows complements are never small could infer a suppressed zero from the total.
 * The total is used only when no part is left.
 */
function chooseComplement(cells: readonly number[], rows: readonly MetricRow[]): number | undefined {
  const [total, ...parts] = cells;
  const open = parts.filter((i) => rows[i]!.symbol !== 'c' && publishes(rows[i]!));
  if (open.length > 0) {
    const ranked = open
      .map((i) => ({ i, size: cellSize(rows[i]!), key: rowKey(rows[i]!) }))
      .sort(
        (a, b) =>
          Number(a.size === 0) - Number(b.size === 0) ||
          a.size - b.size ||
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
    return ranked[0]!.i;
  }
  if (total !== undefined && rows[total]!.symbol !== 'c' && publishes(rows[total]!)) return total;
  return undefined;
}

/** How much a cell holds: a count's value; for a rate, the size of its group. */
function cellSize(row: MetricRow): number {
  const size = row.unit === 'count' ? row.value : (row.denominator ?? row.numerator ?? row.value);
  return size === null ? Number.POSITIVE_INFINITY : Math.abs(size);
}
