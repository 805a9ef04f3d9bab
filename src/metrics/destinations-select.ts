import type { HubIndex } from '../config/hub-index.js';
import type { DestinationRow } from '../model/records.js';
import { type AcademicYear, compareYears } from '../model/year.js';

/** The breakdowns the destinations metrics report, as lower-case snake ids. */
export type BreakdownId = 'total' | 'disadvantaged' | 'not_disadvantaged';
export const BREAKDOWN_IDS: readonly BreakdownId[] = ['total', 'disadvantaged', 'not_disadvantaged'];

/** The id of a (canonical) breakdown, or undefined for breakdowns the metrics do not use. */
export function breakdownId(row: Pick<DestinationRow, 'breakdownTopic' | 'breakdown'>): BreakdownId | undefined {
  if (row.breakdownTopic === 'Total' && row.breakdown === 'Total') return 'total';
  if (row.breakdownTopic !== 'Disadvantage Status') return undefined;
  if (row.breakdown === 'Disadvantaged') return 'disadvantaged';
  if (row.breakdown === 'Not disadvantaged') return 'not_disadvantaged';
  return undefined;
}

/** The count rows the metrics use, one per cell after choosing between releases. */
export interface Selection {
  /** National comparator rows by `cohort|breakdown`. */
  readonly national: ReadonlyMap<string, DestinationRow>;
  /** Hub LA rows by `cohort|breakdown`, then by the LA's new code from the config. */
  readonly local: ReadonlyMap<string, ReadonlyMap<string, DestinationRow>>;
  readonly localCohorts: readonly AcademicYear[];
  readonly nationalCohorts: readonly AcademicYear[];
  readonly breakdowns: readonly BreakdownId[];
  /** The release (latest cohort) of each source file, for the comparator's provenance note. */
  readonly releaseOf: ReadonlyMap<string, AcademicYear>;
}

export const cellKey = (cohort: AcademicYear, breakdown: BreakdownId) => `${cohort}|${breakdown}`;

/**
 * Keeps the count rows of the institution group (institution_type Total) and the three breakdowns, then, where
 * several files give the same cell, keeps one by this rule:
 *   0. for the national comparator, a release that the chosen hub rows come from (methods change between
 *      releases: the 2023/24 one re-based every cohort from 2016/17), whatever other releases exist;
 *   1. the later release, a file's release being the latest KS4 cohort it covers (a release revises earlier
 *      cohorts, e.g. the 2019/20 cohort is provisional in the 2020/21 release and revised in the 2021/22 one);
 *   2. within one release, version Revised over any other, and any other over Provisional;
 *   3. then the file read last (rows are passed in reading order).
 * Hub rows are LA rows (`local_authority`); a cohort and breakdown with no LA row at all falls back to LA
 * district rows, which for London are the same areas (the boroughs, E09 codes).
 */
export function selectRows(
  rows: readonly DestinationRow[],
  hubs: HubIndex,
  institutionGroup: string,
  comparatorCode: string,
): Selection {
  const releaseOf = releases(rows);
  const candidates: { key: string; row: DestinationRow; order: number }[] = [];
  rows.forEach((row, order) => {
    const id = breakdownId(row);
    if (!id || row.dataType !== 'count' || row.institutionGroup !== institutionGroup || row.institutionType !== 'Total')
      return;
    const area =
      row.level === 'national'
        ? row.areaCode === comparatorCode
          ? comparatorCode
          : undefined
        : (hubs.find(row.areaCode)?.la.newCode ??
          hubs.find(row.oldLaCode)?.la.newCode ??
          hubs.find(row.areaName)?.la.newCode);
    if (area === undefined || row.level === 'regional') return;
    candidates.push({ key: `${row.level}|${area}|${cellKey(row.cohortYear, id)}`, row, order });
  });
  const rank = (row: DestinationRow, order: number, preferred: ReadonlySet<AcademicYear | undefined>) => {
    const release = releaseOf.get(row.source.file);
    return [preferred.has(release) ? 1 : 0, startOf(release), versionRank(row.version), order];
  };
  const pick = (national: boolean, preferred: ReadonlySet<AcademicYear | undefined>) => {
    const best = new Map<string, { row: DestinationRow; rank: number[] }>();
    for (const { key, row, order } of candidates) {
      if ((row.level === 'national') !== national) continue;
      const r = rank(row, order, preferred);
      const seen = best.get(key);
      if (!seen || later(r, seen.rank)) best.set(key, { row, rank: r });
    }
    return best;
  };
  const localBest = pick(false, new Set());
  // The comparator comes from the release of the hub rows where one has the cell, so methods match.
  const hubReleases = new Set([...localBest.values()].map(({ row }) => releaseOf.get(row.source.file)));
  const best = new Map([...localBest, ...pick(true, hubReleases)]);

  const national = new Map<string, DestinationRow>();
  const byLevel = {
    local_authority: new Map<string, Map<string, DestinationRow>>(),
    local_authority_district: new Map<string, Map<string, DestinationRow>>(),
  };
  for (const [key, { row }] of best) {
    const [level, area] = key.split('|') as [DestinationRow['level'], string];
    const cell = cellKey(row.cohortYear, breakdownId(row) as BreakdownId);
    if (level === 'national') national.set(cell, row);
    else if (level === 'local_authority' || level === 'local_authority_district') {
      const m = byLevel[level].get(cell) ?? new Map<string, DestinationRow>();
      m.set(area, row);
      byLevel[level].set(cell, m);
    }
  }
  const local = new Map<string, ReadonlyMap<string, DestinationRow>>(byLevel.local_authority_district);
  for (const [cell, m] of byLevel.local_authority) local.set(cell, m);

  const cohortsOf = (keys: Iterable<string>) =>
    [...new Set([...keys].map((k) => k.split('|')[0] as AcademicYear))].sort(compareYears);
  const present = new Set([...national.keys(), ...local.keys()].map((k) => k.split('|')[1]));
  return {
    national,
    local,
    localCohorts: cohortsOf(local.keys()),
    nationalCohorts: cohortsOf(national.keys()),
    breakdowns: BREAKDOWN_IDS.filter((b) => present.has(b)),
    releaseOf,
  };
}

function releases(rows: readonly DestinationRow[]): Map<string, AcademicYear> {
  const out = new Map<string, AcademicYear>();
  for (const row of rows) {
    const seen = out.get(row.source.file);
    if (!seen || compareYears(row.cohortYear, seen) > 0) out.set(row.source.file, row.cohortYear);
  }
  return out;
}

const startOf = (y: AcademicYear | undefined) => (y === undefined ? 0 : Number(y.slice(0, 4)));

function versionRank(version: string | null): number {
  const v = (version ?? '').toLowerCase();
  return v === 'revised' ? 2 : v === 'provisional' ? 0 : 1;
}

function later(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++)
    if ((a[k] as number) !== (b[k] as number)) return (a[k] as number) > (b[k] as number);
  return false;
}
