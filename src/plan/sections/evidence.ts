import type { EvidenceItem } from '../../model/evidence.js';
import type { PlanContext } from '../context.js';
import { escapeHtml, markdownToHtml } from '../markdown.js';
import { attribution, evidenceTitle } from '../phrases/index.js';
import type { Block, Section } from '../types.js';

/** The chapter each theme illustrates; themes of absent chapters, and others, go to the evidence chapter. */
export const THEME_CHAPTERS: Readonly<Record<string, string>> = {
  compass: 'compass',
  'employer-encounters': 'participation',
  smes: 'participation',
  destinations: 'destinations',
  neet: 'neet',
};

/** Items the report may publish: consent given, and about a hub of the report (or all hubs). */
function publishable(ctx: PlanContext): EvidenceItem[] {
  const hubs = new Set(ctx.hubs.map((h) => h.id));
  return (ctx.input.evidence?.items ?? []).filter((i) => i.consent && (i.hub === 'all' || hubs.has(i.hub)));
}

/**
 * Quotes and case studies on the themes of one chapter, as a sub-section placed right after it; undefined when
 * there are none. `chapter` is the id of the chapter (compass, participation, destinations, neet).
 */
export function evidenceForChapter(ctx: PlanContext, chapter: string): Section | undefined {
  const items = publishable(ctx).filter((i) => i.type !== 'lesson' && THEME_CHAPTERS[i.theme] === chapter);
  if (items.length === 0) return undefined;
  const title = evidenceTitle(
    chapter,
    items.every((i) => i.type === 'quote'),
  );
  return { id: `${chapter}-evidence`, title, level: 2, blocks: items.map(itemBlock) };
}

/**
 * Case studies and quotes whose theme has no chapter in this report, then the lessons learned. `chapters` are the
 * ids of the chapters present, so nothing is lost when a chapter's input is absent.
 */
export function evidenceSections(ctx: PlanContext, chapters: readonly string[]): Section[] {
  const items = publishable(ctx);
  const other = items.filter((i) => i.type !== 'lesson' && !chapters.includes(THEME_CHAPTERS[i.theme] ?? ''));
  const lessons = items.filter((i) => i.type === 'lesson');
  const sections: Section[] = [];
  if (other.length)
    sections.push({
      id: 'evidence',
      title: 'Case studies and voices from the hubs',
      level: 1,
      pageBreak: true,
      blocks: other.map(itemBlock),
    });
  if (lessons.length)
    sections.push({
      id: 'lessons',
      title: 'Lessons learned',
      level: other.length ? 2 : 1,
      ...(other.length ? {} : { pageBreak: true }),
      blocks: lessons.map(itemBlock),
    });
  return sections;
}

/** A quote as a block quotation attributed by role; a case study as a boxed panel; a lesson as a short panel. */
function itemBlock(item: EvidenceItem): Block {
  const body = markdownToHtml(item.body);
  const by = escapeHtml(attribution(item.role, item.source));
  if (item.type === 'quote')
    return {
      kind: 'markdown',
      source: item.file,
      html: `<figure class="evidence-quote"><blockquote>${body}</blockquote><figcaption>${by}</figcaption></figure>`,
    };
  const heading = item.title ?? (item.type === 'case-study' ? 'Case study' : 'Lesson learned');
  const kind = item.type === 'case-study' ? 'Case study' : 'Lesson';
  // The panel's title is not a heading: the PDF's bookmarks are its headings, and they follow the contents page,
  // which lists chapters and sections, not each case study. The aside is named by it for screen readers.
  const title = escapeHtml(heading);
  return {
    kind: 'markdown',
    source: item.file,
    html:
      `<aside class="evidence-panel evidence-${item.type}" aria-label="${kind}: ${title}">` +
      `<p class="evidence-kind">${kind}</p><p class="evidence-title">${title}</p>${body}` +
      `<p class="evidence-source">Source: ${by}</p></aside>`,
  };
}
