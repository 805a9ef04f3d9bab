import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { FileSummary } from '../model/records.js';
import type { ProblemLog } from '../model/problem.js';

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
 * decodes and parses. Structural problems (bad quoting, rows with the wrong number of fields, a file that
 * is not comma-separated) go to `log` with their line; rows are never silently dropped.
 */
export async function openCsv(file: string, log: ProblemLog): Promise<CsvFile> {
  const { sha256, encoding } = await sniff(file);
  const decoder = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', { ignoreBOM: false });
  const text = Readable.from(decodeChunks(createReadStream(file), decoder));
  const parser = text.pipe(
    parse({
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        const e = err as (Error & { lines?: number }) | undefined;
        if (e) log.error({ line: e.lines, message: `could not be read as CSV: ${e.message.replace(/^Invalid \w+ \w+: /, '')}`, expected: 'well-formed CSV (quotes closed, fields separated by commas)' });
      },
    }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await iterator.next();
  if (first.done) {
    log.error({ message: 'the file is empty', expected: 'a header row and data rows' });
    return { path: file, encoding, sha256, header: [], rows: emptyRows() };
  }
  const header = first.value.record.map((h, k) => (k === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  if (header.length === 1 && /[;\t|]/.test(header[0] ?? '')) {
    const sep = (header[0] ?? '').match(/[;\t|]/)?.[0] ?? '';
    log.error({ line: first.value.info.lines, message: 'the header has one column: the file is not comma-separated', expected: 'comma-separated values', found: sep === '\t' ? 'tab-separated' : `"${sep}"-separated` });
  }
  return { path: file, encoding, sha256, header, rows: rowsOf(iterator, header.length, log) };
}

async function* rowsOf(iterator: AsyncIterator<{ record: string[]; info: { lines: number } }>, width: number, log: ProblemLog): AsyncGenerator<CsvRow> {
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const { record, info } = next.value;
    if (record.length !== width) {
      const truncated = record.length < width;
      log.error({
        line: info.lines,
        message: truncated ? 'row is truncated: it has fewer fields than the header' : 'row has more fields than the header (a stray comma or unquoted text?)',
        expected: `${width} fields`,
        found: `${record.length} fields`,
      });
      continue;
    }
    yield { line: info.lines, cells: record };
  }
}

async function* emptyRows(): AsyncGenerator<CsvRow> {}

async function* decodeChunks(stream: AsyncIterable<Buffer>, decoder: TextDecoder): AsyncGenerator<string> {
  for await (const chunk of stream) yield decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
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
    if (k === undefined) log.error({ line, message: `required column for ${field} not found in the header`, expected: aliases.map((a) => `"${a}"`).join(' or '), found: this.header.join(',') });
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
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
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
