import { CITY_OF_LONDON, HUB_IDS, LONDON_LAS } from './london-areas.js';
import type { Rng } from './prng.js';

export type EmployerSize = 'micro' | 'small' | 'medium' | 'large' | 'unknown';

export interface Employer {
  readonly id: string;
  readonly name: string;
  readonly size: EmployerSize;
  /** Hubs the employer works with: one home hub, sometimes a second. */
  readonly hubs: readonly string[];
  /** How active the employer is relative to others: large firms run more activities, a few SMEs are very busy. */
  readonly activity: number;
}

const SURNAMES = [
  'Okafor',
  'Shah',
  'Patel',
  'Kowalski',
  'Murphy',
  'Adeyemi',
  'Khan',
  'Nguyen',
  'Hughes',
  'Ali',
  'Campbell',
  'Mensah',
  'Costa',
  'Evans',
  'Begum',
  'Ahmed',
  'Clarke',
  'Silva',
  'Osei',
  'Brennan',
  'Rahman',
  'Fischer',
  'Novak',
  'Reid',
  'Hussain',
  'Taylor',
  "O'Connor",
  'Williams',
  'Chen',
  'Mahmood',
];
const TRADES = [
  'Plumbing',
  'Electrical',
  'Joinery',
  'Catering',
  'Logistics',
  'Digital',
  'Design',
  'Media',
  'Architects',
  'Engineering',
  'Dental Care',
  'Pharmacy',
  'Motors',
  'Bakery',
  'Construction',
  'Surveyors',
  'Software',
  'Events',
  'Printing',
  'Landscapes',
  'Care Services',
  'Hair Studio',
  'Opticians',
  'Fitness',
];
const PLACES = [
  'Thameside',
  'Riverside',
  'Capital',
  'Metro',
  'Northbank',
  'Southbank',
  'Lea Valley',
  'Docklands',
  'Wandle',
  'Brent Cross',
  'Crystal',
  'Kingsway',
  'Greenway',
  'Eastway',
];
const SECTORS = [
  'Health',
  'Finance',
  'Energy',
  'Transport',
  'Retail',
  'Hospitality',
  'Media',
  'Insurance',
  'Telecoms',
  'Property',
  'Aviation',
  'Legal',
];
const SUFFIX = ['Ltd', 'Ltd', 'Ltd', 'LLP', '& Co', 'Limited'];

const BOROUGHS = LONDON_LAS.filter((la) => la.newCode !== CITY_OF_LONDON).map((la) => la.name);

const SIZE_SHARE: readonly (readonly [EmployerSize, number])[] = [
  ['micro', 0.28],
  ['small', 0.26],
  ['medium', 0.18],
  ['large', 0.25],
  ['unknown', 0.03],
];
const SIZE_ACTIVITY: Record<EmployerSize, number> = { micro: 1, small: 1.2, medium: 2, large: 4, unknown: 0.8 };

export function buildEmployers(rng: Rng, count: number): Employer[] {
  const hubWeights = HUB_IDS.map(
    (id) => [id, LONDON_LAS.filter((la) => la.hubId === id).reduce((s, la) => s + la.youth, 0)] as const,
  );
  const taken = new Map<string, number>();
  return Array.from({ length: count }, (_, i) => {
    const size = rng.weighted(SIZE_SHARE);
    const home = rng.weighted(hubWeights);
    const hubs = rng.chance(size === 'large' ? 0.35 : 0.12)
      ? [home, rng.pick(HUB_IDS.filter((h) => h !== home))]
      : [home];
    return {
      id: `EMP${String(i + 1).padStart(5, '0')}`,
      name: employerName(rng, size, taken),
      size,
      hubs,
      activity: SIZE_ACTIVITY[size] * Math.exp(rng.normal(0, 0.8)),
    };
  });
}

/** Draws of a fresh name before a taken one is numbered instead, so the generator never stalls once names run out. */
const NAME_DRAWS = 50;

/**
 * Made-up names; a few carry commas, ampersands or apostrophes so the logs exercise CSV quoting. The name pool
 * holds a few thousand names: at large scales a name drawn again gets a branch number ("... (branch 2)").
 */
function employerName(rng: Rng, size: EmployerSize, taken: Map<string, number>): string {
  let name = '';
  for (let draw = 0; draw < NAME_DRAWS; draw++) {
    name = size === 'large' ? largeName(rng) : smallName(rng);
    if (!taken.has(name)) {
      taken.set(name, 1);
      return name;
    }
  }
  // Each base name keeps its last branch number, so numbering costs one step per employer.
  for (let branch = (taken.get(name) ?? 1) + 1; ; branch++) {
    const numbered = `${name} (branch ${branch})`;
    if (!taken.has(numbered)) {
      taken.set(name, branch);
      taken.set(numbered, 1);
      return numbered;
    }
  }
}

function smallName(rng: Rng): string {
  return rng.weighted<() => string>([
    [() => `${rng.pick(SURNAMES)} ${rng.pick(TRADES)} ${rng.pick(SUFFIX)}`, 5],
    [() => `${rng.pick(PLACES)} ${rng.pick(TRADES)} ${rng.pick(SUFFIX)}`, 4],
    [
      () =>
        `${rng.pick(SURNAMES)} & ${rng.pick(SURNAMES)} ` +
        `${rng.pick(['Accountants', 'Solicitors', 'Associates', 'Architects'])}`,
      2,
    ],
    [() => `${rng.pick(SURNAMES)}, ${rng.pick(SURNAMES)} & Co`, 0.5],
  ])();
}

function largeName(rng: Rng): string {
  return rng.weighted<() => string>([
    [() => `${rng.pick(PLACES)} ${rng.pick(SECTORS)} Group`, 4],
    [
      () =>
        `${rng.pick(SECTORS)} ${rng.pick(['UK', 'London', 'Partners', 'Holdings'])} ${rng.pick(['plc', 'Ltd', 'LLP'])}`,
      3,
    ],
    [() => `London Borough of ${rng.pick(BOROUGHS)}`, 1],
    [() => `${rng.pick(PLACES)} NHS Foundation Trust`, 1],
    [() => `${rng.pick(SURNAMES)} ${rng.pick(SECTORS)} International`, 1],
  ])();
}
