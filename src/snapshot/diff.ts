import type { ManifestInput } from './manifest.js';
import { type DiffSide, NUMERIC_COLUMNS, type NumericColumn, type TableRow } from './side.js';

/** A row of the metrics table is one measure for one hub, period and breakdown. */
export interface RowKey {
  readonly measure: string;
  readonly hub: string;
  readonly period: string;
  readonly breakdown: string;
}

export interface ValueChange {
  readonly key: RowKey;
  readonly column: NumericColumn;
  readonly before: number | null;
  readonly after: number | null;
}

/** A value newly suppressed (`12` -> `c`), newly published (`c` -> `12`), or one symbol for another. */
export interface SymbolChange {
  readonly key: RowKey;
  readonly before: string;
  readonly after: string;
  readonly valueBefore: number | null;
  readonly valueAfter: number | null;
}

export interface InputChange {
  readonly file: string;
  readonly kind: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly before: string | null;
  readonly after: string | null;
}

export interface SnapshotDiff {
  readonly before: string;
  readonly after: string;
  /** Largest absolute change (in the row's unit: percentage points, count, mean) still treated as no change. */
  readonly tolerance: number;
  readonly measuresAdded: readonly string[];
  readonly measuresRemoved: readonly string[];
  /** Rows of measures present on both sides that only one side has (a new year, a hub added). */
  readonly rowsAdded: readonly RowKey[];
  readonly rowsRemoved: readonly RowKey[];
  readonly valuesChanged: readonly ValueChange[];
  /** Numbers that changed by no more than the tolerance: counted, not listed as differences. */
  readonly withinTolerance: number;
  readonly symbolsChanged: readonly SymbolChange[];
  /** Inputs added, removed or with other bytes; null when a side does not record its inputs (a bare CSV). */
  readonly inputsChanged: readonly InputChange[] | null;
  /** Said for context, not counted: a new tool version or config that changes no figure is not a difference. */
  readonly context: {
    readonly year: { readonly before: string; readonly after: string } | null;
    readonly toolVersion: { readonly before: string; readonly after: string } | null;
    readonly configChanged: boolean | null;
  };
  /** Everything above that counts: a CI job fails when this is not 0. */
  readonly differences: number;
}

export function rowKeyText(k: RowKey): string {
  return `${k.measure} | ${k.hub} | ${k.period} | ${k.breakdown}`;
}

/** Compares two metrics tables (and their inputs when known). Pure and order-independent: output is sorted. */
export function diffSnapshots(before: DiffSide, after: DiffSide, tolerance: number): SnapshotDiff {
  const a = indexRows(before.rows);
  const b = indexRows(after.rows);
  const measuresA = new Set(before.rows.map((r) => r.measure));
  const measuresB = new Set(after.rows.map((r) => r.measure));
  const measuresAdded = [...measuresB].filter((m) => !measuresA.has(m)).sort();
  const measuresRemoved = [...measuresA].filter((m) => !measuresB.has(m)).sort();
  const rowsAdded = [...b].filter(([k, r]) => !a.has(k) && measuresA.has(r.measure)).map(([, r]) => keyOf(r));
  const rowsRemoved = [...a].filter(([k, r]) => !b.has(k) && measuresB.has(r.measure)).map(([, r]) => keyOf(r));
  const valuesChanged: ValueChange[] = [];
  const symbolsChanged: SymbolChange[] = [];
  let withinTolerance = 0;
  for (const [k, ra] of [...a].sort(([x], [y]) => compareText(x, y))) {
    const rb = b.get(k);
    if (!rb) continue;
    if (ra.symbol !== rb.symbol) {
      // The symbol says why the numbers went or came back; listing each emptied column too would only repeat it.
      symbolsChanged.push({
        key: keyOf(ra),
        before: ra.symbol,
        after: rb.symbol,
        valueBefore: ra.value,
        valueAfter: rb.value,
      });
      continue;
    }
    for (const column of NUMERIC_COLUMNS) {
      const x = ra[column];
      const y = rb[column];
      if (x === y) continue;
      if (x !== null && y !== null && Math.abs(x - y) <= tolerance) withinTolerance += 1;
      else valuesChanged.push({ key: keyOf(ra), column, before: x, after: y });
    }
  }
  const inputsChanged = before.inputs && after.inputs ? diffInputs(before.inputs, after.inputs) : null;
  const ma = before.manifest;
  const mb = after.manifest;
  return {
    before: before.label,
    after: after.label,
    tolerance,
    measuresAdded,
    measuresRemoved,
    rowsAdded: sortKeys(rowsAdded),
    rowsRemoved: sortKeys(rowsRemoved),
    valuesChanged,
    withinTolerance,
    symbolsChanged,
    inputsChanged,
    context: {
      year: ma && mb && ma.year !== mb.year ? { before: ma.year, after: mb.year } : null,
      toolVersion:
        ma && mb && ma.tool.version !== mb.tool.version ? { before: ma.tool.version, after: mb.tool.version } : null,
      configChanged: ma && mb ? ma.configSha256 !== mb.configSha256 : null,
    },
    differences:
      measuresAdded.length +
      measuresRemoved.length +
      rowsAdded.length +
      rowsRemoved.length +
      valuesChanged.length +
      symbolsChanged.length +
      (inputsChanged?.length ?? 0),
  };
}

/** Inputs are matched by their path relative to the config folder; a revised DfE file shows as `changed`. */
export function diffInputs(before: readonly ManifestInput[], after: readonly ManifestInput[]): InputChange[] {
  const a = new Map(before.map((f) => [f.file, f]));
  const b = new Map(after.map((f) => [f.file, f]));
  const changes: InputChange[] = [];
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort(compareText)) {
    const x = a.get(file);
    const y = b.get(file);
    if (x && y && x.sha256 === y.sha256) continue;
    changes.push({
      file,
      kind: (y ?? x)?.kind ?? '',
      change: !x ? 'added' : !y ? 'removed' : 'changed',
      before: x?.sha256 ?? null,
      after: y?.sha256 ?? null,
    });
  }
  return changes;
}

function indexRows(rows: readonly TableRow[]): Map<string, TableRow> {
  // The table has one row per key (the metrics stage guarantees it); a repeated key keeps its last row.
  return new Map(rows.map((r) => [rowKeyText(r), r]));
}

function keyOf(r: TableRow): RowKey {
  return { measure: r.measure, hub: r.hub, period: r.period, breakdown: r.breakdown };
}

function sortKeys(keys: RowKey[]): RowKey[] {
  return keys.sort((x, y) => compareText(rowKeyText(x), rowKeyText(y)));
}

/** Code-unit order, not the locale's, so the output is the same on every machine. */
function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
