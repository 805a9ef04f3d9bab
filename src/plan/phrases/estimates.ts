/** Report words about counts that are estimates rather than counts of people. */

/** Said where the report explains rounding: NCCIS numerators are rebuilt from rounded rates. */
export const NCCIS_ESTIMATED_COUNTS =
  ' NEET and not known numerators are not counts of people: NCCIS publishes one-decimal rates and cohorts, so each ' +
  'numerator is an estimate (rate x cohort), rounded like a count and marked as an estimate in the published metrics.';
