import type { MetricUnit } from '../model/metric.js';
import { fixed, formatValue, signed } from './format.js';

/**
 * Every sentence pattern the report uses to state a finding. Changes whose 95% interval includes zero are
 * worded as "no clear change"; suppressed figures are said to be suppressed, never shown as 0.
 */

export interface PointFact {
  readonly period: string;
  readonly value: number | null;
  readonly symbol?: string;
}

export interface ChangeFacts {
  readonly from: PointFact;
  readonly to: PointFact;
  /** Interval of the change (same unit as the difference of values); null when not computed. */
  readonly low: number | null;
  readonly high: number | null;
  /** Whether the series rose (fell) in every year between, when the caller knows the whole series. */
  readonly everyYear?: 'rising' | 'falling' | null;
}

export type ChangeKind = 'rise' | 'fall' | 'no_clear_change' | 'suppressed';

export function changeKind(f: ChangeFacts): ChangeKind {
  if (f.from.value === null || f.to.value === null) return 'suppressed';
  const diff = f.to.value - f.from.value;
  const clear =
    f.low !== null && f.high !== null && Number.isFinite(f.low) && Number.isFinite(f.high)
      ? f.low > 0 || f.high < 0
      : diff !== 0;
  if (!clear) return 'no_clear_change';
  return diff > 0 ? 'rise' : 'fall';
}

/** "The average number of benchmarks fully achieved rose every year, from 2.6 in 2019/20 to 5.3 in 2023/24." */
export function changeSentence(subject: string, f: ChangeFacts, unit: MetricUnit): string {
  const v = (p: PointFact) => formatValue(p.value, unit);
  switch (changeKind(f)) {
    case 'suppressed': {
      const gone = [f.from, f.to].filter((p) => p.value === null).map((p) => p.period);
      return (
        `${cap(subject)} cannot be compared between ${f.from.period} and ${f.to.period}: the figure for ` +
        `${gone.join(' and ')} is suppressed or not available.`
      );
    }
    case 'no_clear_change':
      if (f.low === null || f.high === null)
        return `${cap(subject)} was ${v(f.to)} in both ${f.from.period} and ${f.to.period}.`;
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

export interface NamedValue {
  readonly name: string;
  readonly value: number | null;
}

/** "between 0.2 percentage points (East) and 1.4 (Central)"; one item is just its value (the caller names it). */
export function rangePhrase(items: readonly NamedValue[], unit: 'pp' | 'pct' | 'mean'): string {
  // Percentage-point changes are compared by size, so falls read "between 0.9 and 1.6 percentage points" too.
  const size = (x: number) => (unit === 'pp' ? Math.abs(x) : x);
  const known = items
    .filter((i): i is NamedValue & { value: number } => i.value !== null)
    .sort((a, b) => size(a.value) - size(b.value));
  const suffix = unit === 'pp' ? ' percentage points' : unit === 'pct' ? '%' : '';
  const num = (x: number) => (unit === 'pp' ? fixed(Math.abs(x), 1) : fixed(x, 1));
  if (known.length === 0) return 'not available';
  const lo = known[0]!;
  const hi = known[known.length - 1]!;
  if (known.length === 1) return `${num(lo.value)}${suffix}`;
  if (num(lo.value) === num(hi.value)) {
    return `${num(lo.value)}${suffix} (${known.map((k) => k.name).join(', ')})`;
  }
  return `between ${num(lo.value)}${suffix} (${lo.name}) and ${num(hi.value)} (${hi.name})`;
}

/** "all hubs were between 0.8 and 2.0 percentage points above the national rate". */
export function gapPhrase(items: readonly NamedValue[], comparator: string): string {
  const known = items.filter((i): i is NamedValue & { value: number } => i.value !== null);
  const above = known.filter((i) => i.value > 0);
  const below = known.filter((i) => i.value < 0);
  const same = known.filter((i) => i.value === 0);
  const span = (xs: typeof known) =>
    rangePhrase(
      xs.map((x) => ({ ...x, value: Math.abs(x.value) })),
      'pp',
    );
  const parts: string[] = [];
  const subject = (group: typeof items): string =>
    group.length === items.length && items.length > 1
      ? 'all hubs were'
      : `${listNames(group)} ${group.length === 1 ? 'was' : 'were'}`;
  if (above.length) parts.push(`${subject(above)} ${span(above)} above ${comparator}`);
  if (below.length) parts.push(`${subject(below)} ${span(below)} below ${comparator}`);
  if (same.length) parts.push(`${listNames(same)} matched ${comparator}`);
  const missingNames = items.filter((i) => i.value === null);
  if (missingNames.length) parts.push(`${listNames(missingNames)} could not be compared (suppressed or not available)`);
  return parts.length ? joinClauses(parts) : `no hub could be compared with ${comparator}`;
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

/** "Between 2021/22 and 2023/24" for a range period, "In 2023/24" for a single year. */
export function duringPeriod(period: string): string {
  const [from, to] = period.split('-');
  return to ? `Between ${from} and ${to}` : `In ${from}`;
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

/**
 * How a rate changed in each hub, as one clause starting with its subject:
 * "the sustained EET rate rose in all hubs, by between 0.2 percentage points (East) and 1.4 (Central)";
 * "the sustained EET rate rose in Central (by 0.7 percentage points) and West; East showed no clear change".
 * Only changes whose interval excludes zero are called rises or falls.
 */
export function hubChangesSentence(subject: string, items: readonly HubChange[], up = 'rose', down = 'fell'): string {
  if (items.length === 1) {
    const only = items[0]!;
    if (only.value === null) return `${subject} in ${only.name} could not be compared (suppressed or not available)`;
    if (!only.clear) return `${subject} in ${only.name} showed no clear change`;
    return (
      `${subject} in ${only.name} ${only.value > 0 ? up : down} by ${fixed(Math.abs(only.value), 1)} ` +
      `percentage points`
    );
  }
  const known = items.filter((i) => i.value !== null);
  const rises = known.filter((i) => i.value! > 0 && i.clear);
  const falls = known.filter((i) => i.value! < 0 && i.clear);
  const unclear = known.filter((i) => !i.clear);
  const missing = items.filter((i) => i.value === null);
  const where = (xs: readonly HubChange[]) =>
    xs.length === items.length && items.length > 1 ? 'all hubs' : listNames(xs);
  const moved = (verb: string, xs: readonly HubChange[]) => `${verb} in ${where(xs)}, by ${rangePhrase(xs, 'pp')}`;
  const movements = [...(rises.length ? [moved(up, rises)] : []), ...(falls.length ? [moved(down, falls)] : [])];
  const tail: string[] = [];
  if (movements.length === 0 && unclear.length)
    tail.push(
      `${subject} showed no clear change ` +
        `${unclear.length === items.length ? 'in any hub' : `in ${listNames(unclear)}`}`,
    );
  else if (unclear.length) tail.push(`${listNames(unclear)} showed no clear change`);
  const suppressed = missing.filter((i) => i.symbol === 'c');
  const unavailable = missing.filter((i) => i.symbol !== 'c');
  if (suppressed.length) tail.push(`the figures for ${listNames(suppressed)} are suppressed`);
  if (unavailable.length) tail.push(`the figures for ${listNames(unavailable)} are not available`);
  const head = movements.length ? `${subject} ${movements.join(', and ')}` : '';
  return [head, ...tail].filter(Boolean).join('; ');
}

// ---------------------------------------------------------------------------------------------------------------
// Statistical neighbours ("similar areas"): a hub against the neighbours of its LAs outside every hub (issue 12).
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
 * "Between 2020/21 and 2024/25 the NEET rate changed by +0.4 percentage points in Central and by +1.4 in its similar
 * areas: Central's change was 1.0 percentage points below theirs (95% interval -1.3 to -0.7)." Above or below only
 * where the interval excludes zero; otherwise "a similar change".
 */
export function neighbourGapSentence(subject: string, f: NeighbourGapFacts): string {
  const [from, to] = f.period.split('-');
  if (f.diff === null || f.hubChange === null || f.groupChange === null || f.low === null || f.high === null)
    return (
      `${cap(subject)} in ${f.hub} cannot be compared with its similar areas between ${from} and ${to}: a figure ` +
      `is suppressed or not available.`
    );
  const head =
    `Between ${from} and ${to} ${subject} changed by ${signed(f.hubChange)} percentage points in ${f.hub} and by ` +
    `${signed(f.groupChange)} in its similar areas`;
  const ci = `95% interval ${signed(f.low)} to ${signed(f.high)}`;
  if (!(f.low > 0 || f.high < 0))
    return `${head}: a similar change (difference ${signed(f.diff)} percentage points; the ${ci} includes zero).`;
  const side = f.diff > 0 ? 'above' : 'below';
  return `${head}: ${f.hub}'s change was ${fixed(Math.abs(f.diff), 1)} percentage points ${side} theirs (${ci}).`;
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
export function pretrendDiverges(f: PretrendFacts): boolean {
  return f.low !== null && f.high !== null && (f.low > 0 || f.high < 0);
}

export function pretrendSentence(subject: string, f: PretrendFacts): string {
  if (f.diff === null || f.low === null || f.high === null || f.period === null)
    return (
      `There are too few years before ${f.hub} started (${f.started}) to check whether ${subject} in ${f.hub} and ` +
      `in its similar areas moved in parallel beforehand, so the comparison rests on that assumption unchecked.`
    );
  const [from, to] = f.period.split('-');
  const trend =
    `the yearly trend of ${subject} in ${f.hub} minus that in its similar areas was ${signed(f.diff, 2)} percentage ` +
    `points a year (95% interval ${signed(f.low, 2)} to ${signed(f.high, 2)})`;
  if (pretrendDiverges(f))
    return (
      `Warning: in the years before ${f.hub} started (${from} to ${to}), ${trend}. They were not moving in ` +
      `parallel, so this comparison may mislead.`
    );
  return `In the years before ${f.hub} started (${from} to ${to}), ${trend}: no clear difference in trend.`;
}
