import { ProblemLog } from '../model/problem.js';
import type { DestinationRow, ReadResult } from '../model/records.js';
import { Columns, type CsvRow, openCsv, readHeader } from './csv-source.js';
import { detectLayout } from './destinations/layout.js';
import { IDENTIFIER_COLUMNS, MEASURE_COLUMNS, REQUIRED_MEASURES } from './destinations/measures.js';
import { releaseFacts, releaseNote } from './destinations/release.js';
import { readRow } from './destinations/row.js';
import { type RowContext, rowColumns } from './destinations/row-context.js';
import { isSchoolLayout, readSchoolDestinations } from './destinations/school/read.js';
import type { Reader } from './reader.js';
import { SummaryBuilder } from './summary.js';

export {
  BREAKDOWN_PHRASES,
  BREAKDOWN_TOPICS,
  canonicalBreakdown,
  canonicalBreakdownTopic,
  canonicalInstitutionGroup,
  canonicalInstitutionType,
  INSTITUTION_GROUPS,
  INSTITUTION_TYPES,
} from './destinations/labels.js';
export { type DestinationLayout, detectLayout, type YearBasis } from './destinations/layout.js';
export { deriveOverall, MEASURE_COLUMNS, OVERALL_PARTS } from './destinations/measures.js';
export { releaseFacts, releaseName, releaseProblems } from './destinations/release.js';

const HEADER_LINE = 1;

/**
 * DfE KS4 destination measures, as downloaded from explore-education-statistics: the `ks4_dm_ud_*` and
 * `ees_ks4_*` underlying data and both table-tool layouts (see destinations/layout.ts). Every row is keyed by
 * KS4 cohort year whatever the file's time_period means, so one cohort from two releases lines up.
 */
export const destinationsReader: Reader<DestinationRow> = {
  kind: 'destinations',
  detect: (columns) =>
    (columns.has('time_period') &&
      columns.has('data_type') &&
      columns.has('breakdown', 'characteristic') &&
      REQUIRED_MEASURES.every((m) => columns.has(m))) ||
    isSchoolLayout(columns),
  read: async (file, options) =>
    isSchoolLayout(new Columns(await readHeader(file)))
      ? readSchoolDestinations(file, options)
      : readDestinations(file),
};

async function readDestinations(file: string): Promise<ReadResult<DestinationRow>> {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const summary = new SummaryBuilder('destinations', csv);
  const columns = new Columns(csv.header, log);
  const rows: CsvRow[] = [];
  // Buffered (the largest real file is 5,846 rows) because the year basis may depend on data_type values.
  for await (const row of csv.rows) rows.push(row);

  const cols = rowColumns(columns);
  const dataTypes = new Set(
    rows.map((r) => (cols.dataType === undefined ? '' : (r.cells[cols.dataType] ?? '').trim().toLowerCase())),
  );
  const facts = detectLayout(columns, dataTypes);
  summary.layout = facts.layout;
  summary.yearBasis = facts.yearBasis;

  const complete = csv.header.length > 0 && requireColumns(columns, log);
  noteColumns(columns, summary);
  const ctx: RowContext = { file, columns, cols, basis: facts.basis, log, complete, noAreaColumn: new Map() };

  const records: DestinationRow[] = [];
  const seen = new Map<string, number>();
  for (const csvRow of rows) {
    summary.rowsRead++;
    const outcome = readRow(ctx, csvRow);
    if ('excluded' in outcome) summary.exclude(outcome.excluded);
    if (!('row' in outcome)) continue;
    const row = outcome.row;
    const key = rowKey(row);
    const first = seen.get(key);
    if (first !== undefined) {
      log.warn({
        line: csvRow.line,
        message:
          `duplicate of line ${first} (same cohort, area, group, type, breakdown, data type and version): ` +
          `both kept`,
      });
    } else seen.set(key, csvRow.line);
    records.push(row);
    tally(summary, row);
  }
  reportMissingAreaColumns(ctx);
  if (records.some((r) => r.overallDerived)) {
    summary.note(
      'The file has no "overall" column: overall (sustained education, apprenticeship or employment) was derived as ' +
        'education + appren + all_work for count rows.',
    );
  }
  if (!columns.has('overall') && records.some((r) => r.dataType === 'pct')) {
    summary.note(
      'overall is not derived for percentage rows: summing rounded percentages would not reproduce the published rate.',
    );
  }
  const release = releaseNote(releaseFacts(records));
  if (release) summary.note(release);
  return { summary: summary.build(), records, superseded: [], problems: log.problems };
}

/** Reports every missing required column (not just the first), naming the headers accepted for each. */
function requireColumns(columns: Columns, log: ProblemLog): boolean {
  const required: [string, ...string[]][] = [
    ['time period', 'time_period'],
    ['geographic level', 'geographic_level'],
    ['data type', 'data_type'],
    ['institution group', 'institution_group'],
    ['breakdown', 'breakdown', 'characteristic'],
    ...REQUIRED_MEASURES.map((m): [string, string] => [m, m]),
  ];
  return required
    .map(([field, ...aliases]) => columns.require(log, HEADER_LINE, field, ...aliases) !== undefined)
    .every(Boolean);
}

function noteColumns(columns: Columns, summary: SummaryBuilder): void {
  const known = new Set<string>([...IDENTIFIER_COLUMNS, ...MEASURE_COLUMNS]);
  const unknown = columns.header.filter((h) => !known.has(h.toLowerCase()));
  if (unknown.length > 0) summary.note(`Columns not read: ${unknown.join(', ')}.`);
}

function reportMissingAreaColumns(ctx: RowContext): void {
  for (const [level, { line, count }] of ctx.noAreaColumn) {
    const accepted = ctx.cols.areas[level].accepted;
    ctx.log.error({
      line,
      message: `${count} ${level.replace(/_/g, ' ')} row(s), the first on this line, have no area code column`,
      expected: accepted.map((a) => `"${a}"`).join(' or '),
      found: ctx.columns.header.join(','),
    });
  }
}

function rowKey(r: DestinationRow): string {
  return [
    r.cohortYear,
    r.level,
    r.areaCode,
    r.institutionGroup,
    r.institutionType,
    r.breakdownTopic,
    r.breakdown,
    r.dataType,
    r.version ?? '',
  ].join('\u0001');
}

function tally(summary: SummaryBuilder, row: DestinationRow): void {
  summary.rowsKept++;
  summary.year(row.cohortYear);
  summary.area(row.areaName || row.areaCode);
  for (const [name, v] of Object.entries(row.values)) {
    // The derived overall is not a published cell, so its symbol is not counted as a suppressed cell.
    if (!(name === 'overall' && row.overallDerived)) summary.figure(v);
  }
}
