import type { GroupKind } from '../config/groups.js';
import type { HubIndex } from '../config/hub-index.js';
import type { Config } from '../config/schema.js';
import type { Institution } from '../model/records.js';
import { type AcademicYear, compareYears } from '../model/year.js';

/**
 * A hub or a member-defined group with its members found in the register: every group is measured from its own
 * members, so a school in a hub and a cluster counts in both.
 */
export interface ResolvedGroup {
  readonly id: string;
  readonly name: string;
  readonly kind: GroupKind;
  readonly lead: string;
  /** Null: the hub has no `started`, so it counts from its first member. */
  readonly started: AcademicYear | null;
  /** Null: still running. */
  readonly ended: AcademicYear | null;
  /** Member URNs, each with the academic year it joined (a hub's `joined`; null: a member whenever the group ran). */
  readonly members: ReadonlyMap<string, AcademicYear | null>;
}

/** A problem with a group's members, at its config key. */
export interface MemberProblem {
  readonly key: string;
  readonly message: string;
}

/** Whether `urn` was a member of `group` in `year` (the group's years are checked by the caller). */
export function isMemberIn(group: ResolvedGroup, urn: string, year: AcademicYear): boolean {
  if (!group.members.has(urn)) return false;
  const from = group.members.get(urn) ?? null;
  return from === null || compareYears(from, year) <= 0;
}

/** Whether the group ran in `year`. */
export function ranIn(group: ResolvedGroup, year: AcademicYear): boolean {
  const afterStart = group.started === null || compareYears(group.started, year) <= 0;
  return afterStart && (group.ended === null || compareYears(year, group.ended) <= 0);
}

/**
 * The hubs (members: their institutions that joined) and the config's groups (members by register column value or
 * URN), with a problem for each URN not in the register and each column value no institution has.
 */
export function resolveGroups(
  config: Pick<Config, 'hubs' | 'groups'>,
  institutions: readonly Institution[],
  hubs: HubIndex,
): { groups: ResolvedGroup[]; problems: MemberProblem[] } {
  const problems: MemberProblem[] = [];
  const inRegister = new Set(institutions.map((i) => i.urn));
  const areaHubs = config.hubs.map(
    (h): ResolvedGroup => ({
      id: h.id,
      name: h.name,
      kind: 'area hub',
      lead: h.lead,
      started: h.started ?? null,
      ended: null,
      members: new Map(
        institutions.filter((i) => i.joined !== null && hubs.hubOf(i.laCode) === h.id).map((i) => [i.urn, i.joined]),
      ),
    }),
  );
  const groups = config.groups.map((g, k): ResolvedGroup => {
    const members = new Map<string, AcademicYear | null>();
    if (g.members.by === 'urns')
      g.members.urns.forEach((urn, j) => {
        if (inRegister.has(urn)) members.set(urn, null);
        else problems.push({ key: `groups[${k}].members[${j}]`, message: urn });
      });
    else {
      const value = g.members.value.trim().toLowerCase();
      for (const i of institutions) if (i.clusters?.includes(value)) members.set(i.urn, null);
      if (members.size === 0) problems.push({ key: `groups[${k}].membersFrom.value`, message: g.members.value });
    }
    return { ...g, started: g.started, members };
  });
  return { groups: [...areaHubs, ...groups], problems };
}

/** For each group, how many of its members are also members of each other group (only overlaps of one or more). */
export function groupOverlaps(
  groups: readonly ResolvedGroup[],
): Map<string, { readonly other: string; readonly shared: number }[]> {
  const out = new Map<string, { other: string; shared: number }[]>();
  for (const g of groups) {
    const list: { other: string; shared: number }[] = [];
    for (const o of groups) {
      if (o.id === g.id) continue;
      let shared = 0;
      for (const urn of g.members.keys()) if (o.members.has(urn)) shared++;
      if (shared > 0) list.push({ other: o.id, shared });
    }
    out.set(g.id, list);
  }
  return out;
}
