import type { StrandConfig } from '../config/groups.js';
import { type Activity, SME_SIZES } from '../model/records.js';
import { type AcademicYear, startYearOf } from '../model/year.js';
import { type ResolvedGroup, ranIn } from './group-members.js';

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
  /** Distinct SMEs, numbered by employer id, else lower-case name; an SME named by neither is not counted. */
  readonly smes: Set<number>;
  /** Members with at least one activity, by their number in the tally. */
  readonly institutions: Set<number>;
  /** The logs the activities came from, by their number in the tally (what they record: `GroupTally.records`). */
  readonly logs: Set<number>;
}

/** Whether the logs behind a bucket record an output at all, so that a count of 0 is a zero and not a gap. */
export interface Recorded {
  /** At least one of the logs has an employer-led project (a log without any cannot tell 0 from not kept). */
  readonly projects: boolean;
  /** At least one of the logs has an SME declaration column. */
  readonly declarations: boolean;
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
    logs: new Set(),
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
  for (const l of b.logs) a.logs.add(l);
  return a;
}

/** A group the institution belongs to, by its number in the tally, and the start year it is a member from. */
interface Membership {
  readonly group: number;
  /** Null: a member whenever the group ran. */
  readonly from: number | null;
}

/**
 * Activity outputs per group, strand and the programme, by academic year, totalled as the log streams in (no row
 * is kept). An activity at a member, in a year the group ran, counts for the group that delivered it: a row naming
 * its group counts for that group alone; a row naming none is a hub's (hub logs have no such column), so it counts
 * for the area hubs its school was a member of, never for a cluster. A strand and the programme count it once.
 * Groups, years and the ids counted into (groups, strands, the programme) are numbered once, so a row costs a few
 * array look-ups and no allocation.
 */
export class GroupTally {
  /** Each member institution's number and the groups it belongs to. */
  private readonly byUrn = new Map<string, { readonly number: number; readonly groups: Membership[] }>();
  private readonly smeNumber = new Map<string, number>();
  private readonly buckets = new Map<string, OutputBucket>();
  /** The ids counted into, numbered; an activity of group g alone counts into `alone[g]`. */
  private readonly targets: string[] = [];
  private readonly targetOf = new Map<string, number>();
  private readonly alone: readonly (readonly number[])[];
  private readonly strandsOf = new Map<string, string[]>();
  private readonly yearNumber = new Map<AcademicYear, number>();
  private readonly years: AcademicYear[] = [];
  private readonly yearStart: number[] = [];
  /** Whether group g ran in year y, at [y * groups + g]. */
  private readonly ran: boolean[] = [];
  /** The bucket of target k in year y, at [y * targets + k]. */
  private readonly cells: (OutputBucket | undefined)[] = [];
  private readonly matched: number[] = [];
  /** Each log's number, and whether it has a project row and a declaration column. */
  private readonly logNumber = new Map<string, number>();
  private readonly logHasProjects: boolean[] = [];
  private readonly logHasDeclarations: boolean[] = [];

  constructor(
    readonly groups: readonly ResolvedGroup[],
    readonly strands: readonly StrandConfig[],
  ) {
    groups.forEach((g, k) => {
      for (const [urn, joined] of g.members) {
        const m = { group: k, from: joined === null ? null : startYearOf(joined) };
        const known = this.byUrn.get(urn);
        if (known) known.groups.push(m);
        else this.byUrn.set(urn, { number: this.byUrn.size, groups: [m] });
      }
    });
    for (const s of strands)
      for (const id of s.groups) this.strandsOf.set(id, [...(this.strandsOf.get(id) ?? []), s.id]);
    for (const id of [...groups.map((g) => g.id), ...strands.map((s) => s.id), PROGRAMME]) this.target(id);
    this.alone = groups.map((g) => this.targetsOf([g.id]));
  }

  add(a: Activity): void {
    const log = this.logOf(a);
    const member = this.byUrn.get(a.urn);
    if (member === undefined) return;
    const y = this.yearOf(a.year);
    const start = this.yearStart[y]!;
    const matched = this.matched;
    matched.length = 0;
    for (const { group, from } of member.groups) {
      // As isMemberIn: a member from its join year on (compared by start year).
      if (!this.ran[y * this.groups.length + group] || (from !== null && !(from <= start))) continue;
      if (deliveredBy(a, this.groups[group]!)) matched.push(group);
    }
    if (matched.length === 0) return;
    const targets =
      matched.length === 1 ? this.alone[matched[0]!]! : this.targetsOf(matched.map((g) => this.groups[g]!.id));
    const sme = SME.has(a.employerSize) ? this.smeOf(a) : undefined;
    for (const k of targets) addTo(this.bucketOf(k, y), a, member.number, sme, log);
  }

  /** What the logs behind a bucket record: a project or declaration count of 0 from logs that never do is a gap. */
  records(b: OutputBucket): Recorded {
    const logs = [...b.logs];
    return {
      projects: logs.some((l) => this.logHasProjects[l]),
      declarations: logs.some((l) => this.logHasDeclarations[l]),
    };
  }

  /** The log's number; noted, whether or not the row counts for a group, for what the log records. */
  private logOf(a: Activity): number {
    const file = a.source.file;
    let n = this.logNumber.get(file);
    if (n === undefined) {
      n = this.logNumber.size;
      this.logNumber.set(file, n);
      this.logHasProjects.push(false);
      this.logHasDeclarations.push(a.smeDeclaration != null);
    }
    if (a.output === 'project') this.logHasProjects[n] = true;
    return n;
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

  /** What an activity of these groups counts into: each group, each of their strands once, the programme. */
  private targetsOf(groupIds: readonly string[]): number[] {
    const strands = new Set(groupIds.flatMap((id) => this.strandsOf.get(id) ?? []));
    return [...groupIds, ...strands, PROGRAMME].map((id) => this.target(id));
  }

  private target(id: string): number {
    let k = this.targetOf.get(id);
    if (k === undefined) {
      k = this.targets.length;
      this.targets.push(id);
      this.targetOf.set(id, k);
    }
    return k;
  }

  /** The SME's number, by employer id, else lower-case name; undefined when the activity names neither. */
  private smeOf(a: Activity): number | undefined {
    const key = a.employerId ?? a.employerName?.toLowerCase();
    if (!key) return undefined;
    let n = this.smeNumber.get(key);
    if (n === undefined) {
      n = this.smeNumber.size;
      this.smeNumber.set(key, n);
    }
    return n;
  }

  private yearOf(year: AcademicYear): number {
    let y = this.yearNumber.get(year);
    if (y === undefined) {
      y = this.years.length;
      this.yearNumber.set(year, y);
      this.years.push(year);
      this.yearStart.push(startYearOf(year));
      for (const g of this.groups) this.ran.push(ranIn(g, year));
    }
    return y;
  }

  private bucketOf(k: number, y: number): OutputBucket {
    const at = y * this.targets.length + k;
    let b = this.cells[at];
    if (b === undefined) {
      const key = `${this.targets[k]}|${this.years[y]}`;
      b = this.buckets.get(key);
      if (b === undefined) {
        b = emptyOutputs();
        this.buckets.set(key, b);
      }
      this.cells[at] = b;
    }
    return b;
  }
}

/** Whether `group` delivered the activity: named by the row, or an area hub where the row names no group. */
function deliveredBy(a: Activity, group: ResolvedGroup): boolean {
  return a.group == null ? group.kind === 'area hub' : a.group === group.id;
}

const SME = new Set(SME_SIZES);

function addTo(b: OutputBucket, a: Activity, institution: number, sme: number | undefined, log: number): void {
  b.institutions.add(institution);
  b.logs.add(log);
  if (a.output === 'project') b.projects++;
  if (a.output === 'placement') {
    if (a.students === null) b.placementsUncounted++;
    else b.placements += a.students;
  }
  if (a.students === null) b.studentsUncounted++;
  else b.students += a.students;
  if (a.employerId !== null || a.employerName !== null) b.employerParticipations++;
  if (SME.has(a.employerSize)) {
    b.smeParticipations++;
    if (a.smeDeclaration) b.declarations++;
    if (sme !== undefined) b.smes.add(sme);
  }
}

/**
 * Whether an activity was delivered by a group that is not an area hub (a Careers Cluster): the hubs' own
 * participation measures leave such rows out, so the hubs' outputs are not the clusters' too.
 */
export function deliveredByGroup(a: Activity, groupIds: ReadonlySet<string>): boolean {
  return a.group != null && groupIds.has(a.group);
}
