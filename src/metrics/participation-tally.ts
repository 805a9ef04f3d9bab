import type { HubIndex } from '../config/hub-index.js';
import { type Activity, type Institution, SME_SIZES } from '../model/records.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import { InstitutionRegister, type MetricExclusion, type PlacedInstitution } from './institution-groups.js';

/** A head count summed over activities: what was counted, what was not recorded, and where it was counted. */
export interface HeadCount {
  sum: number;
  /** Activities with a count. */
  counted: number;
  /** Activities where a count was expected but not recorded (never taken as 0). */
  missing: number;
  /** Activities where the count does not apply (students at teacher CPD, which has none by nature). */
  notApplicable: number;
}

/** What an institution did in a bucket, as bits: one map entry per institution instead of a set per measure. */
export const DID = { any: 1, students: 2, teachers: 4, cpdTeachers: 8, sme: 16 } as const;

/** Running totals of one hub, year and breakdown (`all`, an activity type or `strand:<value>`). */
export interface Bucket {
  activities: number;
  /** URN -> DID bits: the institutions behind each figure (for disclosure control). */
  readonly urns: Map<string, number>;
  readonly students: HeadCount;
  /** Teachers attending student activities (every type but teacher CPD). */
  readonly teachers: HeadCount;
  /** Teachers at teacher CPD activities. */
  readonly cpdTeachers: HeadCount;
  smeActivities: number;
  /** Activities per SME, by employer key. */
  readonly smes: Map<string, number>;
  /** SME activities with no employer id or name, which cannot be counted as distinct SMEs. */
  unidentifiedSmes: number;
  /** Students at member institutions with a pupil count (numerator of participations per 100 pupils). */
  memberStudents: number;
}

function headCount(): HeadCount {
  return { sum: 0, counted: 0, missing: 0, notApplicable: 0 };
}

export function emptyBucket(): Bucket {
  return {
    activities: 0,
    urns: new Map(),
    students: headCount(),
    teachers: headCount(),
    cpdTeachers: headCount(),
    smeActivities: 0,
    smes: new Map(),
    unidentifiedSmes: 0,
    memberStudents: 0,
  };
}

/** Adds `from` into `into` (for a period of several years, or all hubs together). */
export function mergeBucket(into: Bucket, from: Bucket): void {
  into.activities += from.activities;
  for (const [u, did] of from.urns) into.urns.set(u, (into.urns.get(u) ?? 0) | did);
  for (const k of ['students', 'teachers', 'cpdTeachers'] as const) {
    const a = into[k];
    const b = from[k];
    a.sum += b.sum;
    a.counted += b.counted;
    a.missing += b.missing;
    a.notApplicable += b.notApplicable;
  }
  into.smeActivities += from.smeActivities;
  for (const [key, n] of from.smes) into.smes.set(key, (into.smes.get(key) ?? 0) + n);
  into.unidentifiedSmes += from.unidentifiedSmes;
  into.memberStudents += from.memberStudents;
}

/**
 * The activity-log measures' inputs, totalled as activities stream in: one bucket per hub, year and
 * breakdown, so memory grows with hubs, years, institutions and employers, never with the number of rows.
 * Only activities that cannot be placed in a hub are kept (as exclusions, to be listed).
 */
export class ParticipationTally {
  readonly register: InstitutionRegister;
  /** hub -> year -> breakdown -> bucket. */
  private readonly buckets = new Map<string, Map<AcademicYear, Map<string, Bucket>>>();
  private readonly exclusions: { readonly year: AcademicYear; readonly exclusion: MetricExclusion }[] = [];
  private readonly strandsOfYear = new Map<AcademicYear, Set<string>>();

  constructor(institutions: readonly Institution[], hubs: HubIndex) {
    this.register = new InstitutionRegister(institutions, hubs);
  }

  add(a: Activity): void {
    if (!this.strandsOfYear.has(a.year)) this.strandsOfYear.set(a.year, new Set());
    const placed = this.register.place(a.urn);
    if ('reason' in placed) {
      this.exclusions.push({ year: a.year, exclusion: { urn: a.urn, reason: placed.reason, source: a.source } });
      return;
    }
    const byBreakdown = this.yearBuckets(placed.hubId, a.year);
    const cpd = a.type === 'teacher_cpd';
    const sme = SME.has(a.employerSize);
    const key = sme ? employerKey(a) : undefined;
    const member = isMember(placed, a.year);
    const breakdowns = ['all', a.type];
    if (a.strand !== null) {
      breakdowns.push(`strand:${a.strand}`);
      this.strandsOfYear.get(a.year)?.add(a.strand);
    }
    const teachers = cpd ? 'cpdTeachers' : 'teachers';
    let did = DID.any;
    if (a.students !== null) did |= DID.students;
    if (a.teachers !== null) did |= DID[teachers];
    if (sme) did |= DID.sme;
    for (const breakdown of breakdowns) {
      const b = byBreakdown.get(breakdown) ?? emptyBucket();
      if (b.activities === 0) byBreakdown.set(breakdown, b);
      b.activities++;
      b.urns.set(a.urn, (b.urns.get(a.urn) ?? 0) | did);
      count(b.students, a.students, cpd);
      count(b[teachers], a.teachers, false);
      if (member && a.students !== null) b.memberStudents += a.students;
      if (sme) {
        b.smeActivities++;
        if (key === undefined) b.unidentifiedSmes++;
        else b.smes.set(key, (b.smes.get(key) ?? 0) + 1);
      }
    }
  }

  /** Years with at least one activity (placed or not). */
  years(): AcademicYear[] {
    return [...this.strandsOfYear.keys()].sort(compareYears);
  }

  /** Strands recorded in any of `years`, in natural order ("2" before "10"). */
  strands(years: readonly AcademicYear[]): string[] {
    const all = new Set(years.flatMap((y) => [...(this.strandsOfYear.get(y) ?? [])]));
    return [...all].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  }

  /** The activities of `years` that could not be placed in a hub, in input order. */
  excluded(years: readonly AcademicYear[]): MetricExclusion[] {
    const inRange = new Set<string>(years);
    return this.exclusions.filter((e) => inRange.has(e.year)).map((e) => e.exclusion);
  }

  /** One hub's totals over `years`, per breakdown (a fresh bucket: merging never changes the tally). */
  bucket(hubId: string, years: readonly AcademicYear[], breakdown: string): Bucket {
    const out = emptyBucket();
    for (const y of years) {
      const b = this.buckets.get(hubId)?.get(y)?.get(breakdown);
      if (b) mergeBucket(out, b);
    }
    return out;
  }

  /** Pupils on roll in the hub's member institutions in a year (those with a pupil count), and how many lack one. */
  memberPupils(hubId: string, year: AcademicYear): { pupils: number; institutions: number; unknown: number } {
    let pupils = 0;
    let institutions = 0;
    let unknown = 0;
    for (const p of this.register.placed()) {
      if (p.hubId !== hubId || !isMember(p, year)) continue;
      if (p.institution.pupils === null) unknown++;
      else {
        pupils += p.institution.pupils;
        institutions++;
      }
    }
    return { pupils, institutions, unknown };
  }

  private yearBuckets(hubId: string, year: AcademicYear): Map<string, Bucket> {
    const byYear = this.buckets.get(hubId) ?? new Map<AcademicYear, Map<string, Bucket>>();
    if (byYear.size === 0) this.buckets.set(hubId, byYear);
    const byBreakdown = byYear.get(year) ?? new Map<string, Bucket>();
    if (byBreakdown.size === 0) byYear.set(year, byBreakdown);
    return byBreakdown;
  }
}

/** A member in year Y: eligible, joined in Y or before, with its pupils counted (as the membership measures). */
const SME = new Set(SME_SIZES);

/** Institutions in a bucket that did `what` (a DID bit). */
export function institutionsThat(b: Bucket, what: number): number {
  if (what === DID.any) return b.urns.size;
  let n = 0;
  for (const did of b.urns.values()) if (did & what) n++;
  return n;
}

function isMember(p: PlacedInstitution, year: AcademicYear): boolean {
  const { joined, eligible, pupils } = p.institution;
  return eligible && pupils !== null && joined !== null && compareYears(joined, year) <= 0;
}

function count(c: HeadCount, n: number | null, notApplicable: boolean): void {
  if (n !== null) {
    c.sum += n;
    c.counted++;
  } else if (notApplicable) c.notApplicable++;
  else c.missing++;
}

/** An employer is known by its id; failing that by its name, compared without case or spacing differences. */
export function employerKey(activity: Activity): string | undefined {
  const id = activity.employerId?.trim();
  if (id) return `id:${id}`;
  const name = activity.employerName?.trim().toLowerCase().replace(/\s+/g, ' ');
  return name ? `name:${name}` : undefined;
}
