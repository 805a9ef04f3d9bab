import type { HubIndex } from '../config/hub-index.js';
import type { Config } from '../config/schema.js';
import type { DistrictToCounty } from '../ingest/district-county.js';
import type { StatNeighbours } from '../ingest/stat-neighbours.js';
import type { Closeness } from '../model/closeness.js';
import type { MetricRow } from '../model/metric.js';
import type { DestinationRow, NeetRow } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import { type GroupWeights, neighbourAnalysis } from './neighbours.js';
import { type ComparisonGroup, comparisonGroups, laDirectory } from './neighbours-groups.js';

/** What the pipeline read for the comparison with statistical neighbours (config `comparators`, `geography`). */
export interface NeighbourSources {
  readonly neighbours: StatNeighbours;
  readonly districtToCounty?: DistrictToCounty | undefined;
  readonly minimumCloseness?: Closeness | undefined;
  /** The academic year each hub started (`hubs[].started`). */
  readonly started: Readonly<Record<string, AcademicYear>>;
}

/** The groups and settings the report's methodology lists; rows go to the metrics table. */
export interface NeighbourComparison {
  /** The neighbours file, relative to the config folder, and its SHA-256. */
  readonly file: string;
  readonly sha256: string;
  readonly minimumCloseness: Closeness | null;
  readonly districtLookup: string | null;
  readonly groups: readonly ComparisonGroup[];
  /** Each group's areas with their closeness band and share of the group's cohort in the latest period. */
  readonly weights: readonly GroupWeights[];
  readonly started: Readonly<Record<string, AcademicYear>>;
}

export interface ComparisonInput {
  readonly sources: NeighbourSources;
  readonly hubs: HubIndex;
  readonly config: Pick<Config, 'comparator' | 'destinations'>;
  readonly neet?: { readonly rows: readonly NeetRow[]; readonly years: readonly AcademicYear[] };
  readonly destinations?: {
    readonly rows: readonly DestinationRow[];
    readonly cohorts: { readonly from: AcademicYear; readonly to: AcademicYear };
  };
  /** Every hub row computed so far (before disclosure control). */
  readonly hubRows: readonly MetricRow[];
  /** Paths as the report should print them. */
  readonly displayName: (file: string) => string;
}

export function compareWithNeighbours(input: ComparisonInput): { rows: MetricRow[]; comparison: NeighbourComparison } {
  const { sources } = input;
  const groups = comparisonGroups({
    neighbours: sources.neighbours,
    hubs: input.hubs,
    minimumCloseness: sources.minimumCloseness,
    directory: laDirectory(input.neet?.rows ?? [], input.destinations?.rows),
    districtToCounty: sources.districtToCounty,
    destinationAreaCodes: input.destinations ? laLevelCodes(input.destinations.rows) : undefined,
  });
  const started = new Map(Object.entries(sources.started));
  const { rows, weights } = neighbourAnalysis({
    groups,
    hubRows: input.hubRows,
    hubs: input.hubs,
    started,
    ...(input.neet ? { neet: input.neet } : {}),
    ...(input.destinations ? { destinations: { ...input.destinations, config: input.config } } : {}),
  });
  return {
    rows,
    comparison: {
      file: input.displayName(sources.neighbours.file),
      sha256: sources.neighbours.sha256,
      minimumCloseness: sources.minimumCloseness ?? null,
      districtLookup: sources.districtToCounty ? input.displayName(sources.districtToCounty.file) : null,
      groups,
      weights,
      started: sources.started,
    },
  };
}

/** Codes of the areas with LA-level destination rows (counties appear in LA files, not in LA district files). */
export function laLevelCodes(rows: readonly DestinationRow[]): Set<string> {
  return new Set(rows.filter((r) => r.level === 'local_authority').map((r) => r.areaCode));
}
