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
import type { FigureEntry } from '../plan/figure-numbers.js';
import { FIGURE_WORDS } from '../plan/phrases/index.js';
import type { Block, PlanChart, PlanTable } from '../plan/types.js';
import { type DocxChild, type DocxItem, LANDSCAPE_TEXT_WIDTH, PORTRAIT_TEXT_WIDTH } from './docx-sections.js';
import { htmlParagraphs, type TextParagraph } from './docx-text.js';

/** A chart drawn for Word: the SVG (Word 2016 and later show it) and a PNG at print resolution for the rest. */
export interface DocxChartImage {
  readonly svg: string;
  readonly png: Uint8Array;
  /** The SVG's own size in CSS pixels, so the image keeps its proportions. */
  readonly width: number;
  readonly height: number;
}

export type { DocxChild, DocxItem } from './docx-sections.js';

/** Widest an image may be: A4 less 2 cm margins each side is 17 cm, about 640 px at 96 to the inch. */
const MAX_IMAGE_WIDTH = 620;

export interface BlockContext {
  readonly images: ReadonlyMap<string, DocxChartImage>;
  /** The numbered figures and tables, for the list after the contents. */
  readonly figures: readonly FigureEntry[];
}

/**
 * Word paragraphs and tables for one plan block, a wide table on landscape pages of its own; the plan decides what is
 * said, this only how it is styled.
 */
export function blockChildren(block: Block, ctx: BlockContext): DocxItem[] {
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
      return tableChildren(block.table, block.table.label);
    case 'contents':
      // Filled from the headings now; Word refreshes the page numbers when it opens the file (updateFields).
      return [new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' })];
    case 'figureList':
      return ctx.figures.map((f) => new Paragraph({ text: `${f.label}: ${f.title}` }));
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
function chartChildren(chart: PlanChart, ctx: BlockContext): DocxItem[] {
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
  const children: DocxItem[] = [
    new Paragraph({ children: [run], keepNext: true }),
    new Paragraph({ style: 'Caption', text: chart.label ? `${chart.label}: ${chart.title}` : chart.title }),
  ];
  if (chart.subtitle) children.push(new Paragraph({ style: 'SourceNote', text: chart.subtitle }));
  if (chart.note) children.push(new Paragraph({ style: 'SourceNote', text: chart.note }));
  children.push(new Paragraph({ style: 'SourceNote', text: `Source: ${chart.source}` }));
  if (chart.dataElsewhere) {
    children.push(new Paragraph({ style: 'SourceNote', text: `Data: ${chart.dataElsewhere.where}` }));
  } else {
    children.push(...tableChildren(chart.table, chart.label && FIGURE_WORDS.dataFor(chart.label)));
  }
  return children;
}

/**
 * A caption above (as Word's Insert Caption puts it), the header row repeated on every page, the note below; a table
 * of `LANDSCAPE_TABLE` columns or more on landscape pages, across their wider text.
 */
function tableChildren(table: PlanTable, label: string | undefined): DocxItem[] {
  const wide = table.columns.length >= WIDE_TABLE;
  const landscape = table.columns.length >= LANDSCAPE_TABLE;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c) => cell(c, true, wide ? HEADER_SIZE_WIDE : BODY_SIZE)),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((value, i) => cell(value, i === 0, wide ? BODY_SIZE_WIDE : BODY_SIZE)),
      }),
  );
  const out: DocxChild[] = [
    new Paragraph({ style: 'Caption', keepNext: true, text: label ? `${label}: ${table.caption}` : table.caption }),
    new Table({
      rows: [header, ...rows],
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: columnWidths(table.columns, table.rows, landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH),
      margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    }),
  ];
  if (table.note) out.push(new Paragraph({ style: 'SourceNote', text: table.note }));
  out.push(new Paragraph({ text: '' }));
  return landscape ? [{ landscape: out }] : out;
}

/** Table text in half-points: 9 pt, a size smaller than the body, as printed statistical tables are. */
const BODY_SIZE = 18;
/** A table of this many columns or more is set at 8 pt and its header row at 7.5 pt, so its longest words fit. */
const WIDE_TABLE = 8;
const BODY_SIZE_WIDE = 16;
const HEADER_SIZE_WIDE = 15;
/** A table of this many columns or more is legible only across a landscape page (the HTML prints it smaller). */
export const LANDSCAPE_TABLE = 9;
/** Cell margin each side, twips (0.1 cm; Word's default is 0.19 cm). */
const CELL_MARGIN = 57;

/**
 * A negative number's sign is the minus sign (U+2212), which Word and LibreOffice never part from its digits as they
 * do a hyphen in a narrow column ("(-" at the end of one line, "2.1" on the next).
 */
function cell(text: string, bold: boolean, size: number): TableCell {
  const signed = text.replace(/(^|[\s(])-(?=\d)/g, '$1\u2212');
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: signed, bold, size })] })] });
}

/**
 * Column widths in twips from the text of each column: every column at least as wide as its longest word (so no word
 * or number is broken across lines, "1,13" over "5"), the room left shared by how much more each column's longest
 * cell would take on one line. Characters are reckoned at 0.58 em of the cell's type (Arial's digits are 0.556 em);
 * a table whose longest words alone overflow the page is scaled down to it.
 */
export function columnWidths(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  total = PORTRAIT_TEXT_WIDTH,
): number[] {
  const wide = columns.length >= WIDE_TABLE;
  // Half-points to twips: size / 2 points x 20 twips x 0.58 em per character (bold row headers are wider).
  const charOf = (half: number) => (half / 2) * 20 * 0.58;
  const words = (t: string) => Math.max(0, ...t.split(/\s+/).map((w) => w.length));
  const widths = columns.map((c, k) => {
    const cells = rows.map((r) => r[k] ?? '');
    const body = charOf(wide ? BODY_SIZE_WIDE : BODY_SIZE);
    const head = charOf(wide ? HEADER_SIZE_WIDE : BODY_SIZE);
    const least = Math.max(words(c) * head, ...cells.map((t) => words(t) * body)) + 2 * CELL_MARGIN;
    const oneLine = Math.max(c.length * head, ...cells.map((t) => t.length * body)) + 2 * CELL_MARGIN;
    return { least, more: oneLine - least };
  });
  const least = widths.reduce((a, w) => a + w.least, 0);
  if (least >= total) return widths.map((w) => Math.floor((w.least * total) / least));
  const more = widths.reduce((a, w) => a + w.more, 0);
  // Room beyond every column on one line goes to all columns alike.
  const spare = Math.max(0, total - least - more) / widths.length;
  const share = more > 0 ? Math.min(1, (total - least) / more) : 0;
  return widths.map((w) => Math.floor(w.least + w.more * share + spare));
}

function keyFigureTable(pairs: readonly (readonly [string, string])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: pairs.map(
      ([label, value]) => new TableRow({ children: [cell(label, false, BODY_SIZE), cell(value, true, BODY_SIZE)] }),
    ),
  });
}
