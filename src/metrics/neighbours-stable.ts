import { HubIndex } from '../config/hub-index.js';
import type { LocalAuthority } from '../config/schema.js';
import type { Closeness } from '../model/closeness.js';
import type { BaseMeasureId } from '../model/measures/index.js';
import type { MetricRow } from '../model/metric.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import { changeBetweenAreas } from '../stats/between-area.js';
import { classifyDifference, type DifferenceClass } from '../stats/change.js';
import { type Difference, differenceOfDifferences, scaleDifference } from '../stats/difference.js';

/**
 * Stable comparison groups and the checks on them, from each area of a group computed on its own:
 *   presence     - an area has a figure in a period when its own level row is not `x` (no row in the file: the
 *                  area did not exist yet, as Bournemouth, Christchurch and Poole before 2019);
 *   stable set   - a comparison over [from, to] uses only the areas with a figure in every period of that span in
 *                  which any area has one, so the group does not change make-up between the years compared;
 *   leave-one-out- the comparison recomputed without each area in turn (same interval method); an area whose removal
 *                  alone changes the verdict is named;
 *   weights      - each area's share of the group's cohort in the latest period.
 */

/** The metric-table hub id of one area of a group computed on its own. */
export const areaHubId = (group: string, code: string) => `${group}@${code}`;

/** Every area of a group as a one-LA hub, so each area's own rows come from the same pooling code as the group's. */
export function areaHubs(group: string, areas: readonly LocalAuthority[]): HubIndex {
  return new HubIndex(
    areas.map((la) => ({ id: areaHubId(group, la.newCode), name: la.name, lead: '', localAuthorities: [la] })),
  );
}

/** Codes of the areas with a figure of `measure` in each period (areas' own level rows, see areaHubs). */
export function presence(
  rows: readonly MetricRow[],
  group: string,
  areas: readonly LocalAuthority[],
  measure: BaseMeasureId,
  breakdown: string,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const la of areas) {
    const id = areaHubId(group, la.newCode);
    for (const r of rows) {
      if (r.hub !== id || r.measure !== measure || r.breakdown !== breakdown || r.symbol === 'x') continue;
      const set = out.get(r.period) ?? new Set<string>();
      set.add(la.newCode);
      out.set(r.period, set);
    }
  }
  return out;
}

/** The areas with a figure in every period from `from` to `to` that any area has a figure in. */
export function stableAreas(
  areas: readonly LocalAuthority[],
  present: ReadonlyMap<string, ReadonlySet<string>>,
  from: AcademicYear,
  to: AcademicYear,
): LocalAuthority[] {
  const inSpan = [...present.entries()].filter(
    ([p, set]) =>
      set.size > 0 && compareYears(p as AcademicYear, from) >= 0 && compareYears(p as AcademicYear, to) <= 0,
  );
  return areas.filter((la) => inSpan.every(([, set]) => set.has(la.newCode)));
}

/** The note a change over a stable group carries: which areas left it for this comparison, and why. */
export function leftNote(left: readonly LocalAuthority[], from: AcademicYear, to: AcademicYear): string {
  return (
    `similar areas with figures in every year from ${from} to ${to} only; left out for this comparison (not in ` +
    `every year): ${left.map((la) => la.name).join(', ')}`
  );
}

export interface LeaveOneOut {
  /** Areas whose removal alone changes the verdict. */
  readonly changes: readonly string[];
  /** The area whose removal moves the figure most, and the figure without it. */
  readonly largest: { readonly area: string; readonly gap: Difference; readonly verdict: DifferenceClass } | null;
}

/**
 * The gap recomputed without each area in turn: the group's change between the two periods on the other areas, with
 * the LA-unit interval the group's own change has (stats/between-area.ts), against the same hub change (percentage
 * points), the gap by MOVER's square-and-add (differenceOfDifferences). undefined
 * when an area's figure is withheld or absent at either end (the group figure is withheld then too).
 */
export function leaveOneOut(
  rows: ReadonlyMap<string, MetricRow>,
  group: string,
  areas: readonly LocalAuthority[],
  level: { readonly measure: BaseMeasureId; readonly breakdown: string; readonly from: string; readonly to: string },
  hub: Difference,
  verdict: DifferenceClass,
): LeaveOneOut | undefined {
  const ends = areas.map((la) => {
    const at = (period: string) =>
      rows.get(`${level.measure}|${areaHubId(group, la.newCode)}|${period}|${level.breakdown}`);
    const a = at(level.from);
    const b = at(level.to);
    if (!a || !b || a.numerator === null || a.denominator === null || b.numerator === null || b.denominator === null)
      return undefined;
    return { la, x1: a.numerator, n1: a.denominator, x2: b.numerator, n2: b.denominator };
  });
  if (ends.length < 3 || ends.some((e) => e === undefined)) return undefined;
  const known = ends as NonNullable<(typeof ends)[number]>[];
  const full = changeBetweenAreas(known);
  if (!full) return undefined;
  const changes: string[] = [];
  let largest: LeaveOneOut['largest'] = null;
  const fullGap = differenceOfDifferences(hub, scaleDifference(full, 100));
  for (const drop of known) {
    const c = changeBetweenAreas(known.filter((e) => e !== drop));
    if (!c) continue;
    const gap = differenceOfDifferences(hub, scaleDifference(c, 100));
    const v = classifyDifference(gap.diff, gap.low, gap.high);
    if (v !== verdict) changes.push(drop.la.name);
    if (!largest || Math.abs(gap.diff - fullGap.diff) > Math.abs(largest.gap.diff - fullGap.diff))
      largest = { area: drop.la.name, gap, verdict: v };
  }
  return { changes, largest };
}

/** One area of a group with its closeness band and its share of the group's cohort. */
export interface AreaWeight {
  readonly name: string;
  readonly closeness: Closeness | null;
  readonly cohort: number;
  /** Share of the group's cohort, 0-1. */
  readonly share: number;
}

/** Each area's cohort in `period` (its level row's denominator) as a share of the group's. */
export function weights(
  rows: ReadonlyMap<string, MetricRow>,
  group: string,
  areas: readonly LocalAuthority[],
  level: { readonly measure: BaseMeasureId; readonly breakdown: string; readonly period: string },
  closeness: (la: LocalAuthority) => Closeness | null,
): AreaWeight[] {
  const cohorts = areas.map((la) => ({
    la,
    n: rows.get(`${level.measure}|${areaHubId(group, la.newCode)}|${level.period}|${level.breakdown}`)?.denominator,
  }));
  const total = cohorts.reduce((s, c) => s + (c.n ?? 0), 0);
  return cohorts
    .filter((c): c is { la: LocalAuthority; n: number } => typeof c.n === 'number' && c.n > 0)
    .map((c) => ({ name: c.la.name, closeness: closeness(c.la), cohort: c.n, share: total > 0 ? c.n / total : 0 }))
    .sort((a, b) => b.share - a.share || a.name.localeCompare(b.name, 'en'));
}
