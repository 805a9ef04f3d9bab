/**
 * Plain words for a CSV that stops parsing, from csv-parse's error on the record that failed. csv-parse
 * reports an unclosed quote at the end of the file and a bad closing quote where the quote finally closes;
 * what a person needs is the line where the quote OPENED and how much of the file it took with it. Its
 * recovery after such an error is unreliable (later rows are dropped or merged), so reading stops there and
 * the lines not read are said.
 */
export interface ParseFailure {
  /** 1-based physical line where the failing record (or its quoted field) starts. */
  readonly line: number;
  readonly message: (lastLine: number) => string;
  readonly expected: string;
  readonly found?: string;
  /** False when csv-parse skips just this record and reads on cleanly (a quote in the middle of a field). */
  readonly stops: boolean;
}

interface CsvParseError {
  readonly code?: string;
  readonly message: string;
  /** The raw text of the failing record up to the error (csv-parse's `raw` option). */
  readonly raw?: string;
}

const LINE_BREAK = /\r\n|\n|\r/g;

function lineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/** Index in `raw` of the quote that opened the field still open at its end, or -1 when no field is open. */
function openQuoteIndex(raw: string, delimiter: string): number {
  let open = -1;
  let fieldStart = true;
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k];
    if (open >= 0) {
      if (c !== '"') continue;
      if (raw[k + 1] === '"') k++;
      else open = -1;
      fieldStart = false;
    } else if (c === '"' && fieldStart) open = k;
    else fieldStart = c === delimiter || c === '\n' || c === '\r';
  }
  return open;
}

/**
 * `afterLine` is the physical line of the last record read; `raw` starts right after it (blank lines included).
 */
export function describeParseFailure(err: CsvParseError, afterLine: number, delimiter: string): ParseFailure {
  const raw = err.raw ?? '';
  const body = raw.replace(/^(\r\n|\n|\r)+/, '');
  const start = afterLine + 1 + lineBreaks(raw.slice(0, raw.length - body.length));
  const notRead = (from: number) => (last: number) =>
    `reading stopped here: lines ${from} to ${last} (${last - from + 1} line${last === from ? '' : 's'}) were not read`;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    const at = openQuoteIndex(body, delimiter);
    const line = start + lineBreaks(body.slice(0, Math.max(at, 0)));
    return {
      line,
      stops: true,
      message: (last) => `a quoted field opens on this line and is never closed; ${notRead(line)(last)}`,
      expected: 'a closing quote (") before the end of the field',
    };
  }
  if (err.code === 'CSV_INVALID_CLOSING_QUOTE') {
    // body ends with the closing quote; the character csv-parse names comes right after it.
    const at = openQuoteIndex(body.slice(0, -1), delimiter);
    const line = start + lineBreaks(body.slice(0, Math.max(at, 0)));
    const closed = start + lineBreaks(body);
    const got = /got "([^"]*)"/.exec(err.message)?.[1];
    const where = closed === line ? 'on the same line' : `on line ${closed}`;
    return {
      line,
      stops: true,
      message: (last) =>
        `a quoted field opens on this line and its closing quote ${where} is followed by more text; ` +
        `${notRead(line)(last)}`,
      expected: 'a comma or the end of the line after a closing quote (write a quote inside a field as "")',
      found: got === undefined ? undefined : `"${got}" after the closing quote`,
    };
  }
  if (err.code === 'INVALID_OPENING_QUOTE') {
    // csv-parse skips just this record and reads on from the next line, so only this line is lost.
    const field = /on field (\d+)/.exec(err.message)?.[1];
    return {
      line: start,
      stops: false,
      message: () =>
        `a quote in the middle of ${field === undefined ? 'a field' : `field ${Number(field) + 1}`}, which does ` +
        'not start with one: this row was not read',
      expected: 'quotes only around whole fields, doubled inside them ("")',
    };
  }
  // Any other csv-parse complaint, without its jargon.
  return {
    line: start,
    stops: true,
    message: (last) => `this line could not be read as CSV; ${notRead(start)(last)}`,
    expected: 'quotes only around whole fields, closed, and doubled inside them ("")',
  };
}
