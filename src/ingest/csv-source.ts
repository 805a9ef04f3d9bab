import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { type Options, parse } from 'csv-parse';
import { UserError } from '../errors.js';
import type { ProblemLog } from '../model/problem.js';
import type { FileSummary } from '../model/records.js';
import {
  type Content,
  type Delimiter,
  detectDelimiter,
  firstLine,
  SNIFF_BYTES,
  sniffContent,
} from './content-sniff.js';
import { CellCleaner } from './control-characters.js';
import { type Handoff, scanBatches } from './csv-line-scanner.js';
import { describeParseFailure, type ParseFailure } from './csv-quote-error.js';
import { checkInputFile } from './input-file.js';
import { decodeHead, decodeStream, type TextEncoding } from './text-decoding.js';
import { Utf8Check } from './utf8-check.js';

/** Records as read, before the width check and cleaning: a scanned chunk, or one record csv-parse read. */
type Batch = { readonly records: readonly CsvRow[]; readonly plain: boolean };

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
  /**
   * The same rows, a chunk of the file at a time (for readers of millions of rows: one await per chunk). Read either
   * `rows` or `batches`, not both: they share one pass over the file.
   */
  readonly batches: AsyncIterable<readonly CsvRow[]>;
}

/**
 * Opens a CSV for streaming. A first pass hashes the bytes, judges the content by its first bytes (a workbook or
 * binary data is reported once and not parsed) and decides the encoding (UTF-16 with a BOM, UTF-8 with or without
 * BOM, else Windows-1252, the encoding of GIAS extracts and of Excel's "CSV" on Windows); the second pass decodes
 * and parses with the delimiter found in the header line (comma or tab; another one is reported once). Structural
 * problems (bad quoting, rows with the wrong number of fields) go to `log` with their line, so rows are never
 * silently dropped.
 */
export async function openCsv(file: string, log: ProblemLog): Promise<CsvFile> {
  checkInputFile(file);
  const { sha256, encoding, content, head } = await sniff(file);
  const unread = (header: readonly string[] = []): CsvFile => ({
    path: file,
    encoding,
    sha256,
    header,
    rows: emptyRows(),
    batches: emptyRows(),
  });
  if (content.kind === 'workbook' || content.kind === 'binary') {
    log.error(contentProblem(content));
    return unread();
  }
  const delimiter = detectDelimiter(firstLine(head));
  if (delimiter === ';' || delimiter === '|') {
    // Every row would be one long field, or a quote error per line: one file-level error says it all.
    log.error({
      line: 1,
      message: 'the header has one column: the file is not comma-separated',
      expected: 'comma-separated values (or tab-separated)',
      found: `"${delimiter}"-separated`,
    });
    // No header either: its columns would only add "required column not found" errors for the same cause.
    return unread();
  }
  const lines = { count: 0, endsWithBreak: true };
  const failure: { value?: ParseFailure } = {};
  const iterator = recordsOf(file, encoding, delimiter, log, failure, lines);
  const first = await iterator.next();
  const headerRecord = first.done ? undefined : first.value.records[0];
  if (first.done || !headerRecord) {
    if (failure.value) logFailure(log, failure.value, lines);
    else log.error({ message: 'the file is empty', expected: 'a header row and data rows' });
    return unread();
  }
  const cleaner = new CellCleaner();
  const raw = headerRecord.cells.map((h, k) => (k === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const header = cleaner.clean(raw, headerRecord.line, raw).map((h) => h.trim());
  const rest = { records: first.value.records.slice(1), plain: first.value.plain };
  const batches = rowsOf(rest, iterator, header, log, failure, lines, cleaner);
  return { path: file, encoding, sha256, header, batches, rows: rowsIn(batches) };
}

async function* rowsIn(batches: AsyncIterable<readonly CsvRow[]>): AsyncGenerator<CsvRow> {
  for await (const batch of batches) yield* batch;
}

function contentProblem(content: Content & { kind: 'workbook' | 'binary' }) {
  if (content.kind === 'workbook')
    return {
      message:
        'this is a spreadsheet workbook (an Excel or OpenDocument file), not a CSV file; in Excel use File > Save ' +
        'As > "CSV UTF-8 (Comma delimited)" and give that file',
      expected: 'comma-separated text',
      found: content.format === 'zip' ? 'a workbook (.xlsx or .ods, a zip archive)' : 'an old Excel .xls workbook',
    };
  if (content.utf16)
    return {
      message:
        'this looks like UTF-16 text without a byte-order mark, which cannot be read reliably; save it again as ' +
        '"CSV UTF-8 (Comma delimited)" (or as Excel "Unicode text", which has the mark)',
      expected: 'comma-separated text',
      found: 'UTF-16 without a byte-order mark',
    };
  return {
    message: 'this is binary data, not a CSV file (it holds NUL or many control bytes); its rows were not read',
    expected: 'comma-separated text',
    found: 'binary data',
  };
}

/** Counts the line breaks of the text as it streams past, for "lines N to M were not read". */
async function* countLines(
  chunks: AsyncIterable<string>,
  lines: { count: number; endsWithBreak: boolean },
): AsyncGenerator<string> {
  let lastCr = false;
  for await (const chunk of chunks) {
    if (!chunk) continue;
    // A CRLF split across chunks counts once: a chunk starting with LF right after a CR adds nothing.
    const breaks = chunk.match(/\r\n|\n|\r/g)?.length ?? 0;
    lines.count += breaks - (lastCr && chunk.startsWith('\n') ? 1 : 0);
    lastCr = chunk.endsWith('\r');
    lines.endsWithBreak = /[\r\n]$/.test(chunk);
    yield chunk;
  }
}

function logFailure(log: ProblemLog, f: ParseFailure, lines: { count: number; endsWithBreak: boolean }): void {
  const last = Math.max(f.line, lines.count + (lines.endsWithBreak ? 0 : 1));
  log.error({ line: f.line, message: f.message(last), expected: f.expected, found: f.found });
}

/**
 * The file's records: the line scanner reads what it is sure of, and csv-parse reads on from the first record the
 * scanner hands back (the whole file when that is the header), so every parse error is csv-parse's, located as before.
 */
async function* recordsOf(
  file: string,
  encoding: TextEncoding,
  delimiter: Delimiter,
  log: ProblemLog,
  failure: { value?: ParseFailure },
  lines: { count: number; endsWithBreak: boolean },
): AsyncGenerator<Batch> {
  const scan: { handoff?: Handoff } = {};
  yield* scanBatches(decodeStream(encoding, createReadStream(file)), delimiter, scan);
  if (!scan.handoff) return;
  const before = scan.handoff.line - 1;
  lines.count = before;
  const text = Readable.from(countLines(scan.handoff.text, lines));
  // The typings only accept on_record returning the record type of a columns-less parse (string[]).
  const parser = text.pipe(parse(parserOptions(delimiter, log, failure, before) as unknown as Options));
  for await (const row of parser as AsyncIterable<CsvRow>) yield { records: [row], plain: false };
}

/**
 * csv-parse options that turn each record into a CsvRow with its physical line, and keep the first parse failure.
 * csv-parse counts a CRLF inside a quoted field as two lines (it visits \r and \n separately there, but
 * skips over the CRLF that ends a record), so every line after such a field would be reported one too
 * far; on_record runs in parse order, so a running count of quoted CRLFs corrects the line numbers.
 */
function parserOptions(
  delimiter: Delimiter,
  log: ProblemLog,
  failure: { value?: ParseFailure },
  linesBefore: number,
): Options<CsvRow, { record: string[]; raw: string }> {
  let quotedCrlfs = 0;
  let lastLine = linesBefore;
  let skippedLine: number | undefined;
  return {
    delimiter,
    // Past the header, the line end is the one csv-parse found there (the scanner hands back only LF files).
    ...(linesBefore > 0 ? { record_delimiter: '\n' } : {}),
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: ({ record }: { record: string[] }, context): CsvRow => {
      for (const cell of record) if (cell.includes('\r')) quotedCrlfs += cell.split('\r\n').length - 1;
      lastLine = linesBefore + context.lines - quotedCrlfs;
      return { line: lastLine, cells: record };
    },
    on_skip: (err) => {
      // Only the first failure counts: csv-parse's recovery after it is unreliable, so rows stop there.
      if (!err || failure.value) return;
      const described = describeParseFailure(err, lastLine, delimiter);
      if (described.stops) failure.value = described;
      // csv-parse skips a record once per stray quote in it ('Very "satisfied"' twice): one error per record.
      else if (described.line !== skippedLine) {
        skippedLine = described.line;
        log.error({ line: described.line, message: described.message(described.line), expected: described.expected });
      }
    },
  };
}

async function* rowsOf(
  firstBatch: Batch,
  iterator: AsyncGenerator<Batch>,
  header: readonly string[],
  log: ProblemLog,
  failure: { value?: ParseFailure },
  lines: { count: number; endsWithBreak: boolean },
  cleaner: CellCleaner,
): AsyncGenerator<readonly CsvRow[]> {
  const width = header.length;
  for (let batch = firstBatch; ; ) {
    let rows: CsvRow[] = [];
    for (const row of batch.records) {
      // Rows from the failure on are drained (to count the lines not read) but not used. csv-parse may run ahead of
      // this loop, so the failure can already be known while earlier, good rows are still arriving.
      if (failure.value && row.line >= failure.value.line) continue;
      if (row.cells.length !== width) {
        // The rows before go to the reader first, so its problems and this one stay in line order.
        if (rows.length) yield rows;
        rows = [];
        logWidth(log, row, width);
        continue;
      }
      rows.push(batch.plain ? row : { line: row.line, cells: cleaner.clean(row.cells, row.line, header) });
    }
    if (rows.length) yield rows;
    const next = await iterator.next();
    if (next.done) break;
    batch = next.value;
  }
  cleaner.report(log);
  if (failure.value) logFailure(log, failure.value, lines);
}

function logWidth(log: ProblemLog, row: CsvRow, width: number): void {
  const truncated = row.cells.length < width;
  log.error({
    line: row.line,
    message: truncated
      ? 'row is truncated: it has fewer fields than the header'
      : 'row has more fields than the header (a stray comma or unquoted text?)',
    expected: `${width} fields`,
    found: `${row.cells.length} field${row.cells.length === 1 ? '' : 's'}`,
  });
}

async function* emptyRows(): AsyncGenerator<never> {}

interface Sniffed {
  readonly sha256: string;
  readonly encoding: TextEncoding;
  readonly content: Content;
  /** The first SNIFF_BYTES decoded, for the header line. */
  readonly head: string;
}

async function sniff(file: string): Promise<Sniffed> {
  const hash = createHash('sha256');
  const utf8 = new Utf8Check();
  const headChunks: Buffer[] = [];
  let headSize = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (headSize < SNIFF_BYTES) {
      headChunks.push(chunk);
      headSize += chunk.length;
    }
    utf8.add(chunk);
  }
  const valid = utf8.end();
  const headBytes = Buffer.concat(headChunks, headSize).subarray(0, SNIFF_BYTES);
  const content = sniffContent(headBytes);
  const bom = headBytes[0] === 0xef && headBytes[1] === 0xbb && headBytes[2] === 0xbf;
  const encoding: TextEncoding =
    content.kind === 'utf-16' ? `utf-16${content.endian}` : !valid ? 'windows-1252' : bom ? 'utf-8-bom' : 'utf-8';
  return { sha256: hash.digest('hex'), encoding, content, head: decodeHead(encoding, headBytes) };
}

/** Header names compared case-, space- and punctuation-insensitively: "Number Of Pupils" = "number_of_pupils". */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/** A column's place as a person finds it in a spreadsheet: its number and its letter, "4 (D)". */
export function columnPlace(k: number): string {
  let letters = '';
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${k + 1} (${letters})`;
}

/** The error for a header naming one column twice: which copy to read would be a guess. */
export function duplicateColumnProblem(name: string, first: number, second: number, line = 1) {
  return {
    line,
    column: name,
    message: `the header has the column "${name}" twice; rename or remove one, as which holds the data is unclear`,
    expected: 'each column name once in the header',
    found: `columns ${columnPlace(first)} and ${columnPlace(second)}`,
  };
}

/**
 * Finds columns by any of their accepted names; reports the required ones that are missing. Given a log, a name
 * the reader looks up that the header holds twice (after `headerKey`) is an error at the header line, once.
 */
export class Columns {
  private readonly index = new Map<string, number>();
  private readonly repeats = new Map<string, number>();
  /** Answers already given: readers look columns up per row, and `headerKey` per lookup cost seconds a million. */
  private readonly answers = new Map<string, number | undefined>();

  constructor(
    readonly header: readonly string[],
    private readonly log?: ProblemLog,
    private readonly headerLine = 1,
  ) {
    header.forEach((h, k) => {
      const key = headerKey(h);
      if (!this.index.has(key)) this.index.set(key, k);
      else if (key && !this.repeats.has(key)) this.repeats.set(key, k);
    });
  }

  find(...aliases: string[]): number | undefined {
    const key = aliases.length === 1 ? aliases[0]! : aliases.join('\u0000');
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known;
    const k = this.lookUp(aliases);
    this.answers.set(key, k);
    return k;
  }

  /** The first alias the header holds; a repeated header name is reported here, the first time it is asked for. */
  private lookUp(aliases: readonly string[]): number | undefined {
    for (const a of aliases) {
      const key = headerKey(a);
      const k = this.index.get(key);
      if (k === undefined) continue;
      const again = this.repeats.get(key);
      if (again !== undefined && this.log) {
        this.log.error(duplicateColumnProblem(this.header[k] ?? a, k, again, this.headerLine));
        this.repeats.delete(key);
      }
      return k;
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

/**
 * Reads only the header row (for detecting a file's kind) without streaming the whole file. A workbook or binary
 * file given on the command line cannot be classified: that is said plainly (exit 2) instead of "unknown kind".
 */
export async function readHeader(file: string): Promise<string[]> {
  checkInputFile(file);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(file, { start: 0, end: SNIFF_BYTES - 1 }) as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
  }
  const bytes = Buffer.concat(chunks, size);
  const content = sniffContent(bytes);
  if (content.kind === 'workbook' || content.kind === 'binary') {
    const problem = contentProblem(content);
    throw new UserError(`${file}: ${problem.message}`, 'Give a CSV file (comma- or tab-separated text).');
  }
  let encoding: TextEncoding = content.kind === 'utf-16' ? `utf-16${content.endian}` : 'utf-8';
  if (encoding === 'utf-8') {
    try {
      // stream: true, because the 64 KiB cut may split a multi-byte character; that is not a reason to call it
      // Windows-1252.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    } catch {
      encoding = 'windows-1252';
    }
  }
  const line = firstLine(decodeHead(encoding, bytes));
  const delimiter = detectDelimiter(line);
  const { parse: parseSync } = await import('csv-parse/sync');
  try {
    const rows = parseSync(line, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
    return (rows[0] ?? []).map((h) => h.trim());
  } catch {
    return line.split(delimiter).map((h) => h.trim());
  }
}
