import {
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, PlanChart, PlanTable } from '../plan/types.js';
import { htmlParagraphs, type TextParagraph } from './docx-text.js';

/** A chart drawn for Word: the SVG (Word 2016 and later show it) and a PNG at print resolution for the rest. */
export interface DocxChartImage {
  readonly svg: string;
  readonly png: Uint8Array;
  /** The SVG's own size in CSS pixels, so the image keeps its proportions. */
  readonly width: number;
  readonly height: number;
}

export type DocxChild = Paragraph | Table | TableOfContents;

/** Widest an image may be: A4 less 2 cm margins each side is 17 cm, about 640 px at 96 to the inch. */
const MAX_IMAGE_WIDTH = 620;

export interface BlockContext {
  readonly images: ReadonlyMap<string, DocxChartImage>;
  /** Numbers figures and tables as Word captions do ("Figure 3", "Table 5"), in document order. */
  readonly count: { figure: number; table: number };
}

/** Word paragraphs and tables for one plan block; the plan decides what is said, this only how it is styled. */
export function blockChildren(block: Block, ctx: BlockContext): DocxChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item.text, bullet: { level: 0 } }));
    case 'markdown':
      return htmlParagraphs(block.html).map(textParagraph);
    case 'keyFigures':
      return [
        keyFigureTable(block.items.map((i) => [i.label, i.value])),
        new Paragraph({ text: '', spacing: { after: 120 } }),
      ];
    case 'chart':
      return chartChildren(block.chart, ctx);
    case 'chartGrid':
      return block.charts.flatMap((chart) => chartChildren(chart, ctx));
    case 'table':
      return tableChildren(block.table, ctx);
    case 'contents':
      // Filled from the headings now; Word refreshes the page numbers when it opens the file (updateFields).
      return [new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' })];
    case 'definitions':
      return block.items.flatMap((item) => [
        new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(item.term)] }),
        ...item.details.map(
          (d) => new Paragraph({ children: [new TextRun({ text: `${d.label}: `, bold: true }), new TextRun(d.text)] }),
        ),
      ]);
  }
}

function textParagraph(p: TextParagraph): Paragraph {
  switch (p.role) {
    case 'bullet':
      return new Paragraph({ text: p.text, bullet: { level: 0 } });
    case 'quote':
      return new Paragraph({ text: p.text, style: 'Quote' });
    case 'attribution':
      return new Paragraph({ text: p.text, style: 'QuoteAttribution' });
    case 'heading':
      return new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_3 });
    case 'body':
      return new Paragraph({ text: p.text });
  }
}

/** Title, image with the chart's alt text, caption and source, then its data unless another table holds it. */
function chartChildren(chart: PlanChart, ctx: BlockContext): DocxChild[] {
  ctx.count.figure += 1;
  const image = ctx.images.get(chart.id);
  if (!image) throw new Error(`No image was drawn for chart ${chart.id}`);
  const scale = Math.min(1, MAX_IMAGE_WIDTH / image.width);
  const run = new ImageRun({
    type: 'svg',
    data: Buffer.from(image.svg, 'utf8'),
    fallback: { type: 'png', data: image.png },
    transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
    altText: { name: chart.id, title: chart.title, description: chart.alt },
  });
  const children: DocxChild[] = [
    new Paragraph({ children: [run], keepNext: true }),
    new Paragraph({ style: 'Caption', text: `Figure ${ctx.count.figure}: ${chart.title}` }),
  ];
  if (chart.subtitle) children.push(new Paragraph({ style: 'SourceNote', text: chart.subtitle }));
  children.push(new Paragraph({ style: 'SourceNote', text: `Source: ${chart.source}` }));
  if (chart.dataElsewhere) {
    children.push(new Paragraph({ style: 'SourceNote', text: `Data: ${chart.dataElsewhere.where}` }));
  } else {
    children.push(...tableChildren(chart.table, ctx));
  }
  return children;
}

/** A caption above (as Word's Insert Caption puts it), the header row repeated on every page, the note below. */
function tableChildren(table: PlanTable, ctx: BlockContext): DocxChild[] {
  ctx.count.table += 1;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c) => cell(c, true)),
  });
  const rows = table.rows.map(
    (row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, i === 0)) }),
  );
  const out: DocxChild[] = [
    new Paragraph({ style: 'Caption', keepNext: true, text: `Table ${ctx.count.table}: ${table.caption}` }),
    new Table({
      rows: [header, ...rows],
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: columnWidths(table.columns.length),
    }),
  ];
  if (table.note) out.push(new Paragraph({ style: 'SourceNote', text: table.note }));
  out.push(new Paragraph({ text: '' }));
  return out;
}

/**
 * Table text a size smaller than the body (9 pt), as printed statistical tables are. A negative number's sign is
 * the minus sign (U+2212), which Word and LibreOffice never part from its digits as they do a hyphen in a narrow
 * column ("(-" at the end of one line, "2.1" on the next).
 */
function cell(text: string, bold: boolean): TableCell {
  const signed = text.replace(/(^|[\s(])-(?=\d)/g, '$1\u2212');
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: signed, bold, size: 18 })] })] });
}

/** Twips across 17 cm of text: the row-header column gets a third when there are four or more columns. */
function columnWidths(n: number): number[] {
  const total = 9638;
  if (n < 4) return Array.from({ length: n }, () => Math.floor(total / n));
  const first = Math.floor(total / 3);
  return [first, ...Array.from({ length: n - 1 }, () => Math.floor((total - first) / (n - 1)))];
}

function keyFigureTable(pairs: readonly (readonly [string, string])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: pairs.map(([label, value]) => new TableRow({ children: [cell(label, false), cell(value, true)] })),
  });
}
