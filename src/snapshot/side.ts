import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { jsonErrorPlace } from '../config/load.js';
import { METRIC_COLUMNS } from '../model/metric.js';
import { printable } from '../model/printable.js';
import type { Problem } from '../model/problem.js';
import { MANIFEST_FORMAT, type ManifestInput, type SnapshotManifest } from './manifest.js';

/** The numeric columns of the metrics table, compared with the tolerance. */
export const NUMERIC_COLUMNS = [
  'value',
  'numerator',
  'denominator',
  'ci_low',
  'ci_high',
  'comparator',
  'diff',
  'diff_ci_low',
  'diff_ci_high',
] as const;
export type NumericColumn = (typeof NUMERIC_COLUMNS)[number];

/** One row of a metrics table as written to metrics.csv / metrics.json. */
export type TableRow = { readonly [K in NumericColumn]: number | null } & {
  readonly measure: string;
  readonly hub: string;
  readonly period: string;
  readonly breakdown: string;
  readonly unit: string;
  readonly symbol: string;
  readonly note: string;
};

/** One side of a comparison: a snapshot folder, or a lone metrics file (then without manifest). */
export interface DiffSide {
  /** As the user named it, for messages. */
  readonly label: string;
  readonly rows: readonly TableRow[];
  /** The inputs with their SHA-256 (from the manifest or metrics.json), or null when the file does not say. */
  readonly inputs: readonly ManifestInput[] | null;
  readonly manifest: SnapshotManifest | null;
}

export interface Parsed<T> {
  readonly value: T | null;
  readonly problems: readonly Problem[];
}

const TEXT_COLUMNS = ['measure', 'hub', 'period', 'breakdown', 'unit', 'symbol', 'note'] as const;

/** metrics.csv: the header must hold every column; numbers must be numbers (empty = no value, never 0). */
export function parseMetricsCsv(text: string, file: string): Parsed<TableRow[]> {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (e) {
    return failed(file, `is not readable CSV: ${(e as Error).message}`);
  }
  const header = records[0] ?? [];
  const missing = METRIC_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      value: null,
      problems: [
        {
          severity: 'error',
          file,
          line: 1,
          message: 'the header is not that of a hubs-eval metrics table',
          expected: `the columns ${missing.join(', ')}`,
          found: printable(header.join(',')).slice(0, 200),
        },
      ],
    };
  const problems: Problem[] = [];
  const rows = records.slice(1).map((cells, i) => {
    const cell = (c: string) => cells[header.indexOf(c)] ?? '';
    const number = (c: NumericColumn): number | null => {
      const s = cell(c).trim();
      if (s === '') return null;
      const n = Number(s);
      if (Number.isFinite(n)) return n;
      problems.push({
        severity: 'error',
        file,
        line: i + 2,
        column: c,
        message: 'not a number',
        expected: 'a number or an empty cell',
        found: printable(s).slice(0, 60),
      });
      return null;
    };
    return tableRow(
      (c) => cell(c),
      (c) => number(c),
    );
  });
  return { value: problems.length ? null : rows, problems };
}

/** metrics.json as `hubs-eval metrics` writes it: `rows`, and `inputs` with their SHA-256. */
export function parseMetricsJson(text: string, file: string): Parsed<{ rows: TableRow[]; inputs: ManifestInput[] }> {
  const { doc, error } = parseJson(text);
  if (error) return notJson(file, 'a hubs-eval metrics.json', error);
  if (!isObject(doc) || !Array.isArray(doc.rows))
    return failed(file, 'is not a hubs-eval metrics.json (no "rows" list)');
  const problems: Problem[] = [];
  const rows = doc.rows.map((raw: unknown, i: number) => {
    const r = isObject(raw) ? raw : {};
    // A row is keyed by its measure, hub, period and breakdown: one without them cannot be compared.
    for (const key of ['measure', 'hub', 'period', 'breakdown'] as const)
      if (typeof r[key] !== 'string' || r[key] === '')
        problems.push({
          severity: 'error',
          file,
          column: key,
          message: `rows[${i}] has no ${key}`,
          expected: 'text',
          found: printable(JSON.stringify(isObject(raw) ? (r[key] ?? null) : raw)).slice(0, 60),
        });
    const number = (c: NumericColumn): number | null => {
      const v = r[c];
      if (v === null || v === undefined) return null;
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      problems.push({
        severity: 'error',
        file,
        column: c,
        message: `rows[${i}] has a value that is not a number`,
        expected: 'a number or null',
        found: printable(JSON.stringify(v)).slice(0, 60),
      });
      return null;
    };
    return tableRow((c) => (typeof r[c] === 'string' ? (r[c] as string) : ''), number);
  });
  const inputs = Array.isArray(doc.inputs) ? doc.inputs.flatMap(manifestInput) : [];
  return { value: problems.length ? null : { rows, inputs }, problems };
}

/** manifest.json of a snapshot folder; an unknown format is refused rather than half-compared. */
export function parseManifest(text: string, file: string): Parsed<SnapshotManifest> {
  const { doc, error } = parseJson(text);
  if (error) return notJson(file, `a hubs-eval snapshot manifest (format "${MANIFEST_FORMAT}")`, error);
  const parsed = MANIFEST_SCHEMA.safeParse(doc);
  if (!parsed.success)
    return failed(file, `is not a hubs-eval snapshot manifest (format "${MANIFEST_FORMAT}" expected)`);
  return { value: parsed.data, problems: [] };
}

const FILE_HASH = z.object({ file: z.string(), sha256: z.string() });
const MANIFEST_SCHEMA = z.object({
  format: z.literal(MANIFEST_FORMAT),
  tool: z.object({ name: z.literal('hubs-eval'), version: z.string() }),
  year: z.string(),
  sdcApplied: z.boolean(),
  configSha256: z.string(),
  inputs: z.array(FILE_HASH.extend({ kind: z.string() })),
  outputs: z.array(FILE_HASH),
}) satisfies z.ZodType<SnapshotManifest>;

function tableRow(text: (c: string) => string, number: (c: NumericColumn) => number | null): TableRow {
  const texts = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, text(c)])) as Record<
    (typeof TEXT_COLUMNS)[number],
    string
  >;
  const numbers = Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, number(c)])) as Record<
    NumericColumn,
    number | null
  >;
  return { ...texts, ...numbers };
}

function manifestInput(raw: unknown): ManifestInput[] {
  if (!isObject(raw)) return [];
  const { file, kind, sha256 } = raw;
  return typeof file === 'string' && typeof sha256 === 'string'
    ? [{ file, kind: typeof kind === 'string' ? kind : '', sha256 }]
    : [];
}

/** The document, or where and why it is not JSON (a hand-edited manifest needs the line and column). */
function parseJson(text: string): { doc: unknown; error?: undefined } | { doc?: undefined; error: JsonError } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { doc: JSON.parse(body) };
  } catch (e) {
    return { error: jsonErrorPlace(body, (e as Error).message) };
  }
}

type JsonError = ReturnType<typeof jsonErrorPlace>;

function notJson<T>(file: string, what: string, e: JsonError): Parsed<T> {
  const problem: Problem = {
    severity: 'error',
    file,
    line: e.line,
    message: `is not JSON: ${e.reason} at column ${e.column}`,
    expected: what,
  };
  return { value: null, problems: [problem] };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function failed<T>(file: string, message: string): Parsed<T> {
  return { value: null, problems: [{ severity: 'error', file, message }] };
}
