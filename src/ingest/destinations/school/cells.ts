import { type Figure, missing } from '../../../model/missing.js';
import type { ProblemLog } from '../../../model/problem.js';
import { parseFigure, parseNumber, parsePercent } from '../../cells.js';

/**
 * School performance tables symbols (KS4 destinations guidance): SUPP = suppressed to protect pupils (EES `c`),
 * SP = a percentage above 0 that rounds below 0.5 (EES `low`), NA = not applicable (EES `z`). Kept typed, never 0.
 */
const TABLES_SYMBOLS: Readonly<Record<string, Figure>> = {
  SUPP: missing('c'),
  SP: missing('low'),
  NA: missing('z'),
  '': missing(''),
};

export interface CellAt {
  readonly log: ProblemLog;
  readonly line: number;
  readonly column: string;
}

/** A performance-tables count or percentage (`94%`), or its symbol; anything else is logged and undefined. */
export function tablesFigure(text: string, pct: boolean, at: CellAt): Figure | undefined {
  const s = text.trim();
  const symbol = TABLES_SYMBOLS[s.toUpperCase()];
  if (symbol) return symbol;
  const v = pct ? parsePercent(s) : parseNumber(s);
  if (v !== undefined && (pct ? v >= 0 && v <= 100 : Number.isInteger(v) && v >= 0)) return v;
  at.log.error({
    line: at.line,
    column: at.column,
    expected: pct ? 'a percentage such as 94% or SUPP, SP, NA' : 'a whole number of pupils or SUPP, SP, NA',
    found: s,
    message: `${at.column} is not ${pct ? 'a percentage' : 'a count'} or a performance-tables symbol`,
  });
  return undefined;
}

/** An EES figure (number or c, x, z, low, ...), checked as a count or a percentage. */
export function eesFigure(
  text: string,
  pct: boolean,
  at: CellAt,
  parse: (text: string) => ReturnType<typeof parseFigure> = parseFigure,
): Figure | undefined {
  const v = parse(text);
  const ok = typeof v !== 'number' ? !('invalid' in v) : pct ? v >= 0 && v <= 100 : Number.isInteger(v) && v >= 0;
  if (ok) return v as Figure;
  at.log.error({
    line: at.line,
    column: at.column,
    expected: pct ? 'a percentage from 0 to 100 or a DfE symbol' : 'a whole number of pupils or a DfE symbol',
    found: text.trim(),
    message: `${at.column} is not ${pct ? 'a percentage' : 'a count'} or a DfE symbol`,
  });
  return undefined;
}
