import { describe, expect, it } from 'vitest';
import { type AreaEnds, changeBetweenAreas, roundingVariance } from '../../src/stats/between-area.js';
import { newcombeDifference } from '../../src/stats/difference.js';
import { holmAdjust } from '../../src/stats/holm.js';

/** Mulberry32: a small seeded generator, so the simulation gives the same figures on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Binomial draw by summing Bernoulli trials (exact; cohorts here are a few thousand). */
function binomial(rand: () => number, n: number, p: number): number {
  let x = 0;
  for (let i = 0; i < n; i += 1) if (rand() < p) x += 1;
  return x;
}

describe('changeBetweenAreas', () => {
  it('gives the ultimate-cluster variance of a ratio on k - 1 degrees of freedom (worked by hand)', () => {
    // Three areas. p1 = 180/300 = 0.6, p2 = 200/300 = 2/3.
    // u = (x2 - p2 n2)/300 - (x1 - p1 n1)/300: area A (50-66.667)/300-(60-60)/300 = -0.0555556,
    // B (70-66.667)/300-(50-60)/300 = 0.0444444, C (80-66.667)/300-(70-60)/300 = 0.0111111.
    // Var = 3/2 x (0.00308642 + 0.00197531 + 0.00012346) = 0.00777778; se = 0.0881917; t(0.975, 2) = 4.30265.
    const ends: AreaEnds[] = [
      { x1: 60, n1: 100, x2: 50, n2: 100 },
      { x1: 50, n1: 100, x2: 70, n2: 100 },
      { x1: 70, n1: 100, x2: 80, n2: 100 },
    ];
    const c = changeBetweenAreas(ends)!;
    expect(c.diff).toBeCloseTo(2 / 3 - 0.6, 12);
    expect(c.se).toBeCloseTo(Math.sqrt(0.0077777778), 8);
    expect(c.df).toBe(2);
    expect(c.high - c.diff).toBeCloseTo(4.302652729911275 * c.se, 8);
    expect(c.p).toBeGreaterThan(0.05);
  });

  it('has no interval with one area, and adds outside error to the standard error', () => {
    expect(changeBetweenAreas([{ x1: 1, n1: 2, x2: 1, n2: 2 }])).toBeUndefined();
    const ends = [
      { x1: 60, n1: 100, x2: 50, n2: 100 },
      { x1: 50, n1: 100, x2: 70, n2: 100 },
    ];
    const plain = changeBetweenAreas(ends)!;
    const wider = changeBetweenAreas(ends, 0.01)!;
    expect(wider.se).toBeCloseTo(Math.sqrt(plain.se ** 2 + 0.01), 12);
  });

  it('puts the variance of a one-decimal rounding at (0.1 pp)^2 / 12', () => {
    expect(roundingVariance(1)).toBeCloseTo(0.001 ** 2 / 12, 15);
  });

  // Planted truth: nine LAs (a London hub's size) with cohorts of 1,200-4,000, baseline rates spread around 93%
  // (SD 2 pp) and an LA-specific change around a true change of +1.0 pp (SD 1 pp between LAs). The estimand is
  // the change the hub's pooled rate makes in expectation over LAs like these: +1.0 pp.
  it('covers the true change in 93-97% of 1,000 simulated hubs; the binomial interval does not', () => {
    const rand = generator(20260318);
    const truth = 0.01;
    const runs = 1000;
    let covered = 0;
    let binomialCovered = 0;
    let bias = 0;
    for (let run = 0; run < runs; run += 1) {
      const ends: AreaEnds[] = [];
      for (let la = 0; la < 9; la += 1) {
        const n1 = 1200 + Math.floor(rand() * 2800);
        const n2 = Math.round(n1 * (0.95 + 0.1 * rand()));
        const p1 = 0.93 + 0.02 * normal(rand);
        const p2 = p1 + truth + 0.01 * normal(rand);
        const clip = (p: number) => Math.min(0.999, Math.max(0.001, p));
        ends.push({ x1: binomial(rand, n1, clip(p1)), n1, x2: binomial(rand, n2, clip(p2)), n2 });
      }
      const c = changeBetweenAreas(ends)!;
      if (c.low <= truth && truth <= c.high) covered += 1;
      bias += (c.diff - truth) / runs;
      const total = (f: (e: AreaEnds) => number) => ends.reduce((s, e) => s + f(e), 0);
      const b = newcombeDifference(
        total((e) => e.x2),
        total((e) => e.n2),
        total((e) => e.x1),
        total((e) => e.n1),
      );
      if (b.low <= truth && truth <= b.high) binomialCovered += 1;
    }
    const coverage = covered / runs;
    const binomialCoverage = binomialCovered / runs;
    console.info(
      `between-area interval: coverage ${(100 * coverage).toFixed(1)}%, bias ${(100 * bias).toFixed(4)} pp; ` +
        `binomial interval: coverage ${(100 * binomialCoverage).toFixed(1)}%`,
    );
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
    expect(binomialCoverage).toBeLessThan(0.8);
    expect(Math.abs(bias)).toBeLessThan(0.0005);
  });
});

describe('holmAdjust', () => {
  it('steps down: sorted p times (m - i + 1), kept monotone, in input order', () => {
    // m = 4: 0.01x4 = 0.04, 0.04x3 = 0.12, 0.03x2 -> max(0.12, 0.06) = 0.12... sorted 0.01, 0.03, 0.04, 0.2
    // -> 0.04, 0.09, 0.09 (max(0.09, 0.08)), 0.2.
    expect(holmAdjust([0.04, 0.01, 0.2, 0.03])).toEqual([
      expect.closeTo(0.09, 12),
      expect.closeTo(0.04, 12),
      expect.closeTo(0.2, 12),
      expect.closeTo(0.09, 12),
    ]);
    expect(holmAdjust([null, 0.5, Number.NaN])).toEqual([null, 0.5, null]);
  });
});
