import { type ChangeStem, measureFacts, sinceStartId, vsEnglandId, wholeChangeId } from '../../model/measures/index.js';
import type { PlanContext } from '../context.js';
import { cap, hubChange, hubChangesSentence } from '../phrases/index.js';

/**
 * Difference in differences: each hub's change minus England's over the same cohorts (`<m>_change_vs_england_pp`).
 * "Did better" is a change in the good direction for the measure (up for sustained EET, down for NEET).
 * Over the whole span of the files, or (`since`) since the hubs began. Omitted when the rows are absent.
 */
export function relativeChange(
  ctx: PlanContext,
  stem: ChangeStem,
  subject: string,
  breakdown: string,
  span: 'whole' | 'since' = 'whole',
): string {
  const whole = wholeChangeId(stem);
  const measure = vsEnglandId(span === 'since' ? sinceStartId(whole) : whole);
  const rows = ctx.hubs.map((h) => ({ hub: h, row: ctx.m.range(measure, h.id, breakdown) }));
  const lowerIsBetter = measureFacts(measure).better === 'lower';
  if (rows.every((r) => !r.row)) return '';
  const items = rows.map(({ hub, row }) => {
    ctx.book.cite(row);
    return hubChange(hub.name, row);
  });
  return `${cap(
    hubChangesSentence(`measured against ${ctx.comparator}'s change, ${subject}`, items, {
      up: lowerIsBetter ? 'did worse' : 'did better',
      down: lowerIsBetter ? 'did better' : 'did worse',
      // The change sentence before it says "by between"; this one varies the construction.
      style: 'upTo',
    }),
  )}.`;
}
