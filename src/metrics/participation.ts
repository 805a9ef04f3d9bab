import type { HubIndex } from '../config/hub-index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { ACTIVITY_TYPES, type Activity, type Institution, SME_SIZES } from '../model/records.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import {
  ALL_HUBS,
  InstitutionRegister,
  inHub,
  type MetricExclusion,
  type PlacedInstitution,
  type PlacedMetrics,
} from './institution-groups.js';

export interface ParticipationInput {
  readonly activities: readonly Activity[];
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

interface PlacedActivity {
  readonly activity: Activity;
  readonly placed: PlacedInstitution;
}

/** The activities of one hub (or `all`) in one period (a year, or the whole range). */
interface Cell {
  readonly hub: string;
  readonly period: string;
  readonly activities: readonly PlacedActivity[];
}

/**
 * Activity-log measures per hub, for each year and for the whole range: participations, activities, and the
 * SMEs engaged. SMEs are counted distinct per hub (the Strand 2 reporting rule), so an SME that worked with
 * two hubs counts once in each, and once in `all`.
 */
export function participationMetrics(input: ParticipationInput): ParticipationResult {
  const register = new InstitutionRegister(input.institutions, input.hubs);
  const years = [...input.years].sort(compareYears);
  const inRange = new Set<string>(years);
  const placedActivities: PlacedActivity[] = [];
  const exclusions: MetricExclusion[] = [];
  for (const activity of input.activities) {
    if (!inRange.has(activity.year)) continue;
    const placed = register.place(activity.urn);
    if ('reason' in placed) exclusions.push({ urn: activity.urn, reason: placed.reason, source: activity.source });
    else placedActivities.push({ activity, placed });
  }
  const periods: { period: string; years: readonly string[] }[] = years.map((y) => ({ period: y, years: [y] }));
  if (years.length > 1) periods.push({ period: `${years[0]}-${years[years.length - 1]}`, years });
  const cells: Cell[] = register.hubColumns().flatMap((hub) =>
    periods.map(({ period, years: ys }) => ({
      hub,
      period,
      activities: placedActivities.filter((a) => inHub(a.placed, hub) && ys.includes(a.activity.year)),
    })),
  );
  const byType = (measure: (c: Cell, breakdown: string) => MetricRow) =>
    cells.flatMap((c) => TYPE_BREAKDOWNS.map((breakdown) => measure(c, breakdown)));
  const rows = [
    ...byType((c, b) => participationsRow(c, b, 'students')),
    ...byType((c, b) => participationsRow(c, b, 'teachers')),
    ...byType(activitiesRow),
    ...cells.map(smesEngagedRow),
    ...byType(smeActivitiesRow),
    ...cells.map((c) => smesMeetingThresholdRow(c, input.smeThreshold)),
  ];
  return { rows, exclusions };
}

/** Sum of participants; an activity with no count is left out (never taken as 0) and the note says how many. */
function participationsRow(c: Cell, breakdown: string, who: 'students' | 'teachers'): MetricRow {
  const all = ofType(c.activities, breakdown);
  const counted = all.filter((a) => a.activity[who] !== null);
  const uncounted = all.length - counted.length;
  const total = counted.reduce((sum, a) => sum + (a.activity[who] as number), 0);
  return metricRow({
    measure: who === 'students' ? 'student_participations' : 'teacher_participations',
    hub: c.hub,
    period: c.period,
    breakdown,
    unit: 'count',
    // With activities but no counts at all, 0 would be a claim the log does not make: not available.
    ...(counted.length === 0 && uncounted > 0 ? { symbol: 'x' as const } : { value: total }),
    note:
      uncounted > 0
        ? `${uncounted} activit${uncounted === 1 ? 'y' : 'ies'} with no ${who} count left out (not counted as 0)`
        : '',
    sdc: { counts: 'people', institutions: institutionsOf(counted) },
  });
}

function activitiesRow(c: Cell, breakdown: string): MetricRow {
  const activities = ofType(c.activities, breakdown);
  return metricRow({
    measure: 'activities',
    hub: c.hub,
    period: c.period,
    breakdown,
    unit: 'count',
    value: activities.length,
    sdc: { counts: 'events', institutions: institutionsOf(activities) },
  });
}

function smeActivitiesRow(c: Cell, breakdown: string): MetricRow {
  const activities = ofType(c.activities, breakdown).filter(isSme);
  return metricRow({
    measure: 'sme_activities',
    hub: c.hub,
    period: c.period,
    breakdown,
    unit: 'count',
    value: activities.length,
    sdc: { counts: 'events', institutions: institutionsOf(activities) },
  });
}

function smesEngagedRow(c: Cell): MetricRow {
  const smes = activitiesBySme(c.activities);
  const notes = [unidentifiedNote(c.activities)];
  if (c.hub === ALL_HUBS) {
    const multiHub = [...smes.values()].filter((as) => new Set(as.map((a) => a.placed.hubId)).size > 1).length;
    notes.push(
      `distinct across all hubs; hub figures count an SME once in each hub it worked with, so do not sum to this ` +
        `(${multiHub} SME(s) worked with more than one hub)`,
    );
  }
  return metricRow({
    measure: 'smes_engaged',
    hub: c.hub,
    period: c.period,
    breakdown: 'all',
    unit: 'count',
    value: smes.size,
    note: notes.filter((n) => n !== '').join('; '),
    sdc: { counts: 'institutions', institutions: institutionsOf(c.activities.filter(isSme)) },
  });
}

/** SMEs with at least `threshold` activities in this hub and period (Strand 2: three activities complete a project). */
function smesMeetingThresholdRow(c: Cell, threshold: number): MetricRow {
  const smes = activitiesBySme(c.activities);
  const meeting = [...smes.values()].filter((as) => as.length >= threshold).length;
  const where = c.hub === ALL_HUBS ? 'across all hubs' : 'with this hub';
  const notes = [`SMEs with at least ${threshold} activities ${where} in the period`, unidentifiedNote(c.activities)];
  return metricRow({
    measure: 'smes_meeting_threshold',
    hub: c.hub,
    period: c.period,
    breakdown: 'all',
    unit: 'count',
    value: meeting,
    numerator: meeting,
    denominator: smes.size,
    note: notes.filter((n) => n !== '').join('; '),
    sdc: { counts: 'institutions', institutions: institutionsOf(c.activities.filter(isSme)) },
  });
}

function ofType(activities: readonly PlacedActivity[], breakdown: string): PlacedActivity[] {
  return breakdown === 'all' ? [...activities] : activities.filter((a) => a.activity.type === breakdown);
}

function isSme(a: PlacedActivity): boolean {
  return SME_SIZES.includes(a.activity.employerSize);
}

/** The SME activities of a cell grouped by employer; activities with no employer id or name cannot be grouped. */
function activitiesBySme(activities: readonly PlacedActivity[]): Map<string, PlacedActivity[]> {
  const bySme = new Map<string, PlacedActivity[]>();
  for (const a of activities) {
    const key = isSme(a) ? employerKey(a.activity) : undefined;
    if (key === undefined) continue;
    const list = bySme.get(key);
    if (list) list.push(a);
    else bySme.set(key, [a]);
  }
  return bySme;
}

/** An employer is known by its id; failing that by its name, compared without case or spacing differences. */
function employerKey(activity: Activity): string | undefined {
  const id = activity.employerId?.trim();
  if (id) return `id:${id}`;
  const name = activity.employerName?.trim().toLowerCase().replace(/\s+/g, ' ');
  return name ? `name:${name}` : undefined;
}

function unidentifiedNote(activities: readonly PlacedActivity[]): string {
  const unidentified = activities.filter((a) => isSme(a) && employerKey(a.activity) === undefined).length;
  return unidentified > 0
    ? `${unidentified} SME activit${unidentified === 1 ? 'y' : 'ies'} with no employer id or name cannot be counted ` +
        `as distinct SMEs`
    : '';
}

function institutionsOf(activities: readonly PlacedActivity[]): number {
  return new Set(activities.map((a) => a.activity.urn)).size;
}
