/**
 * The fast path under `openCsv`: records split at LF line ends, fields at the delimiter, and simple quoted fields
 * ("a, b", "say ""hi""") unquoted, which is all a well-formed export holds. csv-parse builds an object and runs
 * callbacks per record and per field; this scanner finds the breaks with `indexOf` over whole chunks and slices the
 * fields out, several times faster.
 *
 * It only reads what it can read with certainty. At the first record that holds a carriage return, a quote inside an
 * unquoted field, a quoted field that runs past the line end or a closing quote followed by more text, it stops and
 * hands back the text from the start of that record, for csv-parse to read on and word any error exactly as it does
 * for a whole file (line numbers carried over). A file whose header is such a record is read by csv-parse throughout.
 */
import { hasControls } from '../model/printable.js';

export interface ScannedRecord {
  /** 1-based physical line of the record. */
  readonly line: number;
  readonly cells: string[];
}

/** Records read from one chunk of text. */
export interface ScannedBatch {
  readonly records: ScannedRecord[];
  /** True when the text they came from holds no control character, so their cells need no cleaning. */
  readonly plain: boolean;
}

export interface Handoff {
  /** Physical line where the handed-back text starts (a record start). */
  readonly line: number;
  readonly text: AsyncIterable<string>;
}

const QUOTE = 0x22;

/** Yields the records it is sure of; when it stops early, `out.handoff` holds the rest of the text. */
export async function* scanRecords(
  chunks: AsyncIterable<string>,
  delimiter: string,
  out: { handoff?: Handoff },
): AsyncGenerator<ScannedRecord> {
  for await (const batch of scanBatches(chunks, delimiter, out)) yield* batch.records;
}

/**
 * The same records, one array per chunk of text: a reader of millions of rows then awaits once a chunk, not once a
 * row (an awaited step per row per stage cost more than splitting the rows).
 */
export async function* scanBatches(
  chunks: AsyncIterable<string>,
  delimiter: string,
  out: { handoff?: Handoff },
): AsyncGenerator<ScannedBatch> {
  const source = chunks[Symbol.asyncIterator]();
  let buffer = '';
  let line = 0;
  let plain = true;
  for (let next = await source.next(); !next.done; next = await source.next()) {
    buffer = buffer.length ? buffer + next.value : next.value;
    // One search over the text instead of one per cell (control characters are rare, and cleaned in rowsOf).
    plain = !hasControls(buffer);
    const batch: ScannedRecord[] = [];
    let start = 0;
    let quote = buffer.indexOf('"');
    let cr = buffer.indexOf('\r');
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n', start)) {
      line++;
      if (quote >= 0 && quote < start) quote = buffer.indexOf('"', start);
      if (cr >= 0 && cr < start) cr = buffer.indexOf('\r', start);
      const cells =
        end === start || (cr >= 0 && cr < end)
          ? undefined
          : quote < 0 || quote > end
            ? splitPlain(buffer, start, end, delimiter)
            : splitQuoted(buffer, start, end, delimiter);
      if (end > start && cells === undefined) {
        if (batch.length) yield { records: batch, plain };
        out.handoff = { line, text: restOf(buffer.slice(start), source) };
        return;
      }
      if (cells) batch.push({ line, cells });
      start = end + 1;
    }
    if (batch.length) yield { records: batch, plain };
    buffer = buffer.slice(start);
  }
  if (buffer.length === 0) return;
  // The last record has no line break after it.
  line++;
  const cells = buffer.includes('\r') ? undefined : splitQuoted(buffer, 0, buffer.length, delimiter);
  if (cells) yield { records: [{ line, cells }], plain };
  else out.handoff = { line, text: restOf(buffer, source) };
}

async function* restOf(head: string, source: AsyncIterator<string>): AsyncGenerator<string> {
  yield head;
  for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
}

/** Fields of a line without quotes. */
function splitPlain(text: string, start: number, end: number, delimiter: string): string[] {
  const cells: string[] = [];
  let from = start;
  for (let d = text.indexOf(delimiter, from); d >= 0 && d < end; d = text.indexOf(delimiter, from)) {
    cells.push(text.slice(from, d));
    from = d + 1;
  }
  cells.push(text.slice(from, end));
  return cells;
}

/** Fields of a line with quotes, or undefined when a quote is not around a whole field on this line. */
function splitQuoted(text: string, start: number, end: number, delimiter: string): string[] | undefined {
  const cells: string[] = [];
  let from = start;
  for (;;) {
    if (from < end && text.charCodeAt(from) === QUOTE) {
      let cell = '';
      let k = from + 1;
      for (;;) {
        const q = text.indexOf('"', k);
        if (q < 0 || q >= end) return undefined;
        if (q + 1 < end && text.charCodeAt(q + 1) === QUOTE) {
          cell += text.slice(k, q + 1);
          k = q + 2;
          continue;
        }
        cells.push(cell + text.slice(k, q));
        from = q + 1;
        break;
      }
      if (from === end) return cells;
      if (text[from] !== delimiter) return undefined;
      from++;
      continue;
    }
    let d = text.indexOf(delimiter, from);
    if (d < 0 || d > end) d = end;
    const q = text.indexOf('"', from);
    if (q >= 0 && q < d) return undefined;
    cells.push(text.slice(from, d));
    if (d === end) return cells;
    from = d + 1;
  }
}
