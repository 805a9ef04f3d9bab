import { type Figure, isMissingSymbol, missing } from '../model/missing.js';

/** A DfE figure: a number, or one of the EES symbols (c, x, z, low, u, :, empty); anything else is invalid. */
export function parseFigure(text: string): Figure | { invalid: string } {
  const s = text.trim();
  const lower = s.toLowerCase();
  if (isMissingSymbol(lower)) return missing(lower);
  const n = parseNumber(s);
  return n === undefined ? { invalid: s } : n;
}

export function isInvalid(v: unknown): v is { invalid: string } {
  return typeof v === 'object' && v !== null && 'invalid' in v;
}

/** A plain number: digits with optional sign, decimals, thousands commas or exponent ("7.0E-2"). */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** A percentage score written 85, 85% or 85.0. */
export function parsePercent(text: string): number | undefined {
  return parseNumber(text.trim().replace(/\s*%$/, ''));
}

// Excel's UK export of a date-time cell adds a time ("01/10/2023 14:32"); the time is dropped.
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;

/**
 * A date as ISO `2023-10-01` or UK `01/10/2023` (day first, never US order), either with an optional time, returned
 * as ISO;
 * undefined when the text is neither or names a day that does not exist (31/02/2023).
 */
export function parseDate(text: string): string | undefined {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = ISO_DATE.exec(s);
  const uk = UK_DATE.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const DATE_FORMS = 'a date as 2023-10-01 or 01/10/2023 (day/month/year)';

export function parseYesNo(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(s)) return true;
  if (['no', 'n', 'false', '0'].includes(s)) return false;
  return undefined;
}
