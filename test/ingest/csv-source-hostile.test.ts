import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, sniffContent } from '../../src/ingest/content-sniff.js';
import { type CsvRow, openCsv, readHeader } from '../../src/ingest/csv-source.js';
import { institutionsReader } from '../../src/ingest/institutions.js';
import { ProblemLog } from '../../src/model/problem.js';

/** Inputs that are not what they claim: test/fixtures/hostile (see its README for how each was made). */
const HOSTILE = path.resolve(import.meta.dirname, '../fixtures/hostile');
const fixture = (name: string) => path.join(HOSTILE, name);

async function open(file: string) {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const rows: CsvRow[] = [];
  for await (const row of csv.rows) rows.push(row);
  return { csv, rows, log };
}

const REGISTER = ['urn', 'name', 'la_code', 'type', 'pupils', 'eligible', 'joined'];

describe('openCsv: content judged by its bytes before parsing', () => {
  it('an .xlsx renamed .csv is ONE error saying it is a workbook and how to export CSV', async () => {
    const { rows, log } = await open(fixture('workbook-renamed.csv'));
    expect(rows).toEqual([]);
    expect(log.problems).toHaveLength(1);
    expect(log.problems[0]).toMatchObject({
      severity: 'error',
      found: 'a workbook (.xlsx or .ods, a zip archive)',
      expected: 'comma-separated text',
    });
    expect(log.problems[0]?.message).toContain('spreadsheet workbook');
    expect(log.problems[0]?.message).toContain('Save As > "CSV UTF-8 (Comma delimited)"');
  });

  it('random binary data is ONE error', async () => {
    const { rows, log } = await open(fixture('binary.csv'));
    expect(rows).toEqual([]);
    expect(log.problems.map((p) => [p.severity, p.found])).toEqual([['error', 'binary data']]);
  });

  it('reads UTF-16 LE with BOM, tab-separated, CRLF (Excel "Unicode text"), accents intact', async () => {
    const { csv, rows, log } = await open(fixture('register-utf16le-tab.csv'));
    expect(log.problems).toEqual([]);
    expect(csv.encoding).toBe('utf-16le');
    expect(csv.header).toEqual(REGISTER);
    expect(rows.map((r) => [r.line, r.cells[0], r.cells[1]])).toEqual([
      [2, '100001', 'School 1'],
      [3, '100002', 'École Saint-Benoît'],
      [4, '100003', 'School 3'],
    ]);
  });

  it('reads UTF-16 BE with BOM, comma-separated', async () => {
    const { csv, rows, log } = await open(fixture('register-utf16be.csv'));
    expect(log.problems).toEqual([]);
    expect(csv.encoding).toBe('utf-16be');
    expect(csv.header).toEqual(REGISTER);
    expect(rows[2]?.cells[1]).toBe('Ørsted “Quoted” Academy');
  });

  it('reads a tab-separated UTF-8 file', async () => {
    const { csv, rows, log } = await open(fixture('register-tab.csv'));
    expect(log.problems).toEqual([]);
    expect(csv.header).toEqual(REGISTER);
    expect(rows.map((r) => r.cells.length)).toEqual([7, 7]);
  });

  it('a semicolon-separated file with quoted fields is ONE error at line 1, not 46 quote errors', async () => {
    const { rows, log } = await open(fixture('register-semicolon-quoted.csv'));
    expect(rows).toEqual([]);
    expect(log.problems.map((p) => [p.line, p.message, p.found])).toEqual([
      [1, 'the header has one column: the file is not comma-separated', '";"-separated'],
    ]);
  });

  it('keeps a text file with a few control characters as text, removes them from its cells, warns once', async () => {
    const { rows, log } = await open(fixture('register-control-chars.csv'));
    expect(rows[0]?.cells[1]).toBe('School 1]0;pwned[2J');
    expect(rows[1]?.cells[1]).toBe('NulSchool');
    expect(rows[2]?.cells[1]).toBe('C131mSchool');
    expect(rows[3]?.cells[3]).toBe('main[31mstream');
    // Lines 2, 3 and 4 (name) and 5 (type): four cells; the first is quoted as found.
    expect(log.problems).toEqual([
      {
        severity: 'warning',
        file: fixture('register-control-chars.csv'),
        line: 2,
        column: 'name',
        message:
          '4 cells held control characters (such as ESC, BEL or NUL), removed as the file was read; this is the first',
        expected: 'text without control characters',
        found: 'School 1\x1b]0;pwned\x07\x1b[2J',
      },
    ]);
  });
});

describe('openCsv: quotes that do not close', () => {
  it('an unclosed quote is reported at the line where it OPENED (11) with the 40 lines it swallowed', async () => {
    // register-unclosed-quote.csv: header + 49 rows = 50 lines; line 11 is `100010,"School 10,...`.
    const { rows, log } = await open(fixture('register-unclosed-quote.csv'));
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(log.problems).toHaveLength(1);
    expect(log.problems[0]).toMatchObject({
      line: 11,
      message:
        'a quoted field opens on this line and is never closed; reading stopped here: lines 11 to 50 (40 lines) ' +
        'were not read',
    });
    expect(JSON.stringify(log.problems)).not.toMatch(/record delimiter|trimable|Invalid Closing/);
  });

  it('a quote opened on line 11, closed on line 50 by `"F`: line 11, plain words, lost lines counted', async () => {
    // register-bad-closing-quote.csv: header + 59 rows = 60 lines; line 11 opens `"School 10`, line 50 has
    // `School 49"Far`.
    const { rows, log } = await open(fixture('register-bad-closing-quote.csv'));
    expect(rows).toHaveLength(9);
    expect(log.problems.map((p) => [p.line, p.message, p.found])).toEqual([
      [
        11,
        'a quoted field opens on this line and its closing quote on line 50 is followed by more text; reading ' +
          'stopped here: lines 11 to 60 (50 lines) were not read',
        '"F" after the closing quote',
      ],
    ]);
  });

  it('finds the opening line after blank lines and a quoted CRLF field', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-hostile-'));
    const file = path.join(dir, 'crlf.csv');
    // line 1 header; 2-3 a quoted CRLF field; 4 blank; 5 opens a quote never closed; 6 last line (no final break).
    writeFileSync(file, 'a,b\r\n1,"x\r\ny"\r\n\r\n2,"open\r\n3,4');
    const { rows, log } = await open(file);
    expect(rows.map((r) => r.line)).toEqual([3]);
    expect(log.problems.map((p) => [p.line, p.message])).toEqual([
      [
        5,
        'a quoted field opens on this line and is never closed; reading stopped here: lines 5 to 6 (2 lines) were ' +
          'not read',
      ],
    ]);
  });

  it('a quote inside an unquoted field is said plainly, once, and the rows after it are read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-hostile-'));
    const file = path.join(dir, 'mid-quote.csv');
    writeFileSync(file, 'a,b\n1,2\n3,ab"c\n4,5\n');
    const { rows, log } = await open(file);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(log.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'a quote in the middle of field 2, which does not start with one: this row was not read'],
    ]);
  });
});

describe('readHeader (kind detection) on hostile files', () => {
  it('reads the header of UTF-16 and tab-separated files', async () => {
    expect(await readHeader(fixture('register-utf16le-tab.csv'))).toEqual(REGISTER);
    expect(await readHeader(fixture('register-utf16be.csv'))).toEqual(REGISTER);
    expect(await readHeader(fixture('register-tab.csv'))).toEqual(REGISTER);
  });

  it('says a workbook or binary file is not CSV, as a user error', async () => {
    await expect(readHeader(fixture('workbook-renamed.csv'))).rejects.toMatchObject({
      name: 'UserError',
      exitCode: 2,
      message: expect.stringContaining('spreadsheet workbook'),
    });
    await expect(readHeader(fixture('binary.csv'))).rejects.toMatchObject({
      name: 'UserError',
      message: expect.stringContaining('binary data'),
    });
  });

  it('a missing file or a folder is a user error naming the path', async () => {
    await expect(readHeader(fixture('missing.csv'))).rejects.toMatchObject({
      name: 'UserError',
      exitCode: 2,
      message: `input file not found: ${fixture('missing.csv')}`,
    });
    await expect(readHeader(HOSTILE)).rejects.toMatchObject({
      name: 'UserError',
      message: `input is a folder, not a file: ${HOSTILE}`,
    });
  });
});

describe('sniffContent and detectDelimiter', () => {
  it('tells zip, OLE2, UTF-16 BOMs, binary and text apart', () => {
    const bytes = (...b: number[]) => Uint8Array.from(b);
    expect(sniffContent(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toEqual({ kind: 'workbook', format: 'zip' });
    expect(sniffContent(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toEqual({
      kind: 'workbook',
      format: 'ole2',
    });
    expect(sniffContent(bytes(0xff, 0xfe, 0x61, 0))).toEqual({ kind: 'utf-16', endian: 'le' });
    expect(sniffContent(bytes(0xfe, 0xff, 0, 0x61))).toEqual({ kind: 'utf-16', endian: 'be' });
    expect(sniffContent(new Uint8Array(64))).toEqual({ kind: 'binary' });
    expect(sniffContent(Buffer.from('a,b\r\n1,\x1b[2J\n'))).toEqual({ kind: 'text' });
  });

  it('picks the separator that occurs most often outside quotes; comma on a tie', () => {
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;x";"b";"c"')).toBe(';');
    expect(detectDelimiter('"a,b,c";d;e')).toBe(';');
    expect(detectDelimiter('a|b')).toBe('|');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('the institutions reader on hostile fixtures', () => {
  it('reads the UTF-16 "Unicode text" register into the same records as a CSV would give', async () => {
    const r = await institutionsReader.read(fixture('register-utf16le-tab.csv'), { activityLabels: {} });
    expect(r.problems).toEqual([]);
    expect(r.summary.encoding).toBe('utf-16le');
    expect(r.records.map((i) => [i.urn, i.name, i.laCode, i.pupils])).toEqual([
      ['100001', 'School 1', 'E09000007', 900],
      ['100002', 'École Saint-Benoît', 'E09000007', 901],
      ['100003', 'School 3', 'E09000007', 902],
    ]);
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('is ONE error naming the likely cause, not "binary data"', async () => {
    const { rows, log } = await open(fixture('register-utf16le-no-bom.csv'));
    expect(rows).toEqual([]);
    expect(log.problems.map((p) => p.found)).toEqual(['UTF-16 without a byte-order mark']);
    expect(sniffContent(Buffer.from('urn,name\n'.repeat(4), 'utf16le'))).toEqual({ kind: 'binary', utf16: true });
  });
});
