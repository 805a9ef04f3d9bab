import type { PlanContext } from '../context.js';
import { syntheticNote } from '../evaluation-phrases.js';
import { paragraph } from '../parts/common.js';
import type { Block, Section } from '../types.js';

export const findingName = (id: string) => id.replace(/[-_]/g, ' ');

/**
 * "Conclusions and recommendations": the author's conclusions, then recommendations grouped by audience, each
 * naming the findings (evaluation questions) it rests on. The config check has already refused an unknown finding.
 */
export function conclusionsSection(ctx: PlanContext): Section | undefined {
  const e = ctx.input.config.evaluation;
  if (e.conclusions.length === 0 && e.recommendations.length === 0) return undefined;
  // Findings are named by their question's id, as the summary's answers are ("Outcomes").
  const basis = (ids: readonly string[]) => ` (Rests on the findings on ${ids.map(findingName).join(' and ')}.)`;
  const blocks: Block[] = [];
  if (e.conclusions.length)
    blocks.push({
      kind: 'bullets',
      items: e.conclusions.map((c) => ({ text: `${c.text}${basis(c.findings)}`, refs: [] })),
    });
  const audiences = [...new Set(e.recommendations.map((r) => r.audience))];
  for (const audience of audiences) {
    blocks.push(paragraph(`For ${audience}:`));
    blocks.push({
      kind: 'bullets',
      items: e.recommendations
        .filter((r) => r.audience === audience)
        .map((r) => ({ text: `${r.text}${basis(r.findings)}`, refs: [] })),
    });
  }
  if (e.synthetic) blocks.push(paragraph(syntheticNote()));
  return { id: 'conclusions', title: 'Conclusions and recommendations', level: 1, pageBreak: true, blocks };
}
