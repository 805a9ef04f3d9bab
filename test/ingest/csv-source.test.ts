import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Columns, type CsvRow, headerKey, openCsv, readHeader } from '../../src/ingest/csv-source.js';
import { decodeWindows1252 } from '../../src/ingest/windows-1252.js';
import { ProblemLog } from '../../src/model/problem.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-csv-'));
function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function open(file: string) {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const rows: CsvRow[] = [];
  for await (const row of csv.rows) rows.push(row);
  return { csv, rows, log };
}

describe('openCsv: encodings', () => {
  it('strips a UTF-8 BOM from the first header cell and says so', async () => {
    const { csv, rows, log } = await open(write('bom.csv', '\uFEFFurn,name\n100001,Café Academy\n'));
    expect(csv.encoding).toBe('utf-8-bom');
    expect(csv.header).toEqual(['urn', 'name']);
    expect(new Columns(csv.header).find('URN')).toBe(0);
    expect(rows).toEqual([{ line: 2, cells: ['100001', 'Café Academy'] }]);
    expect(log.problems).toEqual([]);
  });

  it('reads plain UTF-8 and hashes the exact bytes', async () => {
    const content = 'urn,name\n100001,École\n';
    const { csv, rows } = await open(write('plain.csv', content));
    expect(csv.encoding).toBe('utf-8');
    expect(csv.sha256).toBe(createHash('sha256').update(Buffer.from(content, 'utf-8')).digest('hex'));
    expect(rows[0]?.cells[1]).toBe('École');
  });

  it('detects Windows-1252 and decodes é and the 0x80-0x9F punctuation (’ € –)', async () => {
    // "St Mary’s Café – €5": 0x92 = ’, 0xE9 = é, 0x96 = –, 0x80 = €; invalid as UTF-8.
    const bytes = Buffer.concat([
      Buffer.from('urn,name\n100002,St Mary'),
      Buffer.from([0x92]),
      Buffer.from('s Caf'),
      Buffer.from([0xe9, 0x20, 0x96, 0x20, 0x80]),
      Buffer.from('5\n'),
    ]);
    const { csv, rows } = await open(write('cp1252.csv', bytes));
    expect(csv.encoding).toBe('windows-1252');
    expect(rows[0]?.cells[1]).toBe('St Mary\u2019s Café \u2013 \u20ac5');
  });
});

describe('decodeWindows1252', () => {
  it('follows the WHATWG windows-1252 table in 0x80-0x9F and Latin-1 elsewhere', () => {
    const decode = (...bytes: number[]) => decodeWindows1252(Uint8Array.from(bytes));
    expect(decode(0x80, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f)).toBe(
      '\u20ac\u0160\u2018\u2019\u201c\u201d\u2013\u2014\u2122\u0178',
    );
    // unassigned: passed through, as WHATWG does
    expect(decode(0x81, 0x8d, 0x8f, 0x90, 0x9d)).toBe('\u0081\u008d\u008f\u0090\u009d');
    expect(decode(0x41, 0xa3, 0xe9, 0xff)).toBe('A£éÿ');
  });
});

describe('openCsv: lines and quoting', () => {
  it('reads CRLF files without stray carriage returns and numbers physical lines', async () => {
    const { rows, log } = await open(write('crlf.csv', 'a,b\r\n1,2\r\n\r\n3,4\r\n'));
    expect(rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
    expect(log.problems).toEqual([]);
  });

  it('keeps the line numbers right after a quoted field that holds a CRLF', async () => {
    // csv-parse on its own counts the quoted CRLF as two lines; openCsv corrects it.
    const { rows, log } = await open(write('quoted-crlf.csv', 'a,b\r\n1,"x\r\ny"\r\n3,4\r\n5\r\n'));
    expect(rows).toEqual([
      { line: 3, cells: ['1', 'x\r\ny'] },
      { line: 4, cells: ['3', '4'] },
    ]);
    expect(log.problems).toMatchObject([
      { line: 5, message: expect.stringContaining('truncated'), expected: '2 fields', found: '1 field' },
    ]);
  });

  it(
    'keeps quoted commas, quotes and newlines across a file larger than 64 KiB (chunk boundaries ' + 'crossed)',
    async () => {
      // File streams read 64 KiB chunks. The first row is padded so that a 3-byte "€" straddles the first
      // chunk boundary; then each row holds a quoted name with a comma, an escaped quote and a newline
      // (LF or CRLF by row), so quoted fields also cross later boundaries.
      const header = 'urn,name,note\n';
      const prefix = `${header}100000,"pad",`;
      const pad = `${'x'.repeat(65535 - Buffer.byteLength(prefix))}€€`;
      let text = `${prefix}${pad}\n`;
      const expected: { line: number; cells: string[] }[] = [{ line: 2, cells: ['100000', 'pad', pad] }];
      let line = 2;
      for (let i = 1; i <= 4000; i++) {
        const nl = i % 2 ? '\r\n' : '\n';
        const name = `School ${i}, "Ém€" Street${nl}Floor ${i % 7}`;
        text += `${100000 + i},"${name.replace(/"/g, '""')}",plain ${i}\n`;
        line += 2;
        expected.push({ line, cells: [String(100000 + i), name, `plain ${i}`] });
      }
      const bytes = Buffer.from(text, 'utf-8');
      expect(bytes.length).toBeGreaterThan(4 * 65536);
      expect(bytes[65536]! & 0xc0).toBe(0x80); // a continuation byte: the boundary splits the "€"
      const { rows, log } = await open(write('large.csv', bytes));
      expect(log.problems).toEqual([]);
      expect(rows.length).toBe(4001);
      expect(rows).toEqual(expected);
    },
  );

  it('reports every structural problem with its line: truncated rows, extra fields, an unclosed quote', async () => {
    const { rows, log } = await open(
      write('broken.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n13,"never closed,14\n15,16,17\n'),
    );
    expect(rows.map((r) => r.line)).toEqual([2, 5]);
    expect(log.problems.map((p) => [p.line, p.expected, p.found])).toEqual([
      [3, '3 fields', '2 fields'],
      [4, '3 fields', '4 fields'],
      [6, 'a closing quote (") before the end of the field', undefined],
    ]);
    // The quote opens on line 6; lines 6 and 7 are the rest of the file.
    expect(log.problems[2]?.message).toBe(
      'a quoted field opens on this line and is never closed; reading stopped here: lines 6 to 7 (2 lines) were ' +
        'not read',
    );
  });

  it('reports a semicolon-separated file once, at the header, and reads no rows', async () => {
    const { csv, rows, log } = await open(
      write('semicolon.csv', 'urn;name;type\n100001;A;mainstream\n100002;B;special\n'),
    );
    expect(csv.header).toEqual([]);
    expect(rows).toEqual([]);
    expect(log.problems).toEqual([
      {
        severity: 'error',
        file: csv.path,
        line: 1,
        message: 'the header has one column: the file is not comma-separated',
        expected: 'comma-separated values (or tab-separated)',
        found: '";"-separated',
      },
    ]);
  });

  it('reports an empty file', async () => {
    const { csv, rows, log } = await open(write('empty.csv', ''));
    expect(csv.header).toEqual([]);
    expect(rows).toEqual([]);
    expect(log.problems).toMatchObject([{ severity: 'error', message: 'the file is empty' }]);
  });
});

describe('header matching', () => {
  it('ignores case, spaces, underscores, hyphens and dots', () => {
    expect(headerKey('Number Of Pupils')).toBe(headerKey('number_of_pupils'));
    expect(headerKey(' LA-code ')).toBe('lacode');
    expect(headerKey('LA (code)')).toBe('la(code)');
  });

  it('finds a column by any alias, first alias first, and keeps the first of duplicate headers', () => {
    const columns = new Columns(['URN', 'School Name', 'la_code', 'Extra', 'urn']);
    expect(columns.find('name', 'school name')).toBe(1);
    expect(columns.find('LA code')).toBe(2);
    expect(columns.find('urn')).toBe(0);
    expect(columns.has('type')).toBe(false);
    expect(columns.name(3)).toBe('Extra');
    expect(columns.name(9)).toBe('#10');
  });

  it('reports a required column that is missing, with the accepted names', () => {
    const log = new ProblemLog('f.csv');
    expect(new Columns(['urn', 'name']).require(log, 1, 'type', 'type', 'institution type')).toBeUndefined();
    expect(log.problems).toEqual([
      {
        severity: 'error',
        file: 'f.csv',
        line: 1,
        message: 'required column for type not found in the header',
        expected: '"type" or "institution type"',
        found: 'urn,name',
      },
    ]);
  });

  it('readHeader reads the header alone, in UTF-8 with BOM or Windows-1252', async () => {
    expect(await readHeader(write('h1.csv', '\uFEFF"URN","EstablishmentName"\r\n1,x\r\n'))).toEqual([
      'URN',
      'EstablishmentName',
    ]);
    expect(
      await readHeader(write('h2.csv', Buffer.from([0x55, 0x52, 0x4e, 0x2c, 0x4e, 0x6f, 0x6d, 0x20, 0xe9, 0x0a]))),
    ).toEqual(['URN', 'Nom é']);
  });
});
