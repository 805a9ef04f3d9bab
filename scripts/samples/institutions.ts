import { apportion } from './apportion.js';
import { csvText } from './csv-text.js';
import { MEMBERSHIP_CUMULATIVE, MEMBERSHIP_FIRST_YEAR } from './evaluation-targets.js';
import { CITY_OF_LONDON, type LaProfile, LONDON_LAS } from './london-areas.js';
import type { Rng } from './prng.js';
import { institutionName } from './school-names.js';

/** Institution types as the register writes them (the words, not the model's ids). */
export type SampleType =
  | 'mainstream'
  | 'special'
  | 'alternative provision'
  | 'FE college'
  | 'sixth-form college'
  | 'other';

export interface SampleInstitution {
  readonly urn: string;
  readonly name: string;
  readonly la: LaProfile;
  /** The LA code as written in the register: usually the E09 code, sometimes the old 3-digit one. */
  readonly laCode: string;
  readonly type: SampleType;
  readonly pupils: number | null;
  readonly eligible: boolean;
  /** Start year of the academic year the institution joined its hub; null = not a member. */
  readonly joined: number | null;
}

const TYPE_SHARES: readonly (readonly [SampleType, number])[] = [
  ['mainstream', 0.6],
  ['special', 0.15],
  ['alternative provision', 0.08],
  ['FE college', 0.07],
  ['sixth-form college', 0.05],
  ['other', 0.05],
];

const PUPILS: Record<SampleType, readonly [number, number]> = {
  mainstream: [600, 1800],
  special: [60, 250],
  'alternative provision': [15, 90],
  'FE college': [1500, 9000],
  'sixth-form college': [1500, 4000],
  other: [150, 600],
};

/** Share of academies by type (new URNs, 136000+): London secondaries are mostly academies. */
const ACADEMY_SHARE: Record<SampleType, number> = {
  mainstream: 0.7,
  special: 0.4,
  'alternative provision': 0.5,
  'FE college': 0,
  'sixth-form college': 0.1,
  other: 0.8,
};

export const INSTITUTION_HEADER = ['urn', 'name', 'la_code', 'type', 'pupils', 'eligible', 'joined'] as const;

export function buildInstitutions(rng: Rng, count: number): SampleInstitution[] {
  const slots = allocateSlots(rng, count);
  const taken = new Set<string>();
  const numbered = new Map<string, number>();
  const urns = new Set<string>();
  const overflow = { next: 150000 };
  const drafts = slots.map(([la, type]) => ({
    urn: newUrn(rng, type, urns, overflow),
    name: institutionName(rng, type, la, taken, numbered),
    la,
    laCode: rng.chance(0.1) ? la.oldCode : la.newCode,
    type,
    pupils: rng.chance(0.02) ? null : rng.int(...PUPILS[type]),
    eligible: true,
  }));
  markIneligible(rng, drafts);
  addAwkwardNames(rng, drafts);
  const joined = assignJoinYears(rng, drafts);
  return drafts.map((d, i) => ({ ...d, joined: joined[i] ?? null })).sort((a, b) => a.urn.localeCompare(b.urn));
}

/** The register; with `clusters`, a `cluster` column too (values separated by `;`). */
export function institutionsCsv(
  list: readonly SampleInstitution[],
  clusters?: ReadonlyMap<string, readonly string[]>,
): string {
  const rows = list.map((i) => [
    i.urn,
    i.name,
    i.laCode,
    i.type,
    i.pupils ?? '',
    i.eligible ? 'yes' : 'no',
    i.joined === null ? '' : yearLabel(i.joined),
    ...(clusters ? [(clusters.get(i.urn) ?? []).join(';')] : []),
  ]);
  return csvText(clusters ? [...INSTITUTION_HEADER, 'cluster'] : INSTITUTION_HEADER, rows);
}

export function yearLabel(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Each type's quota spread over the LAs by size (largest remainder); the City gets two of its own. */
function allocateSlots(rng: Rng, count: number): [LaProfile, SampleType][] {
  const city = LONDON_LAS.find((la) => la.newCode === CITY_OF_LONDON);
  const others = LONDON_LAS.filter((la) => la.newCode !== CITY_OF_LONDON);
  const slots: [LaProfile, SampleType][] = city
    ? [
        [city, 'mainstream'],
        [city, 'other'],
      ]
    : [];
  const rest = count - slots.length;
  for (const [type, share] of TYPE_SHARES) {
    const quota = Math.round(rest * share);
    const weights = others.map((la) => la.youth * Math.exp(rng.normal(0, 0.2)));
    const counts = apportion(quota, weights);
    others.forEach((la, i) => {
      for (let k = 0; k < (counts[i] ?? 0); k++) slots.push([la, type]);
    });
  }
  return rng.shuffle(slots);
}

/** Random draws of a URN before the next free one is taken instead (the ranges fill up near scale 30). */
const URN_DRAWS = 50;

/**
 * 6-digit URNs: LA-maintained schools and colleges below 136000, academies from 136000 (as GIAS numbers them).
 * Once random draws keep hitting used numbers, the next unused URN from 150000 up is taken, so any scale finishes
 * in time linear in the register.
 */
function newUrn(rng: Rng, type: SampleType, used: Set<string>, overflow: { next: number }): string {
  const academy = rng.chance(ACADEMY_SHARE[type]);
  for (let draw = 0; draw < URN_DRAWS; draw++) {
    const urn = String(academy ? rng.int(136000, 149999) : rng.int(100000, 135999));
    if (!used.has(urn)) {
      used.add(urn);
      return urn;
    }
  }
  while (used.has(String(overflow.next))) overflow.next++;
  const urn = String(overflow.next++);
  used.add(urn);
  return urn;
}

/** ~5% not eligible for hub membership: half the `other` settings and a few more chosen at random. */
function markIneligible(rng: Rng, drafts: { type: SampleType; eligible: boolean }[]): void {
  const target = Math.round(drafts.length * 0.05);
  const others = drafts.filter((d) => d.type === 'other');
  const rest = drafts.filter((d) => d.type !== 'other');
  const chosen = [...rng.shuffle(others).slice(0, Math.ceil(others.length / 2))];
  chosen.push(...rng.shuffle(rest).slice(0, Math.max(0, target - chosen.length)));
  for (const d of chosen) d.eligible = false;
}

/** Names a later report must escape and encode: an accented letter and an HTML tag. */
function addAwkwardNames(rng: Rng, drafts: { name: string; type: SampleType; la: LaProfile }[]): void {
  const mainstream = drafts.filter((d) => d.type === 'mainstream' && d.la.newCode !== CITY_OF_LONDON);
  const tagged = rng.pick(mainstream);
  tagged.name = '<script>alert(1)</script> Academy';
  const kensington = drafts.filter(
    (d) => d.la.name === 'Kensington and Chelsea' && d !== tagged && (d.type === 'mainstream' || d.type === 'other'),
  );
  const accented = kensington.length > 0 ? rng.pick(kensington) : rng.pick(mainstream.filter((d) => d !== tagged));
  accented.name = 'École Française de Londres Secondary';
}

/**
 * Join years cut from each hub's shuffled list of eligible institutions by the cumulative shares in
 * MEMBERSHIP_CUMULATIVE, so membership tracks the target closely; a quarter of the ineligible join anyway.
 */
function assignJoinYears(rng: Rng, drafts: readonly { la: LaProfile; eligible: boolean }[]): (number | null)[] {
  const joined: (number | null)[] = drafts.map(() => null);
  for (const [hubId, cumulative] of Object.entries(MEMBERSHIP_CUMULATIVE)) {
    const eligible = rng.shuffle(
      drafts.map((d, i) => [d, i] as const).filter(([d]) => d.la.hubId === hubId && d.eligible),
    );
    let from = 0;
    cumulative.forEach((share, k) => {
      const to = Math.round(share * eligible.length);
      for (const [, i] of eligible.slice(from, to)) joined[i] = MEMBERSHIP_FIRST_YEAR + k;
      from = Math.max(from, to);
    });
  }
  drafts.forEach((d, i) => {
    if (!d.eligible && rng.chance(0.25)) joined[i] = MEMBERSHIP_FIRST_YEAR + rng.int(0, 7);
  });
  return joined;
}
