import type { MeasureFacts } from './types.js';

const WILSON = '95% Wilson score interval';
const IN_YEARS = 'in the years the group ran (started to ended, up to the reporting year)';
const OF_MEMBERS =
  `activities the group delivered at its members ${IN_YEARS}: rows naming the group, or for an area hub rows ` +
  'naming none; a strand or the programme counts an activity once';
/** Every group measure has breakdown `all`; the partitions and complements of the hub measures do not apply. */
const BASE = { breakdowns: ['all'], partitions: [], complements: [], answerParts: [], family: 'level' } as const;

/**
 * Measures of groups defined by their members (Careers Clusters) and of the strands of the programme: `hub` is the
 * group, hub or strand id, or `programme`. A school in two groups counts in both; strands and the programme count it
 * once, so groups with shared members do not add up to their strand.
 */
export const GROUP_MEASURES = {
  group_members: {
    ...BASE,
    label: 'member schools and colleges',
    unit: 'count',
    source: 'institutions',
    better: 'neither',
    additive: false,
    filters: `members by the config's groups (register column or URNs), or a hub's joined institutions, ${IN_YEARS}`,
    method: 'count of distinct member institutions',
  },
  group_projects: {
    ...BASE,
    label: 'employer-led projects',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    additive: false,
    filters: `${OF_MEMBERS}; project labels (employer-led, cluster, pilot project)`,
    method: 'count of project activities',
  },
  group_placements: {
    ...BASE,
    label: 'work placements',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    additive: false,
    filters: `${OF_MEMBERS}; placement labels (work experience, work placement, industry placement)`,
    method: 'sum of students placed; a placement with no student count is left out, never counted as 0',
  },
  group_student_participations: {
    ...BASE,
    label: 'student participations',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    additive: false,
    filters: `${OF_MEMBERS}; no student count left out`,
    method: 'sum of students per activity',
  },
  group_employer_participations: {
    ...BASE,
    label: 'activity participations with employers',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    additive: false,
    filters: `${OF_MEMBERS}; activities naming an employer (id or name)`,
    method: 'count of activities with an employer',
  },
  group_sme_participations: {
    ...BASE,
    label: 'activity participations with SMEs',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    additive: false,
    filters: `${OF_MEMBERS}; employers of size micro, small or medium (or "SME")`,
    method: 'count of activities with an SME',
  },
  group_smes_engaged: {
    ...BASE,
    label: 'SMEs engaged',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    additive: false,
    filters: `${OF_MEMBERS}; employers of size micro, small or medium (or "SME")`,
    method: 'distinct SMEs by employer id, else name',
  },
  group_sme_declarations: {
    ...BASE,
    label: 'SME declarations of benefit',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    additive: false,
    filters: `${OF_MEMBERS}; SME activities the log marks as declaring a benefit`,
    method: 'count of SME activities with a declaration of benefit',
  },
  group_sme_declaration_pct: {
    ...BASE,
    label: 'SME activities with a declaration of benefit',
    unit: 'pct',
    source: 'activities',
    better: 'higher',
    additive: false,
    filters: `${OF_MEMBERS}; SME activities`,
    method: `SME declarations of benefit / activities with SMEs x 100; ${WILSON}`,
  },
  group_compass_mean_benchmarks: {
    ...BASE,
    label: "average Gatsby Benchmarks fully achieved by the group's members",
    unit: 'mean',
    source: 'compass',
    better: 'higher',
    additive: false,
    filters: `latest Compass return per member per academic year, ${IN_YEARS}`,
    method: 'mean over returns of the number of benchmarks scored 100%; 95% Student t interval',
  },
  group_eet_sustained_pct: {
    ...BASE,
    breakdowns: ['total'],
    label: "sustained education, apprenticeship or employment (EET) of the group's schools",
    unit: 'pct',
    source: 'destinations',
    better: 'higher',
    additive: false,
    filters:
      `KS4 destinations by school (school-level files) of the group's members (a strand: its groups' members, each ` +
      `school once), KS4 cohorts ${IN_YEARS}; a school whose count is suppressed is left out`,
    method: `sum of the schools' "overall" counts / sum of their cohorts x 100; ${WILSON}`,
  },
  group_eet_vs_others_pp: {
    ...BASE,
    breakdowns: ['total'],
    label: "sustained EET of the group's schools against the other schools of their local authorities",
    unit: 'pp',
    source: 'destinations',
    better: 'higher',
    additive: false,
    filters:
      "the group's (or strand's) schools against the other eligible schools of the register in the same local " +
      'authorities and KS4 cohort that were not its members, from the school-level files',
    method:
      "group rate - others' rate, percentage points; 95% interval by Newcombe's hybrid score method for the " +
      "difference of two independent proportions (pupils as independent draws); comparator = the others' rate",
  },
} as const satisfies Readonly<Record<string, MeasureFacts>>;
