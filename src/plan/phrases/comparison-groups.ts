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
