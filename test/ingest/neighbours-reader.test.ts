import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDistrictToCounty } from '../../src/ingest/district-county.js';
import { parseNeighbourRows, readStatNeighbours } from '../../src/ingest/stat-neighbours.js';
import { ProblemLog } from '../../src/model/problem.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

const HEADER = ['LA num', 'LA Name', 'LA number', 'GOInd', 'GOReg'];
const snCells = (n: number, band: (k: number) => string) =>
  Array.from({ length: n }, (_, k) => [String(900 + k), band(k)]).flat();
const headerRow = [...HEADER, ...Array.from({ length: 10 }, (_, k) => [`SN${k + 1}`, 'SNP']).flat()];

describe('parseNeighbourRows', () => {
  it('skips the banner rows, reads every band whatever its capitals, and keeps "Old SNs" apart', () => {
    const rows = [
      ['A', 'B', 'C'],
      ['1', '2', '3'],
      headerRow,
      ['301', 'Alpha', '301', '3', 'London', ...snCells(10, (k) => (k % 2 ? 'Very Close' : 'somewhat  close'))],
      [],
      ['', 'Old SNs:'],
      ['928', 'Old county', '928', '1', 'East Midlands', ...snCells(10, () => 'Extremely Close')],
    ];
    const r = parseNeighbourRows(rows, new ProblemLog('sn.xlsx'));
    expect(r.problems).toEqual([]);
    expect([...r.entries.keys()]).toEqual(['301']);
    const alpha = r.entries.get('301')!;
    expect(alpha.source.line).toBe(4);
    expect(alpha.neighbours.slice(0, 2)).toEqual([
      { la: '900', rank: 1, closeness: 'somewhat close' },
      { la: '901', rank: 2, closeness: 'very close' },
    ]);
    expect(alpha.neighbours).toHaveLength(10);
    expect(r.retired.map((e) => e.name)).toEqual(['Old county']);
  });

  it('reports every bad cell with its row and column, and keeps no half-read LA', () => {
    const cells = snCells(10, () => 'Close');
    cells[4] = '9x9';
    cells[7] = 'Quite near';
    const rows = [headerRow, ['302', 'Beta', '302', '3', 'London', ...cells]];
    const r = parseNeighbourRows(rows, new ProblemLog('sn.xlsx'));
    expect(r.entries.size).toBe(0);
    expect(r.problems.map((p) => [p.line, p.column, p.found])).toEqual([
      [2, 'SN3', '9x9'],
      [2, 'SNP after SN4', 'Quite near'],
      [undefined, undefined, undefined],
    ]);
  });

  it('says so when the header row is missing', () => {
    const r = parseNeighbourRows([['x']], new ProblemLog('sn.xlsx'));
    expect(r.problems[0]?.message).toMatch(/no header row/);
  });
});

describe.skipIf(!HAS_REAL_DATA)('readStatNeighbours on sn_may_2025.xlsx', () => {
  it('reads 153 current LAs and the 5 predecessor rows, without problems', async () => {
    const sn = await readStatNeighbours(realFile('stat-neighbours', 'sn_may_2025.xlsx'));
    expect(sn.problems).toEqual([]);
    expect(sn.entries.size).toBe(153);
    expect(sn.retired.map((e) => e.la)).toEqual(['835', '836', '837', '928', '909']);
    // Sheet row 4: Barking and Dagenham, SN1 308 "Close" ... SN4 333 "Somewhat close".
    const barking = sn.entries.get('301')!;
    expect([barking.name, barking.region, barking.source.line]).toEqual(['Barking and Dagenham', 'London (Outer)', 4]);
    expect(barking.neighbours[3]).toEqual({ la: '333', rank: 4, closeness: 'somewhat close' });
    // West Northamptonshire (941, created 2021) is a current LA; Northamptonshire (928) only a predecessor row,
    // whose bands are spelt "Very Close".
    expect(sn.entries.get('941')?.name).toBe('West Northamptonshire');
    expect(sn.retired.find((e) => e.la === '928')?.neighbours[0]).toEqual({
      la: '886',
      rank: 1,
      closeness: 'very close',
    });
  });
});

describe('readDistrictToCounty', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-lookup-'));
  it('groups ONS districts by county', async () => {
    const file = path.join(dir, 'lookup.csv');
    writeFileSync(
      file,
      'LAD23CD,LAD23NM,CTY23CD,CTY23NM,ObjectId\nE07000105,Ashford,E10000016,Kent,1\n' +
        'E07000106,Canterbury,E10000016,Kent,2\nE07000066,Basildon,E10000012,Essex,3\n',
    );
    const r = await readDistrictToCounty(file);
    expect(r.problems).toEqual([]);
    expect(r.districts.get('E10000016')).toEqual([
      { code: 'E07000105', name: 'Ashford' },
      { code: 'E07000106', name: 'Canterbury' },
    ]);
  });
  it('names the line and column of a bad code, and a file in another layout', async () => {
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'LAD23CD,CTY23CD\nE07000105,Kent\n');
    expect((await readDistrictToCounty(bad)).problems.map((p) => [p.line, p.column, p.found])).toEqual([
      [2, 'CTY23CD', 'Kent'],
    ]);
    const other = path.join(dir, 'other.csv');
    writeFileSync(other, 'district,county\na,b\n');
    expect((await readDistrictToCounty(other)).problems[0]?.message).toMatch(/not an ONS district-to-county lookup/);
  });
});
