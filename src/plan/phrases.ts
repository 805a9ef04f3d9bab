import type { MetricRow, MetricUnit } from '../model/metric.js';
import { isSpan, spanEnds } from '../model/period.js';
import {
  agreeingDecimals,
  type ChangeClass,
  changeDirection,
  classifyChange,
  classifyComparison,
  classifyDifference,
  classifyInterval,
  type DifferenceClass,
  excludesZero,
  type Ranked,
} from '../stats/change.js';
import { fixed, formatValue, signed } from './format.js';

/**
 * Every sentence pattern the report uses to state a finding. Directions come from the one classifier in
 * stats/change.ts: "rose", "fell", "above", "below", "most" and "least" only where the 95% interval supports them;
 * otherwise "no clear change", "similar" or a named tie. Suppressed figures are said to be suppressed, never 0.
 */

export interface PointFact {
  readonly period: string;
  readonly value: number | null;
  readonly symbol?: string;
}

export interface ChangeFacts {
  readonly from: PointFact;
  readonly to: PointFact;
  /** Interval of the change between the two years (same unit as the difference); null when not computed. */
  readonly low: number | null;
  readonly high: number | null;
  /** Whether the series rose (fell) in every year between, and its trend interval agrees. */
  readonly everyYear?: 'rising' | 'falling' | null;
  /** A figure with no sampling error (every institution counted): the sign of the change is the finding. */
  readonly exact?: boolean;
  /** The word fixed on the unrounded interval by the metrics, where they give one. */
  readonly verdict?: DifferenceClass;
}

export type ChangeKind = 'rise' | 'fall' | 'no_clear_change' | 'suppressed' | 'no_interval';

export function changeKind(f: ChangeFacts): ChangeKind {
  if (f.from.value === null || f.to.value === null) return 'suppressed';
  const VERDICT = { higher: 'rise', lower: 'fall', unclear: 'no_clear_change', unknown: 'unknown' } as const;
  const kind = f.verdict
    ? VERDICT[f.verdict]
    : classifyChange(f.to.value - f.from.value, f.low, f.high, f.exact ?? false);
  return kind === 'unknown' ? 'no_interval' : kind;
}

/** "The average number of benchmarks fully achieved rose every year, from 2.6 in 2019/20 to 5.3 in 2023/24." */
export function changeSentence(subject: string, f: ChangeFacts, unit: MetricUnit): string {
  const v = (p: PointFact) =>
    unit === 'count' && p.value !== null && p.value >= 0 && p.value < 10
      ? countWord(p.value)
      : formatValue(p.value, unit);
  switch (changeKind(f)) {
    case 'suppressed': {
      const gone = [f.from, f.to].filter((p) => p.value === null).map((p) => p.period);
      return (
        `${cap(subject)} cannot be compared between ${f.from.period} and ${f.to.period}: the figure for ` +
        `${gone.join(' and ')} is suppressed or not available.`
      );
    }
    case 'no_interval':
      return `${cap(subject)} was ${v(f.from)} in ${f.from.period} and ${v(f.to)} in ${f.to.period}.`;
    case 'no_clear_change':
      if (f.exact) return `${cap(subject)} was ${v(f.to)} in both ${f.from.period} and ${f.to.period}.`;
      return (
        `${cap(subject)} showed no clear change between ${f.from.period} (${v(f.from)}) and ${f.to.period} ` +
        `(${v(f.to)}); the 95% confidence interval of the change includes zero.`
      );
    case 'rise':
      return (
        `${cap(subject)} rose${f.everyYear === 'rising' ? ' every year' : ''} from ${v(f.from)} in ` +
        `${f.from.period} to ${v(f.to)} in ${f.to.period}.`
      );
    case 'fall':
      return (
        `${cap(subject)} fell${f.everyYear === 'falling' ? ' every year' : ''} from ${v(f.from)} in ` +
        `${f.from.period} to ${v(f.to)} in ${f.to.period}.`
      );
  }
}

/** A chart title stating the change: "Average Gatsby Benchmarks fully achieved rose to 5.3 in 2023/24". */
export function changeTitle(subject: string, f: ChangeFacts, unit: MetricUnit): string {
  const to = `${formatValue(f.to.value, unit, f.to.symbol)} in ${f.to.period}`;
  switch (changeKind(f)) {
    case 'rise':
      return `${cap(subject)} rose to ${to}`;
    case 'fall':
      return `${cap(subject)} fell to ${to}`;
    case 'no_clear_change':
      return `${cap(subject)}: ${to}, no clear change since ${f.from.period}`;
    default:
      return `${cap(subject)}, ${f.from.period} to ${f.to.period}`;
  }
}

export interface NamedValue {
  readonly name: string;
  readonly value: number | null;
}

/**
 * How a range across hubs is said. `between`: "by between 0.2 percentage points (East) and 1.4 (Central)";
 * `fromTo`: "by 0.2 percentage points in East to 1.4 in Central"; `upTo`: "by up to 1.4 percentage points (Central;
 * least in East, 0.2)". Callers pick different constructions so a chapter does not repeat one.
 */
export type RangeStyle = 'between' | 'fromTo' | 'upTo';

/** "between 0.2 percentage points (East) and 1.4 (Central)"; one item is just its value (the caller names it). */
export function rangePhrase(
  items: readonly NamedValue[],
  unit: 'pp' | 'pct' | 'mean',
  style: RangeStyle = 'between',
  noun = '',
): string {
  // Changes and gaps are compared by size, so falls read "between 0.9 and 1.6 percentage points" too.
  const size = (x: number) => (unit === 'pct' ? x : Math.abs(x));
  const known = items
    .filter((i): i is NamedValue & { value: number } => i.value !== null)
    .sort((a, b) => size(a.value) - size(b.value));
  const suffix = unit === 'pp' ? ' percentage points' : unit === 'pct' ? '%' : noun;
  const num = (x: number) => fixed(size(x), 1);
  if (known.length === 0) return 'not available';
  const lo = known[0]!;
  const hi = known[known.length - 1]!;
  if (known.length === 1) return `${num(lo.value)}${suffix}`;
  if (num(lo.value) === num(hi.value)) {
    // Many tied hubs are already counted by the caller's subject ("in every hub", "in 12 of the 36 hubs").
    if (known.length > MANY_HUBS) return `${num(lo.value)}${suffix}`;
    return `${num(lo.value)}${suffix} (${known.map((k) => k.name).join(', ')})`;
  }
  if (style === 'fromTo') return `${num(lo.value)}${suffix} in ${lo.name} to ${num(hi.value)} in ${hi.name}`;
  if (style === 'upTo') return `up to ${num(hi.value)}${suffix} (${hi.name}; least in ${lo.name}, ${num(lo.value)})`;
  return `between ${num(lo.value)}${suffix} (${lo.name}) and ${num(hi.value)} (${hi.name})`;
}

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
 * Above this many hubs, sentences count hubs instead of naming each ("rose in 12 of the 36 hubs, by up to 1.9
 * percentage points (Central; least in East, 0.3)"): the extremes are still named, through the range phrase.
 */
export const MANY_HUBS = 6;

/**
 * A group of hubs out of `total` as a sentence names it: every name while the report has few hubs, else the one
 * name of a group of one, or a count ("12 of the 36 hubs").
 */
export function hubGroup(group: readonly { name: string }[], total: number): string {
  if (total <= MANY_HUBS || group.length === 1) return listNames(group);
  return `${countWord(group.length)} of the ${countWord(total)} hubs`;
}

/** Hubs set apart (suppressed, not compared): named while there are up to three of them, else counted. */
export function fewNames(group: readonly { name: string }[], total: number): string {
  if (total <= MANY_HUBS || group.length <= 3) return listNames(group);
  return `${countWord(group.length)} of the ${countWord(total)} hubs`;
}

export function listNames(items: readonly { name: string }[]): string {
  const names = items.map((i) => i.name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function joinClauses(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** Whole numbers under ten in words in running text ("the four Careers Hubs"); larger ones as digits. */
export function countWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? WORDS[n]! : fixed(n, 0);
}

/** "1,648,490 times", "three times", "0 times"; suppressed: "a number of times not published (c: suppressed)". */
export function timesPhrase(cited: { readonly value: number | null; readonly words: string; readonly text: string }) {
  if (cited.value === null) return `a number of times not published (${cited.text})`;
  // "no times" does not read; the figure as printed does.
  return cited.value === 0 ? `${cited.text} times` : `${cited.words} times`;
}

/** "the four Careers Hubs"; "the Careers Hub" for one. */
export function hubsPhrase(count: number): string {
  return count === 1 ? 'the Careers Hub' : `the ${countWord(count)} Careers Hubs`;
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

/** "Between 2021/22 and 2023/24" for a range period, "In 2023/24" for a single year. */
export function duringPeriod(period: string): string {
  const [from, to] = spanEnds(period);
  return isSpan(period) ? `Between ${from} and ${to}` : `In ${from}`;
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface HubChange extends NamedValue {
  /** Whether the change's 95% interval excludes zero. */
  readonly clear: boolean;
  /** The symbol when the change could not be computed: c = suppressed, anything else = not available. */
  readonly symbol?: string;
}

/** A hub's change as the classifier judges it, from its change row. */
export function hubChange(name: string, row: MetricRow | undefined): HubChange {
  const kind = rowVerdict(row);
  return { name, value: row?.value ?? null, clear: kind === 'higher' || kind === 'lower', symbol: row?.symbol ?? 'x' };
}

/** "rise", "fall", "no clear change" or "unknown" (suppressed), from stats/change.ts. */
export function hubChangeKind(c: HubChange): ChangeClass {
  return changeDirection(c.value, c.clear);
}

export interface HubChangeWords {
  readonly up?: string;
  readonly down?: string;
  /** 'pp' (percentage points) or 'mean' with its own noun ("benchmarks"). */
  readonly unit?: 'pp' | 'mean';
  readonly noun?: string;
  readonly style?: RangeStyle;
}

/**
 * How a rate changed in each hub, as one clause starting with its subject:
 * "the sustained EET rate rose in every hub, by between 0.2 percentage points (East) and 1.4 (Central)";
 * "the sustained EET rate rose in Central (by 0.7 percentage points) and West; East showed no clear change".
 * Only changes whose interval excludes zero are called rises or falls.
 */
export function hubChangesSentence(subject: string, items: readonly HubChange[], words: HubChangeWords = {}): string {
  const { up = 'rose', down = 'fell', unit = 'pp', style = 'between' } = words;
  const noun = words.noun ?? (unit === 'pp' ? ' percentage points' : '');
  const amount = (xs: readonly HubChange[]) => rangePhrase(xs, unit, style, noun);
  if (items.length === 1) {
    const only = items[0]!;
    if (only.value === null) return `${subject} in ${only.name} could not be compared (suppressed or not available)`;
    if (!only.clear) return `${subject} in ${only.name} showed no clear change`;
    return `${subject} in ${only.name} ${hubChangeKind(only) === 'rise' ? up : down} by ${amount([only])}`;
  }
  const known = items.filter((i) => i.value !== null);
  const rises = known.filter((i) => hubChangeKind(i) === 'rise');
  const falls = known.filter((i) => hubChangeKind(i) === 'fall');
  const unclear = known.filter((i) => !i.clear);
  const missing = items.filter((i) => i.value === null);
  const total = items.length;
  const where = (xs: readonly HubChange[]) => (xs.length === total && total > 1 ? 'every hub' : hubGroup(xs, total));
  const moved = (verb: string, xs: readonly HubChange[]) => `${verb} in ${where(xs)}, by ${amount(xs)}`;
  const movements = [...(rises.length ? [moved(up, rises)] : []), ...(falls.length ? [moved(down, falls)] : [])];
  const tail: string[] = [];
  if (movements.length === 0 && unclear.length)
    tail.push(
      `${subject} showed no clear change ` +
        `${unclear.length === total ? 'in any hub' : `in ${hubGroup(unclear, total)}`}`,
    );
  else if (unclear.length) tail.push(`${unclearHubs(unclear, total, missing.length === 0)} showed no clear change`);
  const suppressed = missing.filter((i) => i.symbol === 'c');
  const unavailable = missing.filter((i) => i.symbol !== 'c');
  if (suppressed.length) tail.push(`the figures for ${fewNames(suppressed, total)} are suppressed`);
  if (unavailable.length) tail.push(`the figures for ${fewNames(unavailable, total)} are not available`);
  const head = movements.length ? `${subject} ${movements.join(', and ')}` : '';
  return [head, ...tail].filter(Boolean).join('; ');
}

/** The hubs with no clear change, after the rises and falls: "the other 21 hubs" when they are all the rest. */
function unclearHubs(unclear: readonly HubChange[], total: number, rest: boolean): string {
  if (total <= MANY_HUBS || unclear.length === 1) return listNames(unclear);
  const hubs = `${countWord(unclear.length)} hubs`;
  return rest ? `the other ${hubs}` : hubs;
}

/** What a finding means for the evaluation, said after the figure; keyed by finding and how it was judged. */
const MEANINGS: Readonly<Record<string, Partial<Record<ChangeKind | 'above' | 'below' | 'similar', string>>>> = {
  compass: {
    rise: 'Schools and colleges were meeting more of the benchmarks of good careers guidance.',
    fall: 'Schools and colleges were meeting fewer of the benchmarks of good careers guidance.',
    no_clear_change: 'The returns do not show a change in careers provision.',
  },
  eet: {
    rise: 'More young people stayed in education, an apprenticeship or work after KS4.',
    fall: 'Fewer young people stayed in education, an apprenticeship or work after KS4.',
    no_clear_change: 'The share staying in education, an apprenticeship or work held steady.',
  },
  eetGap: {
    above: "Young people in the hubs' areas were more likely than others nationally to stay in a destination.",
    below: "Young people in the hubs' areas were less likely than others nationally to stay in a destination.",
    similar: "Young people in the hubs' areas stayed in a destination about as often as those nationally.",
  },
  neet: {
    rise: 'More young people were out of education, employment or training, or untracked.',
    fall: 'Fewer young people were out of education, employment or training, or untracked.',
    no_clear_change: 'The share of young people NEET or untracked did not clearly move.',
  },
  // When the files give no "not known" figures, the headline is the NEET rate alone: no word of untracked.
  neetAlone: {
    rise: 'More young people were out of education, employment or training.',
    fall: 'Fewer young people were out of education, employment or training.',
    no_clear_change: 'The share of young people NEET did not clearly move.',
  },
};

/**
 * What membership over half of pupils means. The share is of pupils in eligible schools and colleges, not of all
 * young people in the areas, so the sentence says that and no more.
 */
export function membershipMeaning(): string {
  return 'Most pupils in eligible schools and colleges attend a member, so the hubs can reach them through it.';
}

/** The sentence that says what a finding means, or '' when the catalogue has none for that judgement. */
export function meaning(finding: keyof typeof MEANINGS, kind: ChangeKind | 'above' | 'below' | 'similar'): string {
  return MEANINGS[finding]?.[kind] ?? '';
}

/** A table cell with its interval: "5.1 (4.6 to 5.6)"; a suppressed figure keeps its symbol. */
export function intervalCell(row: MetricRow | undefined, change = false): string {
  if (!row) return 'not available';
  const v =
    change && row.value !== null && row.unit !== 'pp'
      ? signed(row.value)
      : formatValue(row.value, row.unit, row.symbol);
  if (row.value === null || row.ci_low === null || row.ci_high === null) return v;
  const dp = row.verdict ? agreeingDecimals(row.ci_low, row.ci_high, row.verdict) : 1;
  const lim = (x: number) => (change || row.unit === 'pp' ? signed(x, dp) : fixed(x, dp));
  return `${v} (${lim(row.ci_low)} to ${lim(row.ci_high)})`;
}

/** A change cell: the change with its interval where the interval excludes zero, else "no clear change". */
export function changeCell(row: MetricRow | undefined): string {
  if (!row) return 'not available';
  if (row.value === null) return formatValue(null, row.unit, row.symbol);
  const kind = rowVerdict(row);
  return kind === 'higher' || kind === 'lower' ? intervalCell(row, true) : 'no clear change';
}

/**
 * The word a row's interval supports: the verdict fixed on the unrounded interval where the metrics give one (so
 * rounding cannot flip it), else the row's own limits.
 */
export function rowVerdict(row: MetricRow | undefined): DifferenceClass {
  if (!row || row.value === null) return 'unknown';
  return row.verdict ?? classifyDifference(row.value, row.ci_low, row.ci_high);
}

// --- Surveys, evidence and targets ----------------------------------------------------------------
// Survey shares are reported as found, with n; no hub is called higher or lower than another here, because the
// survey chapters draw no comparison with an interval for the difference.

export interface ShareFact {
  /** The answer as worded in the questionnaire, e.g. "Very satisfied". */
  readonly label: string;
  /** Percentage as printed, e.g. "40.0%", or a symbol. */
  readonly text: string;
  readonly count: number | null;
}

/** "40.0% (n=45) very satisfied and 45.0% (n=50) satisfied": shares with their counts, answers in lower case. */
export function sharesPhrase(shares: readonly ShareFact[]): string {
  const parts = shares.map((s) => `${s.text}${s.count === null ? '' : ` (n=${s.count})`} ${lowerFirst(s.label)}`);
  return listNames(parts.map((name) => ({ name })));
}

/**
 * A survey's response rate as the chapter and the methodology both print it: "0.2%" for 3 of 2,000 (the project's
 * one rounding, half away from zero on the printed digits, see format.ts).
 */
export function responseRate(responses: number, invited: number): string {
  return formatValue((100 * responses) / invited, 'pct');
}

/** The opening of a survey chapter: who answered, the response rate when known, and what was left out. */
export function surveyResponseSentence(f: {
  respondents: string;
  responses: number;
  invited: number | null;
  unfinished: number;
  empty: number;
}): string {
  const rate =
    f.invited && f.invited > 0
      ? ` from ${f.invited} invited (a response rate of ${responseRate(f.responses, f.invited)})`
      : '';
  const left = [
    f.unfinished ? `${countWord(f.unfinished)} unfinished` : '',
    f.empty ? `${countWord(f.empty)} empty` : '',
  ].filter(Boolean);
  // Never a sentence that starts with a numeral: "Two empty responses were left out."
  const noun = f.unfinished + f.empty === 1 ? 'response was' : 'responses were';
  const out = left.length ? ` ${cap(listNames(left.map((name) => ({ name }))))} ${noun} left out.` : '';
  return `The survey of ${f.respondents} received ${f.responses} complete responses${rate}.${out}`;
}

/** Favourable share with its interval: "In all, 85.0% gave a favourable answer (95% CI 77.1% to 90.6%; n=100)". */
export function favourableSentence(text: string, low: number | null, high: number | null, n: number | null): string {
  const ci = low !== null && high !== null ? `95% CI ${fixed(low, 1)}% to ${fixed(high, 1)}%; ` : '';
  return `In all, ${text} gave a favourable answer (${ci}n=${n ?? 'not available'}).`;
}

export type TargetStatusWord = 'met' | 'not met' | 'on track' | 'not on track' | 'no data';

/** The executive summary's line on targets: "Of 4 targets, 2 were met, 1 is on track and 1 had no data." */
export function targetsSummarySentence(counts: Readonly<Record<TargetStatusWord, number>>, total: number): string {
  const were = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const words: Record<TargetStatusWord, string> = {
    met: were(counts.met, 'was met', 'were met'),
    'not met': were(counts['not met'], 'was not met', 'were not met'),
    'on track': were(counts['on track'], 'is on track to be met', 'are on track to be met'),
    'not on track': were(counts['not on track'], 'is not on track', 'are not on track'),
    'no data': were(counts['no data'], 'has no data to judge it by', 'have no data to judge them by'),
  };
  const parts = (Object.keys(words) as TargetStatusWord[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${countWord(counts[k])} ${words[k]}`);
  const list = listNames(parts.map((name) => ({ name })));
  return `Of the ${countWord(total)} target${total === 1 ? '' : 's'} set for the hubs, ${list}.`;
}

/** How a quote is attributed: by role and source, never by name. */
export function attribution(role: string | null, source: string): string {
  return role ? `${cap(role)}, ${source}` : cap(source);
}

/** What each chapter's evidence is about, so that its sub-section title names it (two chapters' are not alike). */
const EVIDENCE_TOPICS: Readonly<Record<string, string>> = {
  compass: 'careers provision',
  participation: 'activities and employers',
  destinations: 'destinations',
  neet: 'young people not in education, employment or training',
};

/** "Compared with similar areas: destinations after KS4": one title per chapter, so bookmarks differ. */
export function similarAreasTitle(chapter: 'destinations' | 'neet'): string {
  return `Compared with similar areas: ${chapter === 'destinations' ? 'destinations after KS4' : 'NEET or not known'}`;
}

/**
 * The title of a chapter's quotes ("In their words") or quotes and case studies: each names its chapter's topic, so
 * no two contents entries or bookmarks read the same.
 */
export function evidenceTitle(chapter: string, quotesOnly: boolean): string {
  const topic = EVIDENCE_TOPICS[chapter];
  const kind = quotesOnly ? 'In their words' : 'Case studies and voices';
  return topic ? `${kind}: ${topic}` : kind;
}

// ---------------------------------------------------------------------------------------------------------------
// Hub profiles: what stands out for one hub (publication layout). A hub's figure is called above or below its
// reference only when its 95% interval lies wholly on one side; the reference (all hubs together, or England) is
// taken as fixed, as for gaps to England in the methodology.
// ---------------------------------------------------------------------------------------------------------------

export interface StandoutFact {
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
  const head =
    `Between ${from} and ${to} ${subject} changed by ${formatValue(f.hubChange, 'pp')} in ${f.hub} and by ` +
    `${formatValue(f.groupChange, 'pp')} in its similar areas`;
  const side = classifyComparison(f.diff, f.low, f.high);
  if (side !== 'above' && side !== 'below')
    return (
      `${head}: a similar change (a difference of ${formatValue(f.diff, 'pp')}, whose 95% confidence interval ` +
      `includes zero).`
    );
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

/** Whether the pre-start trends differ clearly: the comparison then carries a warning. */
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

/** Beside a headline change: the hubs whose pre-trend check against similar areas warns. */
export function pretrendWarningSentence(names: string): string {
  return (
    `For ${names} the pre-trend check warns: the hub and similar areas were already moving apart before the start, ` +
    'so a comparison with them may mislead.'
  );
}

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

/** What an impact estimate is about, in running text. */
export const IMPACT_SUBJECTS: Readonly<Record<string, string>> = {
  eet_sustained: 'the share of pupils in sustained education, apprenticeship or employment',
  apprenticeship: 'the share of pupils starting a sustained apprenticeship',
  not_sustained: 'the share of pupils whose destination was not sustained',
};

export interface ImpactFacts {
  readonly subject: string;
  /** As printed: "1.4 percentage points", "1.2 to 1.7". */
  readonly value: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly interval: string;
  readonly mde: string;
}

/**
 * The overall effect of joining, worded from its unrounded 95% interval: "we estimate … raised/lowered" only when
 * the interval excludes zero, else "no clear effect"; never "caused". The smallest detectable effect follows.
 */
export function impactSentence(f: ImpactFacts): string {
  const kind = classifyInterval(f.low, f.high);
  const clear = kind === 'higher' || kind === 'lower';
  const dir = kind === 'higher' ? 'raised' : 'lowered';
  const lead = clear
    ? `We estimate that joining a hub ${dir} ${f.subject} in its schools by ${f.value.replace(/^-/, '')}`
    : `We find no clear effect of joining a hub on ${f.subject} (estimate ${f.value}`;
  const rest = clear ? ` (95% confidence interval ${f.interval})` : `, 95% confidence interval ${f.interval})`;
  return (
    `${lead}${rest}, comparing schools that joined with those that had not yet joined. ` +
    `The smallest effect this design could detect is ${f.mde.replace(/^-/, '')}.`
  );
}

/** The design in plain words, for the impact chapter and the executive summary. */
export function impactDesignParagraph(): string {
  return (
    'Schools joined their hub in different years. For each group of schools that joined in the same year, we ' +
    "compare each school's change in destinations since its last cohort before joining with the change, over the " +
    'same years, in schools that had not yet joined (staggered difference-in-differences, Callaway and ' +
    "Sant'Anna 2021). Schools that joined early may differ from the others in level; the design allows that, but " +
    'not a difference in trend, which the years before joining test.'
  );
}

export function impactLimitsParagraph(): string {
  return (
    'Limits: schools chose when to join, so a school that joined when its destinations were about to improve for ' +
    'other reasons would inflate the estimate; schools that had not yet joined were often already working with ' +
    'the hub, which would shrink it; a suppressed school figure (1 or 2 pupils) leaves that school out of the ' +
    'year, which can bias the rarer outcomes; and Compass benchmarks are self-assessed. These are estimates, not ' +
    'proof that the hubs caused any change.'
  );
}

export function placeboSentence(failing: readonly string[]): string {
  return failing.length
    ? `Before joining, joiners' destinations already moved apart from the others' (${failing.join(', ')}): the ` +
        'parallel-trends check fails there, and the estimate may mislead.'
    : "In the years before joining, joiners' destinations moved with the others' (no lead excludes zero): the " +
        'parallel-trends check passes.';
}

export function selectionSentence(gap: string, naive: string, estimate: string): string {
  return (
    `Schools that went on to join started ${gap} apart from the others before any had joined, ` +
    `and a naive comparison of members with other schools in the latest cohort gives ${naive}, against the ` +
    `estimate of ${estimate}: comparing members with everyone else mixes the hubs' effect with who joined.`
  );
}

export function doseSentence(subject: string, slope: string, interval: string, clear: boolean): string {
  return (
    `Within schools, each extra Gatsby Benchmark fully achieved went with a change of ${slope} in ${subject} ` +
    `(95% confidence interval ${interval})${clear ? '' : ', no clear association'}. This is an association ` +
    'within schools ' +
    'over time, not an effect: schools may work on benchmarks and destinations at the same time.'
  );
}

export function noSchoolFilesParagraph(): string {
  return (
    'This chapter needs KS4 destinations by school, which no configured file gives. Add the DfE school-level ' +
    'files to inputs.destinations: the explore-education-statistics "ees_ks4_inst" open data (KS4 destination ' +
    'measures, school level, one file per cohort) or the school performance tables download ' +
    '(england_ks4-pupdest.csv, given as { "file": ..., "cohort": "2016/17" }), with the register of when each ' +
    'school joined.'
  );
}

export function impactSummarySentence(f: ImpactFacts | undefined): string {
  return f
    ? `Did the hubs make a difference? ${impactSentence(f)}`
    : 'Did the hubs make a difference? Without KS4 destinations by school this report cannot estimate it.';
}
