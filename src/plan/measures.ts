import type { InputKind } from '../model/records.js';
import { IMPACT_MEASURE_INFO } from './impact-measures.js';
import { NEIGHBOUR_MEASURES } from './neighbour-measures.js';

/** What each measure is, where it comes from and how it is computed: the provenance annex and footnotes use this. */
export interface MeasureInfo {
  readonly label: string;
  readonly kind: InputKind;
  readonly filters: string;
  readonly method: string;
}

const WILSON = '95% Wilson score interval';
const NEWCOMBE = "95% interval by Newcombe's hybrid score method for the difference of two independent proportions";
const VS_ENGLAND =
  "hub change - England's change over the same period, in percentage points (difference in differences); 95% " +
  'interval combining the two Newcombe intervals as independent (MOVER, Zou & Donner 2008)';

export const MEASURES: Readonly<Record<string, MeasureInfo>> = {
  compass_completions: {
    label: 'Compass completions',
    kind: 'compass',
    filters:
      'latest return per institution per academic year (1 Sep-31 Aug); institutions placed in a hub through the ' +
      'register',
    method:
      'count of institutions with a return; breakdown members: only institutions that had joined a hub by the year',
  },
  compass_coverage_pct: {
    label: 'Compass coverage',
    kind: 'compass',
    filters: 'returns from eligible institutions in the register',
    method: `institutions with a return / eligible institutions x 100; ${WILSON}`,
  },
  compass_mean_benchmarks_achieved: {
    label: 'average Gatsby Benchmarks fully achieved',
    kind: 'compass',
    filters:
      'latest return per institution per year; breakdown same_institutions: only institutions with a return in ' +
      'both the first and the last year',
    method: 'mean over returns of the number of benchmarks scored 100%; 95% Student t interval',
  },
  compass_mean_benchmarks_change: {
    label: 'change in average Gatsby Benchmarks fully achieved',
    kind: 'compass',
    filters:
      'first and last reporting years; breakdown all: every return; same_institutions: institutions with a return ' +
      'in both years',
    method:
      'last year mean - first year mean; all: 95% Welch interval for two independent means (Welch-Satterthwaite ' +
      'df); same_institutions: mean of the paired differences with a 95% paired t interval',
  },
  compass_all_benchmarks_pct: {
    label: 'returns fully achieving all eight Gatsby Benchmarks',
    kind: 'compass',
    filters: 'latest return per institution per year; an empty score counts as not achieved',
    method: `returns scoring 100% on all eight benchmarks / returns x 100; ${WILSON}`,
  },
  compass_mean_benchmarks_trend: {
    label: 'trend in benchmarks fully achieved',
    kind: 'compass',
    filters: 'yearly hub means',
    method: 'least-squares slope of the yearly means (benchmarks per year) with a 95% t interval',
  },
  compass_benchmark_achieved_pct: {
    label: 'returns fully achieving the benchmark',
    kind: 'compass',
    filters: 'latest return per institution per year; all institution types',
    method: `returns scoring 100% on the benchmark / returns with a score x 100; ${WILSON}`,
  },
  compass_mean_score_pct: {
    label: 'mean benchmark score',
    kind: 'compass',
    filters: 'latest return per institution per year',
    method: 'mean of the percentage scores; 95% Student t interval',
  },
  membership_institutions_pct: {
    label: 'eligible institutions that are hub members',
    kind: 'institutions',
    filters: 'eligible institutions in the register; member in a year if joined in or before it',
    method: `members / eligible institutions x 100; ${WILSON}`,
  },
  membership_pupils_pct: {
    label: 'pupils in member institutions',
    kind: 'institutions',
    filters: 'eligible institutions with a number on roll',
    method:
      'pupils in member institutions / pupils in eligible institutions x 100 (no interval: pupils are clustered in ' +
      'institutions)',
  },
  membership_institutions: {
    label: 'member institutions',
    kind: 'institutions',
    filters: 'eligible institutions',
    method: 'count',
  },
  membership_pupils: {
    label: 'pupils in member institutions',
    kind: 'institutions',
    filters: 'eligible member institutions',
    method: 'sum of number on roll',
  },
  eet_sustained_pct: {
    label: 'sustained education, apprenticeship or employment (EET)',
    kind: 'destinations',
    filters: 'DfE KS4 destination measures; configured institution group; hub = its local authorities pooled',
    method:
      `sum of LA "overall" counts / sum of LA cohorts x 100; ${WILSON}; gap to England with England's rate ` +
      `taken as fixed`,
  },
  apprenticeship_pct: {
    label: 'sustained apprenticeship',
    kind: 'destinations',
    filters: 'as for sustained EET',
    method: `pooled "appren" / cohort x 100; ${WILSON}`,
  },
  not_sustained_pct: {
    label: 'destination not sustained',
    kind: 'destinations',
    filters: 'as for sustained EET',
    method: `pooled "all_notsust" / cohort x 100; ${WILSON}`,
  },
  unknown_pct: {
    label: 'activity not captured in the data',
    kind: 'destinations',
    filters: 'as for sustained EET',
    method: `pooled "all_unknown" / cohort x 100; ${WILSON}`,
  },
  eet_change_pp: {
    label: 'change in sustained EET',
    kind: 'destinations',
    filters: 'first to last KS4 cohort in range',
    method: `last rate - first rate in percentage points; ${NEWCOMBE}`,
  },
  apprenticeship_change_pp: {
    label: 'change in sustained apprenticeships',
    kind: 'destinations',
    filters: 'first to last KS4 cohort in range',
    method: `last rate - first rate in percentage points; ${NEWCOMBE}`,
  },
  not_sustained_change_pp: {
    label: 'change in destinations not sustained',
    kind: 'destinations',
    filters: 'first to last KS4 cohort in range',
    method: `last rate - first rate in percentage points; ${NEWCOMBE}`,
  },
  eet_change_vs_england_pp: {
    label: "change in sustained EET against England's change",
    kind: 'destinations',
    filters: "first to last KS4 cohort in range; England from the hub rows' release",
    method: VS_ENGLAND,
  },
  apprenticeship_change_vs_england_pp: {
    label: "change in sustained apprenticeships against England's change",
    kind: 'destinations',
    filters: "first to last KS4 cohort in range; England from the hub rows' release",
    method: VS_ENGLAND,
  },
  not_sustained_change_vs_england_pp: {
    label: "change in destinations not sustained against England's change",
    kind: 'destinations',
    filters: "first to last KS4 cohort in range; England from the hub rows' release",
    method: VS_ENGLAND,
  },
  eet_disadvantage_gap_pp: {
    label: 'gap in sustained EET between disadvantaged and other pupils',
    kind: 'destinations',
    filters:
      'DfE disadvantage status (free school meals in the last six years, or looked after or adopted from care); ' +
      'per KS4 cohort',
    method: `disadvantaged rate - not disadvantaged rate, percentage points; ${NEWCOMBE}; England's gap as comparator`,
  },
  neet_pct: {
    label: '16 to 17 year olds NEET',
    kind: 'neet',
    filters: 'NCCIS Dec-Feb average; hub = its LAs weighted by cohort',
    method: `sum of LA NEET % x cohort / sum of cohorts; ${WILSON} on the implied counts`,
  },
  not_known_pct: {
    label: '16 to 17 year olds whose activity is not known',
    kind: 'neet',
    filters: 'as for NEET',
    method: 'cohort-weighted, as for NEET',
  },
  neet_or_not_known_pct: {
    label: '16 to 17 year olds NEET or not known',
    kind: 'neet',
    filters: 'as for NEET',
    method: 'cohort-weighted, as for NEET',
  },
  neet_change_pp: {
    label: 'change in NEET',
    kind: 'neet',
    filters: 'first to last year in range',
    method: `difference in percentage points; ${NEWCOMBE}`,
  },
  not_known_change_pp: {
    label: 'change in not known',
    kind: 'neet',
    filters: 'first to last year in range',
    method: `difference in percentage points; ${NEWCOMBE}`,
  },
  neet_or_not_known_change_pp: {
    label: 'change in NEET or not known',
    kind: 'neet',
    filters: 'first to last year in range',
    method: `difference in percentage points; ${NEWCOMBE}`,
  },
  neet_change_vs_england_pp: {
    label: "change in NEET against England's change",
    kind: 'neet',
    filters: 'first to last year in range',
    method: VS_ENGLAND,
  },
  not_known_change_vs_england_pp: {
    label: "change in not known against England's change",
    kind: 'neet',
    filters: 'first to last year in range',
    method: VS_ENGLAND,
  },
  neet_or_not_known_change_vs_england_pp: {
    label: "change in NEET or not known against England's change",
    kind: 'neet',
    filters: 'first to last year in range',
    method: VS_ENGLAND,
  },
  student_participations: {
    label: 'student participations',
    kind: 'activities',
    filters:
      'activities at institutions in the register; an activity whose log gives no student count is left out, ' +
      'never counted as 0 (teacher CPD has no students by nature)',
    method: 'sum of students per activity',
  },
  teacher_participations: {
    label: 'teacher participations in student activities',
    kind: 'activities',
    filters: 'student activities (not teacher CPD) at institutions in the register; no teacher count left out',
    method: 'sum of teachers per activity',
  },
  teacher_cpd_participations: {
    label: 'teacher CPD participations',
    kind: 'activities',
    filters: 'teacher CPD activities at institutions in the register; no teacher count left out',
    method: 'sum of teachers per activity',
  },
  student_participations_per_100_pupils: {
    label: 'student participations per 100 pupils',
    kind: 'activities',
    filters: 'activities at member institutions with a pupil count; no student count left out',
    method: 'student participations x 100 / pupils on roll in member institutions (pupil-years over a period)',
  },
  activities: {
    label: 'activities',
    kind: 'activities',
    filters: 'activities at institutions in the register',
    method: 'count of activities',
  },
  smes_engaged: {
    label: 'SMEs engaged',
    kind: 'activities',
    filters: 'employers of size micro, small or medium',
    method: 'distinct SMEs, distinct per hub (an SME working with two hubs counts in each)',
  },
  sme_activities: {
    label: 'activities with SMEs',
    kind: 'activities',
    filters: 'employers of size micro, small or medium',
    method: 'count of activities',
  },
  smes_meeting_threshold: {
    label: 'SMEs meeting the activity threshold',
    kind: 'activities',
    filters: 'SMEs with at least the configured number of activities in the hub and period',
    method: 'count of distinct SMEs',
  },
};

export function measureInfo(measure: string): MeasureInfo {
  return (
    MEASURES[measure] ??
    NEIGHBOUR_MEASURES[measure] ??
    IMPACT_MEASURE_INFO[measure] ?? { label: measure.replace(/_/g, ' '), kind: 'institutions', filters: '', method: '' }
  );
}
