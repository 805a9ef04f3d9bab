import type { StrandConfig } from '../config/groups.js';
import { type Activity, SME_SIZES } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import { isMemberIn, type ResolvedGroup, ranIn } from './group-members.js';

/** The id of the rows for the whole programme: every strand together, each activity once. */
export const PROGRAMME = 'programme';

/** One group (or strand, or the programme) in one academic year: the activity outputs. */
export interface OutputBucket {
  projects: number;
  /** Students placed; placements with no student count are counted in `placementsUncounted`. */
  placements: number;
  placementsUncounted: number;
  students: number;
  studentsUncounted: number;
  employerParticipations: number;
  smeParticipations: number;
  declarations: number;
  /** Distinct SMEs by employer id, else lower-case name; SME activities naming neither are not counted. */
  readonly smes: Set<string>;
  /** Member URNs with at least one activity. */
  readonly institutions: Set<string>;
}

export function emptyOutputs(): OutputBucket {
  return {
    projects: 0,
    placements: 0,
    placementsUncounted: 0,
    students: 0,
    studentsUncounted: 0,
    employerParticipations: 0,
    smeParticipations: 0,
    declarations: 0,
    smes: new Set(),
    institutions: new Set(),
  };
}

/** Adds `b` into `a` (distinct SMEs and institutions as unions). */
export function mergeOutputs(a: OutputBucket, b: OutputBucket): OutputBucket {
  a.projects += b.projects;
  a.placements += b.placements;
  a.placementsUncounted += b.placementsUncounted;
  a.students += b.students;
  a.studentsUncounted += b.studentsUncounted;
  a.employerParticipations += b.employerParticipations;
  a.smeParticipations += b.smeParticipations;
  a.declarations += b.declarations;
  for (const s of b.smes) a.smes.add(s);
  for (const i of b.institutions) a.institutions.add(i);
  return a;
}

/**
 * Activity outputs per group, strand and the programme, by academic year, totalled as the log streams in (no row
 * is kept). An activity at a member, in a year the group ran, counts for the group that delivered it: a row naming
 * its group counts for that group alone; a row naming none is a hub's (hub logs have no such column), so it counts
 * for the area hubs its school was a member of, never for a cluster. A strand and the programme count it once.
 */
export class GroupTally {
  private readonly byUrn = new Map<string, ResolvedGroup[]>();
  private readonly buckets = new Map<string, OutputBucket>();
  private readonly strandsOf = new Map<string, string[]>();

  constructor(
    readonly groups: readonly ResolvedGroup[],
    readonly strands: readonly StrandConfig[],
  ) {
    for (const g of groups)
      for (const urn of g.members.keys()) {
        const list = this.byUrn.get(urn);
        if (list) list.push(g);
        else this.byUrn.set(urn, [g]);
      }
    for (const s of strands)
      for (const id of s.groups) this.strandsOf.set(id, [...(this.strandsOf.get(id) ?? []), s.id]);
  }

  add(a: Activity): void {
    const groups = (this.byUrn.get(a.urn) ?? []).filter(
      (g) => ranIn(g, a.year) && isMemberIn(g, a.urn, a.year) && deliveredBy(a, g),
    );
    if (groups.length === 0) return;
    const strands = new Set(groups.flatMap((g) => this.strandsOf.get(g.id) ?? []));
    for (const id of [...groups.map((g) => g.id), ...strands, PROGRAMME]) addTo(this.bucketOf(id, a.year), a);
  }

  /** The outputs of a group, strand or the programme over the years given (a fresh bucket; empty when none). */
  outputs(id: string, years: readonly AcademicYear[]): OutputBucket {
    const out = emptyOutputs();
    for (const y of years) {
      const b = this.buckets.get(`${id}|${y}`);
      if (b) mergeOutputs(out, b);
    }
    return out;
  }

  private bucketOf(id: string, year: AcademicYear): OutputBucket {
    const key = `${id}|${year}`;
    let b = this.buckets.get(key);
    if (!b) {
      b = emptyOutputs();
      this.buckets.set(key, b);
    }
    return b;
  }
}

/** Whether `group` delivered the activity: named by the row, or an area hub where the row names no group. */
function deliveredBy(a: Activity, group: ResolvedGroup): boolean {
  return a.group == null ? group.kind === 'area hub' : a.group === group.id;
}

function addTo(b: OutputBucket, a: Activity): void {
  b.institutions.add(a.urn);
  if (a.output === 'project') b.projects++;
  if (a.output === 'placement') {
    if (a.students === null) b.placementsUncounted++;
    else b.placements += a.students;
  }
  if (a.students === null) b.studentsUncounted++;
  else b.students += a.students;
  if (a.employerId !== null || a.employerName !== null) b.employerParticipations++;
  if (SME_SIZES.includes(a.employerSize)) {
    b.smeParticipations++;
    if (a.smeDeclaration) b.declarations++;
    const sme = a.employerId ?? a.employerName?.toLowerCase();
    if (sme) b.smes.add(sme);
  }
}

/**
 * Whether an activity was delivered by a group that is not an area hub (a Careers Cluster): the hubs' own
 * participation measures leave such rows out, so the hubs' outputs are not the clusters' too.
 */
export function deliveredByGroup(a: Activity, groupIds: ReadonlySet<string>): boolean {
  return a.group != null && groupIds.has(a.group);
}
