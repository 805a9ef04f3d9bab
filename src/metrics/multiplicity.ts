import type { MeasureId } from '../model/measures/index.js';
import type { MetricRow } from '../model/metric.js';
import { holmAdjust } from '../stats/holm.js';

/**
 * Multiple comparisons. The pre-specified primary outcomes (`evaluation.primaryOutcomes`) keep the verdict their own
 * 95% interval gives. The secondary family is every other since-start comparison the headlines draw on: for each hub
 * and all hubs together, in the total breakdown, every since-start change and since-start change relative to
 * England or to similar areas that carries a verdict and a p-value. Within it p-values are adjusted by Holm's method
 * (stats/holm.ts), controlling the family-wise error rate at 5%, and a verdict whose adjusted p-value is 0.05 or more
 * becomes "unclear". Everything else (breakdowns, whole-span and before-start changes, comparison groups' and
 * England's own changes) is exploratory: its verdict is left as its interval gives and the method says so.
 */

/** The family-wise error rate the secondary family is held to. */
export const FAMILY_ALPHA = 0.05;

export type MultiplicityRole = 'primary' | 'secondary' | 'exploratory';

/** Where a row with a verdict stands: primary, in the Holm-adjusted secondary family, or exploratory. */
export function multiplicityRole(row: MetricRow, primary: readonly MeasureId[]): MultiplicityRole | undefined {
  if (row.verdict === undefined) return undefined;
  if (primary.includes(row.measure)) return 'primary';
  const headlineArea = row.hub !== 'england' && !row.hub.includes(':');
  const headlineBreakdown = row.breakdown === 'all' || row.breakdown === 'total';
  return headlineArea && headlineBreakdown && row.measure.includes('_since_start') ? 'secondary' : 'exploratory';
}

/**
 * Holm-adjusts the secondary family. Rows out of the family are returned as they are, with their role; rows in it
 * gain `p_adjusted`, and their verdict becomes "unclear" where the adjusted p-value is not below FAMILY_ALPHA. A
 * secondary row without a p-value or without a clear verdict stays as it is and does not enter the family.
 */
export function adjustForMultiplicity(rows: readonly MetricRow[], primary: readonly MeasureId[]): MetricRow[] {
  const roles = rows.map((r) => multiplicityRole(r, primary));
  const inFamily = rows.map(
    (r, i) => roles[i] === 'secondary' && typeof r.p_value === 'number' && !Number.isNaN(r.p_value),
  );
  const adjusted = holmAdjust(rows.map((r, i) => (inFamily[i] ? (r.p_value as number) : null)));
  return rows.map((r, i) => {
    const role = roles[i];
    if (role === undefined) return r;
    const p = adjusted[i];
    if (!inFamily[i] || p === null || p === undefined) return { ...r, multiplicity: role };
    const lapses = p >= FAMILY_ALPHA && (r.verdict === 'higher' || r.verdict === 'lower');
    return {
      ...r,
      multiplicity: role,
      p_adjusted: p,
      ...(lapses ? { verdict: 'unclear' as const, verdict_nominal: r.verdict } : {}),
    };
  });
}
