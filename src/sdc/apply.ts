import type { MetricRow } from '../model/metric.js';
import { derivedSuppression } from './derived.js';
import { primarySuppression, type SdcOptions } from './primary.js';
import { roundPeopleCounts, roundRates } from './rounding.js';
import type { Margin } from './row-key.js';
import { secondarySuppression } from './secondary.js';
import { suppressionNote } from './suppression-note.js';

export type { SdcOptions } from './primary.js';

/** Rates to one decimal place unless configured: the precision of DfE's published destination and NEET rates. */
export const DEFAULT_RATE_DECIMALS = 1;
export type { Margin, RowKey } from './row-key.js';

/**
 * Statistical disclosure control for the metrics table, in the order the GSS guidance for tables from
 * administrative sources sets out:
 *
 *   rows ─ primary suppression (small counts, small groups, few institutions)
 *        ─ secondary suppression (no margin with a single hidden cell)
 *        ─ derived suppression (no change, gap or difference worked out from a hidden cell)
 *        ─ rounding of published counts of people to the nearest `rounding`
 *        ─ rounding of percentages and percentage points to `rateDecimals` places (default 1)
 *
 * Both suppression steps decide on unrounded counts; rates and intervals are computed from unrounded counts and
 * only their published digits are cut.
 * Returns new rows in the same order; the input is not changed.
 */
export function applySdc(
  rows: readonly MetricRow[],
  options: SdcOptions,
  margins: readonly Margin[] = [],
): MetricRow[] {
  checkOptions(options);
  const primary = primarySuppression(rows, options);
  const secondary = secondarySuppression(primary, margins, suppressionNote('secondary', options));
  const derived = derivedSuppression(secondary, suppressionNote('derived', options));
  return roundRates(roundPeopleCounts(derived, options.rounding), options.rateDecimals ?? DEFAULT_RATE_DECIMALS);
}

function checkOptions({ threshold, rounding, minInstitutions, rateDecimals }: SdcOptions): void {
  if (rateDecimals !== undefined && !(Number.isInteger(rateDecimals) && rateDecimals >= 0 && rateDecimals <= 6))
    throw new RangeError(`sdc rateDecimals must be a whole number from 0 to 6, got ${rateDecimals}`);
  if (!(Number.isFinite(threshold) && threshold >= 0))
    throw new RangeError(`sdc threshold must be >= 0, got ${threshold}`);
  if (!(Number.isFinite(rounding) && rounding > 0)) throw new RangeError(`sdc rounding must be > 0, got ${rounding}`);
  if (!(Number.isFinite(minInstitutions) && minInstitutions >= 0)) {
    throw new RangeError(`sdc minInstitutions must be >= 0, got ${minInstitutions}`);
  }
}
