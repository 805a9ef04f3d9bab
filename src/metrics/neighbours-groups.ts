import type { HubIndex } from '../config/hub-index.js';
import type { LocalAuthority } from '../config/schema.js';
import type { DistrictToCounty } from '../ingest/district-county.js';
import type { StatNeighbours } from '../ingest/stat-neighbours.js';
import { CLOSENESS_BANDS, type Closeness } from '../model/closeness.js';
import type { DestinationRow, NeetRow } from '../model/records.js';

/** The metric-table hub id of a hub's comparison group, e.g. `central:neighbours`. */
export const neighboursId = (hub: string) => `${hub}:neighbours`;

export interface GroupMember {
  readonly la: LocalAuthority;
  /** The closest band in which any of the hub's LAs lists it. */
  readonly closeness: Closeness;
  /** Names of the hub's LAs that list it as a neighbour. */
  readonly neighbourOf: readonly string[];
}

/**
 * One hub's comparison group: the statistical neighbours of its LAs, less every LA of any configured hub, each LA
 * once, in the order first met (hub LA order, then neighbour rank).
 */
export interface ComparisonGroup {
  readonly hub: string;
  readonly id: string;
  readonly members: readonly GroupMember[];
  /**
   * The areas destination figures pool: the members; a two-tier county as itself where the destination files have
   * its LA row, else as its districts from the lookup, else left out.
   */
  readonly destinationAreas: readonly LocalAuthority[];
  /** Counties with no destination rows of their own and no district-to-county lookup: left out of destinations. */
  readonly countiesLeftOut: readonly string[];
  /** Counties whose districts stand in for them in the destination group. */
  readonly countiesByDistrict: readonly string[];
  /** Neighbours left out because they belong to a configured hub. */
  readonly inHubs: readonly string[];
  /** Neighbour links dropped by `minimumCloseness`. */
  readonly belowCloseness: number;
  /** The hub's LAs with no row in the statistical neighbours file. */
  readonly notInFile: readonly string[];
}

export interface GroupOptions {
  readonly neighbours: StatNeighbours;
  readonly hubs: HubIndex;
  /** Keep neighbours at least this close; undefined = all ten. */
  readonly minimumCloseness?: Closeness | undefined;
  /** Old LA number -> ONS code and name, from the NCCIS files (they carry both codes). */
  readonly directory: ReadonlyMap<string, LocalAuthority>;
  readonly districtToCounty?: DistrictToCounty | undefined;
  /**
   * Area codes with LA-level destination rows (LA files publish counties; LA district files do not); undefined =
   * no destination data, and every county without a lookup counts as left out.
   */
  readonly destinationAreaCodes?: ReadonlySet<string> | undefined;
}

/**
 * Old LA number -> LA, from LA rows that carry both codes: NCCIS rows of every year, and LA-level destination rows
 * (LA district files have no old codes). NCCIS wins, and within it the latest year's name.
 */
export function laDirectory(
  neet: readonly NeetRow[],
  destinations: readonly DestinationRow[] = [],
): Map<string, LocalAuthority> {
  const out = new Map<string, LocalAuthority>();
  for (const row of destinations)
    if (row.level === 'local_authority' && row.oldLaCode && row.areaCode)
      out.set(row.oldLaCode, { oldCode: row.oldLaCode, newCode: row.areaCode, name: row.areaName });
  const sorted = [...neet].sort((a, b) => a.year.localeCompare(b.year, 'en'));
  for (const row of sorted) {
    if (row.level !== 'local_authority' || !row.oldLaCode || !row.areaCode) continue;
    out.set(row.oldLaCode, { oldCode: row.oldLaCode, newCode: row.areaCode, name: row.areaName });
  }
  return out;
}

export function comparisonGroups(options: GroupOptions): ComparisonGroup[] {
  return options.hubs.hubs.map((hub) => groupOf(hub.id, hub.localAuthorities, options));
}

/** A two-tier county: ONS codes E10 (county councils); their districts (E07) publish destinations. */
const isCounty = (la: LocalAuthority) => la.newCode.startsWith('E10');

function groupOf(hub: string, las: readonly LocalAuthority[], options: GroupOptions): ComparisonGroup {
  const { neighbours, hubs, minimumCloseness, directory } = options;
  const limit = minimumCloseness === undefined ? CLOSENESS_BANDS.length - 1 : CLOSENESS_BANDS.indexOf(minimumCloseness);
  const members = new Map<string, { la: LocalAuthority; closeness: Closeness; neighbourOf: string[] }>();
  const inHubs = new Set<string>();
  const notInFile: string[] = [];
  let belowCloseness = 0;
  for (const hubLa of las) {
    const entry = neighbours.entries.get(hubLa.oldCode);
    if (!entry) {
      notInFile.push(hubLa.name);
      continue;
    }
    for (const n of entry.neighbours) {
      if (CLOSENESS_BANDS.indexOf(n.closeness) > limit) {
        belowCloseness++;
        continue;
      }
      const la = directory.get(n.la) ?? {
        oldCode: n.la,
        newCode: n.la,
        name: neighbours.entries.get(n.la)?.name ?? n.la,
      };
      if (hubs.find(n.la) ?? hubs.find(la.newCode)) {
        inHubs.add(la.name);
        continue;
      }
      const seen = members.get(n.la);
      if (!seen) members.set(n.la, { la, closeness: n.closeness, neighbourOf: [hubLa.name] });
      else {
        seen.neighbourOf.push(hubLa.name);
        if (CLOSENESS_BANDS.indexOf(n.closeness) < CLOSENESS_BANDS.indexOf(seen.closeness))
          seen.closeness = n.closeness;
      }
    }
  }
  const list = [...members.values()];
  const countiesLeftOut: string[] = [];
  const countiesByDistrict: string[] = [];
  const destinationAreas = list.flatMap(({ la }): LocalAuthority[] => {
    // LA files publish a county's own row; LA district files need its districts from the lookup.
    if (!isCounty(la) || options.destinationAreaCodes?.has(la.newCode)) return [la];
    const districts = options.districtToCounty?.districts.get(la.newCode);
    if (!districts?.length) {
      countiesLeftOut.push(la.name);
      return [];
    }
    countiesByDistrict.push(la.name);
    return districts.map((d) => ({ oldCode: '', newCode: d.code, name: `${d.name} (${la.name})` }));
  });
  return {
    hub,
    id: neighboursId(hub),
    members: list,
    destinationAreas,
    countiesLeftOut,
    countiesByDistrict,
    inHubs: [...inHubs],
    belowCloseness,
    notInFile,
  };
}
