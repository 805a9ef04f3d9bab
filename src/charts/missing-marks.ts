import { MISSING_SYMBOLS, type MissingSymbol } from '../model/missing.js';
import { TEXT_COLOUR } from './theme.js';

/**
 * Gaps marked in place. A value a chart cannot draw (withheld, not available) leaves no point, bar or dot, and an
 * absence is easily read as a zero or missed altogether; so the chart prints the table's DfE symbol where the value
 * would be, at the foot of the value axis (never at a value, where it would pass for 0 or hide behind another
 * series' point), and the chart's note says what each symbol means. Analysis Function charts guidance: show where
 * data are missing and say why.
 */

/** The symbol a gap is marked by: the value's own DfE symbol, `x` (not available) when none was given. */
export type GapSymbol = Exclude<MissingSymbol, ''>;

export function gapSymbol(symbol: MissingSymbol | '' | undefined): GapSymbol {
  return symbol === undefined || symbol === '' ? 'x' : symbol;
}

/** The name of the layer holding the marks, so a reader of the spec (and a test) can find it. */
export const GAP_LAYER = 'missing-marks';

/** Pixels between the foot of the value axis and a mark, and between marks stacked at one place. */
export const GAP_INSET = 3;

/** A row of the chart's data that has no value, with the symbol it is marked by. */
export type Gap<R> = R & { readonly symbol: GapSymbol };

/** The rows with no drawable value, each with its symbol. */
export function gapsOf<R extends { readonly symbol?: MissingSymbol | '' }>(
  rows: readonly R[],
  value: (r: R) => number | null | undefined,
): Gap<R>[] {
  return rows
    .filter((r) => {
      const v = value(r);
      return typeof v !== 'number' || !Number.isFinite(v);
    })
    .map((r) => ({ ...r, symbol: gapSymbol(r.symbol) }));
}

/**
 * The text layer marking the gaps: `encoding` places each row (its category position and, on the value axis, the
 * foot of the axis), `mark` aligns the text there. No gaps, no layer.
 */
export function gapLayer(
  gaps: readonly Record<string, unknown>[],
  encoding: Record<string, unknown>,
  mark: Record<string, unknown>,
) {
  if (gaps.length === 0) return [];
  return [
    {
      name: GAP_LAYER,
      data: { values: gaps },
      mark: { type: 'text' as const, color: TEXT_COLOUR, fontWeight: 'bold' as const, ...mark },
      encoding: { ...encoding, text: { field: 'symbol', type: 'nominal' as const } },
    },
  ];
}

/**
 * What the marks mean, for the chart's note: one clause per symbol in the order of MISSING_SYMBOLS, e.g. "In the
 * chart, c marks a value that is confidential (suppressed to protect individuals); it is a gap, not a zero."
 * Undefined when the chart has no gap.
 */
export function gapNote(symbols: Iterable<GapSymbol>): string | undefined {
  const used = new Set(symbols);
  const order = (Object.keys(MISSING_SYMBOLS) as MissingSymbol[]).filter((s): s is GapSymbol => used.has(s as never));
  if (order.length === 0) return undefined;
  const clauses = order.map(
    (s, i) => `${s} ${i === 0 ? 'marks a value that is' : 'one that is'} ${MISSING_SYMBOLS[s]}`,
  );
  const list = clauses.length === 1 ? clauses[0] : `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)}`;
  return `In the chart, ${list}; ${order.length === 1 ? 'it is a gap' : 'these are gaps'}, not a zero.`;
}
