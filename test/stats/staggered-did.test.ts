import { describe, expect, it } from 'vitest';
import { buildInstitutions } from '../../scripts/samples/institutions.js';
import { createRng } from '../../scripts/samples/prng.js';
import { DEFAULT_SEED } from '../../scripts/samples/sample-set.js';
import {
  PLANTED_EFFECT,
  plantedPanel,
  plantedSchools,
  SCHOOL_COHORTS,
  sumCounts,
} from '../../scripts/samples/school-destinations-model.js';
import { type PanelUnit, staggeredDid } from '../../src/stats/staggered-did.js';

const unit = (id: string, group: number | null, ys: Record<number, number>, cluster = id): PanelUnit => ({
  id,
  cluster,
  group,
  y: new Map(Object.entries(ys).map(([t, v]) => [Number(t), v])),
});

describe('staggered difference-in-differences: a six-school toy panel worked by hand', () => {
  // Cohorts 1-3. A and B join in 2, C joins in 3, D, E, F never join.
  const panel = [
    unit('A', 2, { 1: 10, 2: 14, 3: 15 }),
    unit('B', 2, { 1: 12, 2: 15, 3: 18 }),
    unit('C', 3, { 1: 11, 2: 12, 3: 16 }),
    unit('D', null, { 1: 9, 2: 10, 3: 11 }),
    unit('E', null, { 1: 10, 2: 10, 3: 12 }),
    unit('F', null, { 1: 8, 2: 10, 3: 10 }),
  ];
  const result = staggeredDid(panel, { minUnits: 1, cluster: false, eventTimes: [-2, -1, 0, 1] });
  const cell = (g: number, t: number) => result.cells.find((c) => c.g === g && c.t === t);

  it('ATT(2,2): joiners in 2 against C (not yet joined) and D-F, both changes from cohort 1', () => {
    // Treated changes 14−10 = 4, 15−12 = 3: mean 3.5. Controls C 1, D 1, E 0, F 2: mean 1. ATT = 2.5.
    expect(cell(2, 2)?.att).toBeCloseTo(2.5, 12);
    expect(cell(2, 2)).toMatchObject({ treated: 2, controls: 4 });
  });

  it('ATT(2,3): C has joined by 3, so only D-F are controls', () => {
    // Treated 15−10 = 5, 18−12 = 6: 5.5. Controls D 2, E 2, F 2: 2. ATT = 3.5.
    expect(cell(2, 3)?.att).toBeCloseTo(3.5, 12);
    expect(cell(2, 3)).toMatchObject({ treated: 1 + 1, controls: 3 });
  });

  it('ATT(3,3) from cohort 2, and the placebo ATT(3,1) from cohort 2 backwards', () => {
    // ATT(3,3): C 16−12 = 4; D 1, E 2, F 0: mean 1; ATT = 3. (A and B joined before 3: never controls.)
    expect(cell(3, 3)?.att).toBeCloseTo(3, 12);
    expect(cell(3, 3)?.controls).toBe(3);
    // ATT(3,1) (lead e = −2): C 11−12 = −1; D −1, E 0, F −2: mean −1; ATT = 0.
    expect(cell(3, 1)?.att).toBeCloseTo(0, 12);
  });

  it('aggregates by group size: overall = (2·2.5 + 2·3.5 + 1·3) / 5, event e = 0 = (2·2.5 + 1·3) / 3', () => {
    expect(result.overall?.value).toBeCloseTo(15 / 5, 12);
    expect(result.event.get(0)?.value).toBeCloseTo(8 / 3, 12);
    expect(result.event.get(1)?.value).toBeCloseTo(3.5, 12);
    expect(result.event.has(-1)).toBe(false);
  });

  it("a cell's standard error is the unbiased two-sample one, √(s²_T/n_T + s²_C/n_C) (HC2)", () => {
    // ATT(2,2): treated deviations ±0.5 → s²_T = 0.5/1, /2 = 0.25; controls 0, 0, −1, 1 → s²_C = 2/3, /4 = 1/6.
    expect(cell(2, 2)?.se).toBeCloseTo(Math.sqrt(0.25 + 1 / 6), 12);
  });

  it('drops cells with too few schools and names them', () => {
    const strict = staggeredDid(panel, { minUnits: 2, cluster: false, eventTimes: [0] });
    expect(strict.dropped.map((d) => [d.g, d.t])).toEqual([
      [3, 1],
      [3, 3],
    ]);
  });
});

describe('staggered difference-in-differences: simulation from the planted sample model', () => {
  // The sample register's eligible mainstream schools (about 430, 33 LAs) and cohorts 2015/16-2022/23; each panel
  // redraws every school's level and sampling noise. 1,000 panels give coverage to ±1.4 points (2 SE).
  const PANELS = 1000;
  const institutions = buildInstitutions(createRng(DEFAULT_SEED).fork('institutions'), 750);
  const schools = plantedSchools(createRng(1), institutions);
  const rng = createRng(20261202);
  const estimates: { value: number; se: number; covered: boolean; naive: number }[] = [];
  for (let k = 0; k < PANELS; k++) {
    const cohorts = plantedPanel(rng, schools, SCHOOL_COHORTS);
    const rates = new Map<string, Map<number, number>>();
    for (const c of cohorts) {
      const all = sumCounts(c.disadvantaged, c.other);
      const byYear = rates.get(c.urn) ?? new Map<number, number>();
      byYear.set(c.cohortYear, (100 * all.overall) / all.cohort);
      rates.set(c.urn, byYear);
    }
    const panel = schools.map((s) => ({ id: s.urn, cluster: s.la, group: s.joined, y: rates.get(s.urn) ?? new Map() }));
    const r = staggeredDid(panel, { minUnits: 5, cluster: false, eventTimes: [0] });
    const o = r.overall;
    if (!o) throw new Error('no overall estimate');
    const last = SCHOOL_COHORTS[SCHOOL_COHORTS.length - 1] as number;
    const member = panel.filter((u) => u.group !== null && u.group <= last).map((u) => u.y.get(last) as number);
    const other = panel.filter((u) => !(u.group !== null && u.group <= last)).map((u) => u.y.get(last) as number);
    const naive = mean(member) - mean(other);
    estimates.push({
      value: o.value,
      se: o.se,
      covered: o.low <= PLANTED_EFFECT.overall && PLANTED_EFFECT.overall <= o.high,
      naive,
    });
  }
  const coverage = estimates.filter((e) => e.covered).length / PANELS;
  const bias = mean(estimates.map((e) => e.value)) - PLANTED_EFFECT.overall;
  const se = mean(estimates.map((e) => e.se));
  const naiveBias = mean(estimates.map((e) => e.naive)) - PLANTED_EFFECT.overall;
  console.log(
    `coverage ${coverage}, bias ${bias.toFixed(4)}, mean SE ${se.toFixed(4)}, naive bias ${naiveBias.toFixed(3)}`,
  );

  it('the 95% interval of the overall effect covers the planted effect in 93-97% of panels', () => {
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });

  it('its bias is under a tenth of its standard error', () => {
    expect(Math.abs(bias)).toBeLessThan(se / 10);
  });

  it('the naive comparison of members with non-members is biased upwards, as the planted selection makes it', () => {
    expect(naiveBias).toBeGreaterThan(4 * se);
  });
});

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
