import type { MetricUnit } from '../model/metric.js';
import { fixed, formatValue } from './format.js';

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
