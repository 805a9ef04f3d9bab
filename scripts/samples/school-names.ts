import type { SampleType } from './institutions.js';
import type { LaProfile } from './london-areas.js';
import type { Rng } from './prng.js';

/**
 * Plausible, made-up institution names. Some carry apostrophes ("St Mary's") and commas (merged colleges),
 * so the files exercise CSV quoting; two special names are added by the register itself.
 */
const SAINTS = [
  'Mary',
  'Paul',
  'Thomas More',
  'Joseph',
  'Anne',
  'Michael',
  'Bonaventure',
  'Edmund',
  'Angela',
  'Richard',
  'Catherine',
  'Gregory',
  'Ignatius',
  'Augustine',
  'Cecilia',
  'Dominic',
  'Ursula',
  'Luke',
  'Aidan',
  'Saviour',
];
const SPONSORS = [
  'Harris Academy',
  'Ark',
  'Oasis Academy',
  'Unity Academy',
  'Thames Learning Academy',
  'Capital City Academy',
  'Aspire Academy',
  'Beacon Academy',
];
const NATURE = [
  'Oak',
  'Willow',
  'Cedar',
  'Rowan',
  'Hawthorn',
  'Beech',
  'Elm',
  'Maple',
  'Linden',
  'Riverside',
  'Meadow',
  'Brook',
];
const HOUSES = ['Lodge', 'House', 'Park', 'Grove', 'Fields', 'Gardens'];

type Template = (rng: Rng, place: string, la: LaProfile) => string;

const TEMPLATES: Record<SampleType, readonly (readonly [Template, number])[]> = {
  mainstream: [
    [(_r, p) => `${p} Academy`, 5],
    [(_r, p) => `${p} School`, 3],
    [(_r, p) => `${p} High School`, 2],
    [(r, p) => `${r.pick(SPONSORS)} ${p}`, 5],
    [(r) => `St ${saint(r)} Church of England High School`, 2],
    [(r) => `St ${saint(r)} Catholic College`, 2],
    [(r, p) => `${p} ${r.pick(["Girls'", "Boys'"])} School`, 2],
    [(r, p) => `${p} ${r.pick(HOUSES)} School`, 2],
    [(_r, p) => `The ${p} School`, 1],
    [(r, p) => `${p} Academy, ${r.pick(['North', 'South', 'East', 'West'])} Campus`, 0.15],
  ],
  special: [
    [(r) => `${r.pick(NATURE)} ${r.pick(HOUSES)} School`, 4],
    [(_r, p) => `${p} Special School`, 2],
    [(r, p) => `${p} ${r.pick(HOUSES)} Special School`, 2],
    [(r) => `The ${r.pick(NATURE)} Centre`, 1],
  ],
  'alternative provision': [
    [(_r, p) => `${p} Pupil Referral Unit`, 2],
    [(_r, _p, la) => `${la.name} Alternative Provision Academy`, 1],
    [(_r, p) => `${p} Learning Centre`, 2],
    [(r) => `The ${r.pick(['Bridge', 'Gateway', 'Compass', 'Harbour', 'Pathways'])} AP Academy`, 1],
  ],
  'FE college': [
    [(_r, p) => `${p} College`, 3],
    [(_r, _p, la) => `${la.name} College`, 1],
    [(r, p, la) => `College of ${p}, ${r.pick(la.places)} and ${r.pick(['North', 'East', 'South', 'West'])} London`, 1],
    [(_r, p) => `${p} College of Further Education`, 1],
  ],
  'sixth-form college': [
    [(_r, p) => `${p} Sixth Form College`, 3],
    [(r) => `St ${saint(r)} Sixth Form College`, 1],
  ],
  other: [
    [(_r, p) => `${p} University Technical College`, 2],
    [(_r, p) => `${p} Studio School`, 2],
    [(_r, p) => `${p} Free School`, 1],
    [(_r, p) => `${p} Hospital School`, 1],
  ],
};

/** St Mary's, St Thomas More (no 's after a two-word name, as real schools write it). */
function saint(rng: Rng): string {
  const s = rng.pick(SAINTS);
  return s.includes(' ') ? s : `${s}'s`;
}

export function institutionName(
  rng: Rng,
  type: SampleType,
  la: LaProfile,
  taken: Set<string>,
  lastNumber: Map<string, number>,
): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = rng.weighted(TEMPLATES[type])(rng, rng.pick(la.places), la);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  // A crowded LA ran out of combinations: number the campus, as some federations do. Each base keeps its last
  // number, so numbering costs one step per institution at any scale.
  const base = `${la.places[0] ?? la.name} ${type === 'mainstream' ? 'Academy' : 'School'}`;
  for (let n = (lastNumber.get(base) ?? 1) + 1; ; n++) {
    const name = `${base} ${n}`;
    if (!taken.has(name)) {
      taken.add(name);
      lastNumber.set(base, n);
      return name;
    }
  }
}
