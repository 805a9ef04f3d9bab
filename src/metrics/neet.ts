import type { HubIndex } from '../config/hub-index.js';
import type { LocalAuthority } from '../config/schema.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { isMissing, type MissingSymbol } from '../model/missing.js';
import type { NeetRow } from '../model/records.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import { derivedFrom } from '../sdc/row-key.js';
import { differenceFromFixed, newcombeDifference } from '../stats/difference.js';
import { wilsonInterval } from '../stats/proportion.js';
import { changeVsEnglandRow } from './change-vs-england.js';
import { ALL_HUBS } from './institution-groups.js';

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
  readonly measure: string;
  readonly change: string;
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
type Pooled = Estimate | Withheld;
interface Estimate {
  readonly x: number;
  readonly n: number;
  readonly notes: readonly string[];
}
interface Withheld {
  readonly symbol: MissingSymbol;
  readonly notes: readonly string[];
}

function isWithheld(p: Pooled): p is Withheld {
  return 'symbol' in p;
}

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
  const areas: { hub: string; las: readonly LocalAuthority[] | null }[] = [
    ...input.hubs.hubs.map((h) => ({ hub: h.id, las: h.localAuthorities })),
    { hub: ALL_HUBS, las: input.hubs.hubs.flatMap((h) => h.localAuthorities) },
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
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined || first === last) return levelRows;
  const period = `${first}-${last}`;
  const endKeys = (rate: Rate, hub: string) =>
    [first, last].map((year) => ({ measure: rate.measure, hub, period: year, breakdown: 'all' }));
  const ends = (las: readonly LocalAuthority[] | null, rate: Rate) =>
    [pooled(las, first, rate), pooled(las, last, rate)] as [Pooled, Pooled];
  const changeRows = RATES.flatMap((rate) =>
    areas.map(({ hub, las }) =>
      derivedFrom(
        changeRow(rate, hub, period, ends(las, rate), las ? ends(null, rate) : undefined),
        endKeys(rate, hub),
      ),
    ),
  );
  const vsEnglandRows = RATES.flatMap((rate) =>
    areas.flatMap(({ hub, las }) => {
      if (!las) return [];
      const both = [...ends(las, rate), ...ends(null, rate)];
      const note = [...new Set(both.flatMap((p) => p.notes))].join('; ');
      const base = { changeMeasure: rate.change, hub, period, breakdown: 'all', note };
      const sources = [...endKeys(rate, hub), { ...base, measure: rate.change }];
      return [derivedFrom(changeVsEnglandRow(base, ends(las, rate), ends(null, rate)), sources)];
    }),
  );
  return [...levelRows, ...changeRows, ...vsEnglandRows];
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
  const absent: string[] = [];
  const withheld: string[] = [];
  for (const la of las) {
    const row = byLa.get(la.newCode);
    if (!row) absent.push(la.name);
    else if (isMissing(row[rate.field]))
      withheld.push(`${la.name}'s ${rate.label} is ${symbolText(row[rate.field])} in ${year}`);
    else if (isMissing(row.cohort)) withheld.push(`${la.name}'s cohort is ${symbolText(row.cohort)} in ${year}`);
    else {
      x += ((row[rate.field] as number) * (row.cohort as number)) / 100;
      n += row.cohort as number;
    }
  }
  const notes = absent.length > 0 ? [`no NCCIS row for ${absent.join(', ')}; computed from the other LAs`] : [];
  if (withheld.length > 0) return { symbol: 'c', notes: [`withheld because ${withheld.join('; ')}`, ...notes] };
  if (n === 0) return { symbol: 'x', notes: [`no NCCIS rows for the hub's LAs in ${year}`] };
  return { x, n, notes };
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
    sdc: { counts: 'people' as const },
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
    note: p.notes.join('; '),
  });
}

/**
 * Last year minus first year, in percentage points, with Newcombe's interval for independent proportions:
 * the two Dec-Feb cohorts share at most one age group, and treating them as independent only widens the
 * interval. comparator = England's change; diff = hub change minus England change (no interval given).
 */
function changeRow(
  rate: Rate,
  hub: string,
  period: string,
  ends: [Pooled, Pooled],
  england: [Pooled, Pooled] | undefined,
): MetricRow {
  const [from, to] = ends;
  const notes = [...new Set([...from.notes, ...to.notes])].join('; ');
  const base = {
    measure: rate.change,
    hub,
    period,
    breakdown: 'all',
    unit: 'pp' as const,
    note: notes,
    sdc: { counts: 'people' as const },
  };
  if (isWithheld(from)) return metricRow({ ...base, symbol: from.symbol });
  if (isWithheld(to)) return metricRow({ ...base, symbol: to.symbol });
  const d = newcombeDifference(to.x, to.n, from.x, from.n);
  const engChange = england ? changeOf(england) : undefined;
  return metricRow({
    ...base,
    value: 100 * d.diff,
    ci_low: 100 * d.low,
    ci_high: 100 * d.high,
    comparator: engChange ?? null,
    diff: engChange === undefined ? null : 100 * d.diff - engChange,
  });
}

function changeOf([from, to]: [Pooled, Pooled]): number | undefined {
  if (isWithheld(from) || isWithheld(to)) return undefined;
  return 100 * (to.x / to.n - from.x / from.n);
}

function symbolText(figure: NeetRow['cohort']): string {
  return isMissing(figure) ? (figure.missing === '' ? 'empty' : figure.missing) : String(figure);
}
