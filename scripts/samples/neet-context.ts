import { type Cell, round1 } from './csv-text.js';
import { NEET_YEARS } from './evaluation-targets.js';
import type { LaProfile } from './london-areas.js';
import type { Rng } from './prng.js';

/** The NCCIS columns after the headline NEET rates, for one area and year, keyed by header name. */
export type AreaYear = Record<string, Cell>;

export interface ContextColumns {
  readonly england: AreaYear[];
  readonly london: AreaYear[];
  /** In the order of the `las` passed in. */
  readonly las: AreaYear[][];
}

/** Typical values (England 2024 file) and how much London LAs vary around them. */
interface Level {
  readonly fte: number;
  readonly appren: number;
  readonly other: number;
  readonly guarantee: number;
  readonly ehcp: number;
  readonly sendSupport: number;
  readonly nnkNoSen: number;
  readonly nnkEhcp: number;
  readonly nnkSend: number;
  readonly vgShare: number;
  readonly vgNnk: number;
  readonly level3: number;
  readonly l2: number;
  readonly att8: number;
  readonly basics: number;
  readonly absence: number;
  readonly persistent: number;
}

const ENGLAND_LEVEL: Level = {
  fte: 85.7,
  appren: 4.6,
  other: 1.8,
  guarantee: 94.6,
  ehcp: 4.9,
  sendSupport: 9,
  nnkNoSen: 4.7,
  nnkEhcp: 10.2,
  nnkSend: 9.6,
  vgShare: 2.7,
  vgNnk: 27.7,
  level3: 58.8,
  l2: 27.7,
  att8: 46.4,
  basics: 65.4,
  absence: 9,
  persistent: 26.5,
};
const LONDON_LEVEL: Level = {
  fte: 93.3,
  appren: 1.6,
  other: 1.0,
  guarantee: 97.2,
  ehcp: 4.6,
  sendSupport: 6.3,
  nnkNoSen: 2.9,
  nnkEhcp: 6.0,
  nnkSend: 6.0,
  vgShare: 1.5,
  vgNnk: 22.2,
  level3: 69.9,
  l2: 29.9,
  att8: 50.6,
  basics: 71.2,
  absence: 7.8,
  persistent: 23.5,
};
/** How far a London LA strays from London's level, as a standard deviation per measure. */
const LA_SPREAD: Level = {
  fte: 1.6,
  appren: 0.8,
  other: 0.4,
  guarantee: 1.2,
  ehcp: 0.8,
  sendSupport: 2.5,
  nnkNoSen: 0.9,
  nnkEhcp: 2.5,
  nnkSend: 2.5,
  vgShare: 0.8,
  vgNnk: 8,
  level3: 4.5,
  l2: 4,
  att8: 3,
  basics: 4.5,
  absence: 0.6,
  persistent: 2.2,
};

/** The year persistent-absence measures were not published (schools closed for much of 2019/20): `x`. */
const NO_ABSENCE_YEAR = 2020;
/** A small LA where NCCIS suppressed the vulnerable-group and EHCP figures in some years: `c`. */
const SMALL_LA = 'Kensington and Chelsea';

export function contextColumns(rng: Rng, las: readonly LaProfile[]): ContextColumns {
  const laLevels = las.map((la) => {
    const level = jitter(rng, LONDON_LEVEL, LA_SPREAD, 1);
    // Outer boroughs send more 16-17s into apprenticeships, as NCCIS shows for Bexley, Havering, Bromley.
    return { ...level, appren: Math.max(0.4, level.appren + (la.disadvantaged < 0.3 ? 1.2 : 0)) };
  });
  const series = (base: Level, vg: number, la?: LaProfile) => yearSeries(rng, base, vg, la);
  return {
    england: series(ENGLAND_LEVEL, 33940),
    london: series(LONDON_LEVEL, 2930),
    las: las.map((la, i) => series(laLevels[i] ?? LONDON_LEVEL, (la.youth * (laLevels[i]?.vgShare ?? 1)) / 100, la)),
  };
}

function yearSeries(rng: Rng, base: Level, vgCount: number, la: LaProfile | undefined): AreaYear[] {
  const years = NEET_YEARS.map(() => jitter(rng, base, LA_SPREAD, 0.25));
  return years.map((lv, k) => {
    const prev = years[k - 1] ?? lv;
    const year = NEET_YEARS[k] ?? 0;
    const total = lv.fte + lv.appren + lv.other;
    const prevTotal = prev.fte + prev.appren + prev.other;
    const vg = vgCount * Math.exp(rng.normal(0, 0.1));
    const cells: AreaYear = {
      TOTAL_participating_in_education_and_training_percent: round1(Math.min(99.5, total)),
      Full_time_education_percent: round1(lv.fte),
      Apprenticeship_percent: round1(lv.appren),
      Other_education_and_training_percent: round1(lv.other),
      annual_change_Participation_in_education_training: round1(total - prevTotal),
      annual_change_FTE: round1(lv.fte - prev.fte),
      annual_change_apprenticeship: round1(lv.appren - prev.appren),
      annual_change_other_education_training: round1(lv.other - prev.other),
      September_guarantee_Offer_made_percent: round1(lv.guarantee),
      September_guarantee_annual_change_ppts: round1(lv.guarantee - prev.guarantee),
      cohort_noSEN_percent: round1(100 - lv.ehcp - lv.sendSupport),
      NEET_NK_noSEN_percent: round1(lv.nnkNoSen),
      cohort_EHCP_percent: round1(lv.ehcp),
      NEET_NK_EHCP_percent: round1(lv.nnkEhcp),
      cohort_SENDsupport_percent: round1(lv.sendSupport),
      NEET_NK_SENDsupport_percent: round1(lv.nnkSend),
      VG_cohort_DJF_avg: round1(vg),
      VG_cohort_percentage: round1(lv.vgShare),
      VG_NEET_NK_percentage: round1(lv.vgNnk),
      Level_3: round1(lv.level3),
      L2_em_GCSE_othL2: round1(lv.l2),
      avg_att8: round1(lv.att8),
      pt_l2basics_94: round1(lv.basics),
      sess_overall_percent: round1(lv.absence),
      enrolments_pa_10_exact_percent: year === NO_ABSENCE_YEAR ? 'x' : round1(lv.persistent),
    };
    if (la?.name === SMALL_LA && (year === 2021 || year === 2023)) {
      for (const col of ['VG_cohort_DJF_avg', 'VG_cohort_percentage', 'VG_NEET_NK_percentage']) cells[col] = 'c';
    }
    if (la?.name === SMALL_LA && year === 2022) cells.NEET_NK_EHCP_percent = 'c';
    return cells;
  });
}

/** Each measure moved by a normal draw scaled by its spread; rates kept in 0-100. */
function jitter(rng: Rng, base: Level, spread: Level, scale: number): Level {
  const out = {} as Record<keyof Level, number>;
  for (const key of Object.keys(base) as (keyof Level)[]) {
    out[key] = Math.min(99.8, Math.max(0.1, base[key] + rng.normal(0, spread[key] * scale)));
  }
  return out;
}
