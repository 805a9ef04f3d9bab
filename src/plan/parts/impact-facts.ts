import { type ImpactStem, impactId } from '../../model/measures/index.js';
import type { PlanContext } from '../context.js';
import { IMPACT_SUBJECTS, type ImpactFacts, intervalCell } from '../phrases/index.js';
import { ALL } from './common.js';

/** The headline impact estimate: sustained EET. */
export const HEADLINE: ImpactStem = 'eet_sustained';

/** The overall effect in words, for this chapter and the executive summary; undefined without school files. */
export function impactFacts(
  ctx: PlanContext,
  id: ImpactStem = HEADLINE,
  focus = ctx.input.hub ?? ALL,
): ImpactFacts | undefined {
  const att = ctx.m.range(impactId(id, 'att'), focus, 'total');
  const mde = ctx.m.range(impactId(id, 'mde'), focus, 'total');
  if (!att || att.value === null) return undefined;
  const cited = ctx.book.cite(att);
  return {
    subject: IMPACT_SUBJECTS[id] ?? id,
    value: cited.text,
    low: att.ci_low,
    high: att.ci_high,
    interval: intervalCell(att).replace(/^[^(]*\(|\)$/g, ''),
    mde: ctx.book.cite(mde).text,
  };
}
