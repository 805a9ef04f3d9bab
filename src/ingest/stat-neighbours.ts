import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { CLOSENESS_BANDS, type Closeness } from '../model/closeness.js';
import { type Problem, ProblemLog } from '../model/problem.js';
import type { SourceRef } from '../model/records.js';

/**
 * The DfE's Children's Services Statistical Neighbour groups (sn_may_2025.xlsx, data-real/SOURCES.md section 6):
 * sheet "LA SN Groups", banner rows, a header row `LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, ... SN10,
 * SNP`, then one row per LA (old 3-digit LA numbers). Each `SNn` is the n-th nearest neighbour, the `SNP` after it
 * its closeness band, spelt with inconsistent capitals ("Very close", "Very Close"). The table ends at the first
 * empty row; the "Old SNs:" block below it (authorities replaced by reorganisation) is counted, not used.
 */

export const SN_SHEET = 'LA SN Groups';

export interface Neighbour {
  /** Old 3-digit LA number. */
  readonly la: string;
  /** 1 = nearest. */
  readonly rank: number;
  readonly closeness: Closeness;
}

export interface NeighbourEntry {
  readonly la: string;
  readonly name: string;
  readonly region: string;
  readonly neighbours: readonly Neighbour[];
  readonly source: SourceRef;
}

export interface StatNeighbours {
  readonly file: string;
  readonly sha256: string;
  /** Current LAs by old LA number. */
  readonly entries: ReadonlyMap<string, NeighbourEntry>;
  /** Rows under "Old SNs:" (predecessor authorities), not used for groups. */
  readonly retired: readonly NeighbourEntry[];
  readonly problems: readonly Problem[];
}

const NEIGHBOURS = 10;
const BAND_FORMS = CLOSENESS_BANDS.map((b) => `"${b}"`).join(', ');

/** Reads the workbook with exceljs; every problem is collected with its sheet row and column. */
export async function readStatNeighbours(file: string): Promise<StatNeighbours> {
  const bytes = await readFile(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const workbook = new ExcelJS.Workbook();
  const log = new ProblemLog(file);
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    log.error({ message: `not a readable .xlsx workbook (${(e as Error).message})`, expected: 'an .xlsx file' });
    return { file, sha256, entries: new Map(), retired: [], problems: log.problems };
  }
  const sheet = workbook.getWorksheet(SN_SHEET);
  if (!sheet) {
    log.error({
      message: `no sheet named "${SN_SHEET}"`,
      expected: `the DfE statistical neighbours workbook`,
      found: workbook.worksheets.map((w) => w.name).join(', '),
    });
    return { file, sha256, entries: new Map(), retired: [], problems: log.problems };
  }
  const rows: (readonly string[])[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values;
    const cells = Array.isArray(values) ? values.slice(1) : [];
    rows.push(cells.map(cellText));
  }
  return { file, sha256, ...parseNeighbourRows(rows, log) };
}

/** Parses the sheet's rows (row 1 first, cells as text); pure, so fixtures need no workbook. */
export function parseNeighbourRows(
  rows: readonly (readonly string[])[],
  log: ProblemLog,
): Pick<StatNeighbours, 'entries' | 'retired' | 'problems'> {
  const headerAt = rows.findIndex((cells) => norm(cells[0]) === 'la num' && norm(cells[1]) === 'la name');
  if (headerAt < 0) {
    log.error({ message: 'no header row starting "LA num, LA Name"', expected: 'LA num, LA Name, LA number, ...' });
    return { entries: new Map(), retired: [], problems: log.problems };
  }
  const header = rows[headerAt] ?? [];
  const col = (name: string) => header.findIndex((h) => norm(h) === name);
  const at = { la: col('la num'), name: col('la name'), region: col('goreg'), sn1: col('sn1') };
  if (at.sn1 < 0 || at.region < 0) {
    log.error({ line: headerAt + 1, message: 'the header lacks SN1 or GOReg', expected: 'GOReg, SN1, SNP, ...' });
    return { entries: new Map(), retired: [], problems: log.problems };
  }
  const entries = new Map<string, NeighbourEntry>();
  const retired: NeighbourEntry[] = [];
  let inRetired = false;
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.every((c) => c === '')) {
      if (entries.size > 0) inRetired = true;
      continue;
    }
    if (cells.some((c) => norm(c).startsWith('old sns'))) {
      inRetired = true;
      continue;
    }
    const entry = parseEntry(cells, i + 1, at, header, log);
    if (!entry) continue;
    if (inRetired) retired.push(entry);
    else if (entries.has(entry.la))
      log.error({ line: i + 1, column: header[at.la], message: 'an LA appears twice', found: entry.la });
    else entries.set(entry.la, entry);
  }
  if (entries.size === 0) log.error({ message: 'no LA rows under the header', expected: 'one row per LA' });
  return { entries, retired, problems: log.problems };
}

function parseEntry(
  cells: readonly string[],
  line: number,
  at: { la: number; name: number; region: number; sn1: number },
  header: readonly string[],
  log: ProblemLog,
): NeighbourEntry | undefined {
  const errorsBefore = log.errorCount;
  const la = laNumber(cells[at.la], line, header[at.la] ?? 'LA num', log);
  const neighbours: Neighbour[] = [];
  for (let rank = 1; rank <= NEIGHBOURS; rank++) {
    const k = at.sn1 + 2 * (rank - 1);
    const code = laNumber(cells[k], line, `SN${rank}`, log);
    const band = norm(cells[k + 1]).replace(/\s+/g, ' ');
    const closeness = CLOSENESS_BANDS.find((b) => b === band);
    if (!closeness)
      log.error({
        line,
        column: `SNP after SN${rank}`,
        message: 'not a closeness band',
        expected: BAND_FORMS,
        found: cells[k + 1] ?? '',
      });
    if (code !== undefined && closeness) neighbours.push({ la: code, rank, closeness });
  }
  if (la === undefined || log.errorCount > errorsBefore) return undefined;
  return {
    la,
    name: cells[at.name] ?? '',
    region: cells[at.region] ?? '',
    neighbours,
    source: { file: log.file, line },
  };
}

function laNumber(cell: string | undefined, line: number, column: string, log: ProblemLog): string | undefined {
  const text = (cell ?? '').trim();
  if (/^\d{3}$/.test(text)) return text;
  log.error({ line, column, message: 'not an old 3-digit LA number', expected: 'e.g. 202', found: printable(text) });
  return undefined;
}

/** exceljs gives numbers, strings, rich text, hyperlinks or formula results; all are read as their text. */
function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v).trim();
  if (v instanceof Date) return v.toISOString();
  if ('richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('text' in v && typeof v.text === 'string') return v.text.trim();
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  return '';
}

const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();

/** Control characters are never echoed back. */
const printable = (s: string) => s.replace(/\p{Cc}/gu, '?').slice(0, 60);
