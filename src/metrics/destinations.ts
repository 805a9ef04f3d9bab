import path from 'node:path';
import type { HubIndex } from '../config/hub-index.js';
import type { Config, LocalAuthority } from '../config/schema.js';
import { canonicalInstitutionGroup } from '../ingest/destinations/labels.js';
import { releaseName } from '../ingest/destinations/release.js';
import type { BaseMeasureId, WholeChangeId } from '../model/measures/index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import type { DestinationRow } from '../model/records.js';
import { type AcademicYear, compareYears, yearRange } from '../model/year.js';
import { derivedFrom } from '../sdc/row-key.js';
import { differenceFromFixed } from '../stats/difference.js';
import { wilsonInterval } from '../stats/proportion.js';
import { disadvantageGapRow } from './destinations-gap.js';
import { type Estimate, isWithheld, nationalCounts, type Pooled, poolLas, type RateOf } from './destinations-pool.js';
import { type BreakdownId, cellKey, type Selection, selectRows } from './destinations-select.js';
import { eventGapRows } from './event-study.js';
import { ALL_HUBS } from './institution-groups.js';
import { type AreaChangesInput, areaChangeRows, earliestStart } from './pooled-change.js';

export { BREAKDOWN_IDS, type BreakdownId, breakdownId, selectRows } from './destinations-select.js';

const ENGLAND = 'england';

export interface DestinationsInput {
  /** Rows from every destinations file, in the order the files were read (the tie-break between releases). */
  readonly rows: readonly DestinationRow[];
  readonly hubs: HubIndex;
  /** config.destinations.institutionGroup; any release's spelling is accepted. */
  readonly institutionGroup: string;
  /** config.comparator.code: the national area (E92000001 = England). */
  readonly comparatorCode: string;
  /** config.destinations.poolAroundSuppressed. */
  readonly poolAroundSuppressed: boolean;
  /** KS4 cohorts to report; default: every cohort from the first to the last with hub (LA or LAD) rows. */
  readonly cohorts?: { readonly from: AcademicYear; readonly to: AcademicYear };
}

export function destinationsInput(
  rows: readonly DestinationRow[],
  config: Pick<Config, 'comparator' | 'destinations'>,
  hubs: HubIndex,
  cohorts?: DestinationsInput['cohorts'],
): DestinationsInput {
  return {
    rows,
    hubs,
    cohorts,
    institutionGroup: config.destinations.institutionGroup,
    comparatorCode: config.comparator.code,
    poolAroundSuppressed: config.destinations.poolAroundSuppressed,
  };
}

interface Rate extends RateOf {
  readonly measure: BaseMeasureId;
  /** The id of its first-to-last cohort change measure, for the rates the evaluation reports a change in. */
  readonly change?: WholeChangeId;
}

/** DfE KS4 destination measures; every rate is out of the KS4 cohort (`cohort`). */
const RATES: readonly Rate[] = [
  {
    measure: 'eet_sustained_pct',
    field: 'overall',
    label: 'sustained education, apprenticeship or employment count',
    change: 'eet_change_pp',
  },
  { measure: 'apprenticeship_pct', field: 'appren', label: 'apprenticeship count', change: 'apprenticeship_change_pp' },
  {
    measure: 'not_sustained_pct',
    field: 'all_notsust',
    label: 'not-sustained count',
    change: 'not_sustained_change_pp',
  },
  { measure: 'unknown_pct', field: 'all_unknown', label: 'destination-unknown count' },
];

interface Area {
  readonly hub: string;
  /** null = the national comparator. */
  readonly las: readonly LocalAuthority[] | null;
  /** When the hub began (`hubs[].started`); all hubs: the earliest. */
  readonly started?: AcademicYear | undefined;
}

/**
 * Per hub, all hubs pooled and England, per KS4 cohort and breakdown (total, disadvantaged, not disadvantaged):
 * the sustained-destination, apprenticeship, not-sustained and unknown rates against England, and the changes in
 * the sustained, apprenticeship and not-sustained rates: first to last cohort, since the hubs began and before.
 * Rows are pure functions of the DfE rows and the config.
 */
export function destinationMetrics(input: DestinationsInput): MetricRow[] {
  const sel = selectRows(
    input.rows,
    input.hubs,
    canonicalInstitutionGroup(input.institutionGroup),
    input.comparatorCode,
  );
  const cohorts = reportCohorts(sel, input.cohorts);
  const england: Area = { hub: ENGLAND, las: null };
  const areas: Area[] = [
    ...input.hubs.hubs.map((h) => ({ hub: h.id, las: h.localAuthorities, started: h.started })),
    {
      hub: ALL_HUBS,
      las: input.hubs.hubs.flatMap((h) => h.localAuthorities),
      started: earliestStart(input.hubs.hubs.map((h) => h.started)),
    },
    england,
  ];
  const has = (area: Area, cohort: AcademicYear, b: BreakdownId) =>
    (area.las ? sel.local : sel.national).has(cellKey(cohort, b));
  const pooled = (area: Area, cohort: AcademicYear, b: BreakdownId, rate: Rate): Pooled => {
    const key = cellKey(cohort, b);
    if (!area.las) return nationalCounts(sel.national.get(key), rate);
    if (!sel.local.has(key)) return { symbol: 'x', notes: [`no LA rows for the ${cohort} cohort`] };
    return poolLas(area.las, sel.local.get(key), rate, input.poolAroundSuppressed);
  };

  const out: MetricRow[] = [];
  for (const rate of RATES) {
    for (const b of sel.breakdowns) {
      for (const area of areas) {
        for (const cohort of cohorts) {
          if (!has(area, cohort, b)) continue;
          const comparator = area.las ? pooled(england, cohort, b, rate) : undefined;
          out.push(rateRow(rate, area.hub, cohort, b, pooled(area, cohort, b, rate), comparator, sel));
        }
      }
    }
  }
  const eet = RATES[0] as Rate;
  for (const area of areas) {
    for (const cohort of cohorts) {
      if (!has(area, cohort, 'disadvantaged') || !has(area, cohort, 'not_disadvantaged')) continue;
      const gap = (a: Area) =>
        [pooled(a, cohort, 'disadvantaged', eet), pooled(a, cohort, 'not_disadvantaged', eet)] as const;
      const sources = (['disadvantaged', 'not_disadvantaged'] as const).map((breakdown) => ({
        measure: eet.measure,
        hub: area.hub,
        period: cohort,
        breakdown,
      }));
      out.push(
        derivedFrom(disadvantageGapRow(area.hub, cohort, gap(area), area.las ? gap(england) : undefined), sources),
      );
    }
  }
  out.push(...changeRows(sel, cohorts, areas, has, pooled));
  return out;
}

type PoolOf = (area: Area, cohort: AcademicYear, b: BreakdownId, rate: Rate) => Pooled;

/**
 * Every change each area reports (first to last; since and before the hubs began, see changeSpans), with its
 * change relative to England over the same cohorts and, since the start, the binomial sensitivity row.
 */
function changeRows(
  sel: Selection,
  cohorts: readonly AcademicYear[],
  areas: readonly Area[],
  has: (area: Area, cohort: AcademicYear, b: BreakdownId) => boolean,
  pooled: PoolOf,
): MetricRow[] {
  const england = areas.find((a) => !a.las) as Area;
  return RATES.flatMap((rate) => {
    const { change } = rate;
    if (!change) return [];
    return sel.breakdowns.flatMap((b) => {
      const input: AreaChangesInput<Area, Pooled> = {
        change,
        level: rate.measure,
        breakdown: b,
        periods: cohorts,
        areas: areas.filter((a) => a.las && cohorts.some((c) => has(a, c, b))),
        england,
        endOf: (area, cohort) => pooled(area, cohort, b, rate),
        source: { rateDecimals: null },
        periodWord: 'cohort',
        vsNotes: (own, englandEnds) => endsReleaseNotes(own, englandEnds, sel),
      };
      // The event study is written for the headline breakdown only.
      return [...areaChangeRows(input), ...(b === 'total' ? eventGapRows(input) : [])];
    });
  });
}

function reportCohorts(sel: Selection, range: DestinationsInput['cohorts']): AcademicYear[] {
  if (range) return yearRange(range.from, range.to);
  const known = sel.localCohorts.length > 0 ? sel.localCohorts : sel.nationalCohorts;
  const sorted = [...known].sort(compareYears);
  const from = sorted[0];
  const to = sorted[sorted.length - 1];
  return from === undefined || to === undefined ? [] : yearRange(from, to);
}

/**
 * value = x / n x 100 with the 95% Wilson score interval (Wilson 1927; Newcombe 1998 method 3).
 * The gap to England treats England's rate as fixed: its cohort (~575,000) includes the hub's, so a
 * two-sample interval would count the hub's own sampling error twice; diff_ci = hub Wilson limits - England.
 */
function rateRow(
  rate: Rate,
  hub: string,
  cohort: AcademicYear,
  breakdown: BreakdownId,
  p: Pooled,
  england: Pooled | undefined,
  sel: Selection,
): MetricRow {
  const base = {
    measure: rate.measure,
    hub,
    period: cohort,
    breakdown,
    unit: 'pct' as const,
    sdc: { counts: 'people' as const },
  };
  const eng = england && !isWithheld(england) ? england.x / england.n : undefined;
  const comparator = eng === undefined ? null : 100 * eng;
  if (isWithheld(p)) return metricRow({ ...base, symbol: p.symbol, comparator, note: p.notes.join('; ') });
  const notes = [...p.notes, ...releaseNote(p, england, sel)];
  if (p.x > p.n) {
    return metricRow({
      ...base,
      value: (100 * p.x) / p.n,
      numerator: p.x,
      denominator: p.n,
      comparator,
      note: [...notes, `${rate.label} exceeds the cohort: no interval`].join('; '),
    });
  }
  const ci = wilsonInterval(p.x, p.n);
  const gap = eng === undefined ? undefined : differenceFromFixed(p.x, p.n, eng);
  return metricRow({
    ...base,
    value: (100 * p.x) / p.n,
    numerator: p.x,
    denominator: p.n,
    ci_low: 100 * ci.low,
    ci_high: 100 * ci.high,
    comparator,
    diff: gap ? 100 * gap.diff : null,
    diff_ci_low: gap ? 100 * gap.low : null,
    diff_ci_high: gap ? 100 * gap.high : null,
    note: notes.join('; '),
  });
}

/** Says so when England comes from a different release than the hub's rows (methods change between releases). */
function releaseNote(p: Estimate, england: Pooled | undefined, sel: Selection): string[] {
  if (!england || isWithheld(england)) return [];
  const national = england.rows[0];
  if (!national) return [];
  const release = sel.releaseOf.get(national.source.file);
  const hubFiles = [...new Set(p.rows.map((r) => r.source.file))];
  if (hubFiles.every((f) => sel.releaseOf.get(f) === release)) return [];
  return [
    `England is from ${path.basename(national.source.file)} (${release ? releaseName(release) : 'release unknown'}), ` +
      `the hub from ${hubFiles.map((f) => path.basename(f)).join(', ')}: a different release, whose methods may differ`,
  ];
}

/** The release notes of both ends of a change against England's (one note when both ends say the same). */
function endsReleaseNotes(ends: readonly Pooled[], englandEnds: readonly Pooled[], sel: Selection): string[] {
  return ends.flatMap((p, k) => (isWithheld(p) ? [] : releaseNote(p, englandEnds[k], sel)));
}
