import { MEASURE_COLUMNS } from '../../src/ingest/destinations/measures.js';
import { apportion } from './apportion.js';
import type { Rng } from './prng.js';

/** Columns of the reader's list the samples do not write: the institution count and the 2023/24 release's own. */
type NotInSamples = 'inst_count' | 'notsust_ben' | 'only_ben';
export type Measure = Exclude<(typeof MEASURE_COLUMNS)[number], NotInSamples>;
const NOT_IN_SAMPLES: ReadonlySet<string> = new Set<NotInSamples>(['inst_count', 'notsust_ben', 'only_ben']);

/** The count columns of the KS4 destination measures files, in file order (after inst_count): the reader's list. */
export const MEASURES: readonly Measure[] = MEASURE_COLUMNS.filter((c): c is Measure => !NOT_IN_SAMPLES.has(c));
export type Counts = Record<Measure, number>;

/**
 * Columns the first cohort in the samples (2014/15, destination year 201516) does not have: the real
 * ks4_dm_ud_202223_nat_rev.csv writes `z` there, since the finer breakdowns start with the 2015/16 cohort.
 */
export const LATER_MEASURES: ReadonlySet<Measure> = new Set([
  'ind',
  'appru',
  'special',
  'spi',
  'edu_combo',
  'he',
  'notsust',
  'notsust_beneet',
  'only_beneet',
  'unknown_id',
  'unknown',
]);

/** Destination rates for one group of pupils, as % of the cohort. */
export interface Rates {
  readonly overall: number;
  readonly appren: number;
  readonly work: number;
  readonly unknown: number;
}

/** How each destination splits into its sub-columns (relative weights). */
export interface Mix {
  /** fe, ssf, sfc, other_edu */
  readonly education: readonly [number, number, number, number];
  /** ind, appru, special, spi, edu_combo, he */
  readonly otherEdu: readonly [number, number, number, number, number, number];
  /** appl3, appl2 */
  readonly appren: readonly [number, number];
  /** notsust, notsust_beneet, only_beneet */
  readonly notSustained: readonly [number, number, number];
  /** unknown_id, unknown */
  readonly unknown: readonly [number, number];
}

/**
 * Whole-pupil counts that add up the way the real files do (checked on ks4_dm_ud_202223_nat_rev.csv):
 * cohort = overall + all_notsust + all_unknown; overall = education + appren + all_work;
 * education = fe + ssf + sfc + other_edu; other_edu = ind + appru + special + spi + edu_combo + he;
 * appren = appl3 + appl2; all_notsust = notsust + notsust_beneet + only_beneet; all_unknown = unknown_id + unknown.
 */
export function countsFor(rng: Rng, cohort: number, rates: Rates, mix: Mix): Counts {
  const split = (n: number, weights: readonly number[]) => apportion(n, weights, rng);
  const notSustainedRate = Math.max(0, 100 - rates.overall - rates.unknown);
  const [overall = 0, allNotsust = 0, allUnknown = 0] = split(cohort, [rates.overall, notSustainedRate, rates.unknown]);
  const educationRate = Math.max(0, rates.overall - rates.appren - rates.work);
  const [education = 0, appren = 0, allWork = 0] = split(overall, [educationRate, rates.appren, rates.work]);
  const [fe = 0, ssf = 0, sfc = 0, otherEdu = 0] = split(education, mix.education);
  const [ind = 0, appru = 0, special = 0, spi = 0, eduCombo = 0, he = 0] = split(otherEdu, mix.otherEdu);
  const [appl3 = 0, appl2 = 0] = split(appren, mix.appren);
  const [notsust = 0, beneet = 0, onlyBeneet = 0] = split(allNotsust, mix.notSustained);
  const [unknownId = 0, unknown = 0] = split(allUnknown, mix.unknown);
  return {
    cohort,
    overall,
    education,
    fe,
    ssf,
    sfc,
    other_edu: otherEdu,
    ind,
    appru,
    special,
    spi,
    edu_combo: eduCombo,
    he,
    appren,
    appl3,
    appl2,
    all_work: allWork,
    all_notsust: allNotsust,
    notsust,
    notsust_beneet: beneet,
    only_beneet: onlyBeneet,
    all_unknown: allUnknown,
    unknown_id: unknownId,
    unknown,
  };
}

export function addCounts(...parts: readonly Counts[]): Counts {
  const out = Object.fromEntries(MEASURES.map((m) => [m, 0])) as Counts;
  for (const part of parts) for (const m of MEASURES) out[m] += part[m];
  return out;
}

/** Share of each count in the cohort, as a %. */
export function percentOf(counts: Counts, measure: Measure): number {
  return counts.cohort > 0 ? (100 * counts[measure]) / counts.cohort : 0;
}
