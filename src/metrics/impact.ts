import type { HubIndex } from '../config/hub-index.js';
import type { SdcConfig } from '../config/schema.js';
import { type ImpactStem, impactId, impactSlopeId, type MeasureId } from '../model/measures/index.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { spanPeriod } from '../model/period.js';
import type { CompassReturn, Institution } from '../model/records.js';
import {
  SCHOOL_BREAKDOWNS,
  type SchoolBreakdown,
  type SchoolDestination,
  type SchoolMeasure,
} from '../model/school-destination.js';
import { academicYear, startYearOf } from '../model/year.js';
import { welchDifference } from '../stats/mean-difference.js';
import {
  type DidOptions,
  type DidResult,
  type Estimate,
  minimumDetectableEffect,
  type PanelUnit,
  staggeredDid,
} from '../stats/staggered-did.js';
import { withinSlope } from '../stats/within-slope.js';
import { achievedCount } from './compass.js';
import {
  type PanelRows,
  type PanelSchool,
  panelFrom,
  panelOf,
  panelRows,
  type SchoolPanel,
  schoolRegister,
} from './impact-panel.js';

/**
 * school rows + register - panel per measure, pupil group and hub -+- staggered DiD: ATT, event study, MDE
 *                                                                  +- naive members - others, gap before joining
 * + Compass returns -----------------------------------------------+- within-school benchmarks slope
 */

/** The destination measures estimated, by their metric name and school-file count. */
export const IMPACT_MEASURES: readonly { readonly id: ImpactStem; readonly field: SchoolMeasure }[] = [
  { id: 'eet_sustained', field: 'overall' },
  { id: 'apprenticeship', field: 'appren' },
  { id: 'not_sustained', field: 'all_notsust' },
];

/** Years relative to joining shown in the event study; e = −1 (the last cohort before) is the reference. */
export const EVENT_TIMES = [-3, -2, -1, 0, 1, 2, 3] as const;

/** Cluster-robust variance needs many clusters (Cameron and Miller 2015 suggest 30 or more; fewer over-reject). */
export const MIN_LA_CLUSTERS = 30;
/** A group-time cell rests on at least this many joining and this many not-yet-joined schools. */
const MIN_CELL_SCHOOLS = 5;

export interface ImpactInput {
  readonly schools: readonly SchoolDestination[];
  readonly institutions: readonly Institution[];
  readonly compass: readonly CompassReturn[];
  readonly hubs: HubIndex;
  readonly hubIds: readonly string[];
  readonly sdc: SdcConfig;
}

export function impactMetrics(input: ImpactInput): MetricRow[] {
  const rows: MetricRow[] = [];
  // The register is looked up once, and each pupil group's rows picked out once, for all measures.
  const register = schoolRegister(input.institutions, input.hubs);
  const byBreakdown = new Map(SCHOOL_BREAKDOWNS.map((b) => [b, panelRows(register, input.schools, b)]));
  const achieved = achievedBySchool(input.compass);
  for (const { id, field } of IMPACT_MEASURES) {
    let total: SchoolPanel | undefined;
    for (const breakdown of SCHOOL_BREAKDOWNS) {
      const panel = panelOf(register, byBreakdown.get(breakdown) as PanelRows, field);
      if (breakdown === 'total') total = panel;
      if (panel.cohorts.length < 2) continue;
      for (const hub of ['all', ...input.hubIds]) {
        const schools = hub === 'all' ? panel.schools : panel.schools.filter((s) => s.hub === hub);
        rows.push(...didRows(id, hub, breakdown, { ...panel, schools }, input.sdc));
      }
    }
    rows.push(...slopeRows(id, total ?? panelFrom(register, [], field, 'total'), achieved, input.hubIds));
  }
  return rows;
}

/** Benchmarks fully achieved by URN and start year of the return's year (of two returns, the later in the list). */
function achievedBySchool(compass: readonly CompassReturn[]): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const r of compass) {
    const byYear = out.get(r.urn);
    if (byYear) byYear.set(startYearOf(r.year), achievedCount(r));
    else out.set(r.urn, new Map([[startYearOf(r.year), achievedCount(r)]]));
  }
  return out;
}

export function impactPeriod(cohorts: readonly number[]): string {
  return spanPeriod(academicYear(cohorts[0] ?? 0), academicYear(cohorts[cohorts.length - 1] ?? 0));
}

/**
 * The estimator's options for one panel, as every impact row is estimated: cells of at least MIN_CELL_SCHOOLS (or
 * the disclosure minimum, if larger) joining and not-yet-joined schools; clustered by LA when the panel spans
 * MIN_LA_CLUSTERS LAs or more, by school otherwise.
 */
export function impactDidOptions(
  schools: readonly PanelUnit[],
  sdc: Pick<SdcConfig, 'minInstitutions'>,
): DidOptions & { readonly clusters: number } {
  const clusters = new Set(schools.map((s) => s.cluster)).size;
  return {
    minUnits: Math.max(MIN_CELL_SCHOOLS, sdc.minInstitutions),
    cluster: clusters >= MIN_LA_CLUSTERS,
    eventTimes: EVENT_TIMES,
    clusters,
  };
}

function didRows(id: ImpactStem, hub: string, breakdown: SchoolBreakdown, panel: SchoolPanel, sdc: SdcConfig) {
  const options = impactDidOptions(panel.schools, sdc);
  const { clusters, cluster } = options;
  const result = staggeredDid(panel.schools, options);
  const period = impactPeriod(panel.cohorts);
  const base = { hub, period, unit: 'pp' as const };
  const variance = cluster
    ? `influence-function variance clustered by LA (${clusters} LAs)`
    : `influence-function variance by school (${clusters} LAs are too few to cluster on)`;
  const att = estimateRow(impactId(id, 'att'), { ...base, breakdown }, result.overall, designNote(result, variance));
  const out = [att];
  out.push(
    result.overall
      ? metricRow({
          ...base,
          measure: impactId(id, 'mde'),
          breakdown,
          value: minimumDetectableEffect(result.overall.se),
          note: '80% power, 5% two-sided: 2.80 × the standard error of the overall effect',
          sdc: { counts: 'none', institutions: result.overall.units },
        })
      : metricRow({ ...base, measure: impactId(id, 'mde'), breakdown, symbol: 'x' }),
  );
  out.push(...naiveRows(id, hub, breakdown, panel, period));
  if (breakdown !== 'total') return out;
  for (const e of EVENT_TIMES) {
    const b = `e${e > 0 ? '+' : ''}${e}`;
    const measure = impactId(id, 'event');
    if (e === -1) {
      // The base period: 0 by construction, the point every other year is measured from.
      const sdc = { counts: 'none' as const, institutions: result.overall?.units ?? 0 };
      out.push(metricRow({ ...base, measure, breakdown: b, value: 0, ci_low: 0, ci_high: 0, note: 'reference', sdc }));
    } else out.push(estimateRow(measure, { ...base, breakdown: b }, result.event.get(e), ''));
  }
  return out;
}

function estimateRow(
  measure: MeasureId,
  at: { hub: string; period: string; breakdown: string; unit: 'pp' },
  est: Estimate | undefined,
  note: string,
): MetricRow {
  if (!est) return metricRow({ ...at, measure, symbol: 'x', note: 'too few joining or not-yet-joined schools' });
  return metricRow({
    ...at,
    measure,
    value: est.value,
    ci_low: est.low,
    ci_high: est.high,
    note,
    sdc: { counts: 'none', institutions: est.units },
  });
}

/** The design checks printed with the estimate: cells dropped for too few schools, placebo leads, variance. */
function designNote(result: DidResult, variance: string): string {
  const parts = [`${result.n} schools, ${result.cells.length} join-year × cohort cells; ${variance}`];
  const dropped = result.dropped.filter((d) => d.t >= d.g);
  if (dropped.length) {
    const cells = dropped.map((d) => `joined ${academicYear(d.g)} in ${academicYear(d.t)}`);
    parts.push(`cells left out for too few schools: ${cells.join(', ')}`);
  }
  const failing = [...result.event].filter(([e, est]) => e < -1 && (est.low > 0 || est.high < 0)).map(([e]) => e);
  if (failing.length) parts.push(`placebo leads exclude zero (e${failing.join(', e')}): the estimate may mislead`);
  return parts.join('; ');
}

/**
 * Two descriptive comparisons the design guards against: members against others in the last cohort (what a naive
 * evaluation reports), and the later joiners' level before anyone joined against the never-joined (selection on
 * levels, which difference-in-differences allows; on trends it does not).
 */
function naiveRows(id: ImpactStem, hub: string, breakdown: SchoolBreakdown, panel: SchoolPanel, period: string) {
  const last = panel.cohorts[panel.cohorts.length - 1] ?? 0;
  const first = panel.cohorts[0] ?? 0;
  const at = (s: PanelSchool, t: number) => s.y.get(t);
  const split = (t: number, member: (s: PanelSchool) => boolean) => {
    const yes: number[] = [];
    const no: number[] = [];
    for (const s of panel.schools) {
      const v = at(s, t);
      if (v !== undefined) (member(s) ? yes : no).push(v);
    }
    return { yes, no };
  };
  const naive = split(last, (s) => s.group !== null && s.group <= last);
  const before = split(first, (s) => s.group !== null);
  const row = (measure: MeasureId, p: string, d: { yes: number[]; no: number[] }, note: string) => {
    const w = welchDifference(d.no, d.yes);
    return w
      ? metricRow({
          measure,
          hub,
          period: p,
          breakdown,
          unit: 'pp',
          value: w.diff,
          ci_low: w.low,
          ci_high: w.high,
          note,
          sdc: { counts: 'none', institutions: Math.min(d.yes.length, d.no.length) },
        })
      : metricRow({ measure, hub, period: p, breakdown, unit: 'pp', symbol: 'x' });
  };
  return [
    row(impactId(id, 'naive'), academicYear(last), naive, 'members minus non-members, school means (descriptive)'),
    row(impactId(id, 'before_gap'), academicYear(first), before, `schools joining by ${period.slice(-7)} minus others`),
  ];
}

/**
 * Dose-response: within-school change in the rate per extra benchmark fully achieved in the school's Compass return
 * for the cohort's KS4 year, with school and year fixed effects; an association within schools, not an effect.
 */
function slopeRows(
  id: ImpactStem,
  panel: SchoolPanel,
  achieved: ReadonlyMap<string, ReadonlyMap<number, number>>,
  hubIds: readonly string[],
): MetricRow[] {
  const out: MetricRow[] = [];
  for (const hub of ['all', ...hubIds]) {
    const points: { unit: string; period: number; x: number; y: number }[] = [];
    for (const s of panel.schools) {
      const returns = hub === 'all' || s.hub === hub ? achieved.get(s.id) : undefined;
      if (returns === undefined) continue;
      for (const [t, y] of s.y) {
        const x = returns.get(t);
        if (x !== undefined) points.push({ unit: s.id, period: t, x, y });
      }
    }
    const fit = withinSlope(points);
    const measure = impactSlopeId(id);
    const period = impactPeriod([...new Set(points.map((p) => p.period))].sort((a, b) => a - b));
    out.push(
      fit
        ? metricRow({
            measure,
            hub,
            period,
            breakdown: 'total',
            unit: 'pp',
            value: fit.slope,
            ci_low: fit.low,
            ci_high: fit.high,
            note: `${fit.units} schools, ${fit.observations} school-years; interval clustered by school`,
            sdc: { counts: 'none', institutions: fit.units },
          })
        : metricRow({
            measure,
            hub,
            period: points.length ? period : 'none',
            breakdown: 'total',
            unit: 'pp',
            symbol: 'x',
          }),
    );
  }
  return out;
}
