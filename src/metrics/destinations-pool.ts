import type { LocalAuthority } from '../config/schema.js';
import { type Figure, isMissing, type MissingSymbol } from '../model/missing.js';
import type { DestinationRow } from '../model/records.js';
import type { AreaCounts } from './pooled-change.js';

/** A rate's counts (x of n pupils) with the rows they came from, or the symbol that stands in for it. */
export type Pooled = Estimate | Withheld;
export interface Estimate {
  readonly x: number;
  readonly n: number;
  readonly rows: readonly DestinationRow[];
  readonly notes: readonly string[];
  /** The LAs pooled, by code (the units of the between-area interval); absent for the national row. */
  readonly areas?: AreaCounts;
}
export interface Withheld {
  readonly symbol: MissingSymbol;
  readonly notes: readonly string[];
}

export function isWithheld(p: Pooled): p is Withheld {
  return 'symbol' in p;
}

/** Counts of one measure out of the KS4 cohort (`cohort`, the denominator of every DfE destination rate). */
export interface RateOf {
  readonly field: string;
  readonly label: string;
}

/**
 * Pools a hub's LAs: the rate of the hub's combined cohort, sum(x) / sum(n), never an average of LA rates
 * (which would weight a borough of 900 pupils like one of 3,000).
 * - An LA with no row at all (the DfE LAD file has no City of London) is left out and named in the note.
 * - An LA whose cell is a symbol withholds the hub figure (`c`, or the LA's own symbol when none is `c`),
 *   because a hub total published beside the other LAs' figures would let the suppressed cell be recovered
 *   by subtraction (DfE/ONS secondary suppression). With `poolAroundSuppressed` the hub figure is computed
 *   from the other LAs instead, and the note says which LA was left out.
 */
export function poolLas(
  las: readonly LocalAuthority[],
  byLa: ReadonlyMap<string, DestinationRow> | undefined,
  rate: RateOf,
  poolAroundSuppressed: boolean,
): Pooled {
  let x = 0;
  let n = 0;
  const used: DestinationRow[] = [];
  const areas = new Map<string, { x: number; n: number }>();
  const absent: string[] = [];
  const withheld: { la: string; symbol: MissingSymbol; what: string }[] = [];
  for (const la of las) {
    const row = byLa?.get(la.newCode);
    if (!row) {
      absent.push(`${la.name} (${la.newCode})`);
      continue;
    }
    const num = row.values[rate.field];
    const den = row.values.cohort;
    const numSymbol = symbolOf(num);
    const denSymbol = symbolOf(den);
    if (numSymbol !== undefined || denSymbol !== undefined) {
      withheld.push({
        la: la.name,
        symbol: (numSymbol ?? denSymbol) as MissingSymbol,
        what: numSymbol !== undefined ? rate.label : 'cohort',
      });
      continue;
    }
    x += num as number;
    n += den as number;
    used.push(row);
    areas.set(la.newCode, { x: num as number, n: den as number });
  }
  const notes: string[] = [];
  if (absent.length > 0 && used.length + withheld.length > 0)
    notes.push(`no row for ${absent.join(', ')} in the data; computed from the hub's other LAs`);
  const why = withheld.map((w) => `${w.la}'s ${w.what} is ${w.symbol === '' ? 'empty' : w.symbol}`).join('; ');
  if (withheld.length > 0 && !poolAroundSuppressed) {
    const symbol = withheld.some((w) => w.symbol === 'c') ? 'c' : (withheld[0]?.symbol as MissingSymbol);
    return { symbol, notes: [`withheld because ${why}`, ...notes] };
  }
  if (withheld.length > 0)
    notes.unshift(`computed without ${withheld.map((w) => w.la).join(', ')} (${why}; poolAroundSuppressed is on)`);
  if (n === 0)
    return {
      symbol: 'x',
      notes: [
        absent.length > 0 && used.length + withheld.length === 0
          ? `no row for any of the hub's LAs in the data`
          : 'cohort of 0',
        ...notes,
      ],
    };
  return { x, n, rows: used, notes, areas };
}

/** The national comparator's counts, or its symbol. */
export function nationalCounts(row: DestinationRow | undefined, rate: RateOf): Pooled {
  if (!row) return { symbol: 'x', notes: ['no national row for this cohort'] };
  const num = row.values[rate.field];
  const den = row.values.cohort;
  const symbol = symbolOf(num) ?? symbolOf(den);
  if (symbol !== undefined) return { symbol, notes: [] };
  if ((den as number) === 0) return { symbol: 'x', notes: ['national cohort of 0'] };
  return { x: num as number, n: den as number, rows: [row], notes: [] };
}

/** A figure's symbol; an absent figure (the column is not in the file) counts as not available. */
function symbolOf(v: Figure | undefined): MissingSymbol | undefined {
  if (v === undefined) return 'x';
  return isMissing(v) ? v.missing : undefined;
}
