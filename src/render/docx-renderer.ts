import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { figureEntries } from '../plan/figure-numbers.js';
import { accessibilityStatement, downloadsSentence, furnitureItems } from '../plan/furniture.js';
import type { ReportPlan } from '../plan/types.js';
import { blockChildren, type DocxChartImage, type DocxItem } from './docx-blocks.js';
import { deterministicZip } from './docx-package.js';
import { pageSections } from './docx-sections.js';

export type { DocxChartImage } from './docx-blocks.js';

export interface DocxOptions {
  /** Written as the document's created and modified dates (core properties and every zip entry). */
  readonly date: Date;
}

const FONT = 'Arial';

/**
 * The plan as an editable Word document: the cover and page furniture, the contents as a field Word refreshes,
 * Heading 1-2 for the plan's chapters and sections, every chart as SVG with a PNG fallback and its alt text, every
 * table with its header row repeated on each page (a wide one on landscape pages), captions in Word's Caption style.
 * Built with the `docx` package; the zip is then rewritten with fixed dates so the same plan gives the same bytes.
 */
export async function renderDocx(
  plan: ReportPlan,
  images: ReadonlyMap<string, DocxChartImage>,
  options: DocxOptions,
): Promise<Uint8Array> {
  const ctx = { images, figures: figureEntries(plan.sections) };
  const body: DocxItem[] = [...cover(plan)];
  for (const section of plan.sections) {
    const heading = section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
    const title = section.number ? `${section.number}. ${section.title}` : section.title;
    body.push(new Paragraph({ text: title, heading, pageBreakBefore: section.pageBreak === true }));
    for (const block of section.blocks) body.push(...blockChildren(block, ctx));
  }
  body.push(...accessibilityPage(plan));
  const doc = new Document({
    title: plan.meta.title,
    subject: plan.meta.subtitle,
    creator: plan.meta.authors.join('; ') || plan.meta.organisation || plan.meta.tool.name,
    description: `${plan.meta.title}, reporting year ${plan.meta.year}`,
    features: { updateFields: true },
    styles: STYLES,
    sections: pageSections(body, { header: () => runningHeader(plan), footer: pageFooter }),
  });
  return deterministicZip(await Packer.toBuffer(doc), options.date);
}

function cover(plan: ReportPlan): Paragraph[] {
  const { meta } = plan;
  const out: Paragraph[] = [];
  if (!meta.sdcApplied)
    out.push(
      new Paragraph({
        children: [new TextRun({ text: 'NOT FOR PUBLICATION: produced without disclosure control', bold: true })],
      }),
    );
  out.push(new Paragraph({ text: meta.title, heading: HeadingLevel.TITLE }));
  if (meta.subtitle) out.push(new Paragraph({ text: meta.subtitle, style: 'Subtitle' }));
  out.push(new Paragraph({ text: `Reporting year ${meta.year}` }));
  const details: [string, string][] = [
    [meta.authors.length > 1 ? 'Authors' : 'Author', meta.authors.join(', ')],
    ['Organisation', meta.organisation],
    ['Date', meta.date],
    ...furnitureItems(meta).map((i): [string, string] => [i.label, i.text]),
  ];
  for (const [label, text] of details.filter(([, t]) => t !== ''))
    out.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)] }));
  out.push(new Paragraph({ text: downloadsSentence() }));
  out.push(new Paragraph({ text: `Produced with ${meta.tool.name} ${meta.tool.version}.`, style: 'SourceNote' }));
  return out;
}

function accessibilityPage(plan: ReportPlan): Paragraph[] {
  return [
    new Paragraph({ text: 'Accessibility statement', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...accessibilityStatement(plan.meta).map((text) => new Paragraph({ text })),
  ];
}

function runningHeader(plan: ReportPlan): Header {
  const title = plan.meta.sdcApplied ? plan.meta.title : `NOT FOR PUBLICATION: ${plan.meta.title}`;
  return new Header({ children: [new Paragraph({ style: 'SourceNote', text: title })] });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })],
      }),
    ],
  });
}

/** GOV.UK-like plain styles: Arial throughout, black headings, captions bold (Word's Caption is small and italic). */
const STYLES = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120 } } },
    title: { run: { font: FONT, size: 52, bold: true, color: '000000' } },
    heading1: { run: { font: FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { before: 240 } } },
    heading2: { run: { font: FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 200 } } },
    heading3: { run: { font: FONT, size: 24, bold: true, color: '000000' } },
  },
  paragraphStyles: [
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { size: 28, color: '505A5F' } },
    { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 22 } },
    { id: 'SourceNote', name: 'Source note', basedOn: 'Normal', run: { size: 18, color: '505A5F' } },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      run: { italics: true },
      paragraph: { indent: { left: 567 }, border: { left: { style: 'single', size: 18, color: '1D70B8', space: 8 } } },
    },
    { id: 'QuoteAttribution', name: 'Quote attribution', basedOn: 'Normal', paragraph: { indent: { left: 567 } } },
  ],
} as const;
