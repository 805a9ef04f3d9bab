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
  const register = new Map(institutions.filter((i) => i.eligible).map((i) => [i.urn, i]));
  const rates = new Map<string, Map<number, number>>();
  const unmatched = new Set<string>();
  for (const row of rows) {
    if (row.breakdown !== breakdown || row.kind !== 'mainstream') continue;
    const inst = register.get(row.urn);
    if (!inst || !hubs.hubOf(inst.laCode)) {
      unmatched.add(row.urn);
      continue;
    }
    const rate = schoolRate(row, measure);
    if (rate === undefined) continue;
    const byYear = rates.get(row.urn) ?? new Map<number, number>();
    byYear.set(startYearOf(row.cohortYear), rate);
    rates.set(row.urn, byYear);
  }
  const schools = [...rates]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([urn, y]) => {
      const inst = register.get(urn) as Institution;
      return {
        id: urn,
        cluster: hubs.find(inst.laCode)?.la.newCode ?? inst.laCode,
        hub: hubs.hubOf(inst.laCode) as string,
        group: inst.joined ? startYearOf(inst.joined) : null,
        y,
      };
    });
  const cohorts = [...new Set(schools.flatMap((s) => [...s.y.keys()]))].sort((a, b) => a - b);
  return { schools, cohorts, unmatched: unmatched.size };
}
