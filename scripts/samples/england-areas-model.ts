import type { EnglandLa } from './england-las.js';
import type { Rng } from './prng.js';

/** What the synthetic England knows of each LA: its size, its disadvantage share, and its own and its hub's effects. */
export interface EnglandLaModel {
  readonly la: EnglandLa;
  readonly hubId: string;
  /** KS4 cohort of state-funded mainstream schools (about half the NCCIS 16-17 cohort). */
  readonly ks4: number;
  readonly disadvantaged: number;
  /** Added to the logit of sustained EET: the LA's own level, plus its hub's. */
  readonly effect: number;
  /** Added to the hub's NEET and not-known rates, in percentage points. */
  readonly neetShift: number;
}

/**
 * Made-up sizes and effects, from one seed: lognormal cohorts around 3,900 (England's ~600,000 KS4 pupils over 152
 * LAs), City of London tiny (as it is). Hub effects are shared by the hub's LAs, so hubs really differ a little.
 */
export function englandModel(rng: Rng, las: readonly EnglandLa[], hubOf: (la: EnglandLa) => string): EnglandLaModel[] {
  const hubEffect = new Map<string, number>();
  return las.map((la) => {
    const hub = hubOf(la);
    if (!hubEffect.has(hub)) hubEffect.set(hub, rng.normal(0, 0.12));
    const city = la.newCode === 'E09000001';
    return {
      la,
      hubId: hub,
      ks4: city ? 40 : Math.round(3900 * Math.exp(rng.normal(0, 0.55))),
      disadvantaged: Math.min(0.6, Math.max(0.1, rng.normal(la.region === 'London' ? 0.38 : 0.26, 0.07))),
      effect: (hubEffect.get(hub) ?? 0) + rng.normal(0, 0.15),
      neetShift: rng.normal(0, 0.8),
    };
  });
}

/** A binomial draw by its normal approximation, kept within 0..n: good enough for counts in the hundreds. */
export function drawCount(rng: Rng, n: number, p: number): number {
  const x = Math.round(n * p + rng.normal() * Math.sqrt(n * p * (1 - p)));
  return Math.min(n, Math.max(0, x));
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}
