import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Columns } from '../../src/ingest/csv-source.js';
import { giasType, registerType } from '../../src/ingest/institution-types.js';
import { GIAS_TYPES, institutionsReader, REGISTER_TYPES } from '../../src/ingest/institutions.js';
import { INSTITUTION_TYPES } from '../../src/model/records.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/institutions');
const fixture = (name: string) => path.join(FIXTURES, name);
const tmp = mkdtempSync(path.join(tmpdir(), 'hubs-eval-institutions-'));
const read = (file: string) => institutionsReader.read(file, { activityLabels: {} });
const errors = (r: Awaited<ReturnType<typeof read>>) => r.problems.filter((p) => p.severity === 'error');

describe('institutions register', () => {
  it('reads every field: text URNs with leading zeros, type spellings, pupils, eligibility, joined years', async () => {
    const r = await read(fixture('register.csv'));
    expect(r.problems).toEqual([]);
    expect(r.records.map((i) => [i.urn, i.name, i.laCode, i.type, i.pupils, i.eligible, i.joined])).toEqual([
      ['100001', 'Acme Academy', '202', 'mainstream', 1200, true, '2023/24'], // 01/10/2023 = 1 October
      // empty pupils = null, empty eligible = yes
      ['012345', 'Leading Zero School', 'E09000007', 'mainstream', null, true, '2022/23'],
      ['100003', 'Riverside Special School', '202', 'special', 85, true, '2022/23'], // 31 Aug 2023 ends 2022/23
      ['100004', 'Northside PRU', 'E09000012', 'alternative_provision', 40, false, null],
      ['100005', 'City College', '204', 'fe_college', null, true, '2021/22'], // "2021" = 2021/22
      ['100006', 'Hill Sixth Form College', '204', 'sixth_form_college', 1500, true, '2024/25'], // "202425"
      // 1 Sep 2024 starts 2024/25
      ['100007', 'Lake Alternative Provision', '205', 'alternative_provision', 0, true, '2024/25'],
      ['100008', 'Training Ltd', '205', 'other', null, false, null],
    ]);
    expect(r.records[1]?.source).toEqual({ file: fixture('register.csv'), line: 3 });
    expect(r.superseded).toEqual([]);
    expect(r.summary).toMatchObject({
      kind: 'institutions',
      layout: 'hub register',
      encoding: 'utf-8',
      rowsRead: 8,
      rowsKept: 8,
      years: ['2021/22', '2022/23', '2023/24', '2024/25'],
      areas: ['202', '204', '205', 'E09000007', 'E09000012'], // LA codes as written
      superseded: 0,
      excluded: [],
      notes: [],
    });
  });

  it('accepts alias headers, a BOM, CRLF, quoted commas and newlines, and ignores extra columns', async () => {
    const r = await read(fixture('register-aliases-bom-crlf.csv'));
    expect(r.problems).toEqual([]);
    expect(r.summary.encoding).toBe('utf-8-bom');
    expect(
      r.records.map((i) => [i.urn, i.name, i.laCode, i.type, i.pupils, i.eligible, i.joined, i.source.line]),
    ).toEqual([
      ['100101', 'Smith, Jones & Co Academy', 'E09000001', 'mainstream', 950, true, '2023/24', 3],
      ['100102', 'Brook Special', '201', 'special', 60, false, null, 4],
    ]);
  });

  it('defaults eligibility to yes and membership to none when those columns are absent, and says so', async () => {
    const r = await read(fixture('register-no-optional.csv'));
    expect(r.problems).toEqual([]);
    expect(r.records).toMatchObject([{ urn: '100001', pupils: null, eligible: true, joined: null }]);
    expect(r.summary.notes).toEqual([
      'No eligibility column: every institution is counted as eligible for hub membership.',
      'No joined column: no institution is counted as a hub member.',
      'No pupils column: pupil numbers are not known (not 0).',
    ]);
  });

  it('reports every bad cell with its line, column, expectation and text, and keeps only clean rows', async () => {
    const file = fixture('register-errors.csv');
    const r = await read(file);
    expect(errors(r).map((p) => [p.line, p.column, p.found])).toEqual([
      [3, 'urn', 'ABC123'],
      [4, 'type', 'Grammar-ish'],
      [5, 'pupils', '-3'],
      [6, 'pupils', '12.5'],
      [7, 'eligible', 'maybe'],
      [8, 'joined', '31/02/2023'],
      [9, 'la_code', 'Camden'],
      [10, 'urn', '100001'],
      [11, undefined, '3 fields'],
      [12, 'la_code', '99X'],
      [12, 'type', 'unknown'],
      [13, 'urn', ''],
    ]);
    expect(errors(r).every((p) => p.file === file && p.expected)).toBe(true);
    expect(errors(r)[1]?.expected).toContain(
      'mainstream, special, alternative provision, FE college, sixth-form college or other, or a common spelling',
    );
    expect(errors(r)[5]?.expected).toContain('01/10/2023');
    expect(r.records.map((i) => i.urn)).toEqual(['100001', '100011']);
    expect(r.records[0]?.name).toBe('Good School'); // the first row of a duplicated URN is kept
    // The truncated row never reaches the reader (csv-source drops it with its error): 12 rows read.
    expect(r.summary).toMatchObject({
      rowsRead: 12,
      rowsKept: 2,
      excluded: [{ reason: 'rows with errors (see problems)', count: 10 }],
    });
  });

  it('names the first line in a duplicate-URN error on the later line', async () => {
    const r = await read(fixture('register-errors.csv'));
    expect(errors(r).find((p) => p.line === 10)).toEqual({
      severity: 'error',
      file: fixture('register-errors.csv'),
      line: 10,
      column: 'urn',
      message: 'duplicate URN: already on line 2; only the first row with a URN is used',
      expected: 'each URN once',
      found: '100001',
    });
  });

  it('lists all three bad rows of a file with three bad rows', async () => {
    const r = await read(fixture('register-three-bad-rows.csv'));
    expect(errors(r).map((p) => [p.line, p.column, p.message])).toEqual([
      [3, 'type', 'unknown institution type'],
      [5, 'joined', 'not a date or academic year'],
      [6, 'urn', 'duplicate URN: already on line 2; only the first row with a URN is used'],
    ]);
    expect(r.records.map((i) => i.name)).toEqual(['First Good', 'Second Good', 'Third Good']);
  });

  it('reports a semicolon-separated register once, at the header, and reads nothing', async () => {
    const r = await read(fixture('register-semicolon.csv'));
    expect(r.records).toEqual([]);
    // One cause, one error: no "required column not found" for each column of the unsplit header.
    expect(errors(r).map((p) => [p.line, p.message, p.found])).toEqual([
      [1, 'the header has one column: the file is not comma-separated', '";"-separated'],
    ]);
  });

  it('decodes a Windows-1252 register: é (0xE9) and the curly apostrophe (0x92)', async () => {
    const bytes = Buffer.concat([
      Buffer.from('urn,name,la_code,type,pupils,eligible,joined\r\n', 'latin1'),
      // latin1 writes é as the single byte 0xE9
      Buffer.from('137000,École Jeannine ' + 'Manuel,202,other,650,no,\r\n', 'latin1'),
      Buffer.from("100049,St Mary's Café,202,Academy,1043,yes,2023/24\r\n", 'latin1'),
      Buffer.from('100050,St Anne', 'latin1'),
      Buffer.from([0x92]),
      Buffer.from('s Academy,202,Academy,,yes,\r\n', 'latin1'),
    ]);
    expect(bytes.includes(0xe9)).toBe(true);
    const file = path.join(tmp, 'register-windows-1252.csv');
    writeFileSync(file, bytes);
    const r = await read(file);
    expect(r.problems).toEqual([]);
    expect(r.summary.encoding).toBe('windows-1252');
    expect(r.records.map((i) => i.name)).toEqual(['École Jeannine Manuel', "St Mary's Café", 'St Anne\u2019s Academy']);
  });
});

describe('GIAS establishment extract', () => {
  const file = fixture('gias-edubase-windows-1252.csv');

  it('reads the published layout in Windows-1252, maps GIAS types and leaves closed establishments out', async () => {
    // The fixture has the 139 columns of edubasealldata*.csv, 12 establishments, one of them Closed.
    expect(readFileSync(file).includes(0xe9)).toBe(true);
    const r = await read(file);
    expect(r.problems).toEqual([]);
    expect(r.summary).toMatchObject({
      layout: 'GIAS establishment extract',
      encoding: 'windows-1252',
      rowsRead: 12,
      rowsKept: 11,
      years: [],
    });
    expect(r.summary.excluded).toEqual([{ reason: 'closed establishment (GIAS status "Closed")', count: 1 }]);
    expect(r.records.map((i) => [i.urn, i.name, i.laCode, i.type, i.pupils])).toEqual([
      ['100000', 'The Aldgate School', '201', 'mainstream', 276],
      ['137000', 'École Jeannine Manuel', '202', 'other', 650],
      ['100049', 'St Mary\u2019s Café Academy', '202', 'mainstream', 1043],
      ['100051', 'Greenwich Community Special School', '203', 'special', 120],
      ['100052', 'Greenwich Pupil Referral Unit', '203', 'alternative_provision', null],
      ['130400', 'Hackney Community College', '204', 'fe_college', null],
      ['130401', 'Hackney Sixth Form College', '204', 'sixth_form_college', null],
      ['100053', 'Hackney Sixth Form Centre', '204', 'sixth_form_college', 310],
      ['100054', 'Fulham Free School', '205', 'mainstream', 540],
      ['100055', 'Fulham Nursery School', '205', 'other', 90],
      ['100056', 'Islington UTC', '206', 'mainstream', null],
    ]);
    expect(r.records.every((i) => i.eligible && i.joined === null)).toBe(true);
    expect(r.summary.notes).toEqual([
      'GIAS extract: no membership columns, so every establishment is counted as eligible and none as a hub member ' +
        '(joined = none).',
      'Counted as type "other" (GIAS types outside the mapping table): LA nursery school 1, Other independent ' +
        'school 1.',
    ]);
  });
});

describe('detect', () => {
  const detect = (header: string[]) => institutionsReader.detect(new Columns(header));

  it('recognises our register, its aliases and the GIAS layout', async () => {
    expect(detect(['urn', 'name', 'la_code', 'type', 'pupils', 'eligible', 'joined'])).toBe(true);
    expect(detect(['URN', 'School name', 'LA code', 'Type'])).toBe(true);
    expect(detect(['URN', 'Institution name', 'la', 'Type', 'NOR', 'Joined hub'])).toBe(true);
    const gias = readFileSync(fixture('gias-edubase-windows-1252.csv'), 'latin1')
      .split('\r\n')[0]!
      .split(',')
      .map((h) => h.replace(/"/g, ''));
    expect(gias.length).toBe(139);
    expect(detect(gias)).toBe(true);
  });

  it('does not claim Compass, activity or destinations files', () => {
    expect(detect(['urn', 'completed', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8'])).toBe(false);
    expect(detect(['id', 'date', 'urn', 'type', 'students', 'employer'])).toBe(false);
    expect(detect(['time_period', 'time_identifier', 'geographic_level', 'la_name', 'cohort'])).toBe(false);
  });
});

describe('type tables', () => {
  it('map the spellings named in the brief', () => {
    const cases: [string, string][] = [
      ['Secondary', 'mainstream'],
      ['Academy', 'mainstream'],
      ['mainstream', 'mainstream'],
      ['Special school', 'special'],
      ['SPECIAL', 'special'],
      ['AP', 'alternative_provision'],
      ['PRU', 'alternative_provision'],
      ['Alternative Provision', 'alternative_provision'],
      ['alternative_provision', 'alternative_provision'],
      ['General FE college', 'fe_college'],
      ['FE college', 'fe_college'],
      ['fe_college', 'fe_college'],
      ['Sixth Form College', 'sixth_form_college'],
      ['sixth-form college', 'sixth_form_college'],
      ['sixth_form_college', 'sixth_form_college'],
      ['other', 'other'],
    ];
    for (const [text, type] of cases) expect(registerType(text), text).toBe(type);
    expect(registerType('Grammar-ish')).toBeUndefined();
    expect(registerType('')).toBeUndefined();
  });

  it('only map to our six types', () => {
    for (const t of [...Object.values(REGISTER_TYPES), ...Object.values(GIAS_TYPES)])
      expect(INSTITUTION_TYPES).toContain(t);
    expect(new Set(Object.values(REGISTER_TYPES))).toEqual(new Set(INSTITUTION_TYPES));
  });

  it('map GIAS establishment types, anything unlisted to other', () => {
    const cases: [string, string][] = [
      ['Community school', 'mainstream'],
      ['Academy converter', 'mainstream'],
      ['Academy sponsor led', 'mainstream'],
      ['Free schools', 'mainstream'],
      ['Foundation school', 'mainstream'],
      ['Voluntary aided school', 'mainstream'],
      ['Voluntary controlled school', 'mainstream'],
      ['Studio schools', 'mainstream'],
      ['University technical college', 'mainstream'],
      ['Community special school', 'special'],
      ['Foundation special school', 'special'],
      ['Non-maintained special school', 'special'],
      ['Academy special converter', 'special'],
      ['Academy special sponsor led', 'special'],
      ['Free schools special', 'special'],
      ['Pupil referral unit', 'alternative_provision'],
      ['Academy alternative provision converter', 'alternative_provision'],
      ['Academy alternative provision sponsor led', 'alternative_provision'],
      ['Free schools alternative provision', 'alternative_provision'],
      ['Further education', 'fe_college'],
      ['Sixth form centres', 'sixth_form_college'],
      ['Other independent school', 'other'],
      ['Academy 16-19 converter', 'other'],
      ['Welsh establishment', 'other'],
      ['', 'other'],
    ];
    for (const [name, type] of cases) expect(giasType(name), name).toBe(type);
    expect(giasType('Further education', 'Sixth Form College')).toBe('sixth_form_college');
    expect(giasType('Further education', 'Not applicable')).toBe('fe_college');
    expect(giasType('Community school', 'Sixth Form College')).toBe('mainstream');
  });
});
