import path from 'node:path';
import { HubIndex } from '../config/hub-index.js';
import type { Config } from '../config/schema.js';
import { type MeasureId, measureFacts, type Partition } from '../model/measures/index.js';
import type { MetricRow } from '../model/metric.js';
import { isSpan } from '../model/period.js';
import {
  ACTIVITY_TYPES,
  type Activity,
  type CompassReturn,
  type DestinationRow,
  type InputKind,
  type Institution,
  type NeetRow,
} from '../model/records.js';
import type { SchoolDestination } from '../model/school-destination.js';
import { type AcademicYear, academicYear, compareYears, startYearOf, yearRange } from '../model/year.js';
import { applySdc } from '../sdc/apply.js';
import { additiveMargins } from '../sdc/margins.js';
import { rowKey } from '../sdc/row-key.js';
import { compassMetrics } from './compass.js';
import { destinationMetrics, destinationsInput } from './destinations.js';
import { resolveGroups } from './group-members.js';
import { deliveredByGroup, GroupTally } from './group-tally.js';
import { groupMetrics } from './groups.js';
import { impactMetrics } from './impact.js';
import { INSTITUTION_GROUPS, type MetricExclusion } from './institution-groups.js';
import { membershipMetrics } from './membership.js';
import { markNotForPublication } from './metric-table.js';
import { adjustForMultiplicity } from './multiplicity.js';
import { neetMetrics } from './neet.js';
import { compareWithNeighbours, type NeighbourComparison, type NeighbourSources } from './neighbours-comparison.js';
import { type ParticipationTally, participationMetrics, participationRows } from './participation.js';

/**
 * records ─┬─ compass ──────┐
 *          ├─ membership ───┤
 *          ├─ destinations ─┼─ tidy rows ─ disclosure control (unless --no-sdc) ─ MetricsResult
 *          ├─ neet ─────────┤
 *          ├─ participation ┤
 *          └─ impact ───────┘  (school-level destinations: impact.ts)
 */

export interface MetricRecords {
  readonly institutions: readonly Institution[];
  readonly compass: readonly CompassReturn[];
  readonly destinations: readonly DestinationRow[];
  readonly neet: readonly NeetRow[];
  readonly activities: readonly Activity[];
  /** The activities totalled as they were read (the pipeline's way: no records kept); used instead of `activities`. */
  readonly participation?: ParticipationTally;
  /** Kinds with at least one configured file; measures of the other kinds are reported absent. */
  readonly present: readonly InputKind[];
  /** The statistical neighbours file and settings, when the config names one. */
  readonly neighbours?: NeighbourSources | undefined;
  /** KS4 destinations by school (school-level destination files), for the impact estimates. */
  readonly schoolDestinations?: readonly SchoolDestination[];
  /** The activities' outputs per hub, group and strand, totalled as they were read; used instead of `activities`. */
  readonly groupTally?: GroupTally;
}

export interface MetricsOptions {
  readonly config: Config;
  /** The reporting year: the last academic year shown. */
  readonly year: AcademicYear;
  readonly sdc: boolean;
}

export interface MeasureCoverage {
  readonly measure: string;
  readonly kind: InputKind;
  /** Single periods the measure has rows for (academic years, or KS4 cohorts for destinations). */
  readonly periods: readonly string[];
}

export interface MetricsResult {
  readonly rows: MetricRow[];
  readonly coverage: readonly MeasureCoverage[];
  readonly exclusions: readonly (MetricExclusion & { readonly kind: InputKind })[];
  readonly absent: readonly InputKind[];
  readonly sdcApplied: boolean;
  /** The comparison groups, when statistical neighbours are configured. */
  readonly neighbours?: NeighbourComparison;
}

/** Membership series reach back this many years before the reporting year at most. */
const MEMBERSHIP_YEARS = 8;

export function computeMetrics(records: MetricRecords, options: MetricsOptions): MetricsResult {
  const { config, year } = options;
  const hubs = new HubIndex(config.hubs);
  const has = (k: InputKind) => records.present.includes(k);
  const parts: { kind: InputKind; rows: MetricRow[] }[] = [];
  const exclusions: (MetricExclusion & { kind: InputKind })[] = [];
  const upTo = (years: Iterable<AcademicYear>) =>
    [...new Set(years)].filter((y) => compareYears(y, year) <= 0).sort(compareYears);

  if (has('compass')) {
    const years = spanOf(upTo(records.compass.map((r) => r.year)));
    const r = compassMetrics({ returns: records.compass, institutions: records.institutions, hubs, years });
    parts.push({ kind: 'compass', rows: r.rows });
    exclusions.push(...r.exclusions.map((e) => ({ ...e, kind: 'compass' as const })));
  }
  if (has('institutions')) {
    const joined = upTo(records.institutions.flatMap((i) => (i.joined ? [i.joined] : [])));
    // The register is a snapshot: membership is not projected past the latest year any input has data for.
    const last = Math.min(startYearOf(year), startYearOf(latestDataYear(records) ?? year));
    const earliest = Math.max(last - MEMBERSHIP_YEARS + 1, joined[0] ? startYearOf(joined[0]) : last);
    const years = earliest <= last ? yearRange(academicYear(earliest), academicYear(last)) : [];
    const r = membershipMetrics({ institutions: records.institutions, hubs, years });
    parts.push({ kind: 'institutions', rows: r.rows });
    exclusions.push(...r.exclusions.map((e) => ({ ...e, kind: 'institutions' as const })));
  }
  let destinationCohorts: { from: AcademicYear; to: AcademicYear } | undefined;
  let neetYears: AcademicYear[] | undefined;
  if (has('destinations')) {
    // The hubs' range is the cohorts with local (LA or LA district) rows; national files often reach further back.
    const local = records.destinations.filter(
      (r) => r.level === 'local_authority' || r.level === 'local_authority_district',
    );
    const cohorts = upTo((local.length ? local : records.destinations).map((r) => r.cohortYear));
    const range =
      config.destinations.cohorts ??
      (cohorts.length ? { from: cohorts[0]!, to: cohorts[cohorts.length - 1]! } : undefined);
    // No published cohort up to the reporting year: no destination measures, rather than later cohorts.
    if (range)
      parts.push({
        kind: 'destinations',
        rows: destinationMetrics(destinationsInput(records.destinations, config, hubs, range)),
      });
    destinationCohorts = range;
  }
  if (has('neet')) {
    neetYears = spanOf(upTo(records.neet.map((r) => r.year)));
    parts.push({ kind: 'neet', rows: neetMetrics({ rows: records.neet, hubs, years: neetYears }) });
  }
  if (has('activities')) {
    const { smeThreshold } = config.activities;
    const years = spanOf(upTo(activityYears(records)));
    const clusters = clusterIds(config);
    const r = records.participation
      ? participationRows(records.participation, years, smeThreshold)
      : participationMetrics({
          activities: records.activities.filter((a) => !deliveredByGroup(a, clusters)),
          institutions: records.institutions,
          hubs,
          years,
          smeThreshold,
        });
    parts.push({ kind: 'activities', rows: r.rows });
    exclusions.push(...r.exclusions.map((e) => ({ ...e, kind: 'activities' as const })));
  }

  const neighbours = records.neighbours
    ? compareWithNeighbours({
        sources: records.neighbours,
        hubs,
        config,
        hubRows: parts.flatMap((p) => p.rows),
        displayName: (file) => path.relative(config.dir, file).split(path.sep).join('/'),
        ...(neetYears ? { neet: { rows: records.neet, years: neetYears } } : {}),
        ...(destinationCohorts ? { destinations: { rows: records.destinations, cohorts: destinationCohorts } } : {}),
      })
    : undefined;
  // NCCIS measures (neet_*, not_known_*) and destination measures (the rest) keep their input's coverage.
  const fromNccis = (r: MetricRow) => /^(neet|not_known)_/.test(r.measure);
  for (const part of neighbours ? parts : []) {
    if (part.kind === 'neet') part.rows.push(...(neighbours?.rows.filter(fromNccis) ?? []));
    if (part.kind === 'destinations') part.rows.push(...(neighbours?.rows.filter((r) => !fromNccis(r)) ?? []));
  }
  // After the neighbour rows are placed, so a second destinations part does not receive them again.
  if (records.schoolDestinations?.length) {
    const rows = impactMetrics({
      schools: records.schoolDestinations,
      institutions: records.institutions,
      compass: records.compass,
      hubs,
      hubIds: config.hubs.map((h) => h.id),
      sdc: config.sdc,
    });
    parts.push({ kind: 'destinations', rows });
  }
  const groups = has('institutions') ? programmeMetrics(records, options, hubs) : undefined;
  for (const [kind, rows] of groups?.parts ?? []) parts.push({ kind, rows });
  // Before disclosure control: verdicts are fixed on unrounded figures, and the adjustment needs every p-value.
  const all = adjustForMultiplicity(
    parts.flatMap((p) => p.rows),
    config.evaluation.primaryOutcomes,
  );
  const rows = options.sdc
    ? applySdc(all, config.sdc, [...margins(all, config), ...(groups?.margins ?? [])])
    : markNotForPublication(all);
  return {
    rows,
    coverage: parts.flatMap((p) => coverageOf(p.kind, p.rows)),
    exclusions,
    absent: (['institutions', 'compass', 'destinations', 'neet', 'activities'] as const).filter((k) => !has(k)),
    sdcApplied: options.sdc,
    ...(neighbours ? { neighbours: neighbours.comparison } : {}),
  };
}

/** Ids of the member-defined groups that are not area hubs: activities they delivered are not the hubs'. */
export function clusterIds(config: Pick<Config, 'groups'>): ReadonlySet<string> {
  return new Set(config.groups.filter((g) => g.kind !== 'area hub').map((g) => g.id));
}

/** The hubs' and groups' membership, outputs, Compass and destinations, split by the input each comes from. */
function programmeMetrics(records: MetricRecords, options: MetricsOptions, hubs: HubIndex) {
  const { config, year } = options;
  const { groups } = resolveGroups(config, records.institutions, hubs);
  const present = (k: InputKind) => records.present.includes(k);
  let tally = records.groupTally;
  if (!tally && present('activities')) {
    tally = new GroupTally(groups, config.strands);
    for (const a of records.activities) tally.add(a);
  }
  const { rows, margins } = groupMetrics({
    groups,
    strands: config.strands,
    institutions: records.institutions,
    year,
    tally,
    compass: present('compass') ? records.compass : undefined,
    schools: records.schoolDestinations,
  });
  const byKind = new Map<InputKind, MetricRow[]>();
  for (const r of rows) {
    const kind = measureFacts(r.measure).source as InputKind;
    const list = byKind.get(kind) ?? [];
    list.push(r);
    byKind.set(kind, list);
  }
  return { parts: [...byKind], margins };
}

/** The latest academic year in the Compass, activity, NEET and membership inputs (destinations lag by design). */
export function latestDataYear(records: MetricRecords): AcademicYear | undefined {
  const years = [
    ...records.compass.map((r) => r.year),
    ...activityYears(records),
    ...records.neet.map((r) => r.year),
    ...records.institutions.flatMap((i) => (i.joined ? [i.joined] : [])),
  ];
  return years.length ? years.reduce((a, b) => (compareYears(a, b) >= 0 ? a : b)) : undefined;
}

function activityYears(records: MetricRecords): AcademicYear[] {
  return records.participation ? records.participation.years() : records.activities.map((a) => a.year);
}

/** Every year from the first to the last given: a gap year shows as a gap, not as a shorter series. */
function spanOf(years: readonly AcademicYear[]): AcademicYear[] {
  return years.length ? yearRange(years[0]!, years[years.length - 1]!) : [];
}

/** The breakdown values of each partition the catalogue declares: every set adds up to the measure's `all`. */
const PARTITION_VALUES: Readonly<Record<Partition, readonly string[]>> = {
  'institution type groups': INSTITUTION_GROUPS,
  'activity types': ACTIVITY_TYPES,
  // Teachers at student activities: CPD teachers are counted apart, so the student activity types make up `all`.
  'student activity types': ACTIVITY_TYPES.filter((t) => t !== 'teacher_cpd'),
};

/** The groups of breakdown values that add up to a measure's breakdown `all`, from the measure catalogue. */
export function breakdownPartitions(measure: MeasureId): readonly (readonly string[])[] {
  return measureFacts(measure).partitions.map((p) => PARTITION_VALUES[p]);
}

/**
 * The margins disclosure control protects, from the catalogue: hubs adding up to `all`, each declared partition of
 * the breakdowns, disadvantaged and other pupils making up the total, and the complements of a total (sustained +
 * not sustained + unknown make up the cohort), so that a hidden cell is never a published total minus the others.
 * Distinct SMEs are counted per hub, so their hub figures do not add up (`additive: false`).
 */
function margins(rows: readonly MetricRow[], config: Config) {
  return additiveMargins(rows, {
    hubs: config.hubs.map((h) => h.id),
    breakdownGroups: breakdownPartitions,
    partsOf: (total) => [
      // Destinations: disadvantaged and not disadvantaged pupils add up to the total.
      ...(total.breakdown === 'total'
        ? [[rowKey({ ...total, breakdown: 'disadvantaged' }), rowKey({ ...total, breakdown: 'not_disadvantaged' })]]
        : []),
      // Rates that share a denominator and add up: any one is the others' complement.
      ...measureFacts(total.measure).complements.map((parts) => parts.map((measure) => rowKey({ ...total, measure }))),
    ],
  });
}

function coverageOf(kind: InputKind, rows: readonly MetricRow[]): MeasureCoverage[] {
  const byMeasure = new Map<string, Set<string>>();
  for (const r of rows) {
    if (isSpan(r.period)) continue;
    if (!byMeasure.has(r.measure)) byMeasure.set(r.measure, new Set());
    if (r.value !== null || r.symbol !== '') byMeasure.get(r.measure)!.add(r.period);
  }
  return [...byMeasure].map(([measure, periods]) => ({ measure, kind, periods: [...periods].sort() }));
}
