import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activitiesReader,
  parseBenchmark,
  parseCount,
  parseEmployerSize,
  sizeBand,
} from '../../src/ingest/activities.js';
import { ACTIVITY_LABELS, activityLabelTable, labelKey } from '../../src/ingest/activity-labels.js';
import { Columns } from '../../src/ingest/csv-source.js';
import type { Activity, ActivityType, ReadResult } from '../../src/model/records.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/activities');
const fixture = (name: string) => path.join(FIXTURES, name);
const read = (file: string, activityLabels: Record<string, ActivityType> = {}) =>
  activitiesReader.read(file, { activityLabels });
const errors = (r: ReadResult<Activity>) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: ReadResult<Activity>) => r.problems.filter((p) => p.severity === 'warning');
const byId = (r: ReadResult<Activity>, id: string) => r.records.find((a) => a.id === id);

describe('activity label table', () => {
  it('maps the usual labels and the canonical ids, ignoring case, spaces, _ and -', () => {
    const table = activityLabelTable();
    const type = (label: string) => table.get(labelKey(label));
    for (const l of [
      'careers fair',
      'Career Talk',
      'employer talk',
      'WORKSHOP',
      'mock interview',
      'speed-networking',
      'Enterprise  Competition',
    ])
      expect(type(l), l).toBe('employer_encounter');
    for (const l of [
      'work experience',
      'Work Placement',
      'insight day',
      'work insight day',
      'workplace visit',
      'job_shadowing',
      'virtual work experience',
      'industry placement',
    ])
      expect(type(l), l).toBe('workplace_experience');
    for (const l of ['teacher cpd', 'Teacher encounter', 'teacher placement', 'CPD'])
      expect(type(l), l).toBe('teacher_cpd');
    expect(type('Other')).toBe('other');
    for (const t of ['employer_encounter', 'workplace_experience', 'teacher_cpd', 'other'] as const)
      expect(type(t)).toBe(t);
    expect(type('CareersFair')).toBe('employer_encounter');
    expect(type('hackathon')).toBeUndefined();
  });

  it('lets the config add labels and override the built-in ones', () => {
    const table = activityLabelTable({ hackathon: 'employer_encounter', workshop: 'other' });
    expect(table.get(labelKey('Hackathon'))).toBe('employer_encounter');
    expect(table.get(labelKey('Workshop'))).toBe('other');
    expect(ACTIVITY_LABELS.workshop).toBe('employer_encounter');
  });
});

describe('activitiesReader on a valid log (fixtures/activities/log.csv)', () => {
  let r: ReadResult<Activity>;
  beforeAll(async () => {
    r = await read(fixture('log.csv'));
  });

  it('reads every row, with typed fields', () => {
    expect(errors(r)).toEqual([]);
    expect(r.summary.rowsRead).toBe(11);
    expect(r.summary.rowsKept).toBe(11);
    expect(byId(r, 'A1')).toEqual({
      id: 'A1',
      date: '2023-10-05',
      year: '2023/24',
      urn: '100001',
      type: 'employer_encounter',
      label: 'Careers Fair',
      students: 120,
      teachers: 4,
      employerId: 'E1',
      employerName: 'Acme Ltd',
      employerSize: 'large',
      strand: 'Strand 1',
      benchmark: 5,
      output: null,
      group: null,
      smeDeclaration: null,
      source: { file: fixture('log.csv'), line: 2 },
    });
  });

  it('maps labels as written, keeping the original label', () => {
    expect(r.records.map((a) => [a.id, a.type])).toEqual([
      ['A1', 'employer_encounter'],
      ['A2', 'workplace_experience'],
      ['A3', 'teacher_cpd'],
      ['A4', 'employer_encounter'],
      ['A5', 'other'],
      ['A6', 'other'],
      ['A7', 'other'],
      ['A8', 'employer_encounter'],
      ['A9', 'workplace_experience'],
      ['A10', 'other'],
      ['A11', 'employer_encounter'],
    ]);
    expect(byId(r, 'A2')?.label).toBe('work   experience');
    expect(r.summary.notes).toContain(
      'activities by type: employer_encounter 4, workplace_experience 2, teacher_cpd 1, other 4',
    );
  });

  it('gives ONE warning per unmapped label, with its first line, its row count and the config hint', () => {
    const unmapped = warnings(r).filter((p) => /label table/.test(p.message));
    // "Hackathon" on lines 6, 7 ("hackathon") and 11 ("HACKATHON"); "Podcast" on line 8.
    expect(unmapped.map((p) => [p.line, p.column, p.found])).toEqual([
      [6, 'activity_type', 'Hackathon'],
      [8, 'activity_type', 'Podcast'],
    ]);
    expect(unmapped[0]?.message).toMatch(/3 rows \(first on line 6\) are read as "other".*activities\.labels/);
    expect(unmapped[1]?.message).toMatch(/1 row \(first on line 8\) is read as "other"/);
  });

  it('applies the config labels: no warning for a mapped label, and an override wins', async () => {
    const withConfig = await read(fixture('log.csv'), { hackathon: 'employer_encounter', workshop: 'other' });
    expect(['A5', 'A6', 'A10'].map((id) => byId(withConfig, id)?.type)).toEqual([
      'employer_encounter',
      'employer_encounter',
      'employer_encounter',
    ]);
    expect(byId(withConfig, 'A11')?.type).toBe('other');
    expect(
      warnings(withConfig)
        .filter((p) => /label table/.test(p.message))
        .map((p) => p.found),
    ).toEqual(['Podcast']);
  });

  it('reads employer sizes from words, bands, head counts and ranges', () => {
    expect(r.records.map((a) => [a.id, a.employerSize])).toEqual([
      ['A1', 'large'],
      ['A2', 'micro'],
      ['A3', 'micro'],
      ['A4', 'medium'],
      ['A5', 'large'],
      ['A6', 'small'],
      ['A7', 'unknown'],
      ['A8', 'sme'],
      ['A9', 'medium'],
      ['A10', 'large'],
      ['A11', 'unknown'],
    ]);
  });

  it('reads "SME" as an SME whose band is not given (it still counts among SMEs), with no warning', () => {
    // log.csv line 9: A8, employer_size "SME".
    expect(byId(r, 'A8')?.employerSize).toBe('sme');
    expect(warnings(r).filter((p) => p.found === 'SME')).toEqual([]);
  });

  it('keeps empty counts as null, never 0, and a written 0 as 0', () => {
    expect(byId(r, 'A2')).toMatchObject({ students: 2, teachers: null });
    expect(byId(r, 'A3')).toMatchObject({ students: null, teachers: 12 });
    expect(byId(r, 'A5')).toMatchObject({ students: 25, teachers: 0 });
    expect(byId(r, 'A8')).toMatchObject({ students: null, teachers: null, employerId: null, employerName: null });
  });

  it('reads benchmarks written 5, GB5, B6 and Benchmark 4; empty is null', () => {
    expect(r.records.map((a) => a.benchmark)).toEqual([5, 6, 4, 5, null, null, null, null, 6, null, null]);
  });

  it('dates ISO or UK day-first; the year is the academic year of the date (1 Sep - 31 Aug)', () => {
    expect(byId(r, 'A2')).toMatchObject({ date: '2023-10-05', year: '2023/24' });
    expect(byId(r, 'A4')).toMatchObject({ date: '2024-08-31', year: '2023/24' });
    expect(byId(r, 'A5')).toMatchObject({ date: '2024-09-01', year: '2024/25' });
    expect(r.summary.years).toEqual(['2023/24', '2024/25']);
  });
});

describe('activitiesReader errors', () => {
  it('three bad rows give three located errors (invalid date, benchmark 9, count -3)', async () => {
    const r = await read(fixture('three-bad-rows.csv'));
    expect(errors(r).map((p) => [p.line, p.column, p.found])).toEqual([
      [3, 'date', '31/02/2023'],
      [4, 'benchmark', '9'],
      [5, 'students', '-3'],
    ]);
    expect(errors(r).every((p) => p.expected && p.file === fixture('three-bad-rows.csv'))).toBe(true);
    expect(r.records.map((a) => a.id)).toEqual(['B1', 'B5']);
    expect(r.summary.excluded).toEqual([{ reason: 'has an error (see problems)', count: 3 }]);
  });

  it('reports every bad cell of every row, not just the first', async () => {
    const r = await read(fixture('many-errors.csv'));
    expect(errors(r).map((p) => [p.line, p.column, p.found])).toEqual([
      [2, 'date', ''],
      [2, 'urn', 'abc'],
      [2, 'activity_type', ''],
      [2, 'students', '2.5'],
      [2, 'teachers', 'c'],
      [2, 'employer_size', 'huge'],
      [2, 'benchmark', 'GB12'],
      [3, 'date', '2023-13-01'],
      [3, 'employer_size', '5-60'],
      [3, 'benchmark', 'Gatsby 0'],
      [4, 'benchmark', 'benchmark five'],
    ]);
    expect(r.records).toEqual([]);
  });

  it('a duplicate activity_id is an error naming the first line; the first row is kept', async () => {
    const r = await read(fixture('duplicate-id.csv'));
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatchObject({
      line: 4,
      column: 'activity_id',
      found: 'D1',
      message: expect.stringMatching(/first on line 2/),
    });
    expect(r.records.map((a) => [a.id, a.source.line])).toEqual([
      ['D1', 2],
      ['D2', 3],
      ['D3', 5],
    ]);
    expect(r.summary.excluded).toEqual([{ reason: 'duplicate activity_id', count: 1 }]);
  });
});

describe('activitiesReader headers and encodings', () => {
  it('accepts alias headers, Windows-1252, CRLF and extra columns', async () => {
    const r = await read(fixture('aliases-windows-1252.csv'));
    expect(r.problems).toEqual([]);
    expect(r.summary.encoding).toBe('windows-1252');
    expect(
      r.records.map((a) => [a.id, a.date, a.type, a.students, a.teachers, a.employerName, a.employerSize, a.benchmark]),
    ).toEqual([
      ['C1', '2024-01-12', 'employer_encounter', 60, 2, 'Caf\u00e9 Rouge', 'small', 5],
      ['C2', '2024-01-13', 'workplace_experience', 1, null, 'Caf\u00e9 Rouge', 'small', 6],
    ]);
  });

  it('accepts UTF-8 with BOM and the other aliases; absent optional columns are noted and read as null', async () => {
    const r = await read(fixture('aliases-bom.csv'));
    expect(r.problems).toEqual([]);
    expect(r.summary.encoding).toBe('utf-8-bom');
    expect(byId(r, 'K1')).toMatchObject({
      type: 'employer_encounter',
      students: 40,
      teachers: null,
      employerSize: 'micro',
      benchmark: 5,
      strand: null,
    });
    expect(byId(r, 'K2')).toMatchObject({
      type: 'workplace_experience',
      students: null,
      employerSize: 'unknown',
      benchmark: null,
    });
    expect(r.summary.notes.filter((n) => n.startsWith('no '))).toHaveLength(4);
  });

  it('detects an activity log by its header, and not a NEET or register header', () => {
    expect(activitiesReader.detect(new Columns(['Activity ID', 'Date of activity', 'URN', 'Type']))).toBe(true);
    expect(activitiesReader.detect(new Columns(['activity_id', 'date', 'urn', 'activity_type', 'students']))).toBe(
      true,
    );
    expect(
      activitiesReader.detect(new Columns(['URN', 'EstablishmentName', 'LA (code)', 'TypeOfEstablishment (name)'])),
    ).toBe(false);
    expect(
      activitiesReader.detect(new Columns(['time_period', 'geographic_level', 'Cohort_DJFavg', 'NEET_percent'])),
    ).toBe(false);
  });

  it('reads 40,000 generated rows (the speed is measured outside the tests)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-activities-'));
    try {
      const file = path.join(dir, 'log.csv');
      const labels = ['Careers fair', 'Work experience', 'Teacher CPD', 'Hackathon'];
      const lines = [
        'activity_id,date,urn,activity_type,students,teachers,employer_id,employer_name,employer_size,strand,benchmark',
      ];
      for (let i = 0; i < 40_000; i++)
        lines.push(
          `A${i},${1 + (i % 28)}/${1 + (i % 12)}/2024,${100000 + (i % 900)},${labels[i % 4]},${i % 50},,E${i % 300},` +
            `Employer ${i % 300},${i % 400},,GB${1 + (i % 8)}`,
        );
      writeFileSync(file, `${lines.join('\n')}\n`);
      const r = await read(file);
      expect(r.summary.rowsKept).toBe(40_000);
      expect(errors(r)).toEqual([]);
      // Hackathon is every 4th row: one warning for 10,000 rows.
      expect(warnings(r)).toHaveLength(1);
      expect(warnings(r)[0]?.message).toMatch(/10000 rows \(first on line 5\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cell rules', () => {
  it('employer size: bands of the SME definition (micro 0-9, small 10-49, medium 50-249, large 250+)', () => {
    expect([0, 9, 10, 49, 50, 249, 250, 10_000].map(sizeBand)).toEqual([
      'micro',
      'micro',
      'small',
      'small',
      'medium',
      'medium',
      'large',
      'large',
    ]);
    expect(
      ['Micro', 'micro (1-9)', 'Small business', 'medium-sized', 'LARGE employer', 'unknown', 'Not known', ''].map(
        parseEmployerSize,
      ),
    ).toEqual(['micro', 'micro', 'small', 'medium', 'large', 'unknown', 'unknown', 'unknown']);
    expect(['1,200', '250+', '10-49', '50 to 249', '0'].map(parseEmployerSize)).toEqual([
      'large',
      'large',
      'small',
      'medium',
      'micro',
    ]);
    expect(parseEmployerSize('SME')).toBe('sme');
    expect(parseEmployerSize('sme (under 250)')).toBe('sme');
    expect(['5-60', 'huge', '-3', '12.5'].map(parseEmployerSize)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('benchmark forms', () => {
    expect(['5', 'GB5', 'gb 5', 'B5', 'Benchmark 5', 'Gatsby Benchmark 5', ''].map(parseBenchmark)).toEqual([
      5,
      5,
      5,
      5,
      5,
      5,
      null,
    ]);
    expect(parseBenchmark('five')).toBeNaN();
    expect(parseBenchmark('B12')).toBe(12);
  });

  it('counts: whole numbers >= 0; empty is null', () => {
    expect(['0', '12', '1,200', ' 7 ', ''].map(parseCount)).toEqual([0, 12, 1200, 7, null]);
    expect(['-1', '2.5', 'c', 'ten'].map(parseCount)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
