import type { PlanContext } from '../context.js';
import { markdownToHtml } from '../markdown.js';
import type { Section } from '../types.js';

export function contentsSection(): Section {
  return { id: 'contents', title: 'Contents', level: 1, pageBreak: true, blocks: [{ kind: 'contents' }] };
}

/** A chapter from one of the config's narrative Markdown files, when given. */
export function narrativeSection(
  ctx: PlanContext,
  which: 'acknowledgements' | 'foreword' | 'recommendations',
  title: string,
): Section | undefined {
  const markdown = ctx.input.narrative[which];
  const file = ctx.input.config.narrative[which];
  if (!markdown || !file) return undefined;
  return {
    id: which,
    title,
    level: 1,
    pageBreak: which !== 'foreword',
    blocks: [{ kind: 'markdown', html: markdownToHtml(markdown), source: file }],
  };
}
