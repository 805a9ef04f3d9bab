import { type Figure, isMissingSymbol, type MissingSymbol } from '../model/missing.js';
import { ProblemLog } from '../model/problem.js';
import type { NeetRow, ReadResult } from '../model/records.js';
import { type AcademicYear, academicYear } from '../model/year.js';
import { AREA_CODE_FORMS, isAreaCode } from './area-code.js';
import { isInvalid, parseFigure } from './cells.js';
import { Columns, type CsvRow, openCsv } from './csv-source.js';
import type { Reader } from './reader.js';
import { SummaryBuilder } from './summary.js';

/**
 * NCCIS "Participation in education, training and NEET age 16 to 17 by local authority", as the DfE's
 * LA dashboard extracts publish it (one file per year, 49-54 columns; see data-real/SOURCES.md section 3).
 * Only the Dec-Feb NEET / not known measures are read; the other columns are tallied for the summary.
 */

const YEAR_BASIS =
  'time_period = calendar year in which the Dec-Feb average ends (2023 = Dec 2022-Feb 2023) -> academic year 2022/23';

const COLUMNS = {
  timePeriod: ['time_period'],
  timeIdentifier: ['time_identifier'],
  level: ['geographic_level'],
  countryCode: ['country_code'],
  countryName: ['country_name'],
  regionCode: ['region_code'],
  regionName: ['region_name'],
  oldLaCode: ['old_la_code'],
  newLaCode: ['new_la_code'],
  laName: ['la_name'],
  age: ['Age'],
  cohort: ['Cohort_DJFavg', 'cohort_DJF_avg'],
  neetPct: ['NEET_percent'],
  notKnownPct: ['Notknown_percent', 'not_known_percent'],
  neetOrNotKnownPct: ['NEET_not_known_percent', 'NEET_NK_percent'],
} as const;

type Field = keyof typeof COLUMNS;
type FigureField = 'cohort' | 'neetPct' | 'notKnownPct' | 'neetOrNotKnownPct';
const FIGURE_FIELDS: readonly FigureField[] = ['cohort', 'neetPct', 'notKnownPct', 'neetOrNotKnownPct'];
const REQUIRED: readonly Field[] = ['timePeriod', 'level', ...FIGURE_FIELDS];

const LEVELS: Readonly<Record<string, NeetRow['level']>> = {
  national: 'national',
  regional: 'regional',
  localauthority: 'local_authority',
};

/** Where each level keeps its area code (the 2021 file's "Region demo"/"LA demo" rows leave it empty). */
const CODE_FIELD: Readonly<Record<NeetRow['level'], Field>> = {
  national: 'countryCode',
  regional: 'regionCode',
  local_authority: 'newLaCode',
};

const FIGURE_FORMS = 'a number, a DfE symbol (c, z, x, low, u, :) or empty';

type ColumnIndex = Partial<Record<Field, number>>;

export const neetReader: Reader<NeetRow> = {
  kind: 'neet',
  detect: (columns) =>
    columns.has(...COLUMNS.cohort) && columns.has(...COLUMNS.neetPct) && columns.has(...COLUMNS.notKnownPct),
  read: readNeet,
};

async function readNeet(file: string): Promise<ReadResult<NeetRow>> {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const summary = new SummaryBuilder('neet', csv);
  summary.yearBasis = YEAR_BASIS;
  const columns = new Columns(csv.header, log);
  summary.layout = layoutOf(columns);
  const index = indexColumns(columns, log);
  const records: NeetRow[] = [];
  if (REQUIRED.some((f) => index[f] === undefined))
    return { summary: summary.build(), records, superseded: [], problems: log.problems };

  const seen = new Map<string, number>();
  const unread = new Map<MissingSymbol, number>();
  const readIndexes = new Set(Object.values(index));
  for await (const row of csv.rows) {
    summary.rowsRead++;
    tallyUnreadSymbols(row, readIndexes, unread);
    const record = readRow(row, index, columns, log, summary);
    if (!record) continue;
    const key = `${record.year}|${record.level}|${record.areaCode}`;
    const first = seen.get(key);
    if (first !== undefined) {
      log.error({
        line: row.line,
        column: columns.name(index.level!),
        message: `${record.areaName} (${record.areaCode}) appears twice for ${record.year}; first on line ${first}`,
        expected: 'one row per area and year',
        found: `${record.level} ${record.areaCode}`,
      });
      summary.exclude('duplicate area and year');
      continue;
    }
    seen.set(key, row.line);
    records.push(record);
    summary.rowsKept++;
    summary.year(record.year);
    summary.area(record.areaName);
  }
  noteUnreadSymbols(unread, summary);
  return { summary: summary.build(), records, superseded: [], problems: log.problems };
}

function indexColumns(columns: Columns, log: ProblemLog): ColumnIndex {
  const index: ColumnIndex = {};
  for (const field of Object.keys(COLUMNS) as Field[]) {
    const aliases = [...COLUMNS[field]];
    const k = REQUIRED.includes(field) ? columns.require(log, 1, aliases[0]!, ...aliases) : columns.find(...aliases);
    if (k !== undefined) index[field] = k;
  }
  return index;
}

/** The published layouts differ in their extra columns only (SOURCES.md section 3). */
function layoutOf(columns: Columns): string {
  const n = columns.header.length;
  if (columns.has('NEET_NK_NoSEN_quintile'))
    return `NCCIS LA dashboard, 2021 layout with SEN/VG quintiles (${n} columns)`;
  if (columns.has('Age1617_ONS_population')) return `NCCIS LA dashboard, 2022-2023 layout (${n} columns)`;
  if (columns.has('enrolments_pa_10_exact_percent')) return `NCCIS LA dashboard, 2024- layout (${n} columns)`;
  return `NCCIS LA dashboard (${n} columns)`;
}

function readRow(
  row: CsvRow,
  index: ColumnIndex,
  columns: Columns,
  log: ProblemLog,
  summary: SummaryBuilder,
): NeetRow | undefined {
  const cell = (f: Field): string => (index[f] === undefined ? '' : (row.cells[index[f]!] ?? '').trim());
  const at = (f: Field) => ({ line: row.line, column: columns.name(index[f]!) });
  const problemsBefore = log.problems.length;

  if (index.age !== undefined && !/^16\s*(-|to)\s*17$/i.test(cell('age'))) {
    summary.exclude('age group other than 16-17');
    return undefined;
  }
  const year = readYear(cell('timePeriod'), at('timePeriod'), log);
  if (index.timeIdentifier !== undefined && !/^calendar\s*year$/i.test(cell('timeIdentifier'))) {
    log.error({
      ...at('timeIdentifier'),
      message: 'time_period must be a calendar year for the NCCIS Dec-Feb average',
      expected: '"Calendar year"',
      found: cell('timeIdentifier'),
    });
  }
  const level =
    LEVELS[
      cell('level')
        .toLowerCase()
        .replace(/[\s_]+/g, '')
    ];
  if (!level)
    log.error({
      ...at('level'),
      message: 'unknown geographic level',
      expected: '"National", "Regional" or "Local authority"',
      found: cell('level'),
    });
  const figures = readFigures(row, index, columns, log);
  if (log.problems.length > problemsBefore || !level || !year || !figures) {
    summary.exclude('has an error (see problems)');
    return undefined;
  }
  const area = areaOf(level, cell);
  if (!area.code) {
    const levelName = level.replace('_', ' ');
    log.warn({
      line: row.line,
      column: columns.name(index[CODE_FIELD[level]] ?? index.level!),
      message: `${levelName} row "${area.name}" has no area code, so it cannot be matched to an area: left out`,
      expected: 'an ONS area code',
      found: '(empty)',
    });
    summary.exclude(`${levelName} row without an area code`);
    return undefined;
  }
  if (!isAreaCode(area.code)) {
    log.error({
      line: row.line,
      column: columns.name(index[CODE_FIELD[level]] ?? index.level!),
      message: 'not an area code, so the row cannot be matched to an area',
      expected: AREA_CODE_FORMS,
      found: area.code,
    });
    summary.exclude('has an error (see problems)');
    return undefined;
  }
  for (const f of FIGURE_FIELDS) summary.figure(figures[f]);
  checkSum(figures, row.line, columns.name(index.neetOrNotKnownPct!), log);
  return {
    year,
    level,
    areaCode: area.code,
    oldLaCode: area.oldLaCode,
    areaName: area.name,
    ...figures,
    source: { file: log.file, line: row.line },
  };
}

function readYear(text: string, at: { line: number; column: string }, log: ProblemLog): AcademicYear | undefined {
  if (/^\d{4}$/.test(text)) return academicYear(Number(text) - 1);
  log.error({
    ...at,
    message: 'time_period is not a calendar year',
    expected: 'a 4-digit year such as 2023 (the Dec 2022-Feb 2023 average)',
    found: text,
  });
  return undefined;
}

function readFigures(
  row: CsvRow,
  index: ColumnIndex,
  columns: Columns,
  log: ProblemLog,
): Record<FigureField, Figure> | undefined {
  const out: Partial<Record<FigureField, Figure>> = {};
  for (const field of FIGURE_FIELDS) {
    const k = index[field]!;
    const found = (row.cells[k] ?? '').trim();
    const v = parseFigure(found);
    const max = field === 'cohort' ? Infinity : 100;
    if (isInvalid(v) || (typeof v === 'number' && (v < 0 || v > max))) {
      const expected =
        field === 'cohort' ? `${FIGURE_FORMS}; a count of at least 0` : `${FIGURE_FORMS}; a percentage from 0 to 100`;
      log.error({
        line: row.line,
        column: columns.name(k),
        message: `${columns.name(k)} is not a valid figure`,
        expected,
        found,
      });
      continue;
    }
    out[field] = v;
  }
  return FIGURE_FIELDS.every((f) => out[f] !== undefined) ? (out as Record<FigureField, Figure>) : undefined;
}

function areaOf(
  level: NeetRow['level'],
  cell: (f: Field) => string,
): { code: string; name: string; oldLaCode: string | null } {
  if (level === 'national')
    return { code: cell('countryCode'), name: cell('countryName') || 'England', oldLaCode: null };
  if (level === 'regional') return { code: cell('regionCode'), name: cell('regionName'), oldLaCode: null };
  return { code: cell('newLaCode'), name: cell('laName'), oldLaCode: cell('oldLaCode') || null };
}

/**
 * NEET + not known should equal the published NEET-or-not-known rate. Each of the three is rounded to
 * 1 decimal place (error up to 0.05 each), so a gap above 0.15 points cannot be rounding.
 */
function checkSum(f: Record<FigureField, Figure>, line: number, column: string, log: ProblemLog): void {
  if (typeof f.neetPct !== 'number' || typeof f.notKnownPct !== 'number' || typeof f.neetOrNotKnownPct !== 'number')
    return;
  const sum = f.neetPct + f.notKnownPct;
  if (Math.abs(sum - f.neetOrNotKnownPct) > 0.15 + 1e-9) {
    log.warn({
      line,
      column,
      message: 'NEET % + not known % differs from NEET or not known % by more than rounding allows',
      expected: `about ${sum.toFixed(1)}`,
      found: String(f.neetOrNotKnownPct),
    });
  }
}

function tallyUnreadSymbols(
  row: CsvRow,
  read: ReadonlySet<number | undefined>,
  tally: Map<MissingSymbol, number>,
): void {
  row.cells.forEach((text, k) => {
    const s = text.trim().toLowerCase();
    if (s !== '' && !read.has(k) && isMissingSymbol(s)) tally.set(s, (tally.get(s) ?? 0) + 1);
  });
}

function noteUnreadSymbols(tally: Map<MissingSymbol, number>, summary: SummaryBuilder): void {
  if (tally.size === 0) return;
  const list = [...tally]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  summary.note(`symbols in the columns not read (participation, SEND, context measures): ${list}`);
}
