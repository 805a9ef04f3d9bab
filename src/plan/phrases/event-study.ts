import { countWord, listNames } from './words.js';

/** Report words about the years before the hubs began (the chart band) and the event study. */

/** The name on the band that shades the years before the start. */
export function beforeBandLabel(starts: 'one' | 'several'): string {
  return starts === 'one' ? 'Before the hubs' : 'Before the first hub';
}

/** The sentence a chart's alt text gains for its band. */
export function beforeBandAlt(started: string, starts: 'one' | 'several'): string {
  return starts === 'one'
    ? `The shaded band marks the years before the hubs began in ${started}.`
    : `The shaded band marks the years before the first hub began, in ${started}.`;
}

/** A hub's leads: how many years before the baseline, and which of them differ clearly from the baseline gap. */
export interface HubLeads {
  readonly name: string;
  readonly leads: number;
  /** Years whose 95% interval, unrounded, excludes zero. */
  readonly clear: readonly string[];
}

/** What the event study is and how its leads are read; `period` is "cohort" or "year". */
export function eventStudyIntro(subject: string, comparator: string, baseline: string, period: string): string {
  return (
    `Event study: each hub's gap to ${comparator} in ${subject} in every ${period}, less the same gap in ` +
    `${baseline}, the last ${period} before the hubs began (zero by definition). Points after ${baseline} (lags) ` +
    'show how the gap moved since the start; the last of them is the change since the start relative to ' +
    `${comparator}. Points ` +
    `before it (leads) are the test of the trends before the start: had the hub and ${comparator} moved in ` +
    `parallel, they would sit on zero, so a lead whose confidence interval excludes zero says the gap was already ` +
    `changing and that a change since the start is not the hubs' effect alone. Each interval stands on its own ` +
    `(exploratory, not adjusted for multiple comparisons).`
  );
}

/** The result of the leads, hub by hub; with no year before the baseline, says there is no test. */
export function eventStudyLeads(hubs: readonly HubLeads[], baseline: string, period: string): string {
  if (hubs.every((h) => h.leads === 0))
    return (
      `The files have no ${period} before ${baseline}, so there are no leads: the trends before the start cannot ` +
      'be tested here.'
    );
  const moved = hubs.filter((h) => h.clear.length > 0);
  const parallel = hubs.filter((h) => h.leads > 0 && h.clear.length === 0);
  const movedText = moved.map((h) => `${h.name} (${countWord(h.clear.length)} of ${countWord(h.leads)})`);
  const parts = [
    moved.length
      ? `Before the start the gap was already different from ${baseline}'s in ${listWords(movedText)}: the ` +
        'trends were not parallel, so read the change since the start with care'
      : '',
    parallel.length
      ? `${moved.length ? 'in' : 'In'} ${listWords(parallel.map((h) => h.name))} no ${period} before the start ` +
        `differs clearly from ${baseline}`
      : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}

const listWords = (items: readonly string[]) => listNames(items.map((name) => ({ name })));

/** The event study's chart and table texts. */
export const EVENT_STUDY_WORDS = {
  title: (subject: string, comparator: string, baseline: string, period: string) =>
    `Gap to ${comparator} in ${subject} relative to ${baseline}, by hub and ${period}`,
  subtitle: (comparator: string, baseline: string, period: string) =>
    `Percentage points: (hub - ${comparator}) in each ${period} minus the same in ${baseline}, with 95% ` +
    'confidence intervals; points before the start are the pre-start test',
  yTitle: 'Percentage points',
  baselineLabel: 'baseline',
  baselineCell: '0 (baseline)',
  timeColumn: 'Years since the start',
  tableCaption: (title: string, baseline: string) =>
    `${title}, with 95% confidence intervals (e-1 = ${baseline}, the baseline; e0 = the first year of the hubs; ` +
    'e-2 and earlier = the leads)',
} as const;

/** The heading of a chapter's event study. */
export const EVENT_STUDY_TITLE = (subject: string, comparator: string) =>
  `Event study: ${subject} against ${comparator}, year by year`;

/** The method text of the event study. */
export function eventStudyMethod(comparator: string): string {
  return (
    `Event study: in every cohort or year, each hub's gap to ${comparator} less its gap in the baseline (the last ` +
    `before the start), which is the hub's change from the baseline minus ${comparator}'s, with the same interval ` +
    `as the change since the start (the local authority as the unit, ${comparator}'s error added). The years after ` +
    'the baseline (lags) trace the change since the start; the years before it (leads) test whether the hub and ' +
    `${comparator} moved in parallel before the hubs (Freyaldenhoven, Hansen and Shapiro 2019; Roth 2022): a lead ` +
    'whose interval excludes zero means the change since the start mixes the hubs with a trend already under ' +
    'way. Each interval stands alone, exploratory, not adjusted for multiple comparisons.'
  );
}

/** What the event study against similar areas is; `left` names areas kept out because a year lacks their figure. */
export function neighbourEventStudyIntro(subject: string, baseline: string, period: string, left: boolean): string {
  return (
    `Event study against similar areas: each hub's change in ${subject} from ${baseline}, the last ${period} before ` +
    `the hubs began, to every other ${period}, less the change of its similar areas over the same years (zero in ` +
    `${baseline} by definition). The similar areas are the same in every ${period}` +
    (left
      ? ': only those with figures in every one (the others are named in the table note), so a point can differ ' +
        'from the change since the start above, which keeps every area present in its two years'
      : '') +
    '. Both changes treat the local authority as the unit, so the intervals include the variation between areas. ' +
    `Points before ${baseline} (leads) test whether hub and similar areas moved in parallel before the start; each ` +
    'interval stands on its own (exploratory, not adjusted for multiple comparisons).'
  );
}

/** The similar-areas event study's table texts. */
export const NEIGHBOUR_EVENT_WORDS = {
  caption: (subject: string, baseline: string, period: string) =>
    `Gap to similar areas in ${subject} relative to ${baseline}, by hub and ${period}, percentage points with 95% ` +
    `confidence intervals (e-1 = ${baseline}, the baseline; e0 = the first year of the hubs; e-2 and earlier = the ` +
    'leads)',
  leftNote: (hub: string, names: string) => `${hub}: left out of the similar areas (not in every year): ${names}.`,
} as const;

/** What a hub's years before the start say about one rate: which comparisons had already moved. */
export interface StartTrendFacts {
  readonly name: string;
  readonly england: boolean;
  readonly neighbours: boolean;
}

/** The test behind the warning, said where the warning is (summary note, method). */
export const START_TREND_TEST =
  'A change is marked as moved before the start where, in the event study, an earlier year\u2019s gap to England ' +
  'or to similar areas differs from the baseline year\u2019s after Holm\u2019s correction across that hub\u2019s ' +
  'earlier years (a 5% chance of a false mark for each hub and comparison), or where the pre-start trend check ' +
  'against similar areas warns. The chapters show each year\u2019s interval unadjusted; a hub that passes may ' +
  'still have had different trends (Roth 2022).';

/** Beside a headline change since the start: the hubs whose gap had already moved before it, and against what. */
export function startTrendWarning(hubs: readonly StartTrendFacts[], comparator: string): string {
  const england = hubs.filter((h) => h.england).map((h) => h.name);
  const neighbours = hubs.filter((h) => h.neighbours).map((h) => h.name);
  if (england.length === 0 && neighbours.length === 0) return '';
  const parts = [
    england.length ? `the gap to ${comparator} had already moved in ${listWords(england)}` : '',
    neighbours.length
      ? `the gap to similar areas ${england.length ? '' : 'had already moved '}in ${listWords(neighbours)}`
      : '',
  ].filter(Boolean);
  const named = [...new Set([...england, ...neighbours])];
  return (
    `Before the start, ${parts.join(', and ')} (the years before the hubs, Holm-corrected): for ` +
    `${named.length === 1 ? 'that hub' : 'those hubs'} the change since the start is not the hubs' effect alone.`
  );
}

/** The same warning in a table cell, after the figure. */
export const START_TREND_CELL = '; moved before the start';
