import { ACTIVITY_TYPES, type ActivityOutput, type ActivityType } from '../model/records.js';

/**
 * How the activity labels hubs write in their logs map to the four activity types.
 *
 * The types follow the Gatsby Good Career Guidance benchmarks (Gatsby Foundation, 2014; restated in the
 * DfE statutory careers guidance, January 2023):
 * - employer_encounter: Benchmark 5, "Encounters with employers and employees", which Gatsby says can be
 *   met through "visiting speakers, mentoring and enterprise schemes": talks, careers fairs, workshops,
 *   mock interviews, speed networking and enterprise competitions run with employers.
 * - workplace_experience: Benchmark 6, "Experiences of workplaces": "work visits, work shadowing and/or
 *   work experience"; also insight days, virtual work experience and T Level industry placements.
 * - teacher_cpd: the CEC's teacher encounters and placements (Benchmark 4 "Linking curriculum learning
 *   to careers" relies on them): teachers, not students, meet employers.
 * - other: anything else; kept and counted, but in no Benchmark 5/6 measure.
 *
 * Labels are compared by `labelKey` (case, spaces, `_` and `-` ignored), so "Careers Fair",
 * "careers_fair", "careers-fair" and "CareersFair" are one label. The config's `activities.labels` adds labels or
 * overrides these.
 */
export const ACTIVITY_LABELS: Readonly<Record<string, ActivityType>> = {
  'employer encounter': 'employer_encounter',
  'careers fair': 'employer_encounter',
  'career fair': 'employer_encounter',
  'jobs fair': 'employer_encounter',
  'careers talk': 'employer_encounter',
  'career talk': 'employer_encounter',
  'employer talk': 'employer_encounter',
  'assembly talk': 'employer_encounter',
  workshop: 'employer_encounter',
  'employer workshop': 'employer_encounter',
  'mock interview': 'employer_encounter',
  'mock interviews': 'employer_encounter',
  'speed networking': 'employer_encounter',
  mentoring: 'employer_encounter',
  'enterprise competition': 'employer_encounter',
  'enterprise challenge': 'employer_encounter',
  'employer-led project': 'employer_encounter',
  'employer project': 'employer_encounter',
  'cluster project': 'employer_encounter',
  'pilot project': 'employer_encounter',

  'workplace experience': 'workplace_experience',
  'work experience': 'workplace_experience',
  'work placement': 'workplace_experience',
  'insight day': 'workplace_experience',
  'work insight day': 'workplace_experience',
  'workplace visit': 'workplace_experience',
  'work visit': 'workplace_experience',
  'job shadowing': 'workplace_experience',
  'work shadowing': 'workplace_experience',
  'virtual work experience': 'workplace_experience',
  'industry placement': 'workplace_experience',

  'teacher cpd': 'teacher_cpd',
  'teacher encounter': 'teacher_cpd',
  'teacher placement': 'teacher_cpd',
  cpd: 'teacher_cpd',

  other: 'other',
};

/**
 * Labels that are also outputs a programme counts (the London Careers Clusters' "employer-led pilot projects" and
 * "work placements"): a project is counted as one activity, a placement by the students placed. Work experience is a
 * placement with an employer (Gatsby Benchmark 6); a workplace visit or insight day is not.
 */
export const ACTIVITY_OUTPUT_LABELS: Readonly<Record<string, ActivityOutput>> = {
  'employer-led project': 'project',
  'employer project': 'project',
  'cluster project': 'project',
  'pilot project': 'project',
  'work experience': 'placement',
  'work placement': 'placement',
  'industry placement': 'placement',
};

const OUTPUT_BY_KEY: ReadonlyMap<string, ActivityOutput> = new Map(
  Object.entries(ACTIVITY_OUTPUT_LABELS).map(([label, output]) => [labelKey(label), output]),
);

/** The output a label stands for, if any. */
export function activityOutput(label: string): ActivityOutput | null {
  return OUTPUT_BY_KEY.get(labelKey(label)) ?? null;
}

/** A label as compared: lower case, without spaces, `_` or `-`. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The label table with the canonical type ids and the config's labels (which win) added. */
export function activityLabelTable(
  overrides: Readonly<Record<string, ActivityType>> = {},
): ReadonlyMap<string, ActivityType> {
  const table = new Map<string, ActivityType>();
  for (const type of ACTIVITY_TYPES) table.set(labelKey(type), type);
  for (const [label, type] of Object.entries(ACTIVITY_LABELS)) table.set(labelKey(label), type);
  for (const [label, type] of Object.entries(overrides)) table.set(labelKey(label), type);
  return table;
}
