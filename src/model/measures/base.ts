import { GROUP_MEASURES } from './groups.js';
import type { AnswerParts, MeasureFacts } from './types.js';

const WILSON = '95% Wilson score interval';
const BY_TYPE = ['all', 'mainstream', 'college', 'special_ap'] as const;
const BY_DISADVANTAGE = ['total', 'disadvantaged', 'not_disadvantaged'] as const;
const BY_ACTIVITY = ['all', '<activity type>', 'strand:<strand>'] as const;
const BY_BENCHMARK = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8'] as const;
const DESTINATIONS_FILTERS =
  'DfE KS4 destination measures; configured institution group; hub = its local authorities pooled';
const NEET_FILTERS = 'NCCIS Dec-Feb average; hub = its LAs weighted by cohort';

type Required = Pick<MeasureFacts, 'label' | 'unit' | 'source' | 'better' | 'breakdowns' | 'filters' | 'method'>;

/**
 * A measure read or counted from an input; the disclosure facts default to "no partition, adds up over hubs". The
 * ids of complements and answer parts keep their literal type, so that the check below the catalogue can hold them
 * to its ids.
 */
type LevelFacts = Required & Partial<Omit<MeasureFacts, 'complements' | 'answerParts'>>;
function level(facts: LevelFacts): MeasureFacts<never>;
function level<const C extends string>(
  facts: LevelFacts & {
    readonly complements?: readonly (readonly C[])[];
    readonly answerParts?: readonly AnswerParts<C>[];
  },
): MeasureFacts<C>;
function level(facts: LevelFacts & Partial<MeasureFacts>): MeasureFacts {
  return { partitions: [], complements: [], answerParts: [], additive: true, family: 'level', ...facts };
}

/** The measures computed from the inputs directly; the changes and comparisons are derived from them by stem. */
export const BASE_MEASURES = {
  compass_completions: level({
    label: 'Compass completions',
    unit: 'count',
    source: 'compass',
    better: 'higher',
    breakdowns: [...BY_TYPE, 'members'],
    filters:
      'latest return per institution per academic year (1 Sep-31 Aug); institutions placed in a hub through the ' +
      'register',
    method: 'count of institutions with a return; for members, only institutions that had joined a hub by the year',
  }),
  compass_coverage_pct: level({
    label: 'Compass coverage',
    unit: 'pct',
    source: 'compass',
    better: 'higher',
    breakdowns: BY_TYPE,
    filters: 'returns from eligible institutions in the register',
    method: `institutions with a return / eligible institutions x 100; ${WILSON}`,
  }),
  compass_mean_benchmarks_achieved: level({
    label: 'average Gatsby Benchmarks fully achieved',
    unit: 'mean',
    source: 'compass',
    better: 'higher',
    breakdowns: [...BY_TYPE, 'same_institutions'],
    filters:
      'latest return per institution per year; for the same institutions, only institutions with a return in ' +
      'both the first and the last year',
    method: 'mean over returns of the number of benchmarks scored 100%; 95% Student t interval',
  }),
  compass_mean_benchmarks_change: level({
    label: 'change in average Gatsby Benchmarks fully achieved',
    unit: 'mean',
    source: 'compass',
    better: 'higher',
    breakdowns: ['all', 'same_institutions'],
    family: 'change',
    filters:
      'since the hub began: the last year before its start and the latest (the first and last years where no start ' +
      'is given or no year precedes it); all returns: every return; the same institutions: institutions with a ' +
      'return in both years',
    method:
      'latest mean - baseline mean; all: 95% Welch interval for two independent means (Welch-Satterthwaite ' +
      'df); the same institutions: mean of the paired differences with a 95% paired t interval',
  }),
  compass_all_benchmarks_pct: level({
    label: 'returns fully achieving all eight Gatsby Benchmarks',
    unit: 'pct',
    source: 'compass',
    better: 'higher',
    breakdowns: ['all'],
    filters: 'latest return per institution per year; an empty score counts as not achieved',
    method: `returns scoring 100% on all eight benchmarks / returns x 100; ${WILSON}`,
  }),
  compass_mean_benchmarks_trend: level({
    label: 'trend in benchmarks fully achieved',
    unit: 'mean',
    source: 'compass',
    better: 'higher',
    breakdowns: ['all'],
    filters: 'yearly hub means',
    method: 'least-squares slope of the yearly means (benchmarks per year) with a 95% t interval',
  }),
  compass_benchmark_achieved_pct: level({
    label: 'returns fully achieving the benchmark',
    unit: 'pct',
    source: 'compass',
    better: 'higher',
    breakdowns: BY_BENCHMARK,
    filters: 'latest return per institution per year; all institution types',
    method: `returns scoring 100% on the benchmark / returns with a score x 100; ${WILSON}`,
  }),
  compass_benchmark_change_pp: level({
    label: 'change in returns fully achieving the benchmark',
    unit: 'pp',
    source: 'compass',
    better: 'higher',
    breakdowns: BY_BENCHMARK,
    family: 'change',
    filters:
      'the last Compass year before the hub started (hubs[].started; all hubs: the earliest) to the latest; ' +
      'without a start year, first to last; every return with a score for the benchmark in each year',
    method:
      "last year % - first year %, percentage points; 95% interval by Newcombe's hybrid score method for two " +
      'independent proportions (the returns of the two years as independent samples); the eight benchmarks are ' +
      "compared at once, so the report's words count a benchmark only where Holm's adjustment over the eight " +
      'keeps it clear',
  }),
  compass_mean_score_pct: level({
    label: 'mean benchmark score',
    unit: 'pct',
    source: 'compass',
    better: 'higher',
    breakdowns: BY_BENCHMARK,
    filters: 'latest return per institution per year',
    method: 'mean of the percentage scores; 95% Student t interval',
  }),
  membership_institutions_pct: level({
    label: 'eligible institutions that are hub members',
    unit: 'pct',
    source: 'institutions',
    better: 'higher',
    breakdowns: BY_TYPE,
    partitions: ['institution type groups'],
    filters: 'eligible institutions in the register; member in a year if joined in or before it',
    method: `members / eligible institutions x 100; ${WILSON}`,
  }),
  membership_pupils_pct: level({
    label: 'pupils in member institutions',
    unit: 'pct',
    source: 'institutions',
    better: 'higher',
    breakdowns: BY_TYPE,
    partitions: ['institution type groups'],
    complements: [['membership_pupils']],
    filters: 'eligible institutions with a number on roll',
    method:
      'pupils in member institutions / pupils in eligible institutions x 100 (no interval: pupils are clustered in ' +
      'institutions)',
  }),
  membership_institutions: level({
    label: 'member institutions',
    unit: 'count',
    source: 'institutions',
    better: 'higher',
    breakdowns: BY_TYPE,
    partitions: ['institution type groups'],
    filters: 'eligible institutions',
    method: 'count',
  }),
  membership_pupils: level({
    label: 'pupils in member institutions',
    unit: 'count',
    source: 'institutions',
    better: 'higher',
    breakdowns: BY_TYPE,
    partitions: ['institution type groups'],
    filters: 'eligible member institutions',
    method: 'sum of number on roll',
  }),
  eet_sustained_pct: level({
    label: 'sustained education, apprenticeship or employment (EET)',
    unit: 'pct',
    source: 'destinations',
    better: 'higher',
    breakdowns: BY_DISADVANTAGE,
    complements: [['not_sustained_pct', 'unknown_pct']],
    filters: DESTINATIONS_FILTERS,
    method:
      `pupils in a sustained destination summed over the LAs / their KS4 cohorts summed x 100; ${WILSON}; gap to ` +
      "England with England's rate taken as fixed",
  }),
  apprenticeship_pct: level({
    label: 'sustained apprenticeship',
    unit: 'pct',
    source: 'destinations',
    better: 'higher',
    breakdowns: BY_DISADVANTAGE,
    filters: DESTINATIONS_FILTERS,
    method: `pupils with a sustained apprenticeship summed over the LAs / their KS4 cohorts summed x 100; ${WILSON}`,
  }),
  not_sustained_pct: level({
    label: 'destination not sustained',
    unit: 'pct',
    source: 'destinations',
    better: 'lower',
    breakdowns: BY_DISADVANTAGE,
    filters: DESTINATIONS_FILTERS,
    method: `pupils whose destination was not sustained, summed over the LAs / KS4 cohorts summed x 100; ${WILSON}`,
  }),
  unknown_pct: level({
    label: 'activity not captured in the data',
    unit: 'pct',
    source: 'destinations',
    better: 'lower',
    breakdowns: BY_DISADVANTAGE,
    filters: DESTINATIONS_FILTERS,
    method: `pupils whose activity was not captured summed over the LAs / their KS4 cohorts summed x 100; ${WILSON}`,
  }),
  eet_disadvantage_gap_pp: level({
    label: 'gap in sustained EET between disadvantaged and other pupils',
    unit: 'pp',
    source: 'destinations',
    better: 'neither',
    breakdowns: ['total'],
    filters:
      'DfE disadvantage status (free school meals in the last six years, or looked after or adopted from care); ' +
      'per KS4 cohort',
    method:
      "disadvantaged rate - not disadvantaged rate, percentage points; 95% interval by Newcombe's hybrid score " +
      "method for the difference of two independent proportions; England's gap as comparator",
  }),
  neet_pct: level({
    label: '16 to 17 year olds NEET',
    unit: 'pct',
    source: 'neet',
    better: 'lower',
    breakdowns: ['all'],
    filters: NEET_FILTERS,
    method: `sum of LA NEET % x cohort / sum of cohorts; ${WILSON} on the implied counts`,
  }),
  not_known_pct: level({
    label: '16 to 17 year olds whose activity is not known',
    unit: 'pct',
    source: 'neet',
    better: 'lower',
    breakdowns: ['all'],
    filters: NEET_FILTERS,
    method: `sum of LA not known % x cohort / sum of cohorts; ${WILSON} on the implied counts`,
  }),
  neet_or_not_known_pct: level({
    label: '16 to 17 year olds NEET or not known',
    unit: 'pct',
    source: 'neet',
    better: 'lower',
    breakdowns: ['all'],
    complements: [['neet_pct', 'not_known_pct']],
    filters: NEET_FILTERS,
    method: `sum of LA NEET or not known % x cohort / sum of cohorts; ${WILSON} on the implied counts`,
  }),
  student_participations: level({
    label: 'student participations',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    breakdowns: BY_ACTIVITY,
    partitions: ['activity types'],
    filters:
      'activities at institutions in the register; an activity whose log gives no student count is left out, ' +
      'never counted as 0 (teacher CPD has no students by nature)',
    method: 'sum of students per activity',
  }),
  teacher_participations: level({
    label: 'teacher participations in student activities',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    breakdowns: BY_ACTIVITY,
    partitions: ['student activity types'],
    filters: 'student activities (not teacher CPD) at institutions in the register; no teacher count left out',
    method: 'sum of teachers per activity',
  }),
  teacher_cpd_participations: level({
    label: 'teacher CPD participations',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    breakdowns: ['all', 'strand:<strand>'],
    filters: 'teacher CPD activities at institutions in the register; no teacher count left out',
    method: 'sum of teachers per activity',
  }),
  student_participations_per_100_pupils: level({
    label: 'student participations per 100 pupils',
    unit: 'mean',
    source: 'activities',
    better: 'higher',
    breakdowns: ['all'],
    filters: 'activities at member institutions with a pupil count; no student count left out',
    method: 'student participations x 100 / pupils on roll in member institutions (pupil-years over a period)',
  }),
  activities: level({
    label: 'activities',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    breakdowns: BY_ACTIVITY,
    partitions: ['activity types'],
    filters: 'activities at institutions in the register',
    method: 'count of activities',
  }),
  smes_engaged: level({
    label: 'SMEs engaged',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    breakdowns: ['all', 'strand:<strand>'],
    additive: false,
    filters: 'employers of size micro, small or medium',
    method: 'distinct SMEs, distinct per hub (an SME working with two hubs counts in each)',
  }),
  sme_activities: level({
    label: 'activities with SMEs',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    breakdowns: BY_ACTIVITY,
    partitions: ['activity types'],
    filters: 'employers of size micro, small or medium',
    method: 'count of activities',
  }),
  smes_meeting_threshold: level({
    label: 'SMEs meeting the activity threshold',
    unit: 'count',
    source: 'activities',
    better: 'higher',
    breakdowns: ['all', 'strand:<strand>'],
    additive: false,
    filters: 'SMEs with at least the configured number of activities in the hub and period',
    method: 'count of distinct SMEs',
  }),
  survey_respondents: level({
    label: 'survey respondents',
    unit: 'count',
    source: 'surveys',
    better: 'neither',
    breakdowns: ['<survey>'],
    filters: 'respondents of each configured survey, placed in a hub by URN, LA or hub answer',
    method: 'count of respondents, rounded to the disclosure base',
  }),
  survey_question_respondents: level({
    label: 'respondents answering the question',
    unit: 'count',
    source: 'surveys',
    better: 'neither',
    breakdowns: ['<survey>.<question>'],
    filters: 'respondents with an answer to the question',
    method: 'count of respondents, rounded to the disclosure base',
    // A respondent gives one answer to a single-choice or scale question: the options make up the respondents.
    answerParts: [
      { measure: 'survey_response_pct', categories: 'the base', with: [] },
      { measure: 'survey_response_pct', categories: 'the base but the favourable points', with: ['survey_top2_pct'] },
    ],
  }),
  survey_response_pct: level({
    label: 'survey answer share',
    unit: 'pct',
    source: 'surveys',
    better: 'neither',
    breakdowns: ['<survey>.<question>: <option>'],
    filters: 'respondents answering a choice question; free-text answers are never published',
    method: `respondents choosing the option / respondents answering x 100; ${WILSON}`,
  }),
  survey_top2_pct: level({
    label: 'favourable survey answers',
    unit: 'pct',
    source: 'surveys',
    better: 'higher',
    breakdowns: ['<survey>.<question>'],
    filters: 'respondents answering an agreement or rating scale question',
    method: `respondents choosing one of the two favourable points / respondents answering x 100; ${WILSON}`,
    answerParts: [{ measure: 'survey_response_pct', categories: 'favourable points', with: [] }],
  }),
  survey_theme_base: level({
    label: 'coded answers',
    unit: 'count',
    source: 'surveys',
    better: 'neither',
    breakdowns: ['<survey>.<question>'],
    filters: "the evaluator's coded free-text answers (the text itself is never read into the outputs)",
    method: 'count of coded answers',
  }),
  survey_theme_pct: level({
    label: 'coded answers naming the theme',
    unit: 'pct',
    source: 'surveys',
    better: 'neither',
    breakdowns: ['<survey>.<question>: <theme>'],
    filters: "the evaluator's coded free-text answers",
    method: `answers coded to the theme / coded answers x 100; ${WILSON}`,
  }),
  ...GROUP_MEASURES,
} as const satisfies Readonly<Record<string, MeasureFacts>>;

export type BaseMeasureId = keyof typeof BASE_MEASURES;
