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
