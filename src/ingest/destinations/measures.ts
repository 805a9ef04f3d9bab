import { type Figure, isMissing, type MissingSymbol, missing } from '../../model/missing.js';

/**
 * Every measure column of the KS4 destination measures, by its DfE name (data guidance, 2020/21 release).
 * `notsust_ben`/`only_ben` are the 2023/24 release's columns; they are kept under their own names rather
 * than merged with `notsust_beneet`/`only_beneet`, because that release re-based the measures on LEO without
 * NCCIS and the guidance does not say the definitions are unchanged.
 */
export const MEASURE_COLUMNS = [
  'inst_count',
  'cohort',
  'overall',
  'education',
  'fe',
  'ssf',
  'sfc',
  'other_edu',
  'ind',
  'appru',
  'special',
  'spi',
  'edu_combo',
  'he',
  'appren',
  'appl3',
  'appl2',
  'all_work',
  'all_notsust',
  'notsust',
  'notsust_beneet',
  'only_beneet',
  'notsust_ben',
  'only_ben',
  'all_unknown',
  'unknown_id',
  'unknown',
] as const;

/** Measures every layout has; `overall` is derived from its parts when absent. */
export const REQUIRED_MEASURES = ['cohort', 'education', 'appren', 'all_work'] as const;

/** The parts of the headline measure: sustained education, apprenticeship or employment (DfE definition). */
export const OVERALL_PARTS = ['education', 'appren', 'all_work'] as const;

/** Columns that describe a row rather than measure it; anything else that is not a measure is reported. */
export const IDENTIFIER_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'new_la_code',
  'la_name',
  'pcon_code',
  'pcon_name',
  'lad_code',
  'lad_name',
  'opportunity_area_code',
  'opportunity_area_name',
  'location',
  'location_code',
  'breakdown_topic',
  'characteristic_group',
  'breakdown',
  'characteristic',
  'level_methodology',
  'institution_group',
  'institution_type',
  'data_type',
  'version',
] as const;

/**
 * overall = education + appren + all_work (the published overall equals this sum in every count row of the
 * national files, 0 exceptions in 10,613 rows checked). When a part is a symbol the sum is that symbol, and `c`
 * wins over any other: a suppressed part must keep the total suppressed, or the part could be recovered by
 * subtraction (DfE/ONS secondary-suppression rule); otherwise the first part's symbol is used.
 */
export function deriveOverall(values: Readonly<Record<string, Figure>>): Figure | undefined {
  const parts = OVERALL_PARTS.map((k) => values[k]);
  if (parts.some((p) => p === undefined)) return undefined;
  const symbols = parts.filter(isMissing).map((p) => p.missing);
  if (symbols.length > 0) return missing(dominantSymbol(symbols));
  return (parts as number[]).reduce((a, b) => a + b, 0);
}

function dominantSymbol(symbols: readonly MissingSymbol[]): MissingSymbol {
  return symbols.includes('c') ? 'c' : (symbols[0] as MissingSymbol);
}
