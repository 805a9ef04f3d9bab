import { type MeasureId, measureFacts } from '../../model/measures/index.js';
import { listNames } from './words.js';

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
