import { type MeasureId, measureFacts } from '../../model/measures/index.js';
import { countWord, listNames } from './words.js';

/** Report words about multiple comparisons: the primary outcomes, the Holm family and what is exploratory. */

/** The method's account of the primary outcomes and the adjustment of every other verdict. */
export function multiplicityMethod(primary: readonly MeasureId[], comparator: string): string {
  const names = listNames(primary.map((id) => ({ name: measureFacts(id).label })));
  return (
    `The pre-specified primary outcome${primary.length === 1 ? ' is' : 's are'} ${names}, ` +
    `named before the analysis; their verdicts stand as their own 95% intervals give them. Every other change ` +
    `since the start that the headlines draw on (each hub and all hubs together, all pupils: the change itself and ` +
    `the change relative to ${comparator} or to similar areas) is one family, adjusted by Holm's method (Holm 1979) ` +
    `so that the chance of any false "rise", "fall", "above" or "below" among them is at most 5%; a verdict the ` +
    `adjustment does not support is reported as no clear difference. The rest (breakdowns, the whole span, the ` +
    "years before the start, and the comparison groups' and national changes) is exploratory: not adjusted, and " +
    'to be read as a signal to look further, not as a finding.'
  );
}

/** The eight benchmarks' changes, each named only where it stays clear after Holm's adjustment over the eight. */
export interface BenchmarkChanges {
  readonly from: string;
  readonly to: string;
  /** The year the hubs began, where `from` is the last year before it (a change since the start). */
  readonly started?: string;
  /** Benchmarks whose change is known (not withheld). */
  readonly known: number;
  /** Clear rises and falls: the benchmark's name and its change as printed ("+39.2 pp"). */
  readonly rose: readonly BenchmarkChange[];
  readonly fell: readonly BenchmarkChange[];
}

interface BenchmarkChange {
  readonly name: string;
  readonly value: number;
  readonly text: string;
}

export function benchmarkChangeTitle(c: BenchmarkChanges): string {
  const { rose, fell, known } = c;
  if (rose.length === 0 && fell.length === 0) return `No benchmark changed clearly between ${c.from} and ${c.to}`;
  const which = (n: number) =>
    known === 1
      ? 'the one benchmark with a published change'
      : n === known
        ? `each of the ${countWord(known)} benchmarks`
        : `${countWord(n)} of the ${countWord(known)} benchmarks`;
  const larger = rose.length > 0 ? `A larger share of returns fully achieved ${which(rose.length)}` : '';
  const smaller = fell.length > 0 ? `${larger ? ', and a smaller share ' : 'A smaller share of returns '}` : '';
  const fewer = fell.length > 0 ? `${smaller}${larger ? '' : 'fully achieved '}${which(fell.length)}` : '';
  return `${larger}${fewer} in ${c.to} than in ${c.from}`;
}

export function benchmarkChangeSentence(c: BenchmarkChanges): string {
  const part = (items: BenchmarkChanges['rose'], word: string) => {
    if (items.length === 0) return '';
    const names =
      items.length === c.known
        ? `all ${countWord(c.known)} benchmarks`
        : listNames(items.map((i) => ({ name: i.name })));
    const by = items.length === 1 ? `by ${items[0]!.text}` : `by between ${extremes(items)}`;
    return `${word} for ${names}, ${by}`;
  };
  const clauses = [part(c.rose, 'rose'), part(c.fell, 'fell')].filter(Boolean);
  const rest = c.rose.length + c.fell.length < c.known ? '; the other changes are not clear' : '';
  const found = clauses.length > 0 ? clauses.join(' and ') : 'did not change clearly for any benchmark';
  return (
    `Between ${c.from}${c.started ? `, the last year before the hubs began in ${c.started},` : ''} and ${c.to}, ` +
    `the share of Compass returns fully achieving a benchmark ${found}${rest}. ` +
    "With eight benchmarks compared at once, a change is called clear only where it stays clear after Holm's " +
    'adjustment over the eight.'
  );
}

/** "+29.5 pp and +39.2 pp": the smallest and the largest change, by size. */
function extremes(items: readonly BenchmarkChange[]): string {
  const sorted = [...items].sort((a, b) => Math.abs(a.value) - Math.abs(b.value));
  return `${sorted[0]!.text} and ${sorted[sorted.length - 1]!.text}`;
}
