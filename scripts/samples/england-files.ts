import { type Cell, csvText, fixed1 } from './csv-text.js';
import { EES_LA_COLUMNS } from './ees-columns.js';
import { drawCount, type EnglandLaModel, logistic, logit } from './england-areas-model.js';
import { REGION_CODES } from './england-las.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';

const ENGLAND = ['E92000001', 'England'] as const;
/** Destination years of the KS4 file (time_period = destination year: 201617 is the 2015/16 cohort). */
const DESTINATION_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023] as const;
const DESTINATION_HEADER = [
  ...EES_LA_COLUMNS,
  'institution_group',
  'breakdown_topic',
  'breakdown',
  'data_type',
  'cohort',
  'overall',
  'education',
  'appren',
  'all_work',
  'all_notsust',
  'all_unknown',
];
const GROUPS = [
  ['Disadvantage Status', 'Disadvantaged'],
  ['Disadvantage Status', 'Not disadvantaged'],
] as const;

/**
 * KS4 destinations for every LA (Local authority level, counts only, as the EES LA file writes them): sustained
 * EET near 94% and rising slowly, 8 points lower for disadvantaged pupils; counts of 1 or 2 shown as `c`.
 */
export function englandDestinations(rng: Rng, model: readonly EnglandLaModel[]): SampleFile {
  const rows: Cell[][] = [];
  DESTINATION_YEARS.forEach((year, k) => {
    const period = `${year - 1}${String(year % 100).padStart(2, '0')}`;
    for (const m of model) {
      const region = m.la.region;
      const place = [...ENGLAND, REGION_CODES[region] ?? '', region, m.la.oldCode, m.la.newCode, m.la.name];
      const split = [Math.round(m.ks4 * m.disadvantaged), m.ks4 - Math.round(m.ks4 * m.disadvantaged)];
      const counts = GROUPS.map(([, b], g) =>
        destinationCounts(rng, Math.round((split[g] ?? 0) * (1 + rng.normal(0, 0.03))), m, k, b === 'Disadvantaged'),
      );
      const total = counts[0]!.map((v, i) => v + (counts[1]?.[i] ?? 0));
      const lines: [string, string, number[]][] = [
        ['Total', 'Total', total],
        ...GROUPS.map(([t, b], g) => [t, b, counts[g]!] as [string, string, number[]]),
      ];
      for (const [topic, breakdown, values] of lines) {
        rows.push([
          period,
          'Academic year',
          'Local authority',
          ...place,
          'State-funded mainstream schools',
          topic,
          breakdown,
          'Number of pupils',
          ...values.map((v) => (v > 0 && v < 3 ? 'c' : v)),
        ]);
      }
    }
  });
  return { path: 'destinations/synthetic_england_ks4_destinations_la.csv', text: csvText(DESTINATION_HEADER, rows) };
}

/** cohort, overall, education, appren, all_work, all_notsust, all_unknown for one group of one LA and cohort. */
function destinationCounts(rng: Rng, n: number, m: EnglandLaModel, k: number, disadvantaged: boolean): number[] {
  const p = logistic(logit(disadvantaged ? 0.87 : 0.955) + m.effect + 0.03 * k);
  const overall = drawCount(rng, n, p);
  const appren = drawCount(rng, overall, 0.045);
  const work = drawCount(rng, overall - appren, 0.025);
  const unknown = drawCount(rng, n - overall, 0.15);
  return [n, overall, overall - appren - work, appren, work, n - overall - unknown, unknown];
}

/** NCCIS years: the calendar year of the Dec-Feb average (2024 = academic year 2023/24). */
const NEET_YEARS = [2020, 2021, 2022, 2023, 2024] as const;
const NEET_HEADER = [
  ...EES_LA_COLUMNS,
  'Age',
  'Cohort_DJFavg',
  'NEET_not_known_percent',
  'NEET_percent',
  'Notknown_percent',
];
/** England's NEET and not-known rates by year, near the published 2020-2024 figures. */
const NEET_ENGLAND = [2.7, 2.8, 3.0, 3.1, 3.2] as const;
const NOT_KNOWN_ENGLAND = [2.8, 2.6, 2.4, 2.3, 2.2] as const;

/** One NCCIS file per year: England, then every LA but the City of London (NCCIS has no row for it). */
export function englandNeet(rng: Rng, model: readonly EnglandLaModel[]): SampleFile[] {
  return NEET_YEARS.map((year, k) => {
    const las = model
      .filter((m) => m.la.newCode !== 'E09000001')
      .map((m) => {
        const cohort = Math.round(m.ks4 * 2.05 * (1 + rng.normal(0, 0.02)));
        const neet = Math.max(0.5, (NEET_ENGLAND[k] ?? 3) + m.neetShift + rng.normal(0, 0.3));
        const nk = Math.max(0.1, (NOT_KNOWN_ENGLAND[k] ?? 2) + m.neetShift / 2 + rng.normal(0, 0.6));
        return { m, cohort, neet: Number(fixed1(neet)), nk: Number(fixed1(nk)) };
      });
    const total = las.reduce((s, l) => s + l.cohort, 0);
    const mean = (f: (l: (typeof las)[number]) => number) => las.reduce((s, l) => s + f(l) * l.cohort, 0) / total;
    const national = [mean((l) => l.neet), mean((l) => l.nk)];
    const head = (level: string, place: readonly string[]) => [
      String(year),
      'Calendar year',
      level,
      ...ENGLAND,
      ...place,
      '16-17',
    ];
    const rows: Cell[][] = [
      [...head('National', ['', '', '', '', '']), total, ...rates(national[0]!, national[1]!)],
      ...las.map((l) => {
        const place = [REGION_CODES[l.m.la.region] ?? '', l.m.la.region, l.m.la.oldCode, l.m.la.newCode, l.m.la.name];
        // About one LA in 60 has its rates suppressed, as in the real files.
        const suppressed = rng.chance(1 / 60);
        return [...head('Local authority', place), l.cohort, ...(suppressed ? ['c', 'c', 'c'] : rates(l.neet, l.nk))];
      }),
    ];
    return { path: `neet/synthetic_england_nccis_neet_${year}.csv`, text: csvText(NEET_HEADER, rows) };
  });
}

function rates(neet: number, notKnown: number): string[] {
  return [fixed1(neet + notKnown), fixed1(neet), fixed1(notKnown)];
}
