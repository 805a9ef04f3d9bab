import { type Counts, countsFor, type Mix, type Rates } from './destination-counts.js';
import { DESTINATION_COHORTS, DESTINATION_PATHS, type DestinationPath } from './evaluation-targets.js';
import { CITY_OF_LONDON, HUB_IDS, type LaProfile, lasOfHub } from './london-areas.js';
import type { Rng } from './prng.js';

/** Counts for one area, one cohort, one institution group, split by disadvantage (Total = the sum). */
export interface GroupCounts {
  readonly instCount: number;
  readonly disadvantaged: Counts;
  readonly notDisadvantaged: Counts;
}

export interface CohortCounts {
  readonly mainstream: GroupCounts;
  /** State-funded special schools, added to mainstream for the "mainstream & special" group. */
  readonly special: GroupCounts;
}

/** Per LA (by E09 code), one entry per cohort in DESTINATION_COHORTS. */
export type LondonDestinations = Map<string, CohortCounts[]>;

/** London KS4 cohorts grew by about 15% from 2014/15 to 2021/22. */
const LONDON_GROWTH = [0.87, 0.88, 0.89, 0.9, 0.92, 0.95, 0.98, 1.0];
/** Synthetic national mainstream cohorts, of the order the real national file shows (550,000-575,000). */
const NATIONAL_COHORT = [562300, 557800, 552100, 550400, 553200, 558900, 565700, 573100];
const NATIONAL_DISADVANTAGED = 0.26;
/** Mean KS4 cohort per mainstream school (national file: 575,055 pupils in 3,245 schools, 2021/22 cohort). */
const PUPILS_PER_SCHOOL = 177;
/** Disadvantaged pupils are less often in sustained apprenticeships and more often in work or not captured. */
const DISADVANTAGED_RATIO = { appren: 0.7, work: 1.1, unknown: 1.3 };

export function londonDestinations(rng: Rng): LondonDestinations {
  const out: LondonDestinations = new Map();
  for (const hubId of HUB_IDS) {
    const las = lasOfHub(hubId);
    const series = hubSeries(rng, hubId, las);
    for (const [i, la] of las.entries()) out.set(la.newCode, series[i] ?? []);
  }
  return out;
}

/** What stays with an LA across cohorts: its rate offset, apprenticeship and sixth-form leanings, size wobble. */
interface LaTraits {
  readonly overall: number;
  readonly appren: number;
  readonly ssf: number;
  readonly size: number;
}

/** For each LA of one hub (in `las` order), the counts of every cohort. */
function hubSeries(rng: Rng, hubId: string, las: readonly LaProfile[]): CohortCounts[][] {
  const path = DESTINATION_PATHS[hubId];
  if (!path) throw new Error(`no destination path for hub ${hubId}`);
  const traits: LaTraits[] = las.map(() => ({
    overall: rng.normal(0, 0.6),
    appren: Math.exp(rng.normal(0, 0.25)),
    ssf: Math.exp(rng.normal(0, 0.25)),
    size: Math.exp(rng.normal(0, 0.03)),
  }));
  const trait = (i: number) => traits[i] ?? { overall: 0, appren: 1, ssf: 1, size: 1 };
  const series = las.map((): CohortCounts[] => []);
  DESTINATION_COHORTS.forEach((_, k) => {
    const n = las.map((la, i) => mainstreamCohort(rng, la, k, trait(i).size));
    const s = las.map((la) => clamp(la.disadvantaged * (1.05 - 0.012 * k) + rng.normal(0, 0.01), 0.05, 0.7));
    // Year-to-year noise shrinks with cohort size, like the sampling noise of a proportion.
    const offset = las.map(
      (_, i) => trait(i).overall + rng.normal(0, 0.35 * Math.sqrt(2500 / Math.max(n[i] ?? 1, 100))),
    );
    const rates = splitByDisadvantage(
      rng,
      at(path, k),
      n,
      s,
      offset,
      las.map((_, i) => trait(i).appren),
    );
    las.forEach((la, i) => {
      const cohort = n[i] ?? 0;
      const d = Math.round(cohort * (s[i] ?? 0));
      const r = rates[i];
      if (!r) throw new Error('missing rates');
      series[i]?.push({
        mainstream: {
          instCount:
            la.newCode === CITY_OF_LONDON
              ? 1
              : Math.max(1, Math.round(cohort / PUPILS_PER_SCHOOL + rng.normal(0, 0.6))),
          disadvantaged: countsFor(rng, d, r.d, mainstreamMix(k, true, trait(i).ssf)),
          notDisadvantaged: countsFor(rng, cohort - d, r.nd, mainstreamMix(k, false, trait(i).ssf)),
        },
        // Special-school leavers are about 2.3% of the mainstream cohort (national file: 13,029 vs 575,055).
        special: specialSchools(
          rng,
          la.newCode === CITY_OF_LONDON ? 0 : Math.round(cohort * 0.024 * Math.exp(rng.normal(0, 0.3))),
          k,
        ),
      });
    });
  });
  return series;
}

/**
 * A KS4 mainstream cohort is about 43% of the LA's two-year 16-17 NCCIS cohort (half of it, less pupils in
 * independent and special schools); the City of London's is a handful of pupils.
 */
function mainstreamCohort(rng: Rng, la: LaProfile, k: number, size: number): number {
  if (la.newCode === CITY_OF_LONDON) return rng.int(5, 15);
  return Math.round(la.youth * 0.43 * (LONDON_GROWTH[k] ?? 1) * size);
}

export function nationalDestinations(rng: Rng): CohortCounts[] {
  const path = DESTINATION_PATHS.national;
  if (!path) throw new Error('no national destination path');
  return DESTINATION_COHORTS.map((_, k) => {
    const n = Math.round((NATIONAL_COHORT[k] ?? 0) + rng.normal(0, 400));
    const s = NATIONAL_DISADVANTAGED + rng.normal(0, 0.004);
    const [r] = splitByDisadvantage(rng, at(path, k), [n], [s], [0], [1]);
    if (!r) throw new Error('missing rates');
    const d = Math.round(n * s);
    const mix = (disadvantaged: boolean) => ({
      ...mainstreamMix(k, disadvantaged, 1),
      education: disadvantaged ? ([0.55, 0.27, 0.15, 0.03] as const) : ([0.36, 0.47, 0.16, 0.01] as const),
    });
    return {
      mainstream: {
        instCount: Math.round(n / PUPILS_PER_SCHOOL + rng.normal(0, 15)),
        disadvantaged: countsFor(rng, d, r.d, mix(true)),
        notDisadvantaged: countsFor(rng, n - d, r.nd, mix(false)),
      },
      special: specialSchools(rng, Math.round(12000 + 180 * k + rng.normal(0, 150)), k),
    };
  });
}

interface SplitRates {
  readonly d: Rates;
  readonly nd: Rates;
}

/**
 * Rates for disadvantaged and other pupils in each LA such that the cohort-pooled rates of the areas hit
 * the path exactly: LA offsets are centred within the hub, and the disadvantage gap G is solved from
 * pooled(disadvantaged) = Σ n·s·(r − (1−s)·G) / Σ n·s, since an LA's total r = r_d + (1−s)·G.
 */
function splitByDisadvantage(
  rng: Rng,
  target: Rates & { overallDisadvantaged: number },
  n: number[],
  s: number[],
  offset: number[],
  apprenFactor: number[],
): SplitRates[] {
  const total = n.reduce((a, b) => a + b, 0);
  const centre = (xs: number[]) => {
    const mean = xs.reduce((a, x, i) => a + x * (n[i] ?? 0), 0) / total;
    return xs.map((x) => x - mean);
  };
  const overall = centre(offset).map((o) => target.overall + o);
  const apprenMean = apprenFactor.reduce((a, f, i) => a + f * (n[i] ?? 0), 0) / total;
  const gapNoise = n.map(() => rng.normal(0, 0.5));
  const w = n.map((ni, i) => ni * (s[i] ?? 0) * (1 - (s[i] ?? 0)));
  const wSum = w.reduce((a, b) => a + b, 0);
  const gapMean = gapNoise.reduce((a, g, i) => a + g * (w[i] ?? 0), 0) / wSum;
  const ns = n.map((ni, i) => ni * (s[i] ?? 0));
  const nsSum = ns.reduce((a, b) => a + b, 0);
  const gap = (ns.reduce((a, x, i) => a + x * (overall[i] ?? 0), 0) - target.overallDisadvantaged * nsSum) / wSum;
  return n.map((_, i) => {
    const si = s[i] ?? 0;
    const g = gap + (gapNoise[i] ?? 0) - gapMean;
    const all: Rates = {
      overall: overall[i] ?? 0,
      appren: (target.appren * (apprenFactor[i] ?? 1)) / apprenMean,
      work: target.work,
      unknown: target.unknown,
    };
    const d: Rates = {
      overall: all.overall - (1 - si) * g,
      appren: all.appren * DISADVANTAGED_RATIO.appren,
      work: all.work * DISADVANTAGED_RATIO.work,
      unknown: all.unknown * DISADVANTAGED_RATIO.unknown,
    };
    const rest = (a: number, b: number) => (a - si * b) / (1 - si);
    return {
      d,
      nd: {
        overall: d.overall + g,
        appren: rest(all.appren, d.appren),
        work: rest(all.work, d.work),
        unknown: rest(all.unknown, d.unknown),
      },
    };
  });
}

function at(path: DestinationPath, k: number): Rates & { overallDisadvantaged: number } {
  const v = (xs: readonly number[]) => xs[k] ?? xs[xs.length - 1] ?? 0;
  return {
    overall: v(path.overall),
    overallDisadvantaged: v(path.overallDisadvantaged),
    appren: v(path.appren),
    work: v(path.work),
    unknown: v(path.unknown),
  };
}

/** London sends more pupils to school sixth forms than England; level 3 apprenticeships grow over the period. */
function mainstreamMix(k: number, disadvantaged: boolean, ssfFactor: number): Mix {
  const level3 = 0.23 + 0.035 * k;
  return {
    education: disadvantaged ? [0.45, 0.33 * ssfFactor, 0.2, 0.02] : [0.26, 0.53 * ssfFactor, 0.2, 0.012],
    otherEdu: [0.5, 0.1, 0.07, 0.04, 0.27, 0.02],
    appren: [level3, 1 - level3],
    notSustained: [0.56, 0.27, 0.17],
    unknown: [0.88, 0.12],
  };
}

/** Special-school leavers: mostly FE and special post-16 places, few apprenticeships; half disadvantaged. */
function specialSchools(rng: Rng, cohort: number, k: number): GroupCounts {
  const d = Math.round(cohort * 0.5);
  const overall = 88.5 + 0.2 * k + rng.normal(0, 1);
  const mix: Mix = {
    education: [0.62, 0.04, 0.02, 0.32],
    otherEdu: [0.04, 0.03, 0.8, 0.12, 0.01, 0],
    appren: [0.3, 0.7],
    notSustained: [0.5, 0.3, 0.2],
    unknown: [0.9, 0.1],
  };
  const rates = (shift: number): Rates => ({
    overall: clamp(overall + shift, 70, 99),
    appren: 0.4,
    work: 1.5,
    unknown: 1.8,
  });
  return {
    instCount: Math.max(cohort > 0 ? 1 : 0, Math.round(cohort / 14)),
    disadvantaged: countsFor(rng, d, rates(-1.5), mix),
    notDisadvantaged: countsFor(rng, cohort - d, rates(1.5), mix),
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
