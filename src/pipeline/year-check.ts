import type { DestinationsConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import { canonicalInstitutionGroup } from '../ingest/destinations/labels.js';
import type { DestinationRow, FileSummary, InputKind } from '../model/records.js';
import { type AcademicYear, compareYears, nextYear } from '../model/year.js';
import { runMsg } from './messages.js';

export interface InputSpan {
  readonly kind: InputKind;
  readonly first: AcademicYear;
  readonly last: AcademicYear;
  /** The last reporting year the input serves: destinations lag their KS4 cohort (see DESTINATION_LAG). */
  readonly reaches: AcademicYear;
}

/**
 * A KS4 cohort's destinations are measured in the following year and published the year after, so a report for
 * 2023/24 reads the 2021/22 cohort (DfE KS4 destination measures, published each autumn).
 */
const DESTINATION_LAG = 2;

/** The first and last year each kind of input covers (destinations: KS4 cohorts), in input order. */
export function inputSpans(files: readonly FileSummary[]): InputSpan[] {
  const byKind = new Map<InputKind, AcademicYear[]>();
  for (const f of files) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), ...f.years]);
  return [...byKind].flatMap(([kind, years]) => {
    const sorted = [...years].sort(compareYears);
    const last = sorted[sorted.length - 1];
    if (!last) return [];
    return [
      { kind, first: sorted[0]!, last, reaches: kind === 'destinations' ? nextYear(last, DESTINATION_LAG) : last },
    ];
  });
}

/**
 * A reporting year no input covers (`--year 2035/36`, `--year 1999`) would give a report of empty chapters, and a
 * `destinations.cohorts` range with no cohort in the files would silently drop the destinations chapter: both are
 * user mistakes, stopped here with the years each input covers.
 */
export function checkYears(
  year: AcademicYear,
  files: readonly FileSummary[],
  destinations: Pick<DestinationsConfig, 'cohorts'>,
): void {
  const spans = inputSpans(files);
  if (spans.length === 0) return;
  const within = (s: InputSpan, y: AcademicYear) => compareYears(s.first, y) <= 0 && compareYears(y, s.reaches) <= 0;
  if (!spans.some((s) => within(s, year))) throw new UserError(runMsg.yearOutsideData(year, spans), runMsg.yearHint());
  const cohorts = destinations.cohorts;
  const dest = spans.find((s) => s.kind === 'destinations');
  if (cohorts && dest && (compareYears(cohorts.to, dest.first) < 0 || compareYears(dest.last, cohorts.from) < 0))
    throw new UserError(runMsg.cohortsOutsideData(cohorts.from, cohorts.to, dest), runMsg.cohortsHint());
}

/**
 * A `destinations.institutionGroup` that no row of the destination files has would make every hub row vanish without
 * a word: stopped here with the groups the files do have (the LA and district rows where there are any, since those
 * are the rows a hub pools).
 */
export function checkInstitutionGroup(group: string, rows: readonly DestinationRow[]): void {
  const local = rows.filter((r) => r.level === 'local_authority' || r.level === 'local_authority_district');
  const pool = local.length ? local : rows;
  if (pool.length === 0) return;
  const wanted = canonicalInstitutionGroup(group);
  if (pool.some((r) => r.institutionGroup === wanted)) return;
  const groups = [...new Set(pool.map((r) => r.institutionGroup))].sort((a, b) => a.localeCompare(b, 'en'));
  throw new UserError(runMsg.institutionGroupNotFound(group, groups), runMsg.institutionGroupHint());
}
