import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { msg } from '../../src/cli/messages.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function validate(files: string[], json = true) {
  const term = memoryTerminal();
  const code = await validateCommand({ cwd: ROOT, config: undefined, files, kind: undefined, json }, term);
  return { code, out: term.stdout.join('\n'), report: json ? JSON.parse(term.stdout.join('\n')) : undefined };
}

describe('validate on data-samples (the repository config)', () => {
  it('reads every configured input with no errors', async () => {
    const { code, report } = await validate([]);
    expect(code).toBe(0);
    expect(report.errors).toBe(0);
    expect(report.files.map((f: { kind: string }) => f.kind).sort()).toEqual([
      // The hubs' three yearly logs and the Careers Clusters' three (2020/21 to 2022/23).
      ...Array<string>(6).fill('activities'),
      'compass',
      'compass',
      'compass',
      'compass',
      'compass',
      // LA and national files, the comparison areas' file, and eight school-level cohorts (2015/16 to 2022/23).
      ...Array<string>(11).fill('destinations'),
      'institutions',
      // Five NCCIS years for the London LAs, and five for the comparison areas (data-samples/neighbours).
      ...Array<string>(10).fill('neet'),
    ]);
    const register = report.files.find((f: { kind: string }) => f.kind === 'institutions');
    expect(register.hubs).toEqual(['central', 'east', 'south', 'west']);
  });

  it('lists each comparison group of the statistical neighbours', async () => {
    const { out } = await validate([], false);
    expect(out).toContain(
      'data-samples/neighbours/synthetic_stat_neighbours.xlsx\n  kind: statistical neighbours; 42 local authorities',
    );
    expect(out).toMatch(/^ {2}central:neighbours \(\d+ areas\): .*left out as in a hub$/m);
  });

  it("names the school files' layout and cohort, and how many of their schools the register lists", async () => {
    const { report } = await validate([]);
    const { out } = await validate([], false);
    // The sample school files cover every eligible mainstream school of the register (data-samples/README.md).
    const csv = readFileSync(path.join(ROOT, 'data-samples/institutions.csv'));
    const register = parse(csv, { columns: true }) as Record<string, string>[];
    const eligible = register.filter((r) => r.type === 'mainstream' && r.eligible === 'yes');
    const schools = report.files.filter((f: { layout: string }) => f.layout.startsWith('ees-school '));
    expect(schools).toHaveLength(8);
    expect(schools[0]).toMatchObject({ years: ['2015/16'], hubs: ['central', 'east', 'south', 'west'] });
    const matched = { schools: eligible.length, inRegister: eligible.length };
    expect(schools.map((f: { schoolsInRegister: unknown }) => f.schoolsInRegister)).toEqual(Array(8).fill(matched));
    expect(out).toContain(msg.fileSchoolsMatched(matched, true));
    // Given alone, a school file has no register to match: validate says so.
    const alone = await validate(['data-samples/destinations/synthetic_ees_ks4_inst_201516.csv'], false);
    expect(alone.out).toContain(msg.fileSchoolsMatched({ schools: eligible.length, inRegister: 0 }, false));
  });

  it('prints a readable summary per file', async () => {
    const { out } = await validate(['data-samples/institutions.csv'], false);
    expect(out).toContain('data-samples/institutions.csv\n  kind: institutions; layout:');
    expect(out).toMatch(/Checked 1 file: 0 errors/);
  });
});

describe.skipIf(!HAS_REAL_DATA)('validate on the real DfE files (../shared/data-real)', () => {
  const ks4 = [
    ['ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv', 2548],
    ['ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures_oldlayout_201516-202021.csv', 1932],
    ['ks4-dest-nat-lsip', 'ees_ks4_nat_202223.csv', 5846],
    ['ks4-dest-nat-lsip', 'ks4_dm_ud_202223_nat_rev.csv', 4364],
    ['ks4-dest-nat-send', 'ks4_dm_ud_202021_nat_prov.csv', 3584],
    ['ks4-dest-nat-send', 'ks4_dm_ud_202021_nat_rev.csv', 3500],
    ['ks4-dest-nat-send', 'ks4_dm_ud_202122_nat_prov.csv', 3932],
  ] as const;

  // Row counts: data lines (wc -l minus the header), as SOURCES.md gives them.
  it.each(ks4)('%s/%s: exit 0, detected as destinations, %i rows read', async (dir, name, rows) => {
    const { code, report } = await validate([realFile(dir, name)]);
    expect(code).toBe(0);
    expect(report.files[0].kind).toBe('destinations');
    expect(report.files[0].rowsRead).toBe(rows);
    expect(report.files[0].yearBasis).toBeTruthy();
  });

  // NCCIS files: 161/160/160/161/161 data rows (wc -l minus the header); the 2021 file's two demo rows are warned
  // about.
  it.each([
    ['UD_NEETNK_LA_dashboard_2021_vg_removed.csv', 161, '2020/21'],
    ['UD_NEETNK_LA_dashboard_2022_final.csv', 160, '2021/22'],
    ['UD_NEETNK_LA_dashboard_2023_final.csv', 160, '2022/23'],
    ['UD_NEETNK_LA_dashboard_final_2024.csv', 161, '2023/24'],
    ['UD_NEETNK_LA_dashboard_final_2025.csv', 161, '2024/25'],
  ])('%s: exit 0, detected as NEET, %i rows, year %s', async (name, rows, year) => {
    const { code, report } = await validate([realFile('nccis-neet-la', name)]);
    expect(code).toBe(0);
    expect(report.files[0].kind).toBe('neet');
    expect(report.files[0].rowsRead).toBe(rows);
    expect(report.files[0].years).toEqual([year]);
    expect(report.files[0].hubs).toEqual(['central', 'east', 'south', 'west']);
    // City of London has no NCCIS row: the Central hub is computed from its other LAs, and validate says so.
    expect(report.problems.some((p: { message: string }) => p.message.includes('City of London'))).toBe(true);
  });
});

describe('validate on malformed input', () => {
  it('lists every bad row with its line and column, and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-validate-'));
    const file = path.join(dir, 'compass.csv');
    writeFileSync(
      file,
      [
        'urn,completion_date,B1,B2,B3,B4,B5,B6,B7,B8',
        '100001,01/10/2023,100,50,50,50,50,50,50,50',
        '100002,31/02/2023,100,50,50,50,50,50,50,50',
        '100003,01/10/2023,140,50,50,50,50,50,50,50',
        '100004,01/10/2023,100,50,50',
      ].join('\n'),
    );
    const { code, report } = await validate([file]);
    expect(code).toBe(1);
    const errors = report.problems.filter((p: { severity: string }) => p.severity === 'error');
    expect(errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5]);
    expect(errors[1]).toMatchObject({ column: 'B1', found: '140' });
  });
});

describe('validate across files', () => {
  it('reports Compass returns superseded by a later return in another file, and a file with no data rows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-validate-'));
    const header = 'urn,completion_date,B1,B2,B3,B4,B5,B6,B7,B8';
    writeFileSync(
      path.join(dir, 'a.csv'),
      [header, '100001,01/10/2023,100,50,50,50,50,50,50,50', '100002,01/10/2023,100,50,50,50,50,50,50,50'].join('\n'),
    );
    writeFileSync(path.join(dir, 'b.csv'), [header, '100001,01/03/2024,100,100,50,50,50,50,50,50'].join('\n'));
    writeFileSync(path.join(dir, 'c.csv'), `${header}\n`);
    const { code, report } = await validate([
      path.join(dir, 'a.csv'),
      path.join(dir, 'b.csv'),
      path.join(dir, 'c.csv'),
    ]);
    expect(code).toBe(0);
    const messages = report.problems.map(
      (p: { file: string; message: string }) => `${path.basename(p.file)}: ${p.message}`,
    );
    expect(messages).toContain(
      'a.csv: 1 return is superseded by a later return for the same institution and year in another file; the later ' +
        'one counts',
    );
    expect(messages).toContain('c.csv: the file has no data rows, so it adds nothing to any figure');
  });
});
