import { strToU8, type Zippable, zipSync } from 'fflate';
import { withoutControls } from '../model/printable.js';
import { accessibilityStatement, furnitureItems } from '../plan/furniture.js';
import type { ReportPlan } from '../plan/types.js';
import { type DataTable, symbolLegend } from './data-tables.js';
import { zipEntryDate } from './docx-package.js';

/**
 * The data downloads as one OpenDocument spreadsheet, laid out by the Analysis Function's "Releasing statistics in
 * spreadsheets" guidance: a cover sheet, a contents sheet, a notes sheet, then one table per sheet, each sheet's
 * title in cell A1, no merged cells, no blank rows inside a table, plain numbers stored as numbers.
 *
 * Written by hand: ODS is a zip of four small XML files (OpenDocument 1.3, part 3), and no maintained npm library
 * writes it (exceljs writes only xlsx; SheetJS's maintained releases are no longer on the npm registry). fflate
 * does the zip, with the fixed entry date that keeps the bytes reproducible.
 */

type Cell = string | number;
interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** 0-based index of the table's header row, styled bold; none on the cover. */
  readonly headerRow?: number;
}

export function odsWorkbook(plan: ReportPlan, tables: readonly DataTable[], date: Date): Uint8Array {
  const sheets = [coverSheet(plan), contentsSheet(tables), notesSheet(), ...tables.map(tableSheet)];
  const entries: Zippable = {};
  const add = (name: string, text: string) => {
    entries[name] = [strToU8(text), { mtime: zipEntryDate(date), level: name === 'mimetype' ? 0 : 6 }];
  };
  // The mimetype entry comes first and uncompressed, so a reader can identify the file (OpenDocument part 2, 3.3).
  add('mimetype', MIMETYPE);
  add('META-INF/manifest.xml', MANIFEST);
  add('meta.xml', metaXml(plan));
  add('content.xml', contentXml(sheets));
  return zipSync(entries);
}

const MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Sheet names as the guidance asks: short, no spaces or punctuation, e.g. "Table_3". */
export function sheetName(index: number): string {
  return `Table_${index + 1}`;
}

function coverSheet(plan: ReportPlan): Sheet {
  const { meta } = plan;
  const rows: Cell[][] = [
    [`${meta.title}: data tables`],
    [`Reporting year ${meta.year}. The figures of every chart and table in the report, one table per sheet.`],
    ['Contents'],
    ['The contents sheet lists every table with its title and the chart or table it belongs to.'],
  ];
  for (const item of furnitureItems(meta)) rows.push([item.label], [item.text]);
  if (meta.date) rows.push(['Published'], [meta.date]);
  rows.push(['Accessibility'], ...accessibilityStatement(meta).map((t) => [t]));
  if (!meta.sdcApplied) rows.unshift(['NOT FOR PUBLICATION: produced without disclosure control']);
  return { name: 'Cover', rows };
}

function contentsSheet(tables: readonly DataTable[]): Sheet {
  return {
    name: 'Contents',
    headerRow: 2,
    rows: [
      ['Contents'],
      ['This worksheet contains one table.'],
      ['Sheet name', 'Table title', 'In the report', 'Source'],
      ...tables.map((t, i) => [sheetName(i), t.title, t.kind === 'chart' ? 'Chart' : 'Table', t.source]),
    ],
  };
}

function notesSheet(): Sheet {
  return {
    name: 'Notes',
    headerRow: 2,
    rows: [
      ['Notes'],
      ['Symbols that stand in place of a number (the DfE and GSS convention).'],
      ['Symbol', 'Meaning'],
      ...symbolLegend(),
    ],
  };
}

function tableSheet(t: DataTable, index: number): Sheet {
  const info: Cell[][] = [[t.title], ['This worksheet contains one table.']];
  if (t.source) info.push([`Source: ${t.source}`]);
  if (t.table.note) info.push([t.table.note]);
  return {
    name: sheetName(index),
    headerRow: info.length,
    rows: [...info, t.table.columns, ...t.table.rows.map((r) => r.map(numberOrText))],
  };
}

/** A cell that is a plain number ("1,234", "-0.5") is stored as one; anything with a unit or symbol stays text. */
function numberOrText(cell: string): Cell {
  return /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(cell) ? Number(cell.replace(/,/g, '')) : cell;
}

function xml(text: string): string {
  // XML 1.0 cannot hold control characters: a workbook with one does not open.
  return withoutControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function cellXml(cell: Cell, style: string): string {
  const s = style ? ` table:style-name="${style}"` : '';
  if (typeof cell === 'number') {
    const value = `office:value-type="float" office:value="${cell}"`;
    return `<table:table-cell${s} ${value}><text:p>${cell}</text:p></table:table-cell>`;
  }
  return `<table:table-cell${s} office:value-type="string"><text:p>${xml(cell)}</text:p></table:table-cell>`;
}

function sheetXml(sheet: Sheet): string {
  const rows = sheet.rows.map((row, i) => {
    const style = i === 0 ? 'title' : i === sheet.headerRow ? 'header' : '';
    return `<table:table-row>${row.map((c) => cellXml(c, style)).join('')}</table:table-row>`;
  });
  return `<table:table table:name="${xml(sheet.name)}">${rows.join('')}</table:table>`;
}

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';

function contentXml(sheets: readonly Sheet[]): string {
  const styles =
    '<office:automatic-styles>' +
    '<style:style style:name="title" style:family="table-cell"><style:text-properties fo:font-size="14pt" ' +
    'fo:font-weight="bold"/></style:style>' +
    '<style:style style:name="header" style:family="table-cell"><style:text-properties fo:font-weight="bold"/>' +
    '</style:style></office:automatic-styles>';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS} office:version="1.3">${styles}` +
    `<office:body><office:spreadsheet>${sheets.map(sheetXml).join('')}</office:spreadsheet></office:body>` +
    '</office:document-content>\n'
  );
}

function metaXml(plan: ReportPlan): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${NS} office:version="1.3"><office:meta>` +
    `<dc:title>${xml(`${plan.meta.title}: data tables`)}</dc:title><dc:language>${plan.meta.lang}</dc:language>` +
    `<meta:generator>${xml(`${plan.meta.tool.name} ${plan.meta.tool.version}`)}</meta:generator>` +
    '</office:meta></office:document-meta>\n'
  );
}

const MANIFEST =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
  `<manifest:file-entry manifest:full-path="/" manifest:media-type="${MIMETYPE}"/>` +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
  '</manifest:manifest>\n';
