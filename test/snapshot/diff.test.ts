import { describe, expect, it } from 'vitest';
import { diffInputs, diffSnapshots } from '../../src/snapshot/diff.js';
import type { SnapshotManifest } from '../../src/snapshot/manifest.js';
import type { DiffSide, TableRow } from '../../src/snapshot/side.js';

function row(measure: string, hub: string, period: string, fields: Partial<TableRow> = {}): TableRow {
  return {
    measure,
    hub,
    period,
    breakdown: 'all',
    unit: 'pct',
    value: 50,
    numerator: 50,
    denominator: 100,
    ci_low: 40.4,
    ci_high: 59.6,
    comparator: null,
    diff: null,
    diff_ci_low: null,
    diff_ci_high: null,
    symbol: '',
    note: '',
    ...fields,
  };
}

const manifest = (inputs: SnapshotManifest['inputs'], over: Partial<SnapshotManifest> = {}): SnapshotManifest => ({
  format: 'hubs-eval-snapshot/1',
  tool: { name: 'hubs-eval', version: '1.0.0' },
  year: '2023/24',
  sdcApplied: true,
  configSha256: 'aaa',
  inputs,
  outputs: [],
  ...over,
});

const side = (label: string, rows: TableRow[], m: SnapshotManifest | null = null): DiffSide => ({
  label,
  rows,
  inputs: m?.inputs ?? null,
  manifest: m,
});

const BASE = [row('eet', 'east', '2021/22'), row('eet', 'west', '2021/22'), row('neet', 'east', '2023/24')];

describe('diffSnapshots', () => {
  it('finds nothing between a table and itself, whatever the row order', () => {
    const d = diffSnapshots(side('a', BASE), side('b', [...BASE].reverse()), 0);
    expect(d.differences).toBe(0);
    expect(d.valuesChanged).toEqual([]);
    expect(d.inputsChanged).toBeNull();
  });

  it('lists measures added and removed, not each of their rows', () => {
    const after = [...BASE.filter((r) => r.measure !== 'neet'), row('sme', 'east', '2023/24', { unit: 'count' })];
    const d = diffSnapshots(side('a', BASE), side('b', after), 0);
    expect(d.measuresAdded).toEqual(['sme']);
    expect(d.measuresRemoved).toEqual(['neet']);
    expect(d.rowsAdded).toEqual([]);
    expect(d.rowsRemoved).toEqual([]);
    expect(d.differences).toBe(2);
  });

  it('lists rows added or removed within a measure both sides have (a new cohort, a hub dropped)', () => {
    const after = [...BASE.filter((r) => r.hub !== 'west'), row('eet', 'east', '2022/23')];
    const d = diffSnapshots(side('a', BASE), side('b', after), 0);
    expect(d.rowsAdded).toEqual([{ measure: 'eet', hub: 'east', period: '2022/23', breakdown: 'all' }]);
    expect(d.rowsRemoved).toEqual([{ measure: 'eet', hub: 'west', period: '2021/22', breakdown: 'all' }]);
    expect(d.differences).toBe(2);
  });

  it('counts a change beyond the tolerance and only counts one within it', () => {
    // value 50 -> 50.04 is within 0.05; ci_high 59.6 -> 59.7 is 0.1, beyond it.
    const after = [row('eet', 'east', '2021/22', { value: 50.04, ci_high: 59.7 }), ...BASE.slice(1)];
    const loose = diffSnapshots(side('a', BASE), side('b', after), 0.05);
    expect(loose.valuesChanged).toEqual([
      {
        key: { measure: 'eet', hub: 'east', period: '2021/22', breakdown: 'all' },
        column: 'ci_high',
        before: 59.6,
        after: 59.7,
      },
    ]);
    expect(loose.withinTolerance).toBe(1);
    expect(loose.differences).toBe(1);
    const strict = diffSnapshots(side('a', BASE), side('b', after), 0);
    expect(strict.valuesChanged.map((c) => c.column)).toEqual(['value', 'ci_high']);
    expect(strict.differences).toBe(2);
    expect(diffSnapshots(side('a', BASE), side('b', after), 0.2).differences).toBe(0);
  });

  it('treats a number that became empty as a change whatever the tolerance (missing is never 0)', () => {
    const after = [row('eet', 'east', '2021/22', { comparator: 0 }), ...BASE.slice(1)];
    const d = diffSnapshots(side('a', BASE), side('b', after), 1000);
    expect(d.valuesChanged).toEqual([expect.objectContaining({ column: 'comparator', before: null, after: 0 })]);
  });

  it('reports a newly suppressed value once, as a symbol change, not as nine emptied columns', () => {
    const suppressed = row('eet', 'west', '2021/22', {
      symbol: 'c',
      value: null,
      numerator: null,
      denominator: null,
      ci_low: null,
      ci_high: null,
    });
    const d = diffSnapshots(side('a', BASE), side('b', [BASE[0]!, suppressed, BASE[2]!]), 0);
    expect(d.symbolsChanged).toEqual([
      {
        key: { measure: 'eet', hub: 'west', period: '2021/22', breakdown: 'all' },
        before: '',
        after: 'c',
        valueBefore: 50,
        valueAfter: null,
      },
    ]);
    expect(d.valuesChanged).toEqual([]);
    expect(d.differences).toBe(1);
  });

  it('counts inputs changed and says, without counting, that the tool version and config changed', () => {
    const a = manifest([
      { file: 'neet/2024.csv', kind: 'neet', sha256: '11' },
      { file: 'ks4.csv', kind: 'destinations', sha256: '22' },
    ]);
    const b = manifest(
      [
        { file: 'neet/2024.csv', kind: 'neet', sha256: '11' },
        { file: 'ks4.csv', kind: 'destinations', sha256: '23' },
      ],
      { tool: { name: 'hubs-eval', version: '1.1.0' }, configSha256: 'bbb' },
    );
    const d = diffSnapshots(side('a', BASE, a), side('b', BASE, b), 0);
    expect(d.inputsChanged).toEqual([
      { file: 'ks4.csv', kind: 'destinations', change: 'changed', before: '22', after: '23' },
    ]);
    expect(d.context).toEqual({ year: null, toolVersion: { before: '1.0.0', after: '1.1.0' }, configChanged: true });
    expect(d.differences).toBe(1);
  });
});

describe('diffInputs', () => {
  it('matches files by path: added, removed, other bytes; sorted by path', () => {
    const changes = diffInputs(
      [
        { file: 'b.csv', kind: 'neet', sha256: '1' },
        { file: 'c.csv', kind: 'neet', sha256: '2' },
      ],
      [
        { file: 'c.csv', kind: 'neet', sha256: '3' },
        { file: 'a.csv', kind: 'neet', sha256: '4' },
      ],
    );
    expect(changes.map((c) => [c.file, c.change])).toEqual([
      ['a.csv', 'added'],
      ['b.csv', 'removed'],
      ['c.csv', 'changed'],
    ]);
  });
});
