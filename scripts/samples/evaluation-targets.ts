/**
 * What the synthetic data is tuned to resemble: the headline findings of the dmh associates evaluation of
 * the London Careers Hubs (GLA, February 2025), plus orders of magnitude from the real DfE files.
 * Nothing here is real data about any institution; the numbers only shape the made-up samples.
 */

/** Academic years the Compass samples cover (2019/20 ... 2023/24), by start year. */
export const COMPASS_YEARS = [2019, 2020, 2021, 2022, 2023] as const;

/** Distinct London institutions completing Compass each year (evaluation: 311 rising to 664). */
export const COMPASS_COMPLETIONS = [311, 400, 480, 580, 664] as const;

/** London mean number of Gatsby Benchmarks fully achieved (evaluation: 2.6 in 2019/20 to 5.3 in 2023/24). */
export const COMPASS_MEAN_ACHIEVED = [2.6, 3.3, 4.0, 4.7, 5.3] as const;

/**
 * Hub differences from the London mean, in benchmarks achieved, at the first year and the change per year:
 * South and West start lower and progress faster; East and Central slightly slower (evaluation). Centred on
 * the London mean each year, weighted by completions, so London still lands on COMPASS_MEAN_ACHIEVED.
 */
export const COMPASS_HUB_DELTA: Record<string, { start: number; perYear: number }> = {
  central: { start: 0.25, perYear: -0.05 },
  east: { start: 0.15, perYear: -0.04 },
  south: { start: -0.35, perYear: 0.09 },
  west: { start: -0.25, perYear: 0.07 },
};

/**
 * Cumulative share of eligible institutions that have joined their hub by the end of each academic year,
 * 2016/17 ... 2023/24: ~20% by 2017/18, ~80% by 2020/21, ~91% by 2023/24 (evaluation), hubs differing a little.
 */
export const MEMBERSHIP_FIRST_YEAR = 2016;
export const MEMBERSHIP_CUMULATIVE: Record<string, readonly number[]> = {
  central: [0.08, 0.21, 0.42, 0.63, 0.8, 0.87, 0.9, 0.92],
  east: [0.1, 0.24, 0.47, 0.67, 0.82, 0.88, 0.91, 0.93],
  south: [0.04, 0.15, 0.36, 0.58, 0.76, 0.83, 0.86, 0.88],
  west: [0.06, 0.18, 0.4, 0.62, 0.79, 0.85, 0.88, 0.9],
};

/** KS4 cohorts in the destination samples, by start year: 2014/15 ... 2021/22 (time_period 201516 ... 202223). */
export const DESTINATION_COHORTS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021] as const;

/** Rates (% of cohort) for one area over the eight cohorts. */
export interface DestinationPath {
  /** Sustained education, apprenticeship or employment (`overall`), all pupils. */
  readonly overall: readonly number[];
  /** The same for disadvantaged pupils. */
  readonly overallDisadvantaged: readonly number[];
  /** Sustained apprenticeships (`appren`), all pupils. */
  readonly appren: readonly number[];
  /** Sustained employment (`all_work`), all pupils. */
  readonly work: readonly number[];
  /** Activity not captured (`all_unknown`), all pupils. */
  readonly unknown: readonly number[];
}

/**
 * Evaluation: national sustained EET ~94% and flat; hubs improve from the 2015/16 to the 2020/21 cohort by
 * 0.2pp (East) to 1.4pp (Central), ending 0.8-2.0pp above national; apprenticeships fall nationally from
 * 4.7% to 3.3% and faster in London (1.4pp Central, 2.4pp East and South) from a lower start; disadvantaged
 * pupils improve by 0.1pp (East) to 2.0pp (Central) and end 3.8-5.4pp above the national disadvantaged rate.
 * Those figures together put London's disadvantaged pupils about 3pp below all pupils (nationally about 6pp).
 */
export const DESTINATION_PATHS: Record<string, DestinationPath> = {
  national: {
    overall: [94.0, 94.1, 94.2, 94.1, 94.0, 94.2, 93.9, 93.3],
    overallDisadvantaged: [87.8, 88.0, 88.1, 88.4, 88.5, 88.4, 87.7, 86.3],
    appren: [4.4, 4.7, 4.3, 4.1, 3.8, 2.6, 3.3, 3.2],
    work: [2.7, 2.8, 3.0, 3.2, 3.1, 2.4, 3.9, 4.0],
    unknown: [0.8, 0.8, 0.8, 0.9, 1.0, 1.1, 1.0, 1.0],
  },
  central: {
    overall: [93.7, 93.6, 94.1, 94.3, 94.4, 94.9, 95.0, 94.4],
    overallDisadvantaged: [90.0, 89.9, 90.4, 90.8, 91.0, 91.7, 91.9, 91.0],
    appren: [2.7, 2.9, 2.6, 2.4, 2.1, 1.2, 1.5, 1.4],
    work: [1.8, 1.9, 2.0, 2.1, 2.0, 1.5, 2.4, 2.5],
    unknown: [1.3, 1.3, 1.2, 1.2, 1.3, 1.3, 1.2, 1.2],
  },
  east: {
    overall: [94.4, 94.5, 94.3, 94.6, 94.4, 94.8, 94.7, 94.1],
    overallDisadvantaged: [91.2, 91.4, 91.0, 91.5, 91.2, 91.7, 91.5, 90.6],
    appren: [3.5, 3.7, 3.3, 3.0, 2.5, 1.2, 1.3, 1.3],
    work: [2.1, 2.2, 2.3, 2.4, 2.3, 1.7, 2.7, 2.8],
    unknown: [1.1, 1.1, 1.0, 1.1, 1.1, 1.2, 1.1, 1.1],
  },
  south: {
    overall: [94.5, 94.6, 94.8, 94.7, 95.0, 95.4, 95.3, 94.7],
    overallDisadvantaged: [91.0, 91.1, 91.4, 91.5, 91.9, 92.4, 92.3, 91.4],
    appren: [3.4, 3.6, 3.2, 2.9, 2.4, 1.1, 1.2, 1.2],
    work: [2.2, 2.3, 2.4, 2.5, 2.4, 1.8, 2.8, 2.9],
    unknown: [1.0, 1.0, 1.0, 1.0, 1.1, 1.1, 1.0, 1.0],
  },
  west: {
    overall: [94.8, 95.0, 95.2, 95.4, 95.5, 95.7, 95.9, 95.4],
    overallDisadvantaged: [91.6, 91.9, 92.2, 92.5, 92.6, 92.9, 93.1, 92.4],
    appren: [3.0, 3.2, 2.9, 2.6, 2.3, 1.1, 1.4, 1.3],
    work: [1.9, 2.0, 2.1, 2.2, 2.1, 1.6, 2.5, 2.6],
    unknown: [1.0, 1.0, 0.9, 1.0, 1.0, 1.1, 1.0, 1.0],
  },
};

/** NCCIS years in the NEET samples (time_period 2020 ... 2024), plus 2019 to compute the first annual change. */
export const NEET_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;

/** NEET and not-known rates (% of the 16-17 cohort): London NEET ~2%, not known 1-3%; England NEET 2.6-3.2%. */
export const NEET_PATHS = {
  england: {
    neet: [2.7, 2.7, 2.8, 2.6, 2.8, 3.2],
    notKnown: [2.9, 2.6, 2.7, 2.1, 2.4, 2.2],
    cohort: [1155000, 1171000, 1181000, 1208000, 1236000, 1278000],
  },
  london: { neet: [2.1, 2.0, 2.0, 1.7, 1.8, 1.9], notKnown: [2.6, 2.4, 2.9, 1.7, 1.6, 1.5] },
} as const;

/** Activity-log years (2021/22 ... 2023/24) and rows per year: about 40,000 in all. */
export const ACTIVITY_YEARS = [2021, 2022, 2023] as const;
export const ACTIVITY_ROWS = [11500, 14000, 14500] as const;

/**
 * Share of each hub's activities funded as Strand 2 (GLA ESF match), which ran January 2022 - August 2023:
 * the West hub, with a dedicated project manager, delivered the most, mostly with SMEs (evaluation).
 */
export const STRAND2_SHARE: Record<string, number> = { central: 0.06, east: 0.05, south: 0.05, west: 0.24 };
