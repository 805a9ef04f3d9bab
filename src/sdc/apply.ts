import type { MetricRow } from '../model/metric.js';
import { primarySuppression, type SdcOptions } from './primary.js';
import { roundPeopleCounts } from './rounding.js';
import type { Margin } from './row-key.js';
import { secondarySuppression } from './secondary.js';
import { suppressionNote } from './suppression-note.js';

export type { SdcOptions } from './primary.js';
export type { Margin, RowKey } from './row-key.js';

/**
 * Statistical disclosure control for the metrics table, in the order the GSS guidance for tables from
 * administrative sources sets out:
 *
 *   rows ─ primary suppression (small counts, small groups, few institutions)
 *        ─ secondary suppression (no margin with a single hidden cell)
 *        ─ rounding of published counts of people to the nearest `rounding`
 *
 * Both suppression steps decide on unrounded counts; rounding comes last and never touches rates or intervals.
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
  return roundPeopleCounts(secondary, options.rounding);
}

function checkOptions({ threshold, rounding, minInstitutions }: SdcOptions): void {
  if (!(Number.isFinite(threshold) && threshold >= 0))
    throw new RangeError(`sdc threshold must be >= 0, got ${threshold}`);
  if (!(Number.isFinite(rounding) && rounding > 0)) throw new RangeError(`sdc rounding must be > 0, got ${rounding}`);
  if (!(Number.isFinite(minInstitutions) && minInstitutions >= 0)) {
    throw new RangeError(`sdc minInstitutions must be >= 0, got ${minInstitutions}`);
  }
}
