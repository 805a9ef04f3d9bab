import { ProblemLog } from '../model/problem.js';
import {
  ACTIVITY_TYPES,
  type Activity,
  type ActivityOutput,
  type ActivityType,
  type EmployerSize,
  type ReadResult,
} from '../model/records.js';
import { type AcademicYear, academicYearOfDate } from '../model/year.js';
import { activityLabelTable, activityOutput, labelKey } from './activity-labels.js';
import { DATE_FORMS, parseDate, parseNumber, parseYesNo } from './cells.js';
import { Columns, type CsvRow, openCsv } from './csv-source.js';
import { FirstLineIndex } from './first-line-index.js';
import type { Reader, ReadOptions } from './reader.js';
import { SummaryBuilder } from './summary.js';
import { memoByText } from './text-memo.js';
import { parseUrn, URN_FORM } from './urn.js';

/** An activity log: one row per careers activity a hub brokered (employer encounters, work experience...). */

const COLUMNS = {
  id: ['activity_id', 'Activity ID', 'Activity reference'],
  date: ['date', 'Date of activity', 'Activity date'],
  urn: ['urn', 'School URN', 'Institution URN'],
  type: ['activity_type', 'Type', 'Activity', 'Type of activity'],
  students: ['students', 'Number of students', 'Student participations'],
  teachers: ['teachers', 'Number of teachers'],
  employerId: ['employer_id', 'Employer ID'],
  employerName: ['employer_name', 'Employer', 'Employer name'],
  employerSize: ['employer_size', 'Employer size', 'Size'],
  strand: ['strand'],
  benchmark: ['benchmark', 'Gatsby benchmark'],
  group: ['cluster', 'group', 'delivered by'],
  smeDeclaration: ['sme_declaration', 'SME declaration', 'SME declared benefit', 'SME declaration of benefit'],
} as const;

type Field = keyof typeof COLUMNS;
type ColumnIndex = Partial<Record<Field, number>>;
const REQUIRED: readonly Field[] = ['id', 'date', 'urn', 'type'];
/** Columns of programme logs (Careers Clusters) that hub logs do not have: their absence goes without a note. */
const PROGRAMME_ONLY: readonly Field[] = ['group', 'smeDeclaration'];

export const activitiesReader: Reader<Activity> = {
  kind: 'activities',
  detect: (c) => c.has(...COLUMNS.id) && c.has(...COLUMNS.type) && c.has(...COLUMNS.date),
  read: readActivities,
};

/** What the row loop carries: the file's log, the label table, and the tallies reported once per file. */
interface Context {
  readonly log: ProblemLog;
  readonly columns: Columns;
  readonly index: ColumnIndex;
  readonly labels: ReadonlyMap<string, ActivityType>;
  readonly unmapped: Map<string, { label: string; line: number; rows: number }>;
  readonly firstLineOfId: FirstLineIndex;
  readonly parsed: ParsedCells;
}

/** Dates, counts, sizes and benchmarks, each parsed once per distinct text in the file (see text-memo). */
interface ParsedCells {
  readonly date: (text: string) => string | undefined;
  readonly year: (iso: string) => AcademicYear;
  readonly count: (text: string) => number | null | undefined;
  readonly employerSize: (text: string) => EmployerSize | undefined;
  readonly benchmark: (text: string) => number | null;
  readonly labelKey: (label: string) => string;
  readonly output: (label: string) => ActivityOutput | null;
}

async function readActivities(file: string, options: ReadOptions): Promise<ReadResult<Activity>> {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const summary = new SummaryBuilder('activities', csv);
  summary.yearBasis = 'academic year (1 Sep - 31 Aug) of each activity date';
  const columns = new Columns(csv.header, log);
  const index = indexColumns(columns, log, summary);
  summary.layout = `activity log (${csv.header.length} columns)`;
  const records: Activity[] = [];
  const urnLines = new Map<string, number>();
  if (REQUIRED.some((f) => index[f] === undefined))
    return { summary: summary.build(), records, superseded: [], problems: log.problems, urnLines };
  const keep = options.onActivity ?? ((a: Activity) => records.push(a));
  const byType = new Map<ActivityType, number>();

  const ctx: Context = {
    log,
    columns,
    index,
    labels: activityLabelTable(options.activityLabels),
    unmapped: new Map(),
    firstLineOfId: new FirstLineIndex(),
    parsed: {
      date: memoByText(parseDate),
      year: memoByText(academicYearOfDate),
      count: memoByText(parseCount),
      employerSize: memoByText(parseEmployerSize),
      benchmark: memoByText(parseBenchmark),
      labelKey: memoByText(labelKey),
      output: memoByText(activityOutput),
    },
  };
  for await (const batch of csv.batches)
    for (const row of batch) {
      summary.rowsRead++;
      const id = cellOf(row, index.id);
      const duplicate = isDuplicate(id, row.line, ctx);
      const activity = readRow(row, id, ctx);
      if (duplicate) {
        summary.exclude('duplicate activity_id');
        continue;
      }
      if (!activity) {
        summary.exclude('has an error (see problems)');
        continue;
      }
      keep(activity);
      if (!urnLines.has(activity.urn)) urnLines.set(activity.urn, row.line);
      byType.set(activity.type, (byType.get(activity.type) ?? 0) + 1);
      summary.rowsKept++;
      summary.year(activity.year);
    }
  reportTallies(ctx, byType, summary);
  return { summary: summary.build(), records, superseded: [], problems: log.problems, urnLines };
}

function indexColumns(columns: Columns, log: ProblemLog, summary: SummaryBuilder): ColumnIndex {
  const index: ColumnIndex = {};
  for (const field of Object.keys(COLUMNS) as Field[]) {
    const aliases = [...COLUMNS[field]];
    const k = REQUIRED.includes(field) ? columns.require(log, 1, aliases[0]!, ...aliases) : columns.find(...aliases);
    if (k !== undefined) index[field] = k;
    else if (!REQUIRED.includes(field) && !PROGRAMME_ONLY.includes(field))
      summary.note(
        `no ${aliases[0]} column (accepted: ${aliases.map((a) => `"${a}"`).join(', ')}): ` +
          `${field === 'employerSize' ? 'every employer size is unknown' : `${aliases[0]} is null on every row`}`,
      );
  }
  return index;
}

function cellOf(row: CsvRow, k: number | undefined): string {
  return k === undefined ? '' : (row.cells[k] ?? '').trim();
}

function isDuplicate(id: string, line: number, ctx: Context): boolean {
  if (id === '') return false;
  const first = ctx.firstLineOfId.firstLine(id, line);
  if (first === undefined) return false;
  ctx.log.error({
    line,
    column: ctx.columns.name(ctx.index.id!),
    message: `activity_id "${id}" is used twice; first on line ${first}`,
    expected: 'a unique activity_id',
    found: id,
  });
  return true;
}

function readRow(row: CsvRow, id: string, ctx: Context): Activity | undefined {
  const { log, columns, index } = ctx;
  const cell = (f: Field) => cellOf(row, index[f]);
  const at = (f: Field) => ({ line: row.line, column: columns.name(index[f]!) });

  if (id === '') log.error({ ...at('id'), message: 'activity_id is empty', expected: 'an activity id', found: '' });
  const date = ctx.parsed.date(cell('date'));
  if (!date)
    log.error({
      ...at('date'),
      message: cell('date') ? 'not a valid date' : 'date is empty',
      expected: DATE_FORMS,
      found: cell('date'),
    });
  const urn = parseUrn(cell('urn'));
  if (!urn)
    log.error({
      ...at('urn'),
      message: cell('urn') ? 'URN is not a number' : 'URN is empty',
      expected: URN_FORM,
      found: cell('urn'),
    });
  const label = cell('type');
  const type = typeOf(label, row.line, ctx);
  const students = readCount('students', row, ctx);
  const teachers = readCount('teachers', row, ctx);
  const employerSize = readEmployerSize(row, ctx);
  const benchmark = readBenchmark(row, ctx);
  const smeDeclaration = readDeclaration(row, ctx);
  if (
    !id ||
    !date ||
    !urn ||
    type === undefined ||
    students === undefined ||
    teachers === undefined ||
    employerSize === undefined ||
    benchmark === undefined ||
    smeDeclaration === undefined
  )
    return undefined;
  return {
    id,
    date,
    year: ctx.parsed.year(date),
    urn,
    type,
    label,
    students,
    teachers,
    employerId: cell('employerId') || null,
    employerName: cell('employerName') || null,
    employerSize,
    strand: cell('strand') || null,
    benchmark,
    output: ctx.parsed.output(label),
    group: cell('group').toLowerCase() || null,
    smeDeclaration,
    source: { file: log.file, line: row.line },
  };
}

/** The label's type; an unknown label is read as `other` and tallied for one warning per label. */
function typeOf(label: string, line: number, ctx: Context): ActivityType | undefined {
  if (label === '') {
    ctx.log.error({
      line,
      column: ctx.columns.name(ctx.index.type!),
      message: 'activity type is empty',
      expected: 'an activity type such as "careers fair" or "work experience"',
      found: '',
    });
    return undefined;
  }
  const key = ctx.parsed.labelKey(label);
  const type = ctx.labels.get(key);
  if (type) return type;
  const seen = ctx.unmapped.get(key);
  if (seen) seen.rows++;
  else ctx.unmapped.set(key, { label, line, rows: 1 });
  return 'other';
}

/** A head count: a whole number >= 0; empty stays null (not recorded is not zero). */
export function parseCount(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = parseNumber(text);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * The most people one activity can plausibly record: more students than the largest college in England has (tens
 * of thousands), or more teachers than any staff room, is a typing slip; 99,999,999,999 students would give 52
 * million participations per 100 pupils. The register's pupil counts are no bound: a fair hosted by one school
 * often counts the pupils of its neighbours too.
 */
const MOST_IN_ONE_ACTIVITY = { students: 50_000, teachers: 5_000 } as const;

function readCount(field: 'students' | 'teachers', row: CsvRow, ctx: Context): number | null | undefined {
  const text = cellOf(row, ctx.index[field]);
  const n = ctx.parsed.count(text);
  const at = { line: row.line, column: ctx.columns.name(ctx.index[field]!), found: text };
  if (n === undefined)
    ctx.log.error({
      ...at,
      message: `number of ${field} is not a whole number of at least 0`,
      expected: 'a whole number (0, 1, 2, ...) or empty when not recorded',
    });
  else if (n !== null && n > MOST_IN_ONE_ACTIVITY[field]) {
    ctx.log.error({
      ...at,
      message: `not a plausible number of ${field} in one activity`,
      expected: `at most ${MOST_IN_ONE_ACTIVITY[field].toLocaleString('en-GB')}`,
    });
    return undefined;
  }
  return n;
}

const SIZE_WORDS: Readonly<Record<string, EmployerSize>> = {
  micro: 'micro',
  small: 'small',
  medium: 'medium',
  large: 'large',
  unknown: 'unknown',
  'not known': 'unknown',
  'not recorded': 'unknown',
};

/**
 * Employee head count bands of the SME definition the UK uses (EU Commission Recommendation 2003/361/EC,
 * Annex art. 2, kept in the DBT Business Population Estimates): micro 0-9, small 10-49, medium 50-249,
 * large 250 or more. The turnover and balance-sheet tests of that definition are not applied: logs give
 * head counts only.
 */
export function sizeBand(employees: number): EmployerSize {
  return employees < 10 ? 'micro' : employees < 50 ? 'small' : employees < 250 ? 'medium' : 'large';
}

/**
 * An employer size: a band word ("Small", "micro (1-9)", "medium-sized business"), a head count ("120"),
 * a range inside one band ("10-49") or "250+"; empty = unknown. "SME" alone is 'sme': an SME whose band is
 * not given, which still counts among the SMEs engaged.
 */
export function parseEmployerSize(text: string): EmployerSize | undefined {
  const s = text.trim().toLowerCase();
  if (s === '') return 'unknown';
  const plus = /^(\d[\d,]*)\s*\+$/.exec(s);
  if (plus) return countBand(plus[1]!);
  const range = /^(\d[\d,]*)\s*(?:-|–|to)\s*(\d[\d,]*)$/.exec(s);
  if (range) {
    const [from, to] = [countBand(range[1]!), countBand(range[2]!)];
    return from === to ? from : undefined;
  }
  if (/^\d[\d,]*$/.test(s)) return countBand(s);
  const word = s
    .replace(/\(.*\)\s*$/, '')
    .replace(/\b(sized?|business|employer|enterprise|company|organi[sz]ation|firm)\b/g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
  if (word === 'sme') return 'sme';
  return SIZE_WORDS[word];
}

function countBand(text: string): EmployerSize | undefined {
  const n = parseNumber(text);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? sizeBand(n) : undefined;
}

function readEmployerSize(row: CsvRow, ctx: Context): EmployerSize | undefined {
  const text = cellOf(row, ctx.index.employerSize);
  const size = ctx.parsed.employerSize(text);
  if (size === undefined)
    ctx.log.error({
      line: row.line,
      column: ctx.columns.name(ctx.index.employerSize!),
      message: 'employer size not recognised',
      expected: 'micro, small, medium, SME, large, unknown (or empty), or a number of employees',
      found: text,
    });
  return size;
}

/** A Gatsby benchmark number written 5, "GB5", "B5" or "Benchmark 5"; empty = null; NaN when unreadable. */
export function parseBenchmark(text: string): number | null {
  const s = text.trim();
  if (s === '') return null;
  const m = /^(?:gatsby\s*)?(?:benchmark|gb|bm|b)?\s*#?\s*(\d+)$/i.exec(s);
  return m ? Number(m[1]) : NaN;
}

function readBenchmark(row: CsvRow, ctx: Context): number | null | undefined {
  const text = cellOf(row, ctx.index.benchmark);
  const b = ctx.parsed.benchmark(text);
  // Gatsby defines eight benchmarks (Good Career Guidance, 2014).
  if (b === null || (b >= 1 && b <= 8)) return b;
  ctx.log.error({
    line: row.line,
    column: ctx.columns.name(ctx.index.benchmark!),
    message: Number.isNaN(b) ? 'benchmark not recognised' : 'benchmark out of range',
    expected: 'a Gatsby benchmark 1-8, written 5, GB5, B5 or Benchmark 5, or empty',
    found: text,
  });
  return undefined;
}

/** The SME declaration flag: yes/no (empty = no declaration); null when the log has no such column. */
function readDeclaration(row: CsvRow, ctx: Context): boolean | null | undefined {
  if (ctx.index.smeDeclaration === undefined) return null;
  const text = cellOf(row, ctx.index.smeDeclaration);
  if (text === '') return false;
  const yes = parseYesNo(text);
  if (yes !== undefined) return yes;
  ctx.log.error({
    line: row.line,
    column: ctx.columns.name(ctx.index.smeDeclaration!),
    message: 'not a yes/no value',
    expected: 'yes or no (empty = no declaration of benefit)',
    found: text,
  });
  return undefined;
}

function reportTallies(ctx: Context, types: ReadonlyMap<ActivityType, number>, summary: SummaryBuilder): void {
  const column = ctx.columns.name(ctx.index.type!);
  for (const { label, line, rows } of ctx.unmapped.values()) {
    ctx.log.warn({
      line,
      column,
      message:
        `activity type "${label}" is not in the label table, so ${rows} row${rows === 1 ? '' : 's'} (first ` +
        `on line ${line}) ${rows === 1 ? 'is' : 'are'} read as "other"; to map it, add it to the config under ` +
        `activities.labels`,
      expected: `a label in src/ingest/activity-labels.ts or activities.labels (types: ${ACTIVITY_TYPES.join(', ')})`,
      found: label,
    });
  }
  const byType = ACTIVITY_TYPES.map((t) => `${t} ${types.get(t) ?? 0}`).join(', ');
  if (types.size > 0) summary.note(`activities by type: ${byType}`);
}
