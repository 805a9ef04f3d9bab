import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLANTED_EFFECT } from '../../scripts/samples/school-destinations-model.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { keepLatestReturns } from '../../src/ingest/compass-supersession.js';
import { allRecords } from '../../src/ingest/index.js';
import { computeMetrics } from '../../src/metrics/index.js';
import type { MetricRow } from '../../src/model/metric.js';
import { INPUT_KINDS } from '../../src/model/records.js';
import { type PipelineResult, readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { tQuantile } from '../../src/stats/student-t.js';
import { recoverableBySubtraction } from '../sdc/subtraction.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Disclosure control across measures, checked on the whole sample table (data-samples/, 2023/24). */
describe('computeMetrics with disclosure control on data-samples/', () => {
  let rows: MetricRow[] = [];
  let result: PipelineResult;
  beforeAll(async () => {
    result = await readAndCompute({
      cwd: ROOT,
      config: undefined,
      year: parseAcademicYear('2023/24')!,
      sdc: true,
    });
    rows = result.metrics.rows;
    // Reading every sample file takes seconds; more on a shared, loaded machine.
  }, 60_000);
  const key = (r: MetricRow, measure: string = r.measure) => `${measure}|${r.hub}|${r.period}|${r.breakdown}`;

  it.each([
    [['eet_sustained_pct', 'not_sustained_pct', 'unknown_pct']],
    [['neet_or_not_known_pct', 'neet_pct', 'not_known_pct']],
    [['membership_pupils_pct', 'membership_pupils']],
  ])("never leaves exactly one of %j hidden (each is the others' complement)", (group) => {
    const byKey = new Map(rows.map((r) => [key(r), r]));
    let groups = 0;
    for (const r of rows.filter((x) => x.measure === group[0])) {
      const members = group.map((m) => byKey.get(key(r, m))).filter((x): x is MetricRow => x !== undefined);
      if (members.length < 2) continue;
      groups++;
      expect(members.filter((m) => m.symbol === 'c').length, key(r)).not.toBe(1);
    }
    expect(groups).toBeGreaterThan(10);
  });

  it('leaves no withheld cell recoverable by subtraction across hubs or type and activity groups', () => {
    const hubs = result.config.hubs.map((h) => h.id);
    // The partitions written out here, apart from the table disclosure control reads.
    const types = ['mainstream', 'special_ap', 'college'];
    const activities = ['employer_encounter', 'workplace_experience', 'teacher_cpd', 'other'];
    const partitions = {
      membership_pupils: [types],
      membership_pupils_pct: [types],
      student_participations: [activities],
      teacher_participations: [activities.filter((a) => a !== 'teacher_cpd')],
      activities: [activities],
      sme_activities: [activities],
    };
    const { checked, recoverable } = recoverableBySubtraction(rows, hubs, { partitions });
    expect(checked).toBeGreaterThan(500);
    expect(rows.some((r) => r.measure === 'membership_pupils' && r.symbol === 'c')).toBe(true);
    expect(recoverable).toEqual([]);
  });

  it('publishes no rate of people whose complement (denominator minus numerator) is between 1 and 4', () => {
    const people = rows.filter(
      (r) => r.unit === 'pct' && r.sdc?.counts === 'people' && r.numerator !== null && r.denominator !== null,
    );
    expect(people.length).toBeGreaterThan(100);
    // Published numerators and denominators are rounded to 5, so compare on the unrounded rate instead.
    for (const r of people) {
      const outside = r.denominator! * (1 - r.value! / 100);
      expect(outside > 0.5 && outside < 4.5, key(r)).toBe(false);
    }
  });

  it('publishes no change, gap or difference worked out from a suppressed figure', () => {
    const suppressed = new Set(rows.filter((r) => r.symbol === 'c').map((r) => key(r)));
    const derived = rows.filter((r) => r.sdc?.derivedFrom);
    // Changes, changes against England, disadvantage gaps and Compass changes all name their sources.
    expect(new Set(derived.map((r) => r.measure)).size).toBeGreaterThanOrEqual(12);
    const leaks = derived.filter((r) => r.symbol !== 'c' && r.sdc!.derivedFrom!.some((k) => suppressed.has(k)));
    expect(leaks.map((r) => key(r))).toEqual([]);
    // The samples have such cases: City of London's suppressed cells withhold Central's rates in some cohorts.
    expect(derived.filter((r) => r.symbol === 'c').length).toBeGreaterThan(0);
  });

  // under disclosure control rates are published to sdc.rateDecimals (default 1) places.
  it('publishes pct and pp cells to one decimal place; --no-sdc keeps full precision', () => {
    // The same records computed again without disclosure control (reading the files once is enough).
    const { inputs, config } = result;
    const full = computeMetrics(
      {
        institutions: allRecords(inputs, 'institutions'),
        compass: keepLatestReturns(allRecords(inputs, 'compass')).kept,
        destinations: allRecords(inputs, 'destinations'),
        neet: allRecords(inputs, 'neet'),
        activities: allRecords(inputs, 'activities'),
        present: INPUT_KINDS.filter((k) => inputs[k].length > 0),
      },
      { config, year: parseAcademicYear('2023/24')!, sdc: false },
    ).rows;
    // A limit of an interval that excludes zero keeps the places it needs to agree with its word (checked below).
    const clear = (r: MetricRow) => r.verdict === 'higher' || r.verdict === 'lower';
    const rateCells = (table: MetricRow[]) =>
      table
        .filter((r) => r.unit === 'pct' || r.unit === 'pp')
        .flatMap((r) => [
          r.value,
          ...(clear(r) ? [] : [r.ci_low, r.ci_high]),
          r.comparator,
          r.diff,
          r.diff_ci_low,
          r.diff_ci_high,
        ])
        .filter((v): v is number => v !== null);
    const oneDecimal = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9;
    expect(rateCells(rows).length).toBeGreaterThan(1000);
    expect(rateCells(rows).filter((v) => !oneDecimal(v))).toEqual([]);
    const clearRows = rows.filter((r) => clear(r) && r.ci_low !== null && r.ci_high !== null);
    expect(clearRows.length).toBeGreaterThan(0);
    for (const r of clearRows) {
      expect(r.verdict === 'higher' ? r.ci_low! > 0 : r.ci_high! < 0).toBe(true);
      expect([r.ci_low, r.ci_high].every((v) => Math.abs(v! * 1e4 - Math.round(v! * 1e4)) < 1e-6)).toBe(true);
    }
    expect(rateCells(full).filter((v) => !oneDecimal(v)).length).toBeGreaterThan(1000);
    // Rounded from the unrounded figure, not recomputed from rounded counts.
    const eet = (table: MetricRow[]) =>
      table.find((r) => r.measure === 'eet_sustained_pct' && r.hub === 'central' && r.breakdown === 'total')!;
    expect(eet(rows).value).toBe(Math.round(eet(full).value! * 10) / 10);
  });
  // The school-level sample files (eight cohorts, 2015/16-2022/23) carry a planted effect of joining; the truth is
  // read from the model that wrote them (scripts/samples/school-destinations-model.ts), not from this run.
  const impact: [string, keyof typeof PLANTED_EFFECT][] = [
    ['eet_sustained', 'overall'],
    ['apprenticeship', 'appren'],
    ['not_sustained', 'all_notsust'],
  ];
  const impactRow = (measure: string, breakdown: string, hub = 'all') =>
    rows.find((r) => r.measure === measure && r.hub === hub && r.breakdown === breakdown);

  it.each(impact)('writes impact_%s rows: overall effect, event study e-3..e+3, MDE and benchmarks slope', (id) => {
    for (const hub of ['all', ...result.config.hubs.map((h) => h.id)]) {
      expect(impactRow(`impact_${id}_att_pp`, 'total', hub)?.value, hub).toEqual(expect.any(Number));
      expect(impactRow(`impact_${id}_mde_pp`, 'total', hub)?.value, hub).toBeGreaterThan(0);
      expect(impactRow(`impact_benchmarks_${id}_slope_pp`, 'total', hub)?.value, hub).toEqual(expect.any(Number));
      for (const e of ['e-3', 'e-2', 'e0', 'e+1', 'e+2', 'e+3']) {
        expect(impactRow(`impact_${id}_event_pp`, e, hub)?.value, `${hub} ${e}`).toEqual(expect.any(Number));
      }
      // The last cohort before joining is the reference: 0 by construction.
      expect(impactRow(`impact_${id}_event_pp`, 'e-1', hub)).toMatchObject({ value: 0, note: 'reference' });
    }
    const att = impactRow(`impact_${id}_att_pp`, 'total') as MetricRow;
    expect(att).toMatchObject({ period: '2015/16-2022/23', unit: 'pp' });
    // The samples span 33 LAs, enough to cluster on (metrics/impact.ts MIN_LA_CLUSTERS = 30).
    expect(att.note).toContain('clustered by LA (33 LAs)');
    // MDE = (1.96 + 0.84) × SE, and the interval is ± t(0.975, 32) × SE; all three published to one decimal.
    const se = (att.ci_high! - att.ci_low!) / (2 * tQuantile(0.975, 32));
    expect(Math.abs(impactRow(`impact_${id}_mde_pp`, 'total')!.value! - 2.8016 * se)).toBeLessThan(0.15);
  });

  it.each(impact)(
    "impact_%s: the samples' overall effect interval covers the planted effect, all pupils and both groups",
    (id, field) => {
      // The planted effect is the same for disadvantaged and other pupils (data-samples/README.md).
      for (const breakdown of ['total', 'disadvantaged', 'not_disadvantaged']) {
        const att = impactRow(`impact_${id}_att_pp`, breakdown) as MetricRow;
        expect(att.ci_low!, breakdown).toBeLessThanOrEqual(PLANTED_EFFECT[field]);
        expect(att.ci_high!, breakdown).toBeGreaterThanOrEqual(PLANTED_EFFECT[field]);
      }
      // No link between benchmarks and destinations is planted: the within-school slope's interval covers 0.
      const slope = impactRow(`impact_benchmarks_${id}_slope_pp`, 'total') as MetricRow;
      expect(slope.ci_low!).toBeLessThanOrEqual(0);
      expect(slope.ci_high!).toBeGreaterThanOrEqual(0);
    },
  );

  it('the naive members-minus-others gap in sustained destinations exceeds the planted effect (selection)', () => {
    expect(impactRow('impact_eet_sustained_naive_pp', 'total')!.value!).toBeGreaterThan(PLANTED_EFFECT.overall);
    expect(impactRow('impact_eet_sustained_before_gap_pp', 'total')!.ci_low!).toBeGreaterThan(0);
  });
});
