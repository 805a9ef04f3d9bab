import type { HubIndex } from '../config/hub-index.js';
import type { Institution } from '../model/records.js';
import {
  type SchoolBreakdown,
  type SchoolDestination,
  type SchoolMeasure,
  schoolRate,
} from '../model/school-destination.js';
import { startYearOf } from '../model/year.js';
import type { PanelUnit } from '../stats/staggered-did.js';

/** A school of the register with its destination rates by cohort (start year), for one measure and pupil group. */
export interface PanelSchool extends PanelUnit {
  readonly hub: string;
}

export interface SchoolPanel {
  readonly schools: readonly PanelSchool[];
  /** Cohort start years with at least one school rate. */
  readonly cohorts: readonly number[];
  /** School-file URNs not in the register (or in no hub): left out, as their membership is not known. */
  readonly unmatched: number;
}

/**
 * The panel for one measure and pupil group: eligible mainstream schools of the register, placed in their hub by
 * the register's LA, with their join year (the academic year of `joined`; a cohort is after joining when its KS4
 * year is at or after it). A school whose rate is suppressed in a cohort is unobserved then, never 0.
 */
export function schoolPanel(
  rows: readonly SchoolDestination[],
  institutions: readonly Institution[],
  hubs: HubIndex,
  measure: SchoolMeasure,
  breakdown: SchoolBreakdown,
): SchoolPanel {
  return panelFrom(schoolRegister(institutions, hubs), rows, measure, breakdown);
}

/** The register's eligible institutions with their hub and LA cluster, looked up once for every panel. */
export interface SchoolRegister {
  readonly byUrn: ReadonlyMap<string, { readonly inst: Institution; readonly hub: string; readonly cluster: string }>;
}

export function schoolRegister(institutions: readonly Institution[], hubs: HubIndex): SchoolRegister {
  const byUrn = new Map<string, { inst: Institution; hub: string; cluster: string }>();
  for (const inst of institutions) {
    const hub = inst.eligible ? hubs.hubOf(inst.laCode) : undefined;
    if (hub) byUrn.set(inst.urn, { inst, hub, cluster: hubs.find(inst.laCode)?.la.newCode ?? inst.laCode });
  }
  return { byUrn };
}

/** A pupil group's mainstream rows of schools in the register, each with its cohort's start year, picked out once. */
export interface PanelRows {
  readonly rows: readonly SchoolDestination[];
  readonly startYears: readonly number[];
  /** School-file URNs not in the register (or in no hub). */
  readonly unmatched: number;
}

export function panelRows(
  register: SchoolRegister,
  rows: readonly SchoolDestination[],
  breakdown: SchoolBreakdown,
): PanelRows {
  const kept: SchoolDestination[] = [];
  const startYears: number[] = [];
  const unmatched = new Set<string>();
  const startYear = new Map<string, number>();
  for (const row of rows) {
    if (row.breakdown !== breakdown || row.kind !== 'mainstream') continue;
    if (!register.byUrn.has(row.urn)) {
      unmatched.add(row.urn);
      continue;
    }
    let year = startYear.get(row.cohortYear);
    if (year === undefined) {
      year = startYearOf(row.cohortYear);
      startYear.set(row.cohortYear, year);
    }
    kept.push(row);
    startYears.push(year);
  }
  return { rows: kept, startYears, unmatched: unmatched.size };
}

/** The panel for one measure and pupil group from rows already read (schoolPanel, with the register looked up). */
export function panelFrom(
  register: SchoolRegister,
  rows: readonly SchoolDestination[],
  measure: SchoolMeasure,
  breakdown: SchoolBreakdown,
): SchoolPanel {
  return panelOf(register, panelRows(register, rows, breakdown), measure);
}

/** The panel for one measure from a pupil group's rows already picked out. */
export function panelOf(register: SchoolRegister, picked: PanelRows, measure: SchoolMeasure): SchoolPanel {
  const rates = new Map<string, Map<number, number>>();
  const { rows, startYears } = picked;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as SchoolDestination;
    const rate = schoolRate(row, measure);
    if (rate === undefined) continue;
    const byYear = rates.get(row.urn);
    if (byYear) byYear.set(startYears[k] as number, rate);
    else rates.set(row.urn, new Map([[startYears[k] as number, rate]]));
  }
  const schools = [...rates]
    // URNs are digits, for which code-point order is the order localeCompare gave, at a fraction of its cost.
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([urn, y]) => {
      const { inst, hub, cluster } = register.byUrn.get(urn) as { inst: Institution; hub: string; cluster: string };
      return { id: urn, cluster, hub, group: inst.joined ? startYearOf(inst.joined) : null, y };
    });
  const years = new Set<number>();
  for (const s of schools) for (const t of s.y.keys()) years.add(t);
  const cohorts = [...years].sort((a, b) => a - b);
  return { schools, cohorts, unmatched: picked.unmatched };
}
