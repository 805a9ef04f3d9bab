import type { Columns } from '../csv-source.js';

/**
 * The five shapes the KS4 destination measures come in from explore-education-statistics (EES).
 * All are read by the same column aliases; the name is for the summary, the year basis changes the meaning
 * of `time_period`.
 */
export type DestinationLayout =
  /** `ks4_dm_ud_*` underlying data, 2021/22 release on: breakdown_topic/breakdown. */
  | 'ud-breakdown'
  /** `ks4_dm_ud_202021_*` underlying data: characteristic_group/characteristic. */
  | 'ud-characteristic'
  /** `ees_ks4_*` from the 2023/24 release (re-based on LEO): time_period is the cohort year. */
  | 'ees-cohort-year'
  /** EES table-tool download: no version, institution_type or overall; LADs in lad_code/lad_name. */
  | 'table-tool'
  /** The older table-tool download: location/location_code, camelCase geographic_level, characteristic. */
  | 'table-tool-legacy';

export type YearBasis = 'destination' | 'cohort';

export interface LayoutFacts {
  readonly layout: DestinationLayout;
  readonly basis: YearBasis;
  /** The sentence for `summary.yearBasis`. */
  readonly yearBasis: string;
}

/** Column names that only the 2023/24 (cohort-year) release uses. */
const COHORT_BASIS_COLUMNS = ['notsust_ben', 'only_ben'];
/** The 2023/24 release says "students" where earlier releases say "pupils". */
export const COHORT_BASIS_DATA_TYPE = 'number of students';

/**
 * Decides the layout from the header and, for the year basis, the data_type values: the 2023/24 release
 * (`ees_ks4_nat_202223.csv`) is the only one keyed by KS4 cohort year, and it is also the only one with
 * `notsust_ben`/`only_ben` and "Number of students" (checked against every file in data-real/SOURCES.md).
 */
export function detectLayout(columns: Columns, dataTypes: ReadonlySet<string>): LayoutFacts {
  const byHeader = COHORT_BASIS_COLUMNS.filter((c) => columns.has(c));
  const byValues = dataTypes.has(COHORT_BASIS_DATA_TYPE);
  const basis: YearBasis = byHeader.length > 0 || byValues ? 'cohort' : 'destination';
  return { layout: layoutName(columns, basis), basis, yearBasis: basisSentence(basis, byHeader, byValues) };
}

function layoutName(columns: Columns, basis: YearBasis): DestinationLayout {
  if (columns.has('location_code') && !columns.has('country_code')) return 'table-tool-legacy';
  if (basis === 'cohort') return 'ees-cohort-year';
  if (columns.has('characteristic_group')) return 'ud-characteristic';
  if (columns.has('version') && columns.has('institution_type')) return 'ud-breakdown';
  return 'table-tool';
}

function basisSentence(basis: YearBasis, byHeader: string[], byValues: boolean): string {
  if (basis === 'destination') {
    return (
      'time_period is the destination year (the year after KS4), so the KS4 cohort is the year before: ' +
      'time_period 202223 = the 2021/22 cohort.'
    );
  }
  const evidence = [
    ...byHeader.map((c) => `the ${c} column`),
    ...(byValues ? ['data_type "Number of students"'] : []),
  ].join(' and ');
  return (
    `time_period is the KS4 cohort year (the 2023/24 LEO-based release, recognised by ${evidence}), so it is ` +
    `used as is: time_period 202122 = the 2021/22 cohort.`
  );
}
