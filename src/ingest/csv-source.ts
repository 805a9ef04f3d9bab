import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { type Options, parse } from 'csv-parse';
import type { ProblemLog } from '../model/problem.js';
import type { FileSummary } from '../model/records.js';
import { decodeWindows1252 } from './windows-1252.js';

export interface CsvRow {
  /** 1-based physical line where the record ends (header = line 1 in a plain file). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvFile {
  readonly path: string;
  readonly encoding: FileSummary['encoding'];
  readonly sha256: string;
  /** Header cells as written (BOM stripped, trimmed). */
  readonly header: readonly string[];
  readonly rows: AsyncIterable<CsvRow>;
}

/**
 * Opens a CSV for streaming. A first pass hashes the bytes and decides the encoding (UTF-8 with or without
 * BOM, else Windows-1252, the encoding of GIAS extracts and of Excel's "CSV" on Windows); the second pass
 * decodes and parses. Structural problems (bad quoting, rows with the wrong number of fields) go to `log`
 * with their line, so rows are never silently dropped; a file that is not comma-separated is reported
 * once, at its header, and its rows are not read.
 */
export async function openCsv(file: string, log: ProblemLog): Promise<CsvFile> {
  const { sha256, encoding } = await sniff(file);
  const text = Readable.from(
    encoding === 'windows-1252' ? decodeLegacy(createReadStream(file)) : decodeUtf8(createReadStream(file)),
  );
  // The typings only accept on_record returning the record type of a columns-less parse (string[]).
  const parser = text.pipe(parse(parserOptions(log) as unknown as Options));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<CsvRow>;
  const first = await iterator.next();
  if (first.done) {
    log.error({ message: 'the file is empty', expected: 'a header row and data rows' });
    return { path: file, encoding, sha256, header: [], rows: emptyRows() };
  }
  const header = first.value.cells.map((h, k) => (k === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const sep = header.length === 1 ? /[;\t|]/.exec(header[0] ?? '')?.[0] : undefined;
  if (sep !== undefined) {
    log.error({
      line: first.value.line,
      message: 'the header has one column: the file is not comma-separated',
      expected: 'comma-separated values',
      found: sep === '\t' ? 'tab-separated' : `"${sep}"-separated`,
    });
    // Every row would be one long field: one file-level error says it all, so the rows are not read.
    parser.destroy();
    text.destroy();
    return { path: file, encoding, sha256, header, rows: emptyRows() };
  }
  return { path: file, encoding, sha256, header, rows: rowsOf(iterator, header.length, log) };
}

/**
 * csv-parse options that turn each record into a CsvRow with its physical line, and log unreadable ones.
 * csv-parse counts a CRLF inside a quoted field as two lines (it visits \r and \n separately there, but
 * skips over the CRLF that ends a record), so every line after such a field would be reported one too
 * far; on_record runs in parse order, so a running count of quoted CRLFs corrects the line numbers.
 */
function parserOptions(log: ProblemLog): Options<CsvRow, string[]> {
  let quotedCrlfs = 0;
  let lastLine = 0;
  return {
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: string[], context): CsvRow => {
      for (const cell of record) if (cell.includes('\r')) quotedCrlfs += cell.split('\r\n').length - 1;
      lastLine = context.lines - quotedCrlfs;
      return { line: lastLine, cells: record };
    },
    on_skip: (err) => {
      if (!err) return;
      // An unclosed quote swallows the rest of the file, so csv-parse reports the last line; the useful
      // place is where the swallowed record began, the line after the last record read.
      const unclosed = err.code === 'CSV_QUOTE_NOT_CLOSED';
      const reported = (err as { lines?: number }).lines;
      const line = unclosed ? lastLine + 1 : reported === undefined ? undefined : reported - quotedCrlfs;
      const what = unclosed
        ? 'a quoted field that starts here is never closed, so the rest of the file is lost'
        : err.message.replace(/^Invalid \w+ \w+: /, '').replace(/ (at|on) line \d+/, '');
      log.error({
        line,
        message: `could not be read as CSV: ${what}`,
        expected: 'well-formed CSV (quotes closed, fields separated by commas)',
      });
    },
  };
}

async function* rowsOf(iterator: AsyncIterator<CsvRow>, width: number, log: ProblemLog): AsyncGenerator<CsvRow> {
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const row = next.value;
    if (row.cells.length !== width) {
      const truncated = row.cells.length < width;
      log.error({
        line: row.line,
        message: truncated
          ? 'row is truncated: it has fewer fields than the header'
          : 'row has more fields than the header (a stray comma or unquoted text?)',
        expected: `${width} fields`,
        found: `${row.cells.length} field${row.cells.length === 1 ? '' : 's'}`,
      });
      continue;
    }
    yield row;
  }
}

async function* emptyRows(): AsyncGenerator<CsvRow> {}

async function* decodeUtf8(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  // stream: true carries a multi-byte character split across two chunks; the BOM, if any, is dropped.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  for await (const chunk of stream) yield decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

async function* decodeLegacy(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  for await (const chunk of stream) yield decodeWindows1252(chunk);
}

async function sniff(file: string): Promise<{ sha256: string; encoding: FileSummary['encoding'] }> {
  const hash = createHash('sha256');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let valid = true;
  let bom: boolean | undefined;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (bom === undefined) bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    if (valid) {
      try {
        utf8.decode(chunk, { stream: true });
      } catch {
        valid = false;
      }
    }
  }
  if (valid) {
    try {
      utf8.decode();
    } catch {
      valid = false;
    }
  }
  return { sha256: hash.digest('hex'), encoding: !valid ? 'windows-1252' : bom ? 'utf-8-bom' : 'utf-8' };
}

/** Header names compared case-, space- and punctuation-insensitively: "Number Of Pupils" = "number_of_pupils". */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/** Finds columns by any of their accepted names; reports the required ones that are missing. */
export class Columns {
  private readonly index = new Map<string, number>();

  constructor(readonly header: readonly string[]) {
    header.forEach((h, k) => {
      const key = headerKey(h);
      if (!this.index.has(key)) this.index.set(key, k);
    });
  }

  find(...aliases: string[]): number | undefined {
    for (const a of aliases) {
      const k = this.index.get(headerKey(a));
      if (k !== undefined) return k;
    }
    return undefined;
  }

  has(...aliases: string[]): boolean {
    return this.find(...aliases) !== undefined;
  }

  name(k: number): string {
    return this.header[k] ?? `#${k + 1}`;
  }

  /** The column for a required field, or an error naming the accepted headers. */
  require(log: ProblemLog, line: number, field: string, ...aliases: string[]): number | undefined {
    const k = this.find(...aliases);
    if (k === undefined)
      log.error({
        line,
        message: `required column for ${field} not found in the header`,
        expected: aliases.map((a) => `"${a}"`).join(' or '),
        found: this.header.join(','),
      });
    return k;
  }
}

/** Reads only the header row (for detecting a file's kind) without streaming the whole file. */
export async function readHeader(file: string): Promise<string[]> {
  const { createReadStream } = await import('node:fs');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(file, { start: 0, end: 65_535 }) as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
  }
  const bytes = Buffer.concat(chunks, size);
  let text: string;
  try {
    // stream: true, because the 64 KiB cut may split a multi-byte character; that is not a reason to call it
    // Windows-1252.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    text = decodeWindows1252(bytes);
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const { parse: parseSync } = await import('csv-parse/sync');
  try {
    const rows = parseSync(firstLine, { relax_column_count: true, relax_quotes: true }) as string[][];
    return (rows[0] ?? []).map((h) => h.trim());
  } catch {
    return firstLine.split(',').map((h) => h.trim());
  }
}
