import type { StrandConfig } from '../config/groups.js';
import type { MeasureId } from '../model/measures/index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { spanPeriod } from '../model/period.js';
import type { CompassReturn, Institution } from '../model/records.js';
import type { SchoolDestination } from '../model/school-destination.js';
import { type AcademicYear, compareYears, yearRange } from '../model/year.js';
import { type Margin, rowKey } from '../sdc/row-key.js';
import { classifyInterval } from '../stats/change.js';
import { newcombeDifference } from '../stats/difference.js';
import { pFromInterval } from '../stats/interval-p.js';
import { meanInterval } from '../stats/mean.js';
import { achievedCount } from './compass.js';
import { isMemberIn, type ResolvedGroup, ranIn } from './group-members.js';
import { type GroupTally, type OutputBucket, PROGRAMME, type Recorded } from './group-tally.js';
import { percentageFields } from './percentage.js';

export interface GroupMetricsInput {
  readonly groups: readonly ResolvedGroup[];
  readonly strands: readonly StrandConfig[];
  readonly institutions: readonly Institution[];
  /** The reporting year: no group is measured after it. */
  readonly year: AcademicYear;
  /** Activity outputs, when activity logs are read. */
  readonly tally?: GroupTally | undefined;
  /** Latest Compass return per institution and year, when Compass is read. */
  readonly compass?: readonly CompassReturn[] | undefined;
  /** KS4 destinations by school, when school-level files are read. */
  readonly schools?: readonly SchoolDestination[] | undefined;
}

/** The years a group ran up to the reporting year; a hub without `started` from its first member's year. */
export function yearsRan(group: ResolvedGroup, year: AcademicYear): AcademicYear[] {
  const joined = [...group.members.values()].filter((y): y is AcademicYear => y !== null).sort(compareYears);
  const from = group.started ?? joined[0] ?? year;
  const to = group.ended !== null && compareYears(group.ended, year) < 0 ? group.ended : year;
  return compareYears(from, to) <= 0 ? yearRange(from, to) : [];
}

/** A group, strand or the programme as a unit of the rows: its years and who its members were in each. */
interface Unit {
  readonly id: string;
  readonly years: readonly AcademicYear[];
  readonly membersIn: (year: AcademicYear) => ReadonlySet<string>;
}

/**
 * Measures of each hub and member-defined group, of each strand and of the programme: membership, activity
 * outputs, members' Compass results and, per group, members' KS4 destinations against the other schools of their
 * local authorities. With the margins disclosure control protects: a strand whose groups share no member adds up.
 */
export function groupMetrics(input: GroupMetricsInput): { rows: MetricRow[]; margins: Margin[] } {
  const groupUnits = input.groups.map((g) => groupUnit(g, input.year));
  const byId = new Map(groupUnits.map((u) => [u.id, u]));
  const strandUnits = input.strands.map((s) =>
    unionUnit(
      s.id,
      s.groups.flatMap((id) => byId.get(id) ?? []),
    ),
  );
  const inStrands = new Set(input.strands.flatMap((s) => s.groups));
  const programme = unionUnit(
    PROGRAMME,
    groupUnits.filter((u) => inStrands.has(u.id)),
  );
  const units = [...groupUnits, ...strandUnits, programme];
  const rows = units.flatMap((u) => [...membersRows(u), ...(input.tally ? outputRows(u, input.tally) : [])]);
  if (input.compass) rows.push(...groupUnits.flatMap((u) => compassRows(u, input.compass ?? [])));
  if (input.schools?.length) rows.push(...destinationRows([...groupUnits, ...strandUnits], input));
  return { rows, margins: strandMargins(input.strands, input.groups, rows) };
}

function groupUnit(g: ResolvedGroup, year: AcademicYear): Unit {
  const years = yearsRan(g, year);
  return {
    id: g.id,
    years,
    membersIn: (y) =>
      new Set(ranIn(g, y) && years.includes(y) ? [...g.members.keys()].filter((urn) => isMemberIn(g, urn, y)) : []),
  };
}

function unionUnit(id: string, parts: readonly Unit[]): Unit {
  const years = [...new Set(parts.flatMap((p) => p.years))].sort(compareYears);
  return { id, years, membersIn: (y) => new Set(parts.flatMap((p) => [...p.membersIn(y)])) };
}

/** Each year, and the whole span when it ran more than one year. */
function periodsOf(years: readonly AcademicYear[]): { period: string; years: readonly AcademicYear[] }[] {
  const out: { period: string; years: readonly AcademicYear[] }[] = years.map((y) => ({ period: y, years: [y] }));
  if (years.length > 1) out.push({ period: spanPeriod(years[0]!, years[years.length - 1]!), years });
  return out;
}

function membersRows(u: Unit): MetricRow[] {
  return periodsOf(u.years).map(({ period, years }) => {
    const members = new Set(years.flatMap((y) => [...u.membersIn(y)]));
    return metricRow({
      measure: 'group_members',
      hub: u.id,
      period,
      breakdown: 'all',
      unit: 'count',
      value: members.size,
      ...(years.length > 1 ? { note: 'members in any year of the period' } : {}),
      sdc: { counts: 'institutions', institutions: members.size },
    });
  });
}

type CountOf = (b: OutputBucket, recorded: Recorded) => { value: number | null; uncounted?: number };
const OUTPUT_COUNTS: readonly (readonly [MeasureId, 'people' | 'events' | 'organisations', CountOf])[] = [
  ['group_projects', 'events', (b, r) => ({ value: r.projects ? b.projects : null })],
  ['group_placements', 'people', (b) => ({ value: b.placements, uncounted: b.placementsUncounted })],
  ['group_student_participations', 'people', (b) => ({ value: b.students, uncounted: b.studentsUncounted })],
  ['group_employer_participations', 'events', (b) => ({ value: b.employerParticipations })],
  ['group_sme_participations', 'events', (b) => ({ value: b.smeParticipations })],
  // Distinct SMEs are organisations: not protected as people, but withheld with a group of too few schools.
  ['group_smes_engaged', 'organisations', (b) => ({ value: b.smes.size })],
  ['group_sme_declarations', 'events', (b, r) => ({ value: r.declarations ? b.declarations : null })],
];

/** The symbol and note of a count the logs do not record: not available, never 0. */
const NOT_RECORDED = { symbol: 'x', note: 'not recorded in the activity logs' } as const;

function outputRows(u: Unit, tally: GroupTally): MetricRow[] {
  return periodsOf(u.years).flatMap(({ period, years }) => {
    const b = tally.outputs(u.id, years);
    const recorded = tally.records(b);
    const institutions = b.institutions.size;
    const counts = OUTPUT_COUNTS.map(([measure, counts, of]) => {
      const { value, uncounted = 0 } = of(b, recorded);
      return metricRow({
        measure,
        hub: u.id,
        period,
        breakdown: 'all',
        unit: 'count',
        ...(value === null
          ? NOT_RECORDED
          : {
              value,
              note:
                uncounted > 0
                  ? `${uncounted} activit${uncounted === 1 ? 'y' : 'ies'} with no student count left out ` +
                    '(not counted as 0)'
                  : '',
            }),
        sdc: { counts, institutions },
      });
    });
    const share = metricRow({
      measure: 'group_sme_declaration_pct',
      hub: u.id,
      period,
      breakdown: 'all',
      unit: 'pct',
      ...(recorded.declarations ? percentageFields(b.declarations, b.smeParticipations) : NOT_RECORDED),
      sdc: { counts: 'events', institutions },
    });
    return [...counts, share];
  });
}

function compassRows(u: Unit, compass: readonly CompassReturn[]): MetricRow[] {
  return u.years.map((y) => {
    const members = u.membersIn(y);
    const values = compass.filter((r) => r.year === y && members.has(r.urn)).map(achievedCount);
    const m = meanInterval(values);
    const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
    return metricRow({
      measure: 'group_compass_mean_benchmarks',
      hub: u.id,
      period: y,
      breakdown: 'all',
      unit: 'mean',
      ...(m
        ? { value: m.mean, denominator: values.length, ci_low: finite(m.low), ci_high: finite(m.high) }
        : { denominator: 0, symbol: 'z' as const }),
      sdc: { counts: 'institutions', institutions: values.length },
    });
  });
}

/** A school's sustained-EET count and cohort, where both are published numbers (a suppressed count is left out). */
function eetCounts(row: SchoolDestination): { x: number; n: number } | undefined {
  const x = row.counts.overall;
  const n = row.counts.cohort;
  return typeof x === 'number' && typeof n === 'number' && n > 0 ? { x, n } : undefined;
}

/**
 * Sustained EET of each group's and each strand's schools per KS4 cohort in the years it ran, pooled over the
 * schools (a strand counts a school once), and its gap to the other eligible schools of the register in the same
 * local authorities and cohort (not England alone: a cluster's schools are compared with their neighbours).
 */
function destinationRows(units: readonly Unit[], input: GroupMetricsInput): MetricRow[] {
  const register = new Map(input.institutions.map((i) => [i.urn, i]));
  const byCohort = new Map<string, { row: SchoolDestination; x: number; n: number }[]>();
  for (const row of input.schools ?? []) {
    const c = row.breakdown === 'total' && register.has(row.urn) ? eetCounts(row) : undefined;
    if (!c) continue;
    const list = byCohort.get(row.cohortYear) ?? [];
    list.push({ row, ...c });
    byCohort.set(row.cohortYear, list);
  }
  return units.flatMap((u) =>
    u.years.flatMap((y) => {
      const rows = byCohort.get(y) ?? [];
      const members = u.membersIn(y);
      const mine = rows.filter((r) => members.has(r.row.urn));
      if (mine.length === 0) return [];
      const las = new Set(mine.map((r) => r.row.laCode));
      const others = rows.filter(
        (r) => las.has(r.row.laCode) && register.get(r.row.urn)?.eligible === true && !members.has(r.row.urn),
      );
      return eetRows(u.id, y, mine, others);
    }),
  );
}

function eetRows(
  hub: string,
  cohort: AcademicYear,
  mine: readonly { x: number; n: number }[],
  others: readonly { x: number; n: number }[],
): MetricRow[] {
  const sum = (list: readonly { x: number; n: number }[]) =>
    list.reduce((a, r) => ({ x: a.x + r.x, n: a.n + r.n }), { x: 0, n: 0 });
  const a = sum(mine);
  const b = sum(others);
  const level = metricRow({
    measure: 'group_eet_sustained_pct',
    hub,
    period: cohort,
    breakdown: 'total',
    unit: 'pct',
    ...percentageFields(a.x, a.n),
    note: `${mine.length} school${mine.length === 1 ? '' : 's'}`,
    sdc: { counts: 'people', institutions: mine.length },
  });
  if (b.n === 0) return [level];
  const d = newcombeDifference(a.x, a.n, b.x, b.n);
  const [diff, low, high] = [100 * d.diff, 100 * d.low, 100 * d.high];
  const gap = metricRow({
    measure: 'group_eet_vs_others_pp',
    hub,
    period: cohort,
    breakdown: 'total',
    unit: 'pp',
    value: diff,
    comparator: (100 * b.x) / b.n,
    diff,
    diff_ci_low: low,
    diff_ci_high: high,
    ci_low: low,
    ci_high: high,
    note: `${mine.length} group schools against ${others.length} other schools of the same local authorities`,
    verdict: classifyInterval(low, high),
    p_value: pFromInterval(diff, low, high),
    // The others' rate is not published apart; the gap is withheld with the group's own rate.
    sdc: { counts: 'none', institutions: Math.min(mine.length, others.length), derivedFrom: [rowKey(level)] },
  });
  return [level, gap];
}

/**
 * Rows of a strand that are the sum of its groups' rows when the groups share no member (a pooled rate adds up by
 * its numerator and denominator). Distinct SMEs are protected as if they added up: an SME that worked with two groups
 * makes the strand's count less than the sum, so the strand's count less the other groups' is a lower bound on a
 * withheld group's, and the exact figure when no SME is shared.
 */
function addsUp(r: MetricRow): boolean {
  return r.unit === 'count' || r.measure === 'group_eet_sustained_pct';
}

/** A strand whose groups share no member: its counts and pooled rates are the sum of theirs, a margin to protect. */
function strandMargins(
  strands: readonly StrandConfig[],
  groups: readonly ResolvedGroup[],
  rows: readonly MetricRow[],
): Margin[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const keys = new Set(rows.map(rowKey));
  const margins: Margin[] = [];
  for (const s of strands) {
    const members = s.groups.flatMap((id) => [...(byId.get(id)?.members.keys() ?? [])]);
    if (new Set(members).size !== members.length) continue;
    for (const r of rows) {
      if (r.hub !== s.id || !addsUp(r)) continue;
      const parts = s.groups.map((hub) => rowKey({ ...r, hub })).filter((k) => keys.has(k));
      if (parts.length > 0) margins.push({ total: rowKey(r), parts });
    }
  }
  return margins;
}
