import { FAMILY_ALPHA } from '../../metrics/multiplicity.js';
import type { MetricRow } from '../../model/metric.js';
import { spanEnds } from '../../model/period.js';
import { type AcademicYear, compareYears } from '../../model/year.js';
import { holmAdjust } from '../../stats/holm.js';
import { formatValue } from '../format.js';
import { type BenchmarkChanges, lowerFirst } from '../phrases/index.js';

/** The eight Gatsby Benchmarks, in their order (b1 to b8), as the Compass chapter and Annex A name them. */
export const BENCHMARKS = [
  'A stable careers programme',
  'Learning from career and labour market information',
  'Addressing the needs of each pupil',
  'Linking curriculum learning to careers',
  'Encounters with employers and employees',
  'Experiences of workplaces',
  'Encounters with further and higher education',
  'Personal guidance',
] as const;

/** A benchmark as charts and tables name it: its number and title, "B5 Encounters with employers and employees". */
export function benchmarkLabel(k: number): string {
  return `B${k + 1} ${BENCHMARKS[k]}`;
}

/**
 * The benchmarks whose change (rows b1 to b8, in order) is clear after Holm's adjustment over the eight: each row's
 * verdict comes from its unrounded 95% interval, and it counts only where its adjusted p-value is below 5% too.
 */
export function clearBenchmarkChanges(
  rows: readonly (MetricRow | undefined)[],
  period: string,
  started?: AcademicYear,
): BenchmarkChanges {
  const known = rows.map((r) => r !== undefined && r.symbol === '' && r.value !== null);
  const adjusted = holmAdjust(rows.map((r, k) => (known[k] ? (r?.p_value ?? null) : null)));
  const named = (verdict: 'higher' | 'lower') =>
    BENCHMARKS.flatMap((name, k) => {
      const r = rows[k];
      if (!r || !known[k] || r.verdict !== verdict || (adjusted[k] ?? 1) >= FAMILY_ALPHA) return [];
      const text = formatValue(r.value, r.unit, r.symbol);
      return [{ name: `B${k + 1} (${lowerFirst(name)})`, value: r.value ?? 0, text }];
    });
  const [from, to] = spanEnds(period);
  const sinceStart = started !== undefined && compareYears(from, started) < 0 && compareYears(to, started) >= 0;
  return {
    from,
    to,
    ...(sinceStart ? { started } : {}),
    known: known.filter(Boolean).length,
    rose: named('higher'),
    fell: named('lower'),
  };
}
