import { ProblemLog } from '../model/problem.js';
import type { Institution, ReadResult } from '../model/records.js';
import { Columns, type CsvRow, openCsv } from './csv-source.js';
import { cellAt, GIAS_LAYOUT, isGias, isRegister, REGISTER_LAYOUT } from './institution-layouts.js';
import type { Reader } from './reader.js';
import { SummaryBuilder } from './summary.js';
import { parseUrn, URN_FORM } from './urn.js';

export { GIAS_TYPES, REGISTER_TYPES } from './institution-types.js';

const ROWS_WITH_ERRORS = 'rows with errors (see problems)';

/**
 * The institutions register: our hub register (urn, name, la_code, type, pupils, eligible, joined) or a
 * GIAS establishment extract. URNs must be unique: a repeat is an error on its line naming the first
 * line, and the first row is kept.
 */
export const institutionsReader: Reader<Institution> = {
  kind: 'institutions',
  detect: (columns) => isGias(columns) || isRegister(columns),
  read: readInstitutions,
};

async function readInstitutions(file: string): Promise<ReadResult<Institution>> {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const summary = new SummaryBuilder('institutions', csv);
  const columns = new Columns(csv.header, log);
  const layout = isGias(columns) ? GIAS_LAYOUT : REGISTER_LAYOUT;
  summary.layout = layout.name;
  const located = csv.header.length ? layout.locate(columns, log, 1) : undefined;
  const records: Institution[] = [];
  const firstLine = new Map<string, number>();
  for await (const row of csv.rows) {
    summary.rowsRead++;
    const exclusion = row.cells.every((c) => c.trim() === '') ? 'blank rows' : located?.exclusion(row);
    if (exclusion || !located) {
      summary.exclude(exclusion ?? 'rows not read: required columns missing');
      continue;
    }
    const mark = log.problems.length;
    const urn = urnOf(row, located.urn, columns, log, firstLine);
    const fields = located.fields(row, log);
    if (urn === undefined || hasErrorsSince(log, mark)) {
      summary.exclude(ROWS_WITH_ERRORS);
      continue;
    }
    records.push({ urn, ...fields, source: { file, line: row.line } });
    summary.area(fields.laCode);
    if (fields.joined) summary.year(fields.joined);
  }
  summary.rowsKept = records.length;
  for (const note of located?.notes() ?? []) summary.note(note);
  return { summary: summary.build(), records, superseded: [], problems: log.problems };
}

/** The row's URN, or undefined after logging why it cannot be used (bad form, or a repeat of an earlier row). */
function urnOf(
  row: CsvRow,
  k: number,
  columns: Columns,
  log: ProblemLog,
  firstLine: Map<string, number>,
): string | undefined {
  const text = cellAt(row, k);
  const urn = parseUrn(text);
  if (urn === undefined) {
    log.error({
      line: row.line,
      column: columns.name(k),
      message: text ? 'not a URN' : 'URN is empty',
      expected: URN_FORM,
      found: text,
    });
    return undefined;
  }
  const first = firstLine.get(urn);
  if (first !== undefined) {
    log.error({
      line: row.line,
      column: columns.name(k),
      message: `duplicate URN: already on line ${first}; only the first row with a URN is used`,
      expected: 'each URN once',
      found: urn,
    });
    return undefined;
  }
  firstLine.set(urn, row.line);
  return urn;
}

/**
 * Whether errors were logged after `mark` (log.errorCount rescans every problem, which is quadratic over a big bad
 * file).
 */
function hasErrorsSince(log: ProblemLog, mark: number): boolean {
  return log.problems.slice(mark).some((p) => p.severity === 'error');
}
