/** CSV text as the sample files write it: UTF-8 without BOM, LF line endings, a final newline. */

export type Cell = string | number;

export interface CsvStyle {
  /** Quote every field, as the DfE ks4_dm_ud files do; otherwise quote only when needed (RFC 4180). */
  readonly quoteAll?: boolean;
}

export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[], style: CsvStyle = {}): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvField(cell, style.quoteAll ?? false)).join(','));
  return `${lines.join('\n')}\n`;
}

function csvField(cell: Cell, quoteAll: boolean): string {
  const text = typeof cell === 'number' ? plainNumber(cell) : cell;
  if (quoteAll || /[",\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Numbers written plainly: no exponent, no thousands separator. */
function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const text = String(n);
  if (/e/i.test(text)) throw new Error(`number too large or small to write plainly: ${n}`);
  return text;
}

/** A number rounded to one decimal place and written without a trailing `.0`, as NCCIS files do (`96`, `1.7`). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10 + 0;
}

/** A percentage to one decimal place with the `.0` kept, as the KS4 destination files do (`93.2`, `0.0`). */
export function fixed1(x: number): string {
  return (Math.round(x * 10) / 10).toFixed(1);
}

/** dd/mm/yyyy, the UK order the Compass and activity exports use. */
export function ukDate(year: number, month: number, day: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
