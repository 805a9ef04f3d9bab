import type { HubIndex } from '../config/hub-index.js';
import type { MetricRow } from '../model/metric.js';
import type { Institution, InstitutionType, SourceRef } from '../model/records.js';

/** The hub id that stands for all hubs together. */
export const ALL_HUBS = 'all';

/**
 * Type groups reported separately. Special schools and alternative provision are grouped, as are FE and
 * sixth-form colleges, because each alone is too small per hub to report; `other` counts only in `all`.
 */
export type InstitutionGroup = 'mainstream' | 'special_ap' | 'college';
export const INSTITUTION_GROUPS: readonly InstitutionGroup[] = ['mainstream', 'special_ap', 'college'];
/** Breakdown values of measures split by type group, in output order. */
export const GROUP_BREAKDOWNS: readonly string[] = ['all', ...INSTITUTION_GROUPS];

const GROUP_OF_TYPE: Readonly<Record<InstitutionType, InstitutionGroup | null>> = {
  mainstream: 'mainstream',
  special: 'special_ap',
  alternative_provision: 'special_ap',
  fe_college: 'college',
  sixth_form_college: 'college',
  other: null,
};

export function groupOf(type: InstitutionType): InstitutionGroup | null {
  return GROUP_OF_TYPE[type];
}

/** True when an institution belongs in a breakdown (`all` or one of the type groups). */
export function inBreakdown(type: InstitutionType, breakdown: string): boolean {
  return breakdown === 'all' || groupOf(type) === breakdown;
}

/** A record left out of the metrics because it cannot be placed in a hub; validate and the report list these. */
/** Metric rows, and the records that could not be placed in a hub (URN not in the register, or its LA in no hub). */
export interface PlacedMetrics {
  readonly rows: MetricRow[];
  readonly exclusions: MetricExclusion[];
}

export interface MetricExclusion {
  readonly urn: string;
  readonly reason: string;
  readonly source: SourceRef;
}

export interface PlacedInstitution {
  readonly institution: Institution;
  readonly hubId: string;
}

/** The register, keyed by URN, with each institution's hub; institutions whose LA is in no hub are returned apart. */
export class InstitutionRegister {
  private readonly byUrn = new Map<string, PlacedInstitution>();
  private readonly unplacedByUrn = new Map<string, Institution>();

  constructor(
    institutions: readonly Institution[],
    readonly hubs: HubIndex,
  ) {
    for (const institution of institutions) {
      const hubId = hubs.hubOf(institution.laCode);
      if (hubId === undefined) this.unplacedByUrn.set(institution.urn, institution);
      else this.byUrn.set(institution.urn, { institution, hubId });
    }
  }

  /** Hub ids in config order, then `all`: the order rows are written in. */
  hubColumns(): string[] {
    return [...this.hubs.hubs.map((h) => h.id), ALL_HUBS];
  }

  placed(): PlacedInstitution[] {
    return [...this.byUrn.values()];
  }

  /** Register institutions whose LA code is in no configured hub. */
  unplaced(): MetricExclusion[] {
    return [...this.unplacedByUrn.values()].map((i) => ({
      urn: i.urn,
      reason: 'its LA is not in any configured hub',
      source: i.source,
    }));
  }

  /** The placed institution of a record's URN, or why the record cannot be placed. */
  place(urn: string): PlacedInstitution | { readonly reason: string } {
    const placed = this.byUrn.get(urn);
    if (placed) return placed;
    const unplaced = this.unplacedByUrn.get(urn);
    if (unplaced) return { reason: 'its LA is not in any configured hub' };
    return { reason: 'its URN is not in the institutions register' };
  }
}

/** True when `hub` (a hub id or `all`) covers a placed institution. */
export function inHub(placed: PlacedInstitution, hub: string): boolean {
  return hub === ALL_HUBS || placed.hubId === hub;
}
