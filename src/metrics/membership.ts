import type { HubIndex } from '../config/hub-index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import type { Institution } from '../model/records.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import {
  GROUP_BREAKDOWNS,
  InstitutionRegister,
  inBreakdown,
  inHub,
  type PlacedInstitution,
  type PlacedMetrics,
} from './institution-groups.js';
import { counted } from './note-words.js';
import { percentageFields } from './percentage.js';

export interface MembershipInput {
  readonly institutions: readonly Institution[];
  readonly hubs: HubIndex;
  /** Reporting years, oldest first. */
  readonly years: readonly AcademicYear[];
}

export type MembershipResult = PlacedMetrics;

/** The institutions of one hub (or `all`) and breakdown as they stand in one year. */
interface Cell {
  readonly hub: string;
  readonly period: AcademicYear;
  readonly breakdown: string;
  /** Eligible institutions of the hub and breakdown: the denominator of every membership rate. */
  readonly eligible: readonly Institution[];
  readonly members: readonly Institution[];
  /** Institutions marked as joined but not eligible: never counted, only noted. */
  readonly ineligibleJoined: number;
}

/**
 * Hub membership per hub, year and type group. A member in year Y is an eligible institution that joined
 * in Y or before (the register records the year joined, and membership is not withdrawn). Institutions
 * not marked eligible never count, as eligibility follows CEC's reporting obligations to the DfE.
 */
export function membershipMetrics(input: MembershipInput): MembershipResult {
  const register = new InstitutionRegister(input.institutions, input.hubs);
  const placed = register.placed();
  const years = [...input.years].sort(compareYears);
  const cells: Cell[] = register
    .hubColumns()
    .flatMap((hub) =>
      years.flatMap((period) => GROUP_BREAKDOWNS.map((breakdown) => cellOf(placed, hub, period, breakdown))),
    );
  const rows = [
    ...cells.map(institutionsPctRow),
    ...cells.map(pupilsPctRow),
    ...cells.map(institutionsRow),
    ...cells.map(pupilsRow),
  ];
  return { rows, exclusions: register.unplaced() };
}

function cellOf(placed: readonly PlacedInstitution[], hub: string, period: AcademicYear, breakdown: string): Cell {
  const inCell = placed
    .filter((p) => inHub(p, hub) && inBreakdown(p.institution.type, breakdown))
    .map((p) => p.institution);
  const joined = inCell.filter((i) => i.joined !== null && compareYears(i.joined, period) <= 0);
  return {
    hub,
    period,
    breakdown,
    eligible: inCell.filter((i) => i.eligible),
    members: joined.filter((i) => i.eligible),
    ineligibleJoined: joined.filter((i) => !i.eligible).length,
  };
}

function institutionsPctRow(c: Cell): MetricRow {
  return metricRow({
    measure: 'membership_institutions_pct',
    ...key(c),
    unit: 'pct',
    ...percentageFields(c.members.length, c.eligible.length),
    note: ineligibleNote(c),
    sdc: { counts: 'institutions', institutions: c.eligible.length },
  });
}

/**
 * Share of pupils in eligible institutions who are in member institutions. Institutions with no pupil count
 * are left out of both sides (not counted as 0 pupils). No interval: the register is a census of
 * institutions, and pupils cluster within them, so a binomial interval over pupils would be far too narrow.
 */
function pupilsPctRow(c: Cell): MetricRow {
  const known = c.eligible.filter((i) => i.pupils !== null);
  const memberPupils = sumPupils(c.members);
  const allPupils = sumPupils(known);
  const unknown = c.eligible.length - known.length;
  return metricRow({
    measure: 'membership_pupils_pct',
    ...key(c),
    unit: 'pct',
    value: allPupils > 0 ? (100 * memberPupils) / allPupils : null,
    symbol: allPupils > 0 ? '' : 'z',
    numerator: memberPupils,
    denominator: allPupils,
    note:
      unknown > 0
        ? `${counted(unknown, 'eligible institution')} with no pupil count left out of both numerator and denominator`
        : '',
    sdc: { counts: 'people', institutions: known.length },
  });
}

function institutionsRow(c: Cell): MetricRow {
  return metricRow({
    measure: 'membership_institutions',
    ...key(c),
    unit: 'count',
    value: c.members.length,
    note: ineligibleNote(c),
    sdc: { counts: 'institutions', institutions: c.members.length },
  });
}

function pupilsRow(c: Cell): MetricRow {
  const known = c.members.filter((i) => i.pupils !== null);
  const unknown = c.members.length - known.length;
  return metricRow({
    measure: 'membership_pupils',
    ...key(c),
    unit: 'count',
    value: sumPupils(known),
    note:
      unknown > 0
        ? `${counted(unknown, 'member institution')} with no pupil count ${unknown === 1 ? 'is' : 'are'} not in the ` +
          `total`
        : '',
    sdc: { counts: 'people', institutions: known.length },
  });
}

function key(c: Cell): Pick<MetricRow, 'hub' | 'period' | 'breakdown'> {
  return { hub: c.hub, period: c.period, breakdown: c.breakdown };
}

/** Total pupils of the institutions that have a pupil count; the callers say how many had none. */
function sumPupils(institutions: readonly Institution[]): number {
  let sum = 0;
  for (const i of institutions) if (i.pupils !== null) sum += i.pupils;
  return sum;
}

function ineligibleNote(c: Cell): string {
  return c.ineligibleJoined > 0
    ? `${counted(c.ineligibleJoined, 'institution')} joined but not marked eligible ` +
        `${c.ineligibleJoined === 1 ? 'is' : 'are'} not counted`
    : '';
}
