import { LONDON_HUBS } from '../../src/config/london-hubs.js';
import { ENGLAND_LAS, type EnglandLa, FORMER_LAS, REGION_CODES } from './england-las.js';

/** A hub as the config writes it. */
export interface EnglandHub {
  readonly id: string;
  readonly name: string;
  readonly lead: string;
  readonly localAuthorities: readonly { readonly oldCode: string; readonly newCode: string; readonly name: string }[];
}

/** A group of current upper-tier LAs that stands for a hub. */
export interface EnglandGroup {
  readonly id: string;
  /** "North East 1", or "London Central" for the built-in London hubs. */
  readonly name: string;
  /** The lead body of a real hub (London's four); undefined for a made-up group. */
  readonly lead: string | undefined;
  readonly las: readonly EnglandLa[];
}

/** Upper-tier LAs in use today (not the two replaced since 2021): the LAs of the synthetic England. */
export const CURRENT_LAS: readonly EnglandLa[] = ENGLAND_LAS.filter((la) => !FORMER_LAS.has(la.newCode));

/** About this many LAs per made-up hub. */
const LAS_PER_HUB = 4;

/**
 * England's current upper-tier LAs grouped into hubs by a MADE-UP, mechanical rule (these are not the real Careers
 * Hubs, nor any official area): London is the four built-in London hubs (src/config/london-hubs.ts); every other
 * region, with n LAs, is cut in ONS-code order into k = round(n / 4) consecutive groups, as even as possible (the
 * first n mod k take one LA more), named after the region and numbered ("North East 1"). Regions in ONS order:
 * 36 groups in all (32 made up, London's 4).
 */
export function englandGroups(): EnglandGroup[] {
  return Object.keys(REGION_CODES).flatMap((region) => (region === 'London' ? londonGroups() : regionGroups(region)));
}

function regionGroups(region: string): EnglandGroup[] {
  const las = CURRENT_LAS.filter((la) => la.region === region);
  const k = Math.max(1, Math.round(las.length / LAS_PER_HUB));
  const groups: EnglandGroup[] = [];
  let start = 0;
  for (let i = 0; i < k; i++) {
    const size = Math.floor(las.length / k) + (i < las.length % k ? 1 : 0);
    const name = `${region} ${i + 1}`;
    groups.push({ id: hubId(name), name, lead: undefined, las: las.slice(start, start + size) });
    start += size;
  }
  return groups;
}

function londonGroups(): EnglandGroup[] {
  return LONDON_HUBS.map((hub) => {
    const codes = new Set(hub.localAuthorities.map((la) => la.newCode));
    return {
      id: `london-${hub.id}`,
      name: `London ${hub.name}`,
      lead: hub.lead,
      las: CURRENT_LAS.filter((la) => codes.has(la.newCode)),
    };
  });
}

export function hubId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The made-up hubs of the synthetic England: every name says "synthetic", every LA keeps its real codes. */
export function syntheticHubs(): EnglandHub[] {
  return englandGroups().map((g) => ({
    id: g.id,
    name: `${g.name} (synthetic)`,
    lead: 'Synthetic lead body',
    localAuthorities: g.las.map(laEntry),
  }));
}

/**
 * The same groups for the real DfE files. The London hubs are the real ones, with their leads; the others say
 * they are a made-up grouping. A group also lists the LAs replaced since 2021 whose successor it holds, so its NCCIS
 * footprint is the same in every year. Districts of two-tier counties (E07 codes, in the KS4 file by district) are
 * NOT listed: placing them needs a district-to-county lookup, so a county's destination figures are absent and the
 * notes say which LAs have no row.
 */
export function realDataHubs(): EnglandHub[] {
  return englandGroups().map((g) => {
    const codes = new Set(g.las.map((la) => la.newCode));
    const former = ENGLAND_LAS.filter((la) => codes.has(FORMER_LAS.get(la.newCode) ?? ''));
    return {
      id: g.id,
      name: g.lead === undefined ? `${g.name} (synthetic grouping)` : g.name,
      lead: g.lead ?? 'no one (a made-up grouping of real LAs, not a Careers Hub)',
      localAuthorities: [...g.las, ...former].map(laEntry),
    };
  });
}

function laEntry(la: EnglandLa) {
  return { oldCode: la.oldCode, newCode: la.newCode, name: la.name };
}

/**
 * A config of realDataHubs() over the real DfE files in `dataDir` (as the config resolves it): the KS4 destinations
 * by LA district with the national file, and every NCCIS NEET year. examples/england.config.json is this with
 * `../../shared/data-real`; the real-data test builds it at test time.
 */
export function realDataConfig(dataDir: string) {
  return {
    report: {
      title: 'Careers provision and outcomes in England, in made-up groups of local authorities',
      subtitle:
        'Real DfE KS4 destination and NCCIS NEET files; London in its four hubs, every other region in made-up ' +
        'groups of about four LAs (not Careers Hubs)',
      authors: ['hubs-eval example'],
      organisation: 'hubs-eval',
      date: 'November 2026',
    },
    hubs: realDataHubs(),
    inputs: {
      destinations: [
        `${dataDir}/ks4-dest-lad-lsip/data-key-stage-4-destination-measures.csv`,
        `${dataDir}/ks4-dest-nat-lsip/ks4_dm_ud_202223_nat_rev.csv`,
      ],
      neet: `${dataDir}/nccis-neet-la/*.csv`,
    },
  };
}
