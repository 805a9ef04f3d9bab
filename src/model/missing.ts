/**
 * DfE / EES symbols that stand in place of a number. Kept as typed values, never turned into 0.
 * Source: EES "symbols" convention, restated in the data-guidance.txt files shipped with each release.
 */
export const MISSING_SYMBOLS = {
  c: 'confidential (suppressed to protect individuals)',
  x: 'not available',
  z: 'not applicable',
  low: 'positive but below 0.5%',
  u: 'low reliability',
  ':': 'not available (legacy symbol)',
  '': 'empty (no value given)',
} as const;

export type MissingSymbol = keyof typeof MISSING_SYMBOLS;

export interface Missing {
  readonly missing: MissingSymbol;
}

/** A published figure: a number, or the symbol that replaced it. */
export type Figure = number | Missing;

export function isMissing(v: Figure | undefined): v is Missing {
  return typeof v === 'object' && v !== null;
}

export function isMissingSymbol(s: string): s is MissingSymbol {
  return Object.hasOwn(MISSING_SYMBOLS, s);
}

export function missing(symbol: MissingSymbol): Missing {
  return { missing: symbol };
}

/** The number, or undefined when the figure is a symbol. */
export function numberOf(v: Figure | undefined): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

export function describeFigure(v: Figure): string {
  return typeof v === 'number' ? String(v) : v.missing === '' ? '(empty)' : v.missing;
}
