import type { Problem } from '../../model/problem.js';
import type { DestinationRow, ReadResult } from '../../model/records.js';
import { type AcademicYear, compareYears, nextYear } from '../../model/year.js';

/**
 * What a destinations file says about the EES release it comes from. A release adds one KS4 cohort and revises
 * the earlier ones (the 2022/23 release of destinations covers cohorts to 2021/22), so the latest cohort a file
 * covers names its release; the `version` column (Provisional, Revised) says which state of it.
 */
export interface ReleaseFacts {
  /** The latest KS4 cohort in the file; undefined for a file with no rows. */
  readonly latestCohort: AcademicYear | undefined;
  readonly versions: readonly string[];
  readonly hasLocal: boolean;
  readonly hasNational: boolean;
}

export function releaseFacts(rows: readonly DestinationRow[]): ReleaseFacts {
  let latest: AcademicYear | undefined;
  const versions = new Set<string>();
  for (const r of rows) {
    if (latest === undefined || compareYears(r.cohortYear, latest) > 0) latest = r.cohortYear;
    if (r.version) versions.add(r.version);
  }
  return {
    latestCohort: latest,
    versions: [...versions].sort(),
    hasLocal: rows.some((r) => r.level === 'local_authority' || r.level === 'local_authority_district'),
    hasNational: rows.some((r) => r.level === 'national'),
  };
}

/** "the 2022/23 destinations release (KS4 cohorts to 2021/22)": destinations are measured the year after KS4. */
export function releaseName(latestCohort: AcademicYear): string {
  return `the ${nextYear(latestCohort)} destinations release (KS4 cohorts to ${latestCohort})`;
}

/** The note `validate` prints for each file. */
export function releaseNote(facts: ReleaseFacts): string | undefined {
  if (facts.latestCohort === undefined) return undefined;
  const versions = facts.versions.length ? `; version ${facts.versions.join(', ')}` : '';
  return `Release: ${releaseName(facts.latestCohort)}${versions}.`;
}

/**
 * A warning for each national file when no national file comes from a release of the LA (or LA-district) rows:
 * England will then be taken from another release, whose methods may differ (the 2023/24 release re-based every
 * cohort from 2016/17 on LEO without NCCIS).
 */
export function releaseProblems(results: readonly ReadResult<DestinationRow>[]): Problem[] {
  const facts = results.map((r) => ({ file: r.summary.file, ...releaseFacts(r.records) }));
  const local = new Set(facts.filter((f) => f.hasLocal).flatMap((f) => (f.latestCohort ? [f.latestCohort] : [])));
  const national = facts.filter((f) => f.hasNational && f.latestCohort !== undefined);
  if (local.size === 0 || national.length === 0) return [];
  if (national.some((f) => local.has(f.latestCohort as AcademicYear))) return [];
  const hubReleases = [...local].sort(compareYears).map(releaseName).join(' and ');
  return national.map((f) => ({
    severity: 'warning' as const,
    file: f.file,
    message:
      "no national file comes from the LA rows' release, so England's figures will be taken from this file's " +
      'release, whose methods may differ',
    expected: hubReleases,
    found: releaseName(f.latestCohort as AcademicYear),
  }));
}
