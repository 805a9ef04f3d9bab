import type { HubIndex } from '../config/hub-index.js';
import { ACTIVITY_TYPES, type Activity, type Institution, SME_SIZES } from '../model/records.js';
import { type AcademicYear, compareYears, startYearOf } from '../model/year.js';
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
  /**
   * DID bits of the institutions numbered [offset, offset + did.length) by the tally (a hub's institutions are
   * numbered together): the institutions behind each figure, for disclosure control. 0 = none.
   */
  offset: number;
  did: Uint8Array;
  readonly students: HeadCount;
  /** Teachers attending student activities (every type but teacher CPD). */
  readonly teachers: HeadCount;
  /** Teachers at teacher CPD activities. */
  readonly cpdTeachers: HeadCount;
  smeActivities: number;
  /** Activities per SME, by employer number (see ParticipationTally.employerOf). */
  readonly smes: Map<number, number>;
  /** SME activities with no employer id or name, which cannot be counted as distinct SMEs. */
  unidentifiedSmes: number;
  /** Students at member institutions with a pupil count (numerator of participations per 100 pupils). */
  memberStudents: number;
}

function headCount(): HeadCount {
  return { sum: 0, counted: 0, missing: 0, notApplicable: 0 };
}

export function emptyBucket(offset = 0, size = 0): Bucket {
  return {
    activities: 0,
    offset,
    did: new Uint8Array(size),
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
  cover(into, from.offset, from.offset + from.did.length);
  const shift = from.offset - into.offset;
  for (let k = 0; k < from.did.length; k++) into.did[shift + k]! |= from.did[k]!;
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

/** Widens a bucket's institution range to hold [from, to). */
function cover(b: Bucket, from: number, to: number): void {
  if (from >= to) return;
  if (b.did.length === 0) {
    b.offset = from;
    b.did = new Uint8Array(to - from);
    return;
  }
  const start = Math.min(b.offset, from);
  const end = Math.max(b.offset + b.did.length, to);
  if (start === b.offset && end === b.offset + b.did.length) return;
  const wider = new Uint8Array(end - start);
  wider.set(b.did, b.offset - start);
  b.offset = start;
  b.did = wider;
}

/** Breakdown numbers: 0 = all, then the activity types in catalogue order, then strands as first seen. */
const TYPE_NUMBER = new Map<string, number>(ACTIVITY_TYPES.map((t, k) => [t, k + 1]));
const FIRST_STRAND = ACTIVITY_TYPES.length + 1;
/** Bucket keys pack hub, year and breakdown numbers into one small integer. */
const YEARS_PER_HUB = 1 << 8;
const BREAKDOWNS_PER_YEAR = 1 << 12;

/**
 * The activity-log measures' inputs, totalled as activities stream in: one bucket per hub, year and
 * breakdown, so memory grows with hubs, years, institutions and employers, never with the number of rows.
 * Institutions, years, strands and employers are numbered as first seen, and each bucket holds one byte per
 * institution of its hub, so a row costs a few integer lookups and no allocation.
 * Only activities that cannot be placed in a hub are kept (as exclusions, to be listed).
 */
export class ParticipationTally {
  readonly register: InstitutionRegister;
  private readonly buckets = new Map<number, Bucket>();
  private readonly exclusions: { readonly year: AcademicYear; readonly exclusion: MetricExclusion }[] = [];
  /** Placed institutions, numbered hub by hub: URN -> number; hub number, member-from start year by number. */
  private readonly numberOfUrn = new Map<string, number>();
  private readonly hubOf: Uint16Array;
  private readonly memberFrom: Float64Array;
  private readonly hubIds: readonly string[];
  private readonly hubStart: Uint32Array;
  private readonly yearNumber = new Map<AcademicYear, number>();
  private readonly yearStart: number[] = [];
  private readonly strandsOfYear: Set<string>[] = [];
  private readonly strandNumber = new Map<string, number>();
  private readonly employerById = new Map<string, number>();
  private readonly employerByName = new Map<string, number>();

  constructor(institutions: readonly Institution[], hubs: HubIndex) {
    this.register = new InstitutionRegister(institutions, hubs);
    this.hubIds = hubs.hubs.map((h) => h.id);
    const placed = this.register.placed();
    const hubNumber = new Map(this.hubIds.map((id, k) => [id, k]));
    const byHub = this.hubIds.map(() => [] as PlacedInstitution[]);
    for (const p of placed) byHub[hubNumber.get(p.hubId)!]!.push(p);
    this.hubOf = new Uint16Array(placed.length);
    this.memberFrom = new Float64Array(placed.length);
    this.hubStart = new Uint32Array(this.hubIds.length + 1);
    let n = 0;
    byHub.forEach((members, h) => {
      this.hubStart[h] = n;
      for (const { institution } of members) {
        this.numberOfUrn.set(institution.urn, n);
        this.hubOf[n] = h;
        this.memberFrom[n] = memberFromYear(institution);
        n++;
      }
    });
    this.hubStart[this.hubIds.length] = n;
  }

  add(a: Activity): void {
    const y = this.yearOf(a.year);
    const i = this.numberOfUrn.get(a.urn);
    if (i === undefined) {
      const placed = this.register.place(a.urn);
      if ('reason' in placed)
        this.exclusions.push({ year: a.year, exclusion: { urn: a.urn, reason: placed.reason, source: a.source } });
      return;
    }
    const hub = this.hubOf[i]!;
    const cpd = a.type === 'teacher_cpd';
    const sme = SME.has(a.employerSize);
    const employer = sme ? this.employerOf(a) : undefined;
    const member = this.memberFrom[i]! <= this.yearStart[y]!;
    let did = DID.any;
    if (a.students !== null) did |= DID.students;
    if (a.teachers !== null) did |= cpd ? DID.cpdTeachers : DID.teachers;
    if (sme) did |= DID.sme;
    const key = (hub * YEARS_PER_HUB + y) * BREAKDOWNS_PER_YEAR;
    this.addTo(this.bucketAt(key, hub), i, did, a, cpd, member, sme, employer);
    this.addTo(this.bucketAt(key + TYPE_NUMBER.get(a.type)!, hub), i, did, a, cpd, member, sme, employer);
    if (a.strand !== null)
      this.addTo(this.bucketAt(key + this.strandOf(a.strand, y), hub), i, did, a, cpd, member, sme, employer);
  }

  private addTo(
    b: Bucket,
    i: number,
    did: number,
    a: Activity,
    cpd: boolean,
    member: boolean,
    sme: boolean,
    employer: number | undefined,
  ): void {
    b.activities++;
    b.did[i - b.offset]! |= did;
    count(b.students, a.students, cpd);
    count(cpd ? b.cpdTeachers : b.teachers, a.teachers, false);
    if (member && a.students !== null) b.memberStudents += a.students;
    if (sme) {
      b.smeActivities++;
      if (employer === undefined) b.unidentifiedSmes++;
      else b.smes.set(employer, (b.smes.get(employer) ?? 0) + 1);
    }
  }

  /** Years with at least one activity (placed or not). */
  years(): AcademicYear[] {
    return [...this.yearNumber.keys()].sort(compareYears);
  }

  /** Strands recorded in any of `years`, in natural order ("2" before "10"). */
  strands(years: readonly AcademicYear[]): string[] {
    const all = new Set(years.flatMap((y) => [...(this.strandsOfYear[this.yearNumber.get(y) ?? -1] ?? [])]));
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
    const hub = this.hubIds.indexOf(hubId);
    const b = breakdownNumber(breakdown, this.strandNumber);
    for (const year of years) {
      const y = this.yearNumber.get(year);
      const found = y === undefined || b === undefined ? undefined : this.buckets.get(bucketKey(hub, y, b));
      if (found) mergeBucket(out, found);
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

  private bucketAt(key: number, hub: number): Bucket {
    let b = this.buckets.get(key);
    if (b === undefined) {
      const from = this.hubStart[hub]!;
      b = emptyBucket(from, this.hubStart[hub + 1]! - from);
      this.buckets.set(key, b);
    }
    return b;
  }

  private yearOf(year: AcademicYear): number {
    let y = this.yearNumber.get(year);
    if (y === undefined) {
      y = this.yearNumber.size;
      if (y >= YEARS_PER_HUB) throw new Error(`more than ${YEARS_PER_HUB} academic years in the activity logs`);
      this.yearNumber.set(year, y);
      this.yearStart.push(startYearOf(year));
      this.strandsOfYear.push(new Set());
    }
    return y;
  }

  private strandOf(strand: string, y: number): number {
    let n = this.strandNumber.get(strand);
    if (n === undefined) {
      n = FIRST_STRAND + this.strandNumber.size;
      if (n >= BREAKDOWNS_PER_YEAR) throw new Error(`more than ${BREAKDOWNS_PER_YEAR - FIRST_STRAND} strands`);
      this.strandNumber.set(strand, n);
    }
    this.strandsOfYear[y]!.add(strand);
    return n;
  }

  /**
   * The employer's number: an employer is known by its id; failing that by its name, compared without case or
   * spacing differences (ids and names numbered apart). Undefined when it has neither.
   */
  private employerOf(a: Activity): number | undefined {
    const id = a.employerId?.trim();
    const [known, key] = id ? [this.employerById, id] : [this.employerByName, employerName(a)];
    if (key === undefined) return undefined;
    let n = known.get(key);
    if (n === undefined) {
      n = this.employerById.size + this.employerByName.size;
      known.set(key, n);
    }
    return n;
  }
}

function bucketKey(hub: number, year: number, breakdown: number): number {
  return (hub * YEARS_PER_HUB + year) * BREAKDOWNS_PER_YEAR + breakdown;
}

function breakdownNumber(breakdown: string, strands: ReadonlyMap<string, number>): number | undefined {
  if (breakdown === 'all') return 0;
  if (breakdown.startsWith('strand:')) return strands.get(breakdown.slice('strand:'.length));
  return TYPE_NUMBER.get(breakdown);
}

/** The start year from which an institution counts as a member (see isMember); Infinity when it never does. */
function memberFromYear({ joined, eligible, pupils }: Institution): number {
  return eligible && pupils !== null && joined !== null ? startYearOf(joined) : Number.POSITIVE_INFINITY;
}

/** A member in year Y: eligible, joined in Y or before, with its pupils counted (as the membership measures). */
const SME = new Set(SME_SIZES);

/** Institutions in a bucket that did `what` (a DID bit). */
export function institutionsThat(b: Bucket, what: number): number {
  let n = 0;
  for (const did of b.did) if (did & what) n++;
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

function employerName(activity: Activity): string | undefined {
  return activity.employerName?.trim().toLowerCase().replace(/\s+/g, ' ') || undefined;
}
