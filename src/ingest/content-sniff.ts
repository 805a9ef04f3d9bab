/**
 * What a file given as CSV really holds, judged by its first bytes before any parsing: a workbook (an .xlsx or
 * .ods is a zip archive; an old .xls an OLE2 compound file), UTF-16 text with a byte-order mark (what Excel
 * saves as "Unicode text"), other binary data, or 8-bit text (UTF-8 or Windows-1252, decided over the whole
 * file by csv-source). A renamed workbook or a binary file would otherwise produce one parse error per line,
 * each quoting raw bytes.
 */
export type Content =
  | { readonly kind: 'workbook'; readonly format: 'zip' | 'ole2' }
  /** `utf16` when the NULs fall on alternate bytes: UTF-16 text saved without a byte-order mark. */
  | { readonly kind: 'binary'; readonly utf16?: true }
  | { readonly kind: 'utf-16'; readonly endian: 'le' | 'be' }
  | { readonly kind: 'text' };

/** How many leading bytes are enough to judge: one read of a typical stream chunk. */
export const SNIFF_BYTES = 65_536;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, k) => bytes[k] === b);
}

/**
 * Binary when it holds 16 NUL bytes or more, or when control bytes other than tab, line feed, form feed and
 * carriage return are both many (32 or more) and more than 2% of the sample. A text file with a few stray escape
 * sequences or a NUL in a cell stays text (its cells are read, and printed escaped); random or compressed data is
 * about 11% control bytes and 0.4% NULs.
 */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  let nuls = 0;
  for (const b of bytes) {
    if (b === 0) nuls++;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return nuls >= 16 || (controls >= 32 && controls > bytes.length * 0.02);
}

/** Mostly ASCII text in UTF-16: nearly every byte at the even (BE) or odd (LE) positions is NUL. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 4) return false;
  let even = 0;
  let odd = 0;
  for (let k = 0; k + 1 < bytes.length; k += 2) {
    if (bytes[k] === 0) even++;
    if (bytes[k + 1] === 0) odd++;
  }
  return Math.max(even, odd) > pairs * 0.9 && Math.min(even, odd) < pairs * 0.1;
}

/** Judges a file by its first bytes (up to SNIFF_BYTES). */
export function sniffContent(head: Uint8Array): Content {
  if (startsWith(head, ZIP)) return { kind: 'workbook', format: 'zip' };
  if (startsWith(head, OLE2)) return { kind: 'workbook', format: 'ole2' };
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'utf-16', endian: 'le' };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'utf-16', endian: 'be' };
  if (!looksBinary(head)) return { kind: 'text' };
  return looksLikeBomlessUtf16(head) ? { kind: 'binary', utf16: true } : { kind: 'binary' };
}

export type Delimiter = ',' | '\t' | ';' | '|';

/**
 * The field separator of a CSV, from its header line: the candidate that occurs most often outside quotes
 * (comma on a tie, and for a one-column header). Files are read when comma- or tab-separated (Excel's
 * "Unicode text" is tab-separated); a semicolon (Excel's CSV where the decimal sign is a comma) or pipe is
 * reported once by the caller.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c as Delimiter)) counts.set(c as Delimiter, (counts.get(c as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** The first line of a decoded text, without a BOM or its line ending. */
export function firstLine(text: string): string {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
}
