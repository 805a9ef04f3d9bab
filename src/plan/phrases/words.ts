import { isSpan, spanEnds } from '../../model/period.js';
import { fixed } from '../format.js';

/** The words every phrase is built from: numbers in words, lists of hubs, ranges of values, periods. */

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

/**
 * Above this many hubs, sentences count hubs instead of naming each ("rose in 12 of the 36 hubs, by up to 1.9
 * percentage points (Central; least in East, 0.3)"): the extremes are still named, through the range phrase.
 */
export const MANY_HUBS = 6;

/** Said where "no clear change" or "no clear difference" comes from the Holm adjustment, not the interval itself. */
export const ONCE_ADJUSTED = 'once adjusted for multiple comparisons';

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

export function joinClauses(parts: string[]): string {
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
