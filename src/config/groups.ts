import type { AcademicYear } from '../model/year.js';
import type { GroupDocument, GroupKind, StrandDocument } from './groups-schema.js';

export type { GroupKind } from './groups-schema.js';

/** What the checks need of a hub (schema.ts imports this module, so its HubConfig is not imported back). */
interface HubId {
  readonly id: string;
}

/** How a member-defined group names its members: a value of a register column, or URNs. */
export type MemberSpec =
  | { readonly by: 'column'; readonly column: string; readonly value: string }
  | { readonly by: 'urns'; readonly urns: readonly string[] };

/** A group defined by the institutions that belong to it (a Careers Cluster), not by local authorities. */
export interface GroupConfig {
  readonly id: string;
  readonly name: string;
  readonly kind: GroupKind;
  readonly lead: string;
  readonly started: AcademicYear;
  /** Null: still running. */
  readonly ended: AcademicYear | null;
  readonly members: MemberSpec;
}

/** A strand of the programme (Careers Hubs, Careers Clusters) and the hubs and groups in it. */
export interface StrandConfig {
  readonly id: string;
  readonly name: string;
  /** Hub and group ids, in report order. */
  readonly groups: readonly string[];
  /** A survey question on sustained legacy, `survey.question`; null: none. */
  readonly legacy: string | null;
}

export function groupConfig(doc: GroupDocument): GroupConfig {
  return {
    id: doc.id,
    name: doc.name,
    kind: doc.kind,
    lead: doc.lead ?? '',
    started: doc.started,
    ended: doc.ended ?? null,
    members: doc.membersFrom
      ? { by: 'column', column: doc.membersFrom.column, value: doc.membersFrom.value }
      : { by: 'urns', urns: doc.members ?? [] },
  };
}

/** The strands as configured; without any, one strand "Careers Hubs" of the area hubs. */
export function strandConfigs(docs: readonly StrandDocument[] | undefined, hubs: readonly HubId[]): StrandConfig[] {
  if (docs) return docs.map((s) => ({ id: s.id, name: s.name, groups: s.groups, legacy: s.legacy ?? null }));
  return [{ id: 'careers-hubs', name: 'Careers Hubs', groups: hubs.map((h) => h.id), legacy: null }];
}

/** The register columns a group may be defined by (the register reader keeps their values). */
export const MEMBER_COLUMNS: readonly string[] = ['cluster'];

/**
 * Checks across hubs, groups and strands: one id names one thing, a strand names only hubs and groups the config
 * defines (each once), and a group is defined by a register column the reader keeps.
 */
export function groupProblems(
  hubs: readonly HubId[],
  groups: readonly GroupConfig[],
  strands: readonly StrandConfig[],
): string[] {
  const problems: string[] = [];
  const hubIds = new Set(hubs.map((h) => h.id));
  const groupIds = new Set<string>();
  groups.forEach((g, k) => {
    if (hubIds.has(g.id)) problems.push(`groups[${k}].id: "${g.id}" is also a hub id; ids name one hub or group`);
    else if (groupIds.has(g.id)) problems.push(`groups[${k}].id: "${g.id}" is used by two groups`);
    groupIds.add(g.id);
    if (g.members.by === 'column' && !MEMBER_COLUMNS.includes(g.members.column.trim().toLowerCase()))
      problems.push(
        `groups[${k}].membersFrom.column: "${g.members.column}" is not a register column groups can be read from ` +
          `(${MEMBER_COLUMNS.map((c) => `"${c}"`).join(', ')}); list the members' URNs under members instead`,
      );
  });
  const known = [...new Set([...hubIds, ...groupIds])];
  const strandIds = new Set<string>();
  strands.forEach((s, k) => {
    if (strandIds.has(s.id) || known.includes(s.id))
      problems.push(`strands[${k}].id: "${s.id}" is already the id of a strand, hub or group`);
    strandIds.add(s.id);
    const seen = new Set<string>();
    s.groups.forEach((g, j) => {
      if (!known.includes(g))
        problems.push(`strands[${k}].groups[${j}]: no hub or group "${g}" (the config has: ${known.join(', ')})`);
      else if (seen.has(g)) problems.push(`strands[${k}].groups[${j}]: "${g}" is listed twice`);
      seen.add(g);
    });
  });
  return problems;
}
