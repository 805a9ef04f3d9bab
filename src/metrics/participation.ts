import type { HubIndex } from '../config/hub-index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { spanPeriod } from '../model/period.js';
import { ACTIVITY_TYPES, type Activity, type Institution } from '../model/records.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import { ALL_HUBS, type PlacedMetrics } from './institution-groups.js';
import {
  type Bucket,
  DID,
  emptyBucket,
  type HeadCount,
  institutionsThat,
  mergeBucket,
  ParticipationTally,
} from './participation-tally.js';

export { ParticipationTally } from './participation-tally.js';

export interface ParticipationInput {
  readonly activities: Iterable<Activity>;
  readonly institutions: readonly Institution[];
  readonly hubs: HubIndex;
  /** Reporting years, oldest first; activities from other years are ignored. */
  readonly years: readonly AcademicYear[];
  /** SMEs with at least this many activities meet the threshold (config.activities.smeThreshold; GLA Strand 2: 3). */
  readonly smeThreshold: number;
}

export type ParticipationResult = PlacedMetrics;

/** Breakdowns of the measures split by activity type, in output order. */
const TYPE_BREAKDOWNS: readonly string[] = ['all', ...ACTIVITY_TYPES];
/** Teachers attending student activities: teacher CPD is counted apart (teacher_cpd_participations). */
const STUDENT_ACTIVITY_BREAKDOWNS: readonly string[] = TYPE_BREAKDOWNS.filter((b) => b !== 'teacher_cpd');

/** One hub (or `all`) in one period (a year, or the whole range), with its totals per breakdown. */
interface Cell {
  readonly hub: string;
  readonly period: string;
  readonly years: readonly AcademicYear[];
  readonly bucket: (breakdown: string) => Bucket;
  /** For `all`: SMEs that worked with more than one hub in the period. */
  readonly multiHubSmes: number;
}

/**
 * Activity-log measures per hub, for each year and for the whole range: participations, activities, and the
 * SMEs engaged, by activity type and by strand. SMEs are counted distinct per hub (the Strand 2 reporting rule),
 * so an SME that worked with two hubs counts once in each, and once in `all`.
 */
export function participationMetrics(input: ParticipationInput): ParticipationResult {
  const tally = new ParticipationTally(input.institutions, input.hubs);
  for (const a of input.activities) tally.add(a);
  return participationRows(tally, input.years, input.smeThreshold);
}

/** The measures' rows from a tally the activities were streamed into. */
export function participationRows(
  tally: ParticipationTally,
  yearsGiven: readonly AcademicYear[],
  smeThreshold: number,
): ParticipationResult {
  const years = [...yearsGiven].sort(compareYears);
  const strands = tally.strands(years).map((s) => `strand:${s}`);
  const periods: { period: string; years: readonly AcademicYear[] }[] = years.map((y) => ({ period: y, years: [y] }));
  if (years.length > 1) periods.push({ period: spanPeriod(years[0]!, years[years.length - 1]!), years });
  const hubIds = tally.register.hubs.hubs.map((h) => h.id);
  const cells: Cell[] = [...hubIds, ALL_HUBS].flatMap((hub) =>
    periods.map(({ period, years: ys }) => cellOf(tally, hubIds, hub, period, ys)),
  );
  const by = (breakdowns: readonly string[], measure: (c: Cell, breakdown: string) => MetricRow) =>
    cells.flatMap((c) => [...breakdowns, ...strands].map((breakdown) => measure(c, breakdown)));
  const rows = [
    ...by(TYPE_BREAKDOWNS, (c, b) => participationsRow(c, b, 'students')),
    ...by(STUDENT_ACTIVITY_BREAKDOWNS, (c, b) => participationsRow(c, b, 'teachers')),
    ...by(['all'], (c, b) => participationsRow(c, b, 'cpdTeachers')),
    ...cells.map((c) => perPupilsRow(tally, c)),
    ...by(TYPE_BREAKDOWNS, activitiesRow),
    ...by(['all'], smesEngagedRow),
    ...by(TYPE_BREAKDOWNS, smeActivitiesRow),
    ...by(['all'], (c, b) => smesMeetingThresholdRow(c, b, smeThreshold)),
  ];
  return { rows, exclusions: tally.excluded(years) };
}

function cellOf(
  tally: ParticipationTally,
  hubIds: readonly string[],
  hub: string,
  period: string,
  years: readonly AcademicYear[],
): Cell {
  const cache = new Map<string, Bucket>();
  const bucket = (breakdown: string): Bucket => {
    let b = cache.get(breakdown);
    if (!b) {
      if (hub !== ALL_HUBS) b = tally.bucket(hub, years, breakdown);
      else {
        b = emptyBucket();
        for (const id of hubIds) mergeBucket(b, tally.bucket(id, years, breakdown));
      }
      cache.set(breakdown, b);
    }
    return b;
  };
  let multiHubSmes = 0;
  if (hub === ALL_HUBS) {
    const hubsOfSme = new Map<number, number>();
    for (const id of hubIds)
      for (const key of tally.bucket(id, years, 'all').smes.keys()) hubsOfSme.set(key, (hubsOfSme.get(key) ?? 0) + 1);
    for (const n of hubsOfSme.values()) if (n > 1) multiHubSmes++;
  }
  return { hub, period, years, bucket, multiHubSmes };
}

const WHO = {
  students: { measure: 'student_participations', noun: 'students' },
  teachers: { measure: 'teacher_participations', noun: 'teachers' },
  cpdTeachers: { measure: 'teacher_cpd_participations', noun: 'teachers' },
} as const;

/** Sum of participants; an activity with no count is left out (never taken as 0) and the note says how many. */
function participationsRow(c: Cell, breakdown: string, who: keyof typeof WHO): MetricRow {
  const count: HeadCount = c.bucket(breakdown)[who];
  const { measure, noun } = WHO[who];
  const uncounted = count.missing;
  // With activities but no counts at all, 0 would be a claim the log does not make: not available. Teacher CPD
  // has no students by nature: not applicable.
  const value =
    count.counted > 0
      ? { value: count.sum }
      : uncounted > 0
        ? { symbol: 'x' as const }
        : count.notApplicable > 0
          ? { symbol: 'z' as const }
          : { value: 0 };
  return metricRow({
    measure,
    hub: c.hub,
    period: c.period,
    breakdown,
    unit: 'count',
    ...value,
    note:
      uncounted > 0
        ? `${uncounted} activit${uncounted === 1 ? 'y' : 'ies'} with no ${noun} count left out (not counted as 0)`
        : count.counted === 0 && count.notApplicable > 0
          ? 'teacher CPD activities have no students'
          : '',
    sdc: { counts: 'people', institutions: institutionsThat(c.bucket(breakdown), DID[who]) },
  });
}

/**
 * Student participations at member institutions per 100 pupils on roll in them, so hubs of different sizes
 * compare; over several years, per 100 pupil-years. Members are those counted by the membership measures.
 */
function perPupilsRow(tally: ParticipationTally, c: Cell): MetricRow {
  const hubs = c.hub === ALL_HUBS ? tally.register.hubs.hubs.map((h) => h.id) : [c.hub];
  let pupils = 0;
  for (const hub of hubs) for (const y of c.years) pupils += tally.memberPupils(hub, y).pupils;
  const students = c.bucket('all').memberStudents;
  return metricRow({
    measure: 'student_participations_per_100_pupils',
    hub: c.hub,
    period: c.period,
    breakdown: 'all',
    unit: 'mean',
    ...(pupils > 0 ? { value: (100 * students) / pupils } : { symbol: 'x' as const }),
    numerator: students,
    denominator: pupils,
    note:
      'student participations at member institutions per 100 pupils on roll in them' +
      (c.years.length > 1 ? ' (per 100 pupil-years over the period)' : '') +
      '; members with no pupil count and activities with no student count are left out',
    sdc: { counts: 'people', institutions: institutionsThat(c.bucket('all'), DID.students) },
  });
}

function activitiesRow(c: Cell, breakdown: string): MetricRow {
  const b = c.bucket(breakdown);
  return metricRow({
    measure: 'activities',
    hub: c.hub,
    period: c.period,
    breakdown,
    unit: 'count',
    value: b.activities,
    sdc: { counts: 'events', institutions: institutionsThat(b, DID.any) },
  });
}

function smeActivitiesRow(c: Cell, breakdown: string): MetricRow {
  const b = c.bucket(breakdown);
  return metricRow({
    measure: 'sme_activities',
    hub: c.hub,
    period: c.period,
    breakdown,
    unit: 'count',
    value: b.smeActivities,
    sdc: { counts: 'events', institutions: institutionsThat(b, DID.sme) },
  });
}

function smesEngagedRow(c: Cell, breakdown: string): MetricRow {
  const b = c.bucket(breakdown);
  const notes = [unidentifiedNote(b)];
  if (c.hub === ALL_HUBS && breakdown === 'all') {
    notes.push(
      `distinct across all hubs; hub figures count an SME once in each hub it worked with, so do not sum to this ` +
        `(${c.multiHubSmes} SME(s) worked with more than one hub)`,
    );
  }
  return metricRow({
    measure: 'smes_engaged',
    hub: c.hub,
    period: c.period,
    breakdown,
    unit: 'count',
    value: b.smes.size,
    note: notes.filter((n) => n !== '').join('; '),
    sdc: { counts: 'organisations', institutions: institutionsThat(b, DID.sme) },
  });
}

/**
 * SMEs with at least `threshold` activities in this hub, period and strand (Strand 2: three activities complete
 * a project): counted per year, per strand and over the whole period, each on its own activities.
 */
function smesMeetingThresholdRow(c: Cell, breakdown: string, threshold: number): MetricRow {
  const b = c.bucket(breakdown);
  let meeting = 0;
  for (const n of b.smes.values()) if (n >= threshold) meeting++;
  const where = c.hub === ALL_HUBS ? 'across all hubs' : 'with this hub';
  const strand = breakdown.startsWith('strand:') ? ` in strand ${breakdown.slice('strand:'.length)}` : '';
  const notes = [`SMEs with at least ${threshold} activities ${where}${strand} in the period`, unidentifiedNote(b)];
  return metricRow({
    measure: 'smes_meeting_threshold',
    hub: c.hub,
    period: c.period,
    breakdown,
    unit: 'count',
    value: meeting,
    numerator: meeting,
    denominator: b.smes.size,
    note: notes.filter((n) => n !== '').join('; '),
    sdc: { counts: 'organisations', institutions: institutionsThat(b, DID.sme) },
  });
}

function unidentifiedNote(b: Bucket): string {
  const n = b.unidentifiedSmes;
  return n > 0
    ? `${n} SME activit${n === 1 ? 'y' : 'ies'} with no employer id or name cannot be counted as distinct SMEs`
    : '';
}
