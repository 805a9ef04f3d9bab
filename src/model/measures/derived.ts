import { BASE_MEASURES, type BaseMeasureId } from './base.js';
import type { MeasureFacts, MeasureFamily } from './types.js';

/** The rates whose change is measured, by the stem of their change ids (`eet` -> `eet_change_pp`). */
const CHANGE_STEMS = {
  eet: { level: 'eet_sustained_pct', subject: 'sustained EET' },
  apprenticeship: { level: 'apprenticeship_pct', subject: 'sustained apprenticeships' },
  not_sustained: { level: 'not_sustained_pct', subject: 'destinations not sustained' },
  neet: { level: 'neet_pct', subject: 'NEET' },
  not_known: { level: 'not_known_pct', subject: 'not known' },
  neet_or_not_known: { level: 'neet_or_not_known_pct', subject: 'NEET or not known' },
} as const satisfies Readonly<Record<string, { readonly level: BaseMeasureId; readonly subject: string }>>;
export type ChangeStem = keyof typeof CHANGE_STEMS;

/** The rates also compared with similar areas (statistical neighbours). */
export const NEIGHBOUR_STEMS = ['neet', 'not_known', 'neet_or_not_known', 'eet', 'apprenticeship'] as const;
export type NeighbourStem = (typeof NEIGHBOUR_STEMS)[number];

/** The destination rates whose effect of joining a hub is estimated, by their school-level name. */
const IMPACT_STEMS = {
  eet_sustained: 'sustained education, apprenticeship or employment',
  apprenticeship: 'sustained apprenticeships',
  not_sustained: 'destination not sustained',
} as const;
export type ImpactStem = keyof typeof IMPACT_STEMS;
export const IMPACT_STEM_LEVEL: Readonly<Record<ImpactStem, BaseMeasureId>> = {
  eet_sustained: 'eet_sustained_pct',
  apprenticeship: 'apprenticeship_pct',
  not_sustained: 'not_sustained_pct',
};

type Span = '' | '_since_start' | '_before_start';
export type ChangeId<S extends ChangeStem = ChangeStem> =
  | `${S}_change_pp`
  | `${S}_change_vs_england_pp`
  | `${S}_change_${'since' | 'before'}_start${'' | '_binomial' | '_vs_england'}_pp`;
export type NeighbourId =
  | `${NeighbourStem}_change${'' | '_since_start'}_vs_neighbours_pp`
  | `${NeighbourStem}_pretrend_slope_diff_pp`
  | `${NeighbourStem}_event_gap_vs_neighbours_pp`;
export type ImpactId =
  | `impact_${ImpactStem}_${'att' | 'event' | 'mde' | 'naive' | 'before_gap'}_pp`
  | `impact_benchmarks_${ImpactStem}_slope_pp`;
/** An area's gap to England in each year, relative to its gap in the baseline year (the last before the start). */
export type EventGapId = `${ChangeStem}_event_gap_pp`;
export type DerivedMeasureId = ChangeId | NeighbourId | ImpactId | EventGapId;

const LA_UNIT =
  'last rate - first rate, percentage points; 95% interval with the local authority as the unit (ratio ' +
  'estimator, ultimate-cluster variance, Student t on LAs - 1 df: Cochran 1977, Cameron and Miller 2015), never ' +
  "narrower than the binomial one; England and single-LA areas: Newcombe's hybrid score interval";
const NEWCOMBE =
  "last rate - first rate, percentage points; 95% interval by Newcombe's hybrid score method for the difference " +
  'of two independent proportions (pupils as independent draws): a sensitivity, not used for the words';
const VS_ENGLAND =
  "hub change - England's change over the same period, in percentage points (difference in differences); " +
  "England's sampling and rounding error added to the hub's variance on the hub's degrees of freedom; where the " +
  'hub has one LA, the two Newcombe intervals combined by square-and-add (MOVER, Zou and Donner 2008)';
const SIMILAR_AREAS =
  'similar areas: the statistical neighbours of the hub\u2019s LAs outside every hub, pooled as a hub';

const SPANS: readonly { readonly span: Span; readonly words: string; readonly filters: (cohort: string) => string }[] =
  [
    { span: '', words: '', filters: (p) => `first to last ${p} in range` },
    {
      span: '_since_start',
      words: ' since the hubs began',
      filters: (p) => `the last ${p} before the hub started to the latest`,
    },
    {
      span: '_before_start',
      words: ' before the hubs began',
      filters: (p) => `the first ${p} in range to the last before the hub started`,
    },
  ];

function derived(
  level: BaseMeasureId,
  family: MeasureFamily,
  facts: Pick<MeasureFacts, 'label' | 'filters' | 'method'> & Partial<MeasureFacts>,
): MeasureFacts {
  const base = BASE_MEASURES[level];
  return {
    unit: 'pp',
    source: base.source,
    better: base.better,
    breakdowns: base.breakdowns,
    partitions: [],
    complements: [],
    answerParts: [],
    additive: true,
    family,
    level,
    ...facts,
  };
}

function changeFamily(stem: ChangeStem): [string, MeasureFacts][] {
  const { level, subject } = CHANGE_STEMS[stem];
  const period = BASE_MEASURES[level].source === 'neet' ? 'year' : 'KS4 cohort';
  return SPANS.flatMap(({ span, words, filters }): [string, MeasureFacts][] => {
    const label = `change in ${subject}${words}`;
    const rows: [string, MeasureFacts][] = [
      [`${stem}_change${span}_pp`, derived(level, 'change', { label, filters: filters(period), method: LA_UNIT })],
      [
        `${stem}_change${span}_vs_england_pp`,
        derived(level, 'change vs England', {
          label: `${label} against England's change`,
          filters: `${filters(period)}; England from the hub rows' release`,
          method: VS_ENGLAND,
        }),
      ],
    ];
    if (span !== '')
      rows.push([
        `${stem}_change${span}_binomial_pp`,
        derived(level, 'binomial sensitivity', {
          label: `${label}, pupils as the unit`,
          filters: filters(period),
          method: NEWCOMBE,
        }),
      ]);
    return rows;
  });
}

/** Years relative to the start: e-1 is the baseline (the last before the start), e0 the year the hubs began. */
export const EVENT_TIMES_WORDS = ['e-<k>', 'e-1', 'e0', 'e+<k>'] as const;

function eventGap(stem: ChangeStem): [string, MeasureFacts] {
  const { level, subject } = CHANGE_STEMS[stem];
  const period = BASE_MEASURES[level].source === 'neet' ? 'year' : 'KS4 cohort';
  return [
    `${stem}_event_gap_pp`,
    derived(level, 'event study', {
      label: `gap to England in ${subject} by ${period} relative to the baseline`,
      breakdowns: EVENT_TIMES_WORDS,
      filters:
        `each ${period} in range against the last ${period} before the hub started (hubs[].started); headline ` +
        'breakdown; period = the year, breakdown = years since the start (e-1 = the baseline, 0 by definition)',
      method:
        `(hub rate - England rate) in the ${period} minus the same gap in the baseline, percentage points: the ` +
        "hub's change from the baseline minus England's, with the same interval as the change since the start " +
        '(the LA as the unit, England\u2019s error added); leads (e-2 and earlier) test the pre-start trend',
    }),
  ];
}

function neighbourFamily(stem: NeighbourStem): [string, MeasureFacts][] {
  const { level, subject } = CHANGE_STEMS[stem];
  const breakdowns = BASE_MEASURES[level].breakdowns.slice(0, 1);
  const gap = (span: string, words: string): [string, MeasureFacts] => [
    `${stem}_change${span}_vs_neighbours_pp`,
    derived(level, 'change vs similar areas', {
      label: `change in ${subject}${words} against similar areas`,
      breakdowns,
      filters: SIMILAR_AREAS,
      method:
        'hub change minus similar areas\u2019 change, percentage points; 95% interval combining the two ' +
        'intervals by square-and-add (Zou and Donner 2008)',
    }),
  ];
  const period = BASE_MEASURES[level].source === 'neet' ? 'year' : 'KS4 cohort';
  return [
    gap('', ''),
    gap('_since_start', ' since the hubs began'),
    [
      `${stem}_event_gap_vs_neighbours_pp`,
      derived(level, 'event study', {
        label: `gap to similar areas in ${subject} by ${period} relative to the baseline`,
        breakdowns: EVENT_TIMES_WORDS,
        filters:
          `${SIMILAR_AREAS}, only those with figures in every ${period} in range (the same areas at every point); ` +
          `each ${period} against the last ${period} before the hub started; headline breakdown; breakdown = years ` +
          'since the start (e-1 = the baseline, 0 by definition)',
        method:
          `(hub rate - similar areas' rate) in the ${period} minus the same gap in the baseline, percentage points: ` +
          "the hub's change from the baseline minus the similar areas'; each change with the LA as the unit " +
          '(ultimate-cluster variance, Student t on LAs - 1 df), the two 95% intervals combined by square-and-add ' +
          '(MOVER, Zou and Donner 2008); leads (e-2 and earlier) test the pre-start trend',
      }),
    ],
    [
      `${stem}_pretrend_slope_diff_pp`,
      derived(level, 'pre-start trend', {
        label: `pre-start trend in ${subject}, hub minus similar areas`,
        better: 'neither',
        breakdowns,
        filters: 'years before the hub started',
        method:
          'weighted least-squares slope of the hub-minus-similar-areas gap, percentage points a year; 95% normal ' +
          'interval with over-dispersion from the residuals, never below sampling error',
      }),
    ],
  ];
}

const DESIGN =
  "staggered difference-in-differences (Callaway and Sant'Anna 2021), not-yet-joined and never-joined schools as " +
  'controls, base = the last cohort before joining, cells weighted by the number of schools joining';
const IMPACT_FILTERS =
  'eligible mainstream schools in the register, placed in hubs by their LA; school-level KS4 destinations';

function impactFamily(stem: ImpactStem): [string, MeasureFacts][] {
  const level = IMPACT_STEM_LEVEL[stem];
  const subject = IMPACT_STEMS[stem];
  const at = (label: string, method: string, more: Partial<MeasureFacts> = {}) =>
    derived(level, 'impact', { label, filters: IMPACT_FILTERS, method, ...more });
  const byDisadvantage = BASE_MEASURES[level].breakdowns;
  return [
    [
      `impact_${stem}_att_pp`,
      at(`estimated effect of joining on ${subject}`, `${DESIGN}; 95% influence-function interval`),
    ],
    [
      `impact_${stem}_event_pp`,
      at(`effect on ${subject} by years since joining`, `${DESIGN}; event study`, {
        breakdowns: ['e-3', 'e-2', 'e-1', 'e0', 'e+1', 'e+2', 'e+3'],
      }),
    ],
    [
      `impact_${stem}_mde_pp`,
      at(`smallest detectable effect on ${subject}`, '(1.96 + 0.84) x standard error', {
        better: 'neither',
        breakdowns: byDisadvantage,
      }),
    ],
    [`impact_${stem}_naive_pp`, at(`members minus other schools, ${subject}`, 'difference of school means, Welch')],
    [`impact_${stem}_before_gap_pp`, at(`joiners minus others before joining, ${subject}`, 'Welch difference')],
    [
      `impact_benchmarks_${stem}_slope_pp`,
      at(`${subject} per extra benchmark achieved`, 'within-school slope, school and year fixed effects, clustered', {
        breakdowns: ['total'],
      }),
    ],
  ];
}

/** Every derived measure, generated from its stem in this one place. */
export const DERIVED_MEASURES: readonly (readonly [string, MeasureFacts])[] = [
  ...(Object.keys(CHANGE_STEMS) as ChangeStem[]).flatMap(changeFamily),
  ...NEIGHBOUR_STEMS.flatMap(neighbourFamily),
  ...(Object.keys(IMPACT_STEMS) as ImpactStem[]).flatMap(impactFamily),
  ...(Object.keys(CHANGE_STEMS) as ChangeStem[]).map(eventGap),
];

/** A change over one span: the whole range, since the hubs began or before. */
export type SpanChangeId = `${ChangeStem}_change${Span}_pp`;
/** A first-to-last change (`eet_change_pp`), from which the other spans are named. */
export type WholeChangeId = `${ChangeStem}_change_pp`;

// The id builders: the only place a derived id is spelt from another. Each id they make is in DERIVED_MEASURES
// (test/model/measures.test.ts checks every one).
export const sinceStartId = (m: WholeChangeId) => m.replace(/_pp$/, '_since_start_pp') as SpanChangeId;
export const beforeStartId = (m: WholeChangeId) => m.replace(/_pp$/, '_before_start_pp') as SpanChangeId;
export const vsEnglandId = (m: SpanChangeId) => m.replace(/_pp$/, '_vs_england_pp') as ChangeId;
/** The pupils-as-the-unit sensitivity; written for the changes since and before the start. */
export const binomialId = (m: SpanChangeId) => m.replace(/_pp$/, '_binomial_pp') as ChangeId;
export const vsNeighboursId = (stem: NeighbourStem, span: '' | '_since_start'): NeighbourId =>
  `${stem}_change${span}_vs_neighbours_pp`;
export const pretrendId = (stem: NeighbourStem): NeighbourId => `${stem}_pretrend_slope_diff_pp`;
export const eventGapVsNeighboursId = (stem: NeighbourStem): NeighbourId => `${stem}_event_gap_vs_neighbours_pp`;
/** The first-to-last change of a rate, by its stem (`eet` -> `eet_change_pp`). */
export const wholeChangeId = (stem: ChangeStem): WholeChangeId => `${stem}_change_pp`;
export const impactId = (stem: ImpactStem, what: 'att' | 'event' | 'mde' | 'naive' | 'before_gap'): ImpactId =>
  `impact_${stem}_${what}_pp`;
export const eventGapId = (stem: ChangeStem): EventGapId => `${stem}_event_gap_pp`;
/** The event-study id of a whole-span change (`eet_change_pp` -> `eet_event_gap_pp`). */
export const eventGapOf = (m: WholeChangeId): EventGapId => m.replace(/_change_pp$/, '_event_gap_pp') as EventGapId;
export const impactSlopeId = (stem: ImpactStem): ImpactId => `impact_benchmarks_${stem}_slope_pp`;
