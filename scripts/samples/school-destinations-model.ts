import type { SampleInstitution } from './institutions.js';
import type { Rng } from './prng.js';

/**
 * The planted truth of the synthetic school-level KS4 destinations: every school's rates follow
 *
 *   rate(school, cohort) = base + level(school) + selection(join year) + trend(cohort) + effect × joined(cohort)
 *
 * with binomial sampling noise from the school's cohort size. Joining raises the rates by EFFECT from the first
 * cohort at or after the join year, for every join year alike; early joiners start higher (SELECTION), so a naive
 * members-against-others comparison overstates the effect, while trends are parallel (the design's assumption).
 * data-samples/README.md prints these values; the simulation test draws panels from this same function.
 *
 * The constants keep every pupil group's expected rate inside 0-100 with room to spare (draw() throws otherwise),
 * so no rate is ever capped: a cap near 100% (or 0%) would shrink the effect where early joiners sit highest, and
 * the panels would no longer carry the planted effect. For the same reason small counts are drawn exactly.
 */

/** Planted effect of joining, in percentage points of the cohort. */
export const PLANTED_EFFECT = { overall: 1.5, appren: 0.8, all_notsust: -1 } as const;

/** Level (pp) of a school joining in `joined` (start year) against never-joined schools: +0.5 per year earlier. */
export function plantedSelection(joined: number | null): number {
  return joined === null ? 0 : Math.max(0, 0.5 * (SELECTION_LAST - joined));
}
const SELECTION_LAST = 2022;

/** Base rates (pp of the cohort) of a never-joined school in the first cohort, for all pupils (unknown: 4.5). */
const BASE = { overall: 85, appren: 5, all_notsust: 10.5 } as const;
/** Disadvantaged pupils' rates against the school's other pupils (pp). */
const DISADVANTAGE_GAP = { overall: -5, appren: -1, all_notsust: 3 } as const;
/** Common change per cohort (pp): the same for every school, so trends are parallel. */
const TREND = { overall: 0.15, appren: 0.1, all_notsust: -0.1 } as const;
/**
 * School-level spread (pp, standard deviation, truncated at ±2.5 sd). A school's level in not sustained is a share
 * of its level in sustained destinations, of the opposite sign (NOT_SUSTAINED_SHARE), so that a school high on one
 * is low on the other and its unknown destinations stay above 0; apprenticeships vary on their own.
 */
const SCHOOL_SD = { overall: 1.2, appren: 1 } as const;
/** The part of a school's level and selection in sustained destinations that is missing from not sustained. */
export const NOT_SUSTAINED_SHARE = 0.7;

/** KS4 cohorts of the school-level sample files (start years): 2015/16 to 2022/23. */
export const SCHOOL_COHORTS: readonly number[] = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];

/** The register's eligible mainstream schools, with a year-11 size of a fifth of their pupils. */
export function plantedSchools(rng: Rng, institutions: readonly SampleInstitution[]): PlantedSchool[] {
  return institutions
    .filter((i) => i.type === 'mainstream' && i.eligible)
    .map((i) => ({
      urn: i.urn,
      la: i.la.newCode,
      joined: i.joined,
      cohortSize: Math.round((i.pupils ?? 1000) / 5),
      disadvantagedShare: rng.float(0.15, 0.5),
    }));
}

export interface PlantedSchool {
  readonly urn: string;
  /** The school's LA (E-code). */
  readonly la: string;
  /** Start year of the academic year the school joined its hub; null = never. */
  readonly joined: number | null;
  /** Pupils at the end of KS4 each year. */
  readonly cohortSize: number;
  readonly disadvantagedShare: number;
}

/** One breakdown block of one school and cohort: counts of pupils. */
export interface PlantedCounts {
  readonly cohort: number;
  readonly overall: number;
  readonly education: number;
  readonly appren: number;
  readonly all_work: number;
  readonly all_notsust: number;
  readonly all_unknown: number;
}

export interface PlantedCohort {
  readonly urn: string;
  readonly cohortYear: number;
  readonly disadvantaged: PlantedCounts;
  readonly other: PlantedCounts;
}

type Rates = { overall: number; appren: number; all_notsust: number };

export function plantedPanel(rng: Rng, schools: readonly PlantedSchool[], cohorts: readonly number[]): PlantedCohort[] {
  const first = cohorts[0] ?? 0;
  const out: PlantedCohort[] = [];
  for (const s of schools) {
    const quality = truncatedNormal(rng, SCHOOL_SD.overall);
    const level = {
      overall: quality,
      appren: truncatedNormal(rng, SCHOOL_SD.appren),
      all_notsust: -NOT_SUSTAINED_SHARE * quality,
    };
    const selection = plantedSelection(s.joined);
    for (const year of cohorts) {
      const on = s.joined !== null && year >= s.joined ? 1 : 0;
      const rate = (k: keyof Rates) =>
        BASE[k] + level[k] + TREND[k] * (year - first) + PLANTED_EFFECT[k] * on + selectionPart(k, selection);
      const n = Math.max(1, Math.round(s.cohortSize * (1 + rng.normal(0, 0.05))));
      const nDis = binomial(rng, n, s.disadvantagedShare);
      const school = { overall: rate('overall'), appren: rate('appren'), all_notsust: rate('all_notsust') };
      // Disadvantaged pupils sit the gap below the school's other pupils; the school's mean rate is kept.
      out.push({
        urn: s.urn,
        cohortYear: year,
        disadvantaged: draw(rng, nDis, shift(school, DISADVANTAGE_GAP, 1 - s.disadvantagedShare)),
        other: draw(rng, n - nDis, shift(school, DISADVANTAGE_GAP, -s.disadvantagedShare)),
      });
    }
  }
  return out;
}

/** Selection raises sustained destinations, lowers not sustained by 0.7 of it and raises apprenticeships a fifth. */
export function selectionPart(k: keyof Rates, selection: number): number {
  return k === 'overall' ? selection : k === 'all_notsust' ? -NOT_SUSTAINED_SHARE * selection : selection / 5;
}

/** Splits a school rate into its disadvantaged (weight on gap) and other pupils, keeping the school mean. */
function shift(r: Rates, gap: Rates, weight: number): Rates {
  return {
    overall: r.overall + gap.overall * weight,
    appren: r.appren + gap.appren * weight,
    all_notsust: r.all_notsust + gap.all_notsust * weight,
  };
}

export function sumCounts(a: PlantedCounts, b: PlantedCounts): PlantedCounts {
  return {
    cohort: a.cohort + b.cohort,
    overall: a.overall + b.overall,
    education: a.education + b.education,
    appren: a.appren + b.appren,
    all_work: a.all_work + b.all_work,
    all_notsust: a.all_notsust + b.all_notsust,
    all_unknown: a.all_unknown + b.all_unknown,
  };
}

function draw(rng: Rng, n: number, r: Rates): PlantedCounts {
  const pO = probability(r.overall / 100);
  const overall = binomial(rng, n, pO);
  const appren = binomial(rng, overall, probability(r.appren / 100 / pO));
  const education = binomial(rng, overall - appren, 0.93);
  const notsust = binomial(rng, n - overall, probability(r.all_notsust / 100 / (1 - pO)));
  return {
    cohort: n,
    overall,
    education,
    appren,
    all_work: overall - appren - education,
    all_notsust: notsust,
    all_unknown: n - overall - notsust,
  };
}

/**
 * Binomial draw: exact by inversion of the distribution function when fewer than 10 successes or failures are
 * expected (Devroye 1986, section X.4), where a rounded normal cut at 0 or n would lift the mean; otherwise by its
 * normal approximation, rounded (the bounds then lie over 3 sd away; fast enough for 1,000 panels).
 */
function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  if (n * p < 10) return binomialInversion(rng, n, p);
  const x = Math.round(rng.normal(n * p, Math.sqrt(n * p * (1 - p))));
  return Math.min(n, Math.max(0, x));
}

/** Walks the probabilities P(X = 0), P(X = 1), ... (each from the last) until they pass a uniform draw. */
function binomialInversion(rng: Rng, n: number, p: number): number {
  const ratio = p / (1 - p);
  let f = (1 - p) ** n;
  let u = rng.next();
  let x = 0;
  while (u > f && x < n) {
    u -= f;
    f *= (ratio * (n - x)) / (x + 1);
    x++;
  }
  return x;
}

function truncatedNormal(rng: Rng, sd: number): number {
  return Math.max(-2.5 * sd, Math.min(2.5 * sd, rng.normal(0, sd)));
}

/** A planted rate as a probability; one outside 0-1 means the constants above no longer fit, so it is not capped. */
function probability(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`planted rate ${p} is outside 0-1: the model's constants need changing`);
  return p;
}
