/**
 * The time and geography columns that open every explore-education-statistics file at local-authority level, in
 * their published order: the KS4 destination measures and the NCCIS NEET files both start with them. A national
 * file has the first five only.
 */
export const EES_LA_COLUMNS = [
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
] as const;

/** The columns of a national EES file before its own: time and country. */
export const EES_NATIONAL_COLUMNS = EES_LA_COLUMNS.slice(0, 5);
