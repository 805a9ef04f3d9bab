import { type Cell, csvText, round1 } from './csv-text.js';
import { EES_LA_COLUMNS } from './ees-columns.js';
import { NEET_PATHS, NEET_YEARS } from './evaluation-targets.js';
import { CITY_OF_LONDON, ENGLAND, type LaProfile, LONDON_LAS, LONDON_REGION } from './london-areas.js';
import { type AreaYear, contextColumns } from './neet-context.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';

/** Header of the real NCCIS file UD_NEETNK_LA_dashboard_final_2024.csv, in its column order. */
export const NEET_HEADER = [
  ...EES_LA_COLUMNS,
  'Age',
  'Cohort_DJFavg',
  'NEET_not_known_percent',
  'NEET_percent',
  'Notknown_percent',
  'annual_change_ppts_NEET_not_known',
  'annualchange_NEET',
  'annualchange_notknown',
  'cohort_March',
  'TOTAL_participating_in_education_and_training_percent',
  'Full_time_education_percent',
  'Apprenticeship_percent',
  'Other_education_and_training_percent',
  'annual_change_Participation_in_education_training',
  'annual_change_FTE',
  'annual_change_apprenticeship',
  'annual_change_other_education_training',
  'September_guarantee_Offer_made_percent',
  'September_guarantee_annual_change_ppts',
  'cohort_noSEN_percent',
  'NEET_NK_noSEN_percent',
  'cohort_EHCP_percent',
  'NEET_NK_EHCP_percent',
  'cohort_SENDsupport_percent',
  'NEET_NK_SENDsupport_percent',
  'VG_cohort_DJF_avg',
  'VG_cohort_percentage',
  'VG_NEET_NK_percentage',
  'Level_3',
  'L2_em_GCSE_othL2',
  'avg_att8',
  'pt_l2basics_94',
  'sess_overall_percent',
  'enrolments_pa_10_exact_percent',
  'NEET_NK_quintile',
  'NEET_quintile',
  'Notknown_quintile',
  'Participation_ET_quintile',
  'Sep_guarantee_quintile',
] as const;

/** London 16-17 cohorts grew by about 12% from 2019 to 2024. */
const GROWTH = [0.89, 0.91, 0.93, 0.95, 0.97, 1.0];

interface Headline {
  readonly cohort: number;
  /** Participation is measured in March, on a slightly different cohort. */
  readonly cohortMarch: number;
  readonly neet: number;
  readonly notKnown: number;
}

export function buildNeet(rng: Rng): SampleFile[] {
  // NCCIS has no City of London row: its 16-17 cohort is counted with a neighbour.
  const las = LONDON_LAS.filter((la) => la.newCode !== CITY_OF_LONDON).sort((a, b) => a.name.localeCompare(b.name));
  const laSeries = las.map((la) => laHeadlines(rng, la));
  const london = NEET_YEARS.map((_, k) => sumHeadlines(laSeries.map((s) => s[k])));
  const england = NEET_YEARS.map((_, k): Headline => {
    const cohort = (NEET_PATHS.england.cohort[k] ?? 0) + rng.int(-900, 900);
    return {
      cohort,
      cohortMarch: Math.round(cohort * 1.002),
      neet: Math.round((cohort * (NEET_PATHS.england.neet[k] ?? 0)) / 100),
      notKnown: Math.round((cohort * (NEET_PATHS.england.notKnown[k] ?? 0)) / 100),
    };
  });
  const context = contextColumns(rng.fork('context'), las);
  const files: SampleFile[] = [];
  for (let k = 1; k < NEET_YEARS.length; k++) {
    const year = NEET_YEARS[k] ?? 0;
    const rows: Cell[][] = [
      row(year, 'National', [ENGLAND.code, ENGLAND.name, '', '', '', '', ''], england, k, context.england),
      row(
        year,
        'Regional',
        [ENGLAND.code, ENGLAND.name, LONDON_REGION.code, LONDON_REGION.name, '', '', ''],
        london,
        k,
        context.london,
      ),
      ...las.map((la, i) =>
        row(
          year,
          'Local authority',
          [ENGLAND.code, ENGLAND.name, LONDON_REGION.code, LONDON_REGION.name, la.oldCode, la.newCode, la.name],
          laSeries[i] ?? [],
          k,
          context.las[i] ?? [],
        ),
      ),
    ];
    files.push({ path: `neet/synthetic_nccis_neet_${year}.csv`, text: csvText(NEET_HEADER, rows) });
  }
  return files;
}

/** LAs differ in NEET a little and in not-known a lot (tracking effort varies), around London's path. */
function laHeadlines(rng: Rng, la: LaProfile): Headline[] {
  const size = la.youth * Math.exp(rng.normal(0, 0.02));
  // Log-normal factors divided by their mean, exp(σ²/2), so London's pooled rates stay near the path.
  const neetFactor = Math.exp(rng.normal(0, 0.3) - 0.045) * (0.8 + la.disadvantaged * 0.6);
  const nkFactor = Math.exp(rng.normal(0, 0.45) - 0.1);
  return NEET_YEARS.map((_, k) => {
    const cohort = Math.round(size * (GROWTH[k] ?? 1) * Math.exp(rng.normal(0, 0.01)));
    const neetPct = (NEET_PATHS.london.neet[k] ?? 0) * neetFactor * Math.exp(rng.normal(0, 0.12) - 0.007);
    const nkPct = (NEET_PATHS.london.notKnown[k] ?? 0) * nkFactor * Math.exp(rng.normal(0, 0.25) - 0.03);
    return {
      cohort,
      cohortMarch: Math.round(cohort * Math.exp(rng.normal(0, 0.004))),
      neet: Math.round((cohort * neetPct) / 100),
      notKnown: Math.round((cohort * nkPct) / 100),
    };
  });
}

function sumHeadlines(parts: readonly (Headline | undefined)[]): Headline {
  const sum = (f: (h: Headline) => number) => parts.reduce((s, h) => s + (h ? f(h) : 0), 0);
  return {
    cohort: sum((h) => h.cohort),
    cohortMarch: sum((h) => h.cohortMarch),
    neet: sum((h) => h.neet),
    notKnown: sum((h) => h.notKnown),
  };
}

/**
 * One file row. Rates come from the counts, so NEET_not_known_percent is (NEET + not known) / cohort rounded
 * once, and can differ by 0.1 from the sum of the two rounded rates, as in the real files.
 */
function row(
  year: number,
  level: string,
  place: readonly string[],
  series: readonly Headline[],
  k: number,
  context: readonly AreaYear[],
): Cell[] {
  const now = series[k];
  const before = series[k - 1];
  if (!now || !before) throw new Error('missing NEET year');
  const pct = (h: Headline, n: number) => (100 * n) / h.cohort;
  const change = (f: (h: Headline) => number) => round1(f(now) - f(before));
  const neetNk = (h: Headline) => pct(h, h.neet + h.notKnown);
  const neet = (h: Headline) => pct(h, h.neet);
  const nk = (h: Headline) => pct(h, h.notKnown);
  const values: Record<string, Cell> = {
    time_period: year,
    time_identifier: 'Calendar year',
    geographic_level: level,
    Age: '16-17',
    Cohort_DJFavg: now.cohort,
    cohort_March: now.cohortMarch,
    NEET_not_known_percent: round1(neetNk(now)),
    NEET_percent: round1(neet(now)),
    Notknown_percent: round1(nk(now)),
    annual_change_ppts_NEET_not_known: change(neetNk),
    annualchange_NEET: change(neet),
    annualchange_notknown: change(nk),
    ...context[k],
  };
  const [countryCode, countryName, regionCode, regionName, oldCode, newCode, name] = place;
  Object.assign(values, {
    country_code: countryCode,
    country_name: countryName,
    region_code: regionCode,
    region_name: regionName,
    old_la_code: oldCode,
    new_la_code: newCode,
    la_name: name,
  });
  if (level !== 'Local authority') for (const q of QUINTILES) values[q] = 'z';
  else Object.assign(values, quintiles(round1(neetNk(now)), round1(neet(now)), round1(nk(now)), values));
  return NEET_HEADER.map((h) => values[h] ?? '');
}

/** Quintiles are national ranks in the real files (1 = best); here bands of the London values stand in for them. */
const QUINTILES = [
  'NEET_NK_quintile',
  'NEET_quintile',
  'Notknown_quintile',
  'Participation_ET_quintile',
  'Sep_guarantee_quintile',
] as const;

function quintiles(neetNk: number, neet: number, nk: number, values: Record<string, Cell>): Record<string, Cell> {
  const band = (x: number, cuts: readonly number[]) => 1 + cuts.filter((c) => x > c).length;
  const participation = Number(values.TOTAL_participating_in_education_and_training_percent);
  const guarantee = Number(values.September_guarantee_Offer_made_percent);
  return {
    NEET_NK_quintile: band(neetNk, [3, 4, 5, 6]),
    NEET_quintile: band(neet, [1.5, 2, 2.5, 3.2]),
    Notknown_quintile: band(nk, [0.5, 1, 1.8, 3]),
    Participation_ET_quintile: Number.isFinite(participation) ? 6 - band(participation, [93, 94.5, 95.5, 96.5]) : 'z',
    Sep_guarantee_quintile: Number.isFinite(guarantee) ? 6 - band(guarantee, [95, 96.5, 97.5, 98.3]) : 'z',
  };
}
