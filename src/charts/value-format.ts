import type { MetricUnit } from '../model/metric.js';
import type { MissingSymbol } from '../model/missing.js';
import { formatCount, groupedFixed } from '../model/number-format.js';

/** What a chart's numbers measure; percentages are 0-100, `pp` is a difference in percentage points. */
export type ChartUnit = MetricUnit;

// The report's one rounding (model/number-format.ts), so a chart label reads as the sentence beside it.
const ONE_DP = { format: (v: number) => groupedFixed(v, 1) };
const WHOLE = { format: formatCount };

/** U+2212, the minus sign d3-format (and so Vega's axes) prints; wider and clearer than a hyphen. */
export const MINUS = '\u2212';

/**
 * A value as printed in chart labels and tables. Percentages and means to one decimal place and counts
 * whole, following the DfE KS4 destination measures and attainment releases; differences carry a sign.
 */
export function formatValue(value: number, unit: ChartUnit): string {
  switch (unit) {
    case 'pct':
      return `${signed(ONE_DP.format(value))}%`;
    case 'mean':
      return signed(ONE_DP.format(value));
    case 'count':
      return signed(WHOLE.format(value));
    case 'pp': {
      const text = signed(ONE_DP.format(value));
      return `${text.startsWith(MINUS) || text === '0.0' ? text : `+${text}`} pp`;
    }
  }
}

/**
 * Rounding -0.04 to one place gives "-0.0", which reads as a fall: it is zero. Other negatives get a
 * true minus sign.
 */
function signed(text: string): string {
  if (/^-0(\.0+)?$/.test(text)) return text.slice(1);
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/**
 * What stands in a table cell for a value that is not plotted. A null with no symbol given is shown
 * as `x` (DfE: not available), never as 0 or a blank that could be read as 0.
 */
export function missingText(symbol: MissingSymbol | '' | undefined): string {
  return symbol === undefined || symbol === '' ? 'x' : symbol;
}

export function cellText(value: number | null | undefined, unit: ChartUnit, symbol?: MissingSymbol | ''): string {
  return value === null || value === undefined ? missingText(symbol) : formatValue(value, unit);
}

const TICK = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** An axis tick label: whole or trimmed decimals, `%` on percentages, a sign on differences. */
export function tickText(value: number, unit: ChartUnit): string {
  const text = signed(TICK.format(value));
  if (unit === 'pct') return `${text}%`;
  if (unit === 'pp' && value > 0) return `+${text}`;
  return text;
}

/** The same labels as `tickText`, as a Vega expression (d3-format `~` trims trailing zeros as Intl does). */
export function axisLabelExpr(unit: ChartUnit): string {
  switch (unit) {
    case 'pct':
      return "format(datum.value, ',.2~f') + '%'";
    case 'mean':
    case 'count':
      return "format(datum.value, ',.2~f')";
    case 'pp':
      return "(datum.value > 0 ? '+' : '') + format(datum.value, ',.2~f')";
  }
}
