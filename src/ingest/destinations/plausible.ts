import type { Figure } from '../../model/missing.js';
import type { GeographicLevel } from '../../model/records.js';
import type { RowContext } from './row-context.js';

/**
 * The largest KS4 cohort a row of each level can plausibly hold. England's cohort was 614,979 in 2022/23 (the
 * largest in data-real), the largest region is about a sixth of it, and the largest local authority district in
 * data-real has 13,960 pupils: each bound leaves room for growth, but a count like 199,900 pupils in one local
 * authority is a typing slip, not a cohort.
 */
const MAX_COUNT: Readonly<Record<GeographicLevel, number>> = {
  national: 1_000_000,
  regional: 200_000,
  local_authority: 50_000,
  local_authority_district: 50_000,
};

/** Measures that are not pupils of the cohort: the cohort itself and the number of institutions. */
const NOT_COMPONENTS = new Set(['cohort', 'inst_count']);

/**
 * Cross-field checks of one count row: no count above the level's bound, and no destination count (nor the sum
 * behind a derived `overall`) above the row's cohort. Each is logged at its cell, so a bad row never reaches
 * the rates (where `x > n` would be a crash rather than a located error).
 */
export function checkCounts(
  ctx: RowContext,
  line: number,
  level: GeographicLevel,
  values: Readonly<Record<string, Figure>>,
): void {
  const max = MAX_COUNT[level];
  const cohort = values.cohort;
  for (const { name, k } of ctx.cols.measures) {
    const v = values[name];
    if (typeof v !== 'number' || name === 'inst_count') continue;
    const column = ctx.columns.name(k);
    if (!NOT_COMPONENTS.has(name) && typeof cohort === 'number' && v > cohort) {
      ctx.log.error({
        line,
        column,
        expected: `at most the cohort of the row (${cohort})`,
        found: String(v),
        message: `${name} counts more pupils than the cohort`,
      });
    } else if (v > max) {
      ctx.log.error({
        line,
        column,
        expected: `at most ${max.toLocaleString('en-GB')} pupils in a ${level.replace(/_/g, ' ')} row`,
        found: String(v),
        message: `${name} is not a plausible number of pupils`,
      });
    }
  }
}

/** The derived `overall` (education + appren + all_work) must not exceed the cohort either. */
export function checkDerivedOverall(ctx: RowContext, line: number, values: Readonly<Record<string, Figure>>): void {
  const { overall, cohort } = values;
  if (typeof overall !== 'number' || typeof cohort !== 'number' || overall <= cohort) return;
  const k = ctx.cols.measures.find((m) => m.name === 'cohort')?.k;
  ctx.log.error({
    line,
    ...(k === undefined ? {} : { column: ctx.columns.name(k) }),
    expected: `a cohort of at least education + appren + all_work (${overall})`,
    found: String(cohort),
    message: 'the destinations add up to more pupils than the cohort',
  });
}
