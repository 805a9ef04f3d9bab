import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ProblemLog } from '../../model/problem.js';
import type { FileSummary } from '../../model/records.js';
import { CellCleaner } from '../control-characters.js';
import { openCsv } from '../csv-source.js';

/** A survey export as rows of text cells, whatever the file format; `line` is the file's row number. */
export interface SurveyGrid {
  readonly path: string;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: FileSummary['encoding'] | 'xlsx';
  readonly sha256: string;
  readonly rows: readonly GridRow[];
}

export interface GridRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Reads a CSV (UTF-8 with or without BOM, or Windows-1252, through the shared CSV source) or the first sheet
 * of an .xlsx workbook (exceljs). Survey exports are small (hundreds of rows), so the grid is held in memory.
 */
export async function readGrid(file: string, log: ProblemLog): Promise<SurveyGrid> {
  if (/\.xlsx$/i.test(file)) return readWorkbook(file, log);
  const csv = await openCsv(file, log);
  const rows: GridRow[] = csv.header.length ? [{ line: 1, cells: csv.header }] : [];
  for await (const row of csv.rows) rows.push({ line: row.line, cells: row.cells.map((c) => c.trim()) });
  return { path: file, format: 'csv', encoding: csv.encoding, sha256: csv.sha256, rows };
}

async function readWorkbook(file: string, log: ProblemLog): Promise<SurveyGrid> {
  const bytes = await readFile(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    log.error({
      message: `could not be read as an Excel workbook: ${(err as Error).message}`,
      expected: 'an .xlsx file as saved by Excel, Microsoft Forms or Google Sheets',
    });
    return { path: file, format: 'xlsx', encoding: 'xlsx', sha256, rows: [] };
  }
  const sheet = workbook.worksheets[0];
  const rows: GridRow[] = [];
  if (!sheet) {
    log.error({ message: 'the workbook has no worksheet', expected: 'the responses on the first sheet' });
    return { path: file, format: 'xlsx', encoding: 'xlsx', sha256, rows };
  }
  const width = sheet.columnCount;
  const cleaner = new CellCleaner();
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let k = 1; k <= width; k++) cells.push(cellText(row.getCell(k).value));
    rows.push({ line, cells: cleaner.clean(cells, line, rows[0]?.cells ?? cells).map((c) => c.trim()) });
  });
  cleaner.report(log);
  return { path: file, format: 'xlsx', encoding: 'xlsx', sha256, rows };
}

/** A cell's value as text: dates as ISO (UTC, as Excel stores them without a zone), rich text joined. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace(/\.000Z$/, 'Z');
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; hyperlink?: string };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (v.result !== undefined) return cellText(v.result);
    if (typeof v.text === 'string') return v.text.trim();
    return '';
  }
  return String(value).trim();
}
