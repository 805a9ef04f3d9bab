import type { MetricRow, MetricUnit } from '../../model/metric.js';
import {
  agreeingDecimals,
  type ChangeClass,
  changeDirection,
  classifyChange,
  classifyDifference,
  type DifferenceClass,
} from '../../stats/change.js';
import { fixed, formatValue, signed } from '../format.js';
import {
  cap,
  countWord,
  fewNames,
  hubGroup,
  listNames,
  MANY_HUBS,
  type NamedValue,
  ONCE_ADJUSTED,
  type RangeStyle,
  rangePhrase,
} from './words.js';

/**
 * How a change between two periods is said: one area's ("rose from 5.1% in 2019/20 to 5.8% in 2023/24"), each
 * hub's in one clause, what it means, and the cells of the tables. "Rose" and "fell" only where the 95% interval
 * excludes zero (stats/change.ts).
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

export interface HubChange extends NamedValue {
  /** Whether the change's 95% interval excludes zero. */
  readonly clear: boolean;
  /** The symbol when the change could not be computed: c = suppressed, anything else = not available. */
  readonly symbol?: string;
  /** Its own 95% interval excludes zero, but not once adjusted for multiple comparisons (metrics/multiplicity.ts). */
  readonly lapsed?: boolean;
}

/** A hub's change as the classifier judges it, from its change row. */
export function hubChange(name: string, row: MetricRow | undefined): HubChange {
  const kind = rowVerdict(row);
  return {
    name,
    value: row?.value ?? null,
    clear: kind === 'higher' || kind === 'lower',
    symbol: row?.symbol ?? 'x',
    ...(row?.verdict_nominal ? { lapsed: true } : {}),
  };
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
    if (!only.clear) return `${subject} in ${only.name} showed no clear change${lapsedNote([only], true)}`;
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
        `${unclear.length === total ? 'in any hub' : `in ${hubGroup(unclear, total)}`}${lapsedNote(unclear)}`,
    );
  else if (unclear.length)
    tail.push(`${unclearHubs(unclear, total, missing.length === 0)} showed no clear change${lapsedNote(unclear)}`);
  const suppressed = missing.filter((i) => i.symbol === 'c');
  const unavailable = missing.filter((i) => i.symbol !== 'c');
  if (suppressed.length) tail.push(`the figures for ${fewNames(suppressed, total)} are suppressed`);
  if (unavailable.length) tail.push(`the figures for ${fewNames(unavailable, total)} are not available`);
  const head = movements.length ? `${subject} ${movements.join(', and ')}` : '';
  return [head, ...tail].filter(Boolean).join('; ');
}

/**
 * A chart title stating how each hub's rate moved, from the same classifier as `hubChangesSentence` (so the title's
 * word is the prose's): "The sustained apprenticeship rate rose in every hub, 2014/15 to 2021/22"; over the span the
 * prose leads with. With no change that could be compared, the neutral `fallback`.
 */
export function hubChangesTitle(
  subject: string,
  items: readonly HubChange[],
  span: { readonly period: string; readonly since: boolean },
  fallback: string,
): string {
  const known = items.filter((i) => i.value !== null);
  if (known.length === 0) return fallback;
  const total = items.length;
  const where = (xs: readonly HubChange[]) => (xs.length === total && total > 1 ? 'every hub' : hubGroup(xs, total));
  const rises = known.filter((i) => hubChangeKind(i) === 'rise');
  const falls = known.filter((i) => hubChangeKind(i) === 'fall');
  const unclear = known.filter((i) => !i.clear);
  const moved = [
    ...(rises.length ? [`rose in ${where(rises)}`] : []),
    ...(falls.length ? [`fell in ${where(falls)}`] : []),
  ];
  const still = unclear.length === 0 ? '' : moved.length ? `no clear change in ${where(unclear)}` : '';
  const said = moved.length
    ? [moved.join(' and '), still].filter(Boolean).join('; ')
    : `showed no clear change in ${unclear.length === total && total > 1 ? 'any hub' : where(unclear)}`;
  const years = span.period.replace('-', ' to ');
  // A hub whose change is withheld is named, so the title does not read as covering it.
  const missing = items.filter((i) => i.value === null);
  const gone = missing.length
    ? ` (${fewNames(missing, total)} ${missing.every((i) => i.symbol === 'c') ? 'suppressed' : 'not available'})`
    : '';
  return `${cap(subject)} ${said}${gone}, ${span.since ? `since the hubs began (${years})` : years}`;
}

/**
 * Said where "no clear change" comes from the adjustment for multiple comparisons, so that the word agrees with the
 * hub's own 95% interval printed in the tables: " once adjusted for multiple comparisons (Holm; on each hub's own
 * interval it fell in Central)".
 */
function lapsedNote(unclear: readonly HubChange[], alone = false): string {
  const lapsed = unclear.filter((i) => i.lapsed && i.value !== null);
  if (lapsed.length === 0) return '';
  const note = ` ${ONCE_ADJUSTED} (Holm; `;
  if (alone) return `${note}on its own interval it ${(lapsed[0]?.value ?? 0) > 0 ? 'rose' : 'fell'})`;
  const rose = lapsed.filter((i) => (i.value ?? 0) > 0);
  const fell = lapsed.filter((i) => (i.value ?? 0) < 0);
  const own = [
    ...(rose.length ? [`rose in ${listNames(rose)}`] : []),
    ...(fell.length ? [`fell in ${listNames(fell)}`] : []),
  ].join(' and ');
  return `${note}on each hub's own interval it ${own})`;
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

/** How a change since the start opens: "Since the hubs began (all pupils, KS4 cohorts 2020/21 to 2021/22), ". */
export function sinceStartOpening(periods: string, span: string): string {
  return `Since the hubs began (${periods} ${span.replace('-', ' to ')}), `;
}

/**
 * A change clause with its 95% interval after it, the limits printed to as many decimals as agree with the word (the
 * verdict fixed on the unrounded interval; for a verdict lapsed once adjusted, its own interval's):
 * "... fell by 1.4 percentage points (95% confidence interval -1.8 to -1.0)".
 */
export function withInterval(clause: string, row: MetricRow | undefined): string {
  if (!row || row.value === null || row.ci_low === null || row.ci_high === null) return clause;
  const dp = agreeingDecimals(row.ci_low, row.ci_high, row.verdict_nominal ?? rowVerdict(row));
  const interval = `95% confidence interval ${signed(row.ci_low, dp)} to ${signed(row.ci_high, dp)}`;
  // A lapsed verdict's note is already in brackets: the interval joins it there.
  return clause.endsWith(')') ? `${clause.slice(0, -1)}; ${interval})` : `${clause} (${interval})`;
}

/**
 * How the change over every period in the files opens, labelled as the whole span, with the number of its periods
 * that finished before the hubs began where known: "Over the whole span of the files (all pupils, KS4 cohorts 2014/15
 * to 2021/22, seven of them before the hubs), ".
 */
export function wholeSpanOpening(periods: string, span: string, before: number | null): string {
  const count = before === null ? '' : `, ${countWord(before)} of them before the hubs`;
  return `Over the whole span of the files (${periods} ${span.replace('-', ' to ')}${count}), `;
}

/** Where a change runs from the last year before the start, not from the first year of the series. */
export function sinceStartNote(baseline: string, started: string | undefined): string {
  return (
    `The change is measured from ${baseline}, the last year before the hubs began` +
    `${started ? ` in ${started}` : ''}; the years before the hubs are shaded in the chart.`
  );
}
