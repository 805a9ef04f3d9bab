import type { MetricRow, MetricUnit } from '../../model/metric.js';
import { spanEnds } from '../../model/period.js';
import { classifyComparison, excludesZero, type Ranked } from '../../stats/change.js';
import { fixed, formatValue } from '../format.js';
import {
  cap,
  fewNames,
  hubGroup,
  joinClauses,
  listNames,
  MANY_HUBS,
  type NamedValue,
  ONCE_ADJUSTED,
  type RangeStyle,
  rangePhrase,
} from './words.js';

/**
 * How a figure compares: with a comparator (England, all hubs), in a ranking, in a hub profile, and with similar
 * areas (statistical neighbours) with the pre-trend check. "Above" and "below" only where the 95% interval of the
 * difference excludes zero (stats/change.ts).
 */

export interface Gap extends NamedValue {
  /** Interval of the difference; a direction is claimed only when it excludes zero. */
  readonly low: number | null;
  readonly high: number | null;
}

/** A gap as the classifier sees it, from a row's diff and its interval. */
export function gapOf(name: string, row: MetricRow | undefined): Gap {
  return { name, value: row?.diff ?? null, low: row?.diff_ci_low ?? null, high: row?.diff_ci_high ?? null };
}

function comparisonOf(g: Gap) {
  return classifyComparison(g.value, g.low, g.high);
}

/** True when every hub is clearly above (below) the comparator. */
export function allClearly(gaps: readonly Gap[], side: 'above' | 'below'): boolean {
  return gaps.length > 0 && gaps.every((g) => comparisonOf(g) === side);
}

/**
 * A chart title stating every hub's gap to a comparator in one period, from the classifier the prose uses: "Every
 * hub's sustained EET rate for all pupils was above England's for the 2021/22 cohort". Where the hubs differ, or a
 * gap could not be tested, the neutral `fallback`: one word cannot say it.
 */
export function gapTitle(subject: string, gaps: readonly Gap[], comparator: string, when: string, fallback: string) {
  const side = (['above', 'below', 'similar'] as const).find(
    (s) => gaps.length > 0 && gaps.every((g) => comparisonOf(g) === s),
  );
  if (!side) return fallback;
  const hub = gaps.length > 1 ? "Every hub's" : `${gaps[0]?.name}'s`;
  return `${hub} ${subject} was ${side === 'similar' ? 'similar to' : side} ${comparator}'s ${when}`;
}

/**
 * "every hub was between 0.8 and 2.0 percentage points above the England rate"; hubs whose gap interval includes
 * zero are "similar to" the comparator, whatever the sign of the point estimate.
 */
export function gapPhrase(
  items: readonly Gap[],
  comparator: string,
  style: RangeStyle = 'between',
  who?: (names: string, plural: boolean) => string,
): string {
  const known = items.filter((i): i is Gap & { value: number } => i.value !== null);
  const above = known.filter((i) => comparisonOf(i) === 'above');
  const below = known.filter((i) => comparisonOf(i) === 'below');
  const similar = known.filter((i) => comparisonOf(i) === 'similar');
  // A gap with no interval is neither "similar" nor a direction: the difference could not be tested.
  const untested = known.filter((i) => comparisonOf(i) === 'unknown');
  const parts: string[] = [];
  // With many hubs, a long subject ("the share whose destination was not sustained in") is said once.
  const plain = (names: string, plural: boolean) => `${names} ${plural ? 'were' : 'was'}`;
  const subject = (group: readonly Gap[]): string => {
    const say = (items.length > MANY_HUBS && parts.length > 0) || !who ? plain : who;
    return group.length === items.length && items.length > 1
      ? say('every hub', false)
      : say(hubGroup(group, items.length), group.length > 1);
  };
  // With many hubs the clauses are long: the comparator is named once, then "it".
  const against = (): string => (items.length > MANY_HUBS && parts.length > 0 ? 'it' : comparator);
  // "between" reads "was between 0.8 and 2.0 percentage points above X"; the others name the side first.
  const side = (group: readonly Gap[], where: 'above' | 'below') =>
    style === 'between' || group.length === 1
      ? `${subject(group)} ${rangePhrase(group, 'pp', style)} ${where} ${against()}`
      : `${subject(group)} ${where} ${against()}, by ${rangePhrase(group, 'pp', style)}`;
  if (above.length) parts.push(side(above, 'above'));
  if (below.length) parts.push(side(below, 'below'));
  if (similar.length)
    parts.push(
      `${subject(similar)} similar to ${against()} (the 95% confidence interval of the difference includes zero)`,
    );
  if (untested.length)
    parts.push(`${subject(untested)} not tested against ${against()} (the difference has no confidence interval)`);
  const missingNames = items.filter((i) => i.value === null);
  if (missingNames.length)
    parts.push(`${fewNames(missingNames, items.length)} could not be compared (suppressed or not available)`);
  return parts.length ? joinClauses(parts) : `no hub could be compared with ${comparator}`;
}

/**
 * The ends of a ranking, naming ties: "the benchmark most often fully achieved was Benchmark 1, and the least
 * often Benchmark 4 and Benchmark 6 (too close to tell apart)".
 */
export function rankingSentence(
  prefix: string,
  what: string,
  top: readonly Ranked<{ name: string }>[],
  bottom: readonly Ranked<{ name: string }>[],
  total: number,
): string {
  const names = (xs: readonly Ranked<{ name: string }>[]) => listNames(xs.map((x) => x.item));
  if (top.length === 0) return '';
  const within = 'the differences lie within their 95% confidence intervals';
  if (top.length >= total || bottom.some((b) => top.includes(b)))
    return `${prefix}, no ${what} stood out from the others: ${within}.`;
  const end = (xs: readonly unknown[], which: string) =>
    xs.length > 1 ? `the ${what}s ${which} were` : `the ${what} ${which} was`;
  const tie = (xs: readonly unknown[]) => (xs.length > 1 ? ', too close to tell apart' : '');
  return (
    `${prefix}, ${end(top, 'most often fully achieved')} ${names(top)}${tie(top)}; ` +
    `${end(bottom, 'least often fully achieved')} ${names(bottom)}${tie(bottom)}.`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Hub profiles: what stands out for one hub (publication layout). A hub's figure is called above or below its
// reference only when its 95% interval lies wholly on one side; the reference (all hubs together, or England) is
// taken as fixed, as for gaps to England in the methodology.
// ---------------------------------------------------------------------------------------------------------------

export interface StandoutFact {
  /** The measure the fact is of, so a profile does not state one figure twice. */
  readonly measure?: string;
  /** A noun phrase with the year: "the sustained EET rate of the 2021/22 KS4 cohort". */
  readonly subject: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: MetricUnit;
  /** The reference's value and a phrase for it: "all hubs together (94.6%)" is written from these. */
  readonly reference: number | null;
  readonly referenceName: string;
}

export type StandoutKind = 'above' | 'below' | 'similar' | 'unknown';

export function standoutKind(f: StandoutFact): StandoutKind {
  if (f.value === null || f.reference === null || f.low === null || f.high === null) return 'unknown';
  if (f.low > f.reference) return 'above';
  if (f.high < f.reference) return 'below';
  return 'similar';
}

/**
 * "What stands out for Central: its average number of benchmarks fully achieved in 2023/24 (5.6) was above all
 * hubs together (5.1). Its sustained EET rate ... was similar to England's once the 95% intervals are taken into
 * account." Facts whose figures are suppressed are left out; none left gives a plain statement of that.
 */
export function standoutParagraph(hub: string, facts: readonly StandoutFact[], change?: string): string {
  const v = (x: number | null, unit: MetricUnit) => formatValue(x, unit);
  const clause = (f: StandoutFact, side: 'above' | 'below') =>
    `${f.subject} (${v(f.value, f.unit)}) was ${side} ${f.referenceName} (${v(f.reference, f.unit)})`;
  const known = facts.filter((f) => standoutKind(f) !== 'unknown');
  const clear = known.filter((f) => standoutKind(f) !== 'similar');
  const similar = known.filter((f) => standoutKind(f) === 'similar');
  const sentences: string[] = [];
  if (clear.length) {
    const parts = clear.map((f) => clause(f, standoutKind(f) === 'above' ? 'above' : 'below'));
    sentences.push(`What stands out for ${hub}: ${joinClauses(parts)}.`);
  } else if (known.length) {
    sentences.push(
      `No headline figure for ${hub} differs clearly from its comparison once the 95% intervals are taken into ` +
        'account.',
    );
  } else {
    sentences.push(`The headline figures for ${hub} are suppressed or not available, so none can be compared.`);
  }
  if (clear.length && similar.length) {
    const names = similar.map((f) => f.subject.replace(/^(its|the) /, ''));
    // "X in 2023/24, Y in 2023/24 and Z in 2023/24" says the year once: "X, Y and Z in 2023/24".
    const year = / in \d{4}\/\d{2}$/.exec(names[0] ?? '')?.[0];
    const shared = year !== undefined && names.every((n) => n.endsWith(year));
    const listed = listNames(names.map((n) => ({ name: shared ? n.slice(0, -year.length) : n })));
    const verb = similar.length === 1 ? 'was' : 'were';
    sentences.push(
      `Its ${listed}${shared ? year : ''} ${verb} similar to the comparison once the 95% intervals are taken into ` +
        'account.',
    );
  }
  if (change) sentences.push(change);
  return sentences.join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Statistical neighbours ("similar areas"): a hub against the neighbours of its LAs outside every hub.
// ---------------------------------------------------------------------------------------------------------------

/** A hub's change, its similar areas' change, and the difference (hub minus group) with its 95% interval. */
export interface NeighbourGapFacts {
  readonly hub: string;
  readonly period: string;
  readonly hubChange: number | null;
  readonly groupChange: number | null;
  readonly diff: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** True: the change since the hubs began; false: one over years that include those before; unset: no start. */
  readonly sinceStart?: boolean;
  /** The word fixed on the unrounded interval by the metrics, after any adjustment for multiple comparisons. */
  readonly verdict?: 'higher' | 'lower' | 'unclear' | 'unknown';
  /** The gap's own interval excludes zero, but not once adjusted for multiple comparisons. */
  readonly lapsed?: boolean;
}

/**
 * "Between 2020/21 and 2024/25 the NEET rate changed by +0.4 pp in Central and by +1.4 pp in its similar areas:
 * Central's change was 1.0 percentage points below theirs (the 95% confidence interval excludes zero)." Above or
 * below only where the interval excludes zero; otherwise "a similar change". Numbers print as the figure book does.
 */
export function neighbourGapSentence(subject: string, f: NeighbourGapFacts): string {
  const [from, to] = spanEnds(f.period);
  if (f.diff === null || f.hubChange === null || f.groupChange === null || f.low === null || f.high === null)
    return (
      `${cap(subject)} in ${f.hub} cannot be compared with its similar areas between ${from} and ${to}: a figure ` +
      `is suppressed or not available.`
    );
  const when =
    f.sinceStart === true
      ? `Since the hubs began (${from} to ${to})`
      : f.sinceStart === false
        ? `Between ${from} and ${to} (years that include those before the hubs began)`
        : `Between ${from} and ${to}`;
  const head =
    `${when} ${subject} changed by ${formatValue(f.hubChange, 'pp')} in ${f.hub} and by ` +
    `${formatValue(f.groupChange, 'pp')} in its similar areas`;
  const SIDE = { higher: 'above', lower: 'below', unclear: 'similar', unknown: 'unknown' } as const;
  const side = f.verdict ? SIDE[f.verdict] : classifyComparison(f.diff, f.low, f.high);
  if (side !== 'above' && side !== 'below')
    return f.lapsed
      ? `${head}: no clear difference ${ONCE_ADJUSTED} (a difference of ` +
          `${formatValue(f.diff, 'pp')}; Holm's method, see the methodology).`
      : `${head}: a similar change (a difference of ${formatValue(f.diff, 'pp')}, whose 95% confidence interval ` +
          `includes zero).`;
  return (
    `${head}: ${f.hub}'s change was ${fixed(Math.abs(f.diff), 1)} percentage points ${side} theirs (the 95% ` +
    `confidence interval of the difference excludes zero).`
  );
}

/** The pre-trend check: hub slope minus similar areas' slope before the hub started, per year. */
export interface PretrendFacts {
  readonly hub: string;
  readonly started: string;
  /** Null when there were too few years before the start. */
  readonly period: string | null;
  readonly diff: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

/** "No KS4 cohort after the hubs began is in range yet (2020/21 is the last before the start)." */
export function noChangeSinceStartSentence(what: string, baseline: string): string {
  return (
    `No ${what} after the hubs began is in range yet (${baseline} is the last before the start), so the report ` +
    'gives no change since the start; earlier changes describe the areas before the hubs.'
  );
}

/** Said once per topic when the config gives no start year for the hubs. */
export function noStartYearSentence(): string {
  return (
    'The config gives no year the hubs started (hubs[].started), so the summary gives no change since the hubs ' +
    'began; the chapters describe the change over the whole period, which may include years before the hubs.'
  );
}

/** Whether the pre-start trends differ clearly: the comparison then carries a warning. */
export function pretrendDiverges(f: PretrendFacts): boolean {
  return excludesZero(f.low, f.high);
}

export function pretrendSentence(subject: string, f: PretrendFacts): string {
  if (f.diff === null || f.low === null || f.high === null || f.period === null)
    return (
      `There are too few years before ${f.hub} started (${f.started}) to check whether ${subject} in ${f.hub} and ` +
      `in its similar areas moved in parallel beforehand, so the comparison rests on that assumption unchecked.`
    );
  const [from, to] = spanEnds(f.period);
  const trend =
    `the yearly trend of ${subject} in ${f.hub} minus that in its similar areas was ${formatValue(f.diff, 'pp')} a ` +
    `year`;
  if (pretrendDiverges(f))
    return (
      `Warning: in the years before ${f.hub} started (${from} to ${to}), ${trend}, and its 95% confidence interval ` +
      `excludes zero. They were not moving in parallel, so this comparison may mislead.`
    );
  return (
    `In the years before ${f.hub} started (${from} to ${to}), ${trend}, and its 95% confidence interval includes ` +
    `zero: no clear difference in trend.`
  );
}

/** What sets one hub apart from the others: its figure, the others' range, and the interval's word against all. */
export interface ParticularFact {
  readonly measure: string;
  readonly subject: string;
  readonly text: string;
  readonly othersLow: string;
  readonly othersHigh: string;
  readonly allText: string;
  readonly kind: StandoutKind;
  /** Words for a gap whose values are negative (disadvantaged below others): below is wider, not lower. */
  readonly gap?: boolean;
}

/**
 * "Where South differs most from the other hubs is its share of 16 to 17 year olds NEET or not known in 2023/24:
 * 2.4%, against 3.3% to 3.5% in the others, below all hubs together (3.3%) once the 95% intervals are taken into
 * account." Each profile says what is particular to its hub, not one template sentence for all.
 */
export function particularSentence(hub: string, f: ParticularFact): string {
  const others = f.othersLow === f.othersHigh ? f.othersLow : `${f.othersLow} to ${f.othersHigh}`;
  const side = f.gap ? `${f.kind === 'below' ? 'wider' : 'narrower'} than` : f.kind;
  const verdict =
    f.kind === 'above' || f.kind === 'below'
      ? `, ${side} all hubs together (${f.allText}) once the 95% intervals are taken into account`
      : f.kind === 'similar'
        ? `, though within the 95% interval of all hubs together (${f.allText})`
        : '';
  return (
    `Where ${hub} differs most from the other hubs is ${f.subject}: ${f.text}, against ${others} in the ` +
    `others${verdict}.`
  );
}
