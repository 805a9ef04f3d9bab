import type { AreaWeight, GroupWeights } from '../../metrics/neighbours.js';
import { fixed } from '../format.js';

/**
 * Report words about the make-up of comparison groups: their areas with closeness and weight, the stable group each
 * change uses, and the leave-one-out check.
 */

/** "Birmingham (not close, 36.8%); Leeds (somewhat close, 20.7%)": areas, largest share first. */
export function groupAreasText(areas: readonly AreaWeight[]): string {
  return areas.map((a) => `${a.name} (${a.closeness ?? 'by its county'}, ${fixed(100 * a.share, 1)}%)`).join('; ');
}

/** One group's list in the methodology, for one source. */
export function groupWeightsText(w: GroupWeights): string {
  const of = w.source === 'neet' ? `the ${w.period} NCCIS cohort` : `the ${w.period} KS4 cohort`;
  return `closeness and share of ${of}: ${groupAreasText(w.areas) || 'none'}`;
}

/** Said beside a difference whose word changes when one area of the group is dropped. */
export function leaveOneOutSentence(hub: string, areas: readonly string[]): string {
  const names = areas.length === 1 ? areas[0] : `${areas.slice(0, -1).join(', ')} or ${areas.at(-1)}`;
  return (
    `This result rests on single areas: without ${names} alone, ${hub}'s similar areas would give a different ` +
    `answer (leave-one-out check).`
  );
}

/** The methodology's account of stable groups and the leave-one-out check. */
export const STABLE_GROUPS_METHOD =
  'A change is compared on the same areas in every year it spans: an area without figures in some year of the ' +
  'change (an authority created by reorganisation, such as Bournemouth, Christchurch and Poole in 2019) leaves the ' +
  'group for that comparison, and the metrics name it. Each comparison is also recomputed without each area in ' +
  'turn; where dropping a single area changes the answer, the report says so beside the figure.';

// --- The per-hub table of a similar-areas section ---------------------------------------------------------------

/** The table a similar-areas chart carries: one row per hub instead of one near-identical paragraph per hub. */
export const SIMILAR_AREAS_TABLE = {
  caption: (subject: string, period: string | undefined) =>
    `${subject[0]!.toUpperCase()}${subject.slice(1)}: each hub's change against its similar areas'` +
    `${period ? `, ${period.replace('-', ' to ')}` : ''}`,
  columns: (sinceStart: boolean) => [
    'Hub',
    'Hub change',
    'Similar areas change',
    `Difference${sinceStart ? ' since the start' : ''}, pp (95% CI)`,
    'Reading',
    'Trends before the start',
  ],
} as const;

/**
 * The reading of a hub's change minus its similar areas' change, from the verdict fixed on the unrounded interval
 * (or Holm's, where the adjustment took a nominal "above" or "below" away).
 */
export function similarAreasWord(side: 'above' | 'below' | 'similar' | 'unknown', lapsed: boolean): string {
  if (lapsed) return 'no clear difference once adjusted for multiple comparisons';
  return side === 'above'
    ? 'above theirs'
    : side === 'below'
      ? 'below theirs'
      : side === 'similar'
        ? 'similar change'
        : 'not available';
}

/** The pre-trend column: the trends before the start checked, and what they say. */
export function pretrendWord(checked: boolean, diverges: boolean): string {
  if (!checked) return 'too few years to check';
  return diverges ? 'not parallel: may mislead' : 'parallel';
}

/** The reading as a predicate of "the change in ...", for the sentence under the table. */
const PREDICATE: Readonly<Record<string, string>> = {
  'above theirs': 'was above that of the similar areas',
  'below theirs': 'was below that of the similar areas',
  'similar change': 'was similar to that of the similar areas',
  'no clear difference once adjusted for multiple comparisons':
    'showed no clear difference from the similar areas once adjusted for multiple comparisons',
  'not available': 'cannot be compared with the similar areas (a figure is suppressed or not available)',
};

/**
 * The one sentence the table needs, on what differs between hubs: "Since the hubs began, the change in the NEET or
 * not known rate of 16 to 17 year olds was similar to that of the similar areas in Central, East and South, and
 * showed no clear difference from the similar areas once adjusted for multiple comparisons in West; the trends
 * before the start were not parallel in Central, East and West, so there the comparison may mislead, and Central
 * and East rest on Kent alone (leave-one-out check)."
 */
export function similarAreasSentence(
  subject: string,
  /** True: the changes are since the hubs began; false: over years that include earlier ones; undefined: no start. */
  sinceStart: boolean | undefined,
  byWord: readonly { readonly word: string; readonly hubs: string }[],
  notParallel: string,
  leaveOneOut: readonly { readonly hubs: string; readonly areas: readonly string[] }[],
): string {
  const when =
    sinceStart === true
      ? 'Since the hubs began'
      : sinceStart === false
        ? 'Over the years measured (which include years before the hubs began)'
        : 'Over the years measured';
  const words = byWord.map(({ word, hubs }) => `${PREDICATE[word] ?? word} in ${hubs}`);
  const said = words.length > 1 ? `${words.slice(0, -1).join(', ')}, and ${words.at(-1)}` : words.join('');
  const head = `${when}, the change in ${subject} ${said}`;
  const trend = notParallel
    ? `; the trends before the start were not parallel in ${notParallel}, so there the comparison may mislead`
    : '';
  const loo = leaveOneOut.length
    ? `${trend ? ',' : ';'} and ${joinAnd(leaveOneOut.map(restsOn))} (leave-one-out check: without that area the ` +
      'answer would differ)'
    : '';
  return `${head}${trend}${loo}.`;
}

const restsOn = ({ hubs, areas }: { readonly hubs: string; readonly areas: readonly string[] }) =>
  `${hubs} rest${/ and /.test(hubs) ? '' : 's'} on ${orNames(areas)} alone`;
const joinAnd = (parts: readonly string[]) =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
const orNames = (areas: readonly string[]) =>
  areas.length === 1 ? areas[0]! : `${areas.slice(0, -1).join(', ')} or ${areas.at(-1)}`;
