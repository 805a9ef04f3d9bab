import type { HubIndex } from '../config/hub-index.js';
import type { LocalAuthority } from '../config/schema.js';
import type { BaseMeasureId, WholeChangeId } from '../model/measures/index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { isMissing } from '../model/missing.js';
import type { NeetRow } from '../model/records.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import { differenceFromFixed } from '../stats/difference.js';
import { wilsonInterval } from '../stats/proportion.js';
import { eventGapRows } from './event-study.js';
import { ALL_HUBS } from './institution-groups.js';
import {
  type AreaChangesInput,
  areaChangeRows,
  type End,
  earliestStart,
  isWithheldEnd as isWithheld,
} from './pooled-change.js';

/** NCCIS publishes LA and national rates to one decimal place; counts rebuilt from them carry that rounding. */
export const NCCIS_RATE_DECIMALS = 1;
/** Said on every NCCIS rate row: its numerator is rate x cohort, not a count anyone published. */
const ESTIMATED_COUNTS = 'numerator estimated as the published one-decimal rate x cohort, not a count of people';

export interface NeetInput {
  /** NCCIS rows at every level; LA rows are matched to hubs, the national row is the England comparator. */
  readonly rows: readonly NeetRow[];
  readonly hubs: HubIndex;
  /** Reporting years, oldest first; changes run from the first to the last. */
  readonly years: readonly AcademicYear[];
}

export const ENGLAND = 'england';

type RateField = 'neetPct' | 'notKnownPct' | 'neetOrNotKnownPct';

interface Rate {
  readonly field: RateField;
  readonly measure: BaseMeasureId;
  readonly change: WholeChangeId;
  readonly label: string;
}

const RATES: readonly Rate[] = [
  { field: 'neetPct', measure: 'neet_pct', change: 'neet_change_pp', label: 'NEET rate' },
  { field: 'notKnownPct', measure: 'not_known_pct', change: 'not_known_change_pp', label: 'not known rate' },
  {
    field: 'neetOrNotKnownPct',
    measure: 'neet_or_not_known_pct',
    change: 'neet_or_not_known_change_pp',
    label: 'NEET or not known rate',
  },
];

/** A hub's rate for one year: estimated count x of n, or the symbol that stands in for it. */
type Pooled = End;

/** Hub or England figures for one year, by the NCCIS rows that feed them. */
interface YearRows {
  readonly byLa: ReadonlyMap<string, NeetRow>;
  readonly national: NeetRow | undefined;
}

/**
 * 16-17 NEET and not known rates per hub and year (NCCIS, Dec-Feb average), against England, and their
 * change from the first to the last reporting year. A hub's rate pools its LAs: sum(rate x cohort) / sum(cohort),
 * i.e. the LA rates weighted by cohort, which is the rate of the hub's combined cohort.
 */
export function neetMetrics(input: NeetInput): MetricRow[] {
  const years = [...input.years].sort(compareYears);
  const byYear = new Map(years.map((y) => [y, rowsOf(input, y)] as const));
  const areas: { hub: string; las: readonly LocalAuthority[] | null; started?: AcademicYear | undefined }[] = [
    ...input.hubs.hubs.map((h) => ({ hub: h.id, las: h.localAuthorities, started: h.started })),
    {
      hub: ALL_HUBS,
      las: input.hubs.hubs.flatMap((h) => h.localAuthorities),
      started: earliestStart(input.hubs.hubs.map((h) => h.started)),
    },
    { hub: ENGLAND, las: null },
  ];
  const pooled = (las: readonly LocalAuthority[] | null, year: AcademicYear, rate: Rate): Pooled => {
    const rows = byYear.get(year)!;
    return las ? poolLas(las, rows.byLa, rate, year) : nationalRate(rows.national, rate, year);
  };
  const levelRows = RATES.flatMap((rate) =>
    areas.flatMap(({ hub, las }) =>
      years.map((year) =>
        levelRow(rate, hub, year, pooled(las, year, rate), las ? pooled(null, year, rate) : undefined),
      ),
    ),
  );
  const source = { rateDecimals: NCCIS_RATE_DECIMALS };
  const changeRows = RATES.flatMap((rate) => {
    const changes: AreaChangesInput<(typeof areas)[number]> = {
      change: rate.change,
      level: rate.measure,
      breakdown: 'all',
      periods: years,
      areas: areas.filter((a) => a.las),
      england: areas.find((a) => !a.las)!,
      endOf: (area, year) => pooled(area.las, year, rate),
      source,
      periodWord: 'year',
    };
    return [...areaChangeRows(changes), ...eventGapRows(changes)];
  });
  return [...levelRows, ...changeRows];
}

function rowsOf(input: NeetInput, year: AcademicYear): YearRows {
  const byLa = new Map<string, NeetRow>();
  let national: NeetRow | undefined;
  for (const row of input.rows) {
    if (row.year !== year) continue;
    if (row.level === 'national') national ??= row;
    if (row.level !== 'local_authority') continue;
    const la = input.hubs.find(row.areaCode) ?? input.hubs.find(row.oldLaCode) ?? input.hubs.find(row.areaName);
    if (la) byLa.set(la.la.newCode, row);
  }
  return { byLa, national };
}

/**
 * Pools the LAs' rates. A suppressed LA withholds the hub figure (`c`), because leaving it out would publish
 * a rate for a different area under the hub's name; an LA with no row at all (NCCIS has no City of London
 * row) is left out and named in the note, as its cohort is too small to move the hub rate.
 */
function poolLas(
  las: readonly LocalAuthority[],
  byLa: ReadonlyMap<string, NeetRow>,
  rate: Rate,
  year: AcademicYear,
): Pooled {
  let x = 0;
  let n = 0;
  const areas = new Map<string, { x: number; n: number }>();
  const absent: string[] = [];
  const withheld: string[] = [];
  for (const la of las) {
    const row = byLa.get(la.newCode);
    if (!row) absent.push(la.name);
    else if (isMissing(row[rate.field]))
      withheld.push(`${la.name}'s ${rate.label} is ${symbolText(row[rate.field])} in ${year}`);
    else if (isMissing(row.cohort)) withheld.push(`${la.name}'s cohort is ${symbolText(row.cohort)} in ${year}`);
    else {
      const count = ((row[rate.field] as number) * (row.cohort as number)) / 100;
      x += count;
      n += row.cohort as number;
      areas.set(la.newCode, { x: count, n: row.cohort as number });
    }
  }
  const notes = absent.length > 0 ? [`no NCCIS row for ${absent.join(', ')}; computed from the other LAs`] : [];
  if (withheld.length > 0) return { symbol: 'c', notes: [`withheld because ${withheld.join('; ')}`, ...notes] };
  if (n === 0) return { symbol: 'x', notes: [`no NCCIS rows for the hub's LAs in ${year}`] };
  return { x, n, notes, areas };
}

function nationalRate(row: NeetRow | undefined, rate: Rate, year: AcademicYear): Pooled {
  if (!row) return { symbol: 'x', notes: [`no national NCCIS row in ${year}`] };
  const value = row[rate.field];
  if (isMissing(value)) return { symbol: value.missing, notes: [] };
  if (isMissing(row.cohort)) return { symbol: row.cohort.missing, notes: [] };
  return { x: (value * row.cohort) / 100, n: row.cohort, notes: [] };
}

/**
 * numerator = estimated count (rate x cohort / 100, unrounded; the published rates are rounded to 0.1),
 * denominator = cohort; Wilson interval. The gap to England treats England's rate as fixed: its cohort is
 * over a million and includes the hub, so a two-sample interval would double-count the hub's own error.
 */
function levelRow(rate: Rate, hub: string, year: AcademicYear, p: Pooled, england: Pooled | undefined): MetricRow {
  const base = {
    measure: rate.measure,
    hub,
    period: year,
    breakdown: 'all',
    unit: 'pct' as const,
    sdc: { counts: 'people' as const, estimated: true as const },
  };
  if (isWithheld(p)) return metricRow({ ...base, symbol: p.symbol, note: p.notes.join('; ') });
  const ci = wilsonInterval(p.x, p.n);
  const value = (100 * p.x) / p.n;
  const eng = england && !isWithheld(england) ? england.x / england.n : undefined;
  const gap = eng === undefined ? undefined : differenceFromFixed(p.x, p.n, eng);
  return metricRow({
    ...base,
    value,
    numerator: p.x,
    denominator: p.n,
    ci_low: 100 * ci.low,
    ci_high: 100 * ci.high,
    comparator: eng === undefined ? null : 100 * eng,
    diff: gap ? 100 * gap.diff : null,
    diff_ci_low: gap ? 100 * gap.low : null,
    diff_ci_high: gap ? 100 * gap.high : null,
    note: [...p.notes, ESTIMATED_COUNTS].join('; '),
  });
}

function symbolText(figure: NeetRow['cohort']): string {
  return isMissing(figure) ? (figure.missing === '' ? 'empty' : figure.missing) : String(figure);
}
