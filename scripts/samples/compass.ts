import { achievedWithExactTotal, calibrateIntercept, logistic } from './compass-calibration.js';
import { csvText, ukDate } from './csv-text.js';
import { COMPASS_COMPLETIONS, COMPASS_HUB_DELTA, COMPASS_MEAN_ACHIEVED, COMPASS_YEARS } from './evaluation-targets.js';
import type { SampleInstitution, SampleType } from './institutions.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';

export const COMPASS_HEADER = [
  'urn',
  'completion_date',
  ...Array.from({ length: 8 }, (_, i) => `Benchmark ${i + 1} (%)`),
];

/**
 * Logit-scale ease of each benchmark: encounters (B5) are easiest, curriculum links (B4) and workplaces (B6) hardest.
 */
const BENCHMARK_EASE = [0.3, 0.4, 0.0, -0.6, 0.5, -0.5, 0.1, 0.3];
/** Covid closed workplaces in 2020/21, so Benchmark 6 dips that year. */
const COVID_YEAR = 2020;
const COVID_B6_PENALTY = -0.8;
/** Special schools and AP score slightly below mainstream (evaluation compares mainstream EIs across hubs). */
const TYPE_OFFSET: Record<SampleType, number> = {
  mainstream: 0,
  special: -0.25,
  'alternative provision': -0.3,
  'FE college': 0.05,
  'sixth-form college': 0.05,
  other: -0.15,
};
/** Months of the academic year (Sep..Aug) weighted by how often returns are completed: peaks in autumn and July. */
const MONTH_WEIGHTS: readonly (readonly [number, number])[] = [
  [9, 6],
  [10, 10],
  [11, 10],
  [12, 6],
  [1, 8],
  [2, 7],
  [3, 9],
  [4, 5],
  [5, 8],
  [6, 12],
  [7, 16],
  [8, 3],
];
/** Share of completers who also submitted an earlier return in the same year (superseded by the later one). */
const RESUBMIT_SHARE = 0.02;

interface Latent {
  readonly inst: SampleInstitution;
  readonly engagement: number;
  readonly maturity: number;
}

interface Return {
  readonly urn: string;
  readonly date: readonly [number, number, number];
  readonly scores: readonly number[];
}

export function buildCompass(rng: Rng, institutions: readonly SampleInstitution[], scale: number): SampleFile[] {
  const latent: Latent[] = institutions
    .filter((i) => i.eligible)
    .map((inst) => ({ inst, engagement: rng.normal(), maturity: rng.normal(0, 0.9) }));
  let previous = new Set<string>();
  return COMPASS_YEARS.map((year, k) => {
    const target = Math.min(latent.length, Math.round((COMPASS_COMPLETIONS[k] ?? 0) * scale));
    const completers = chooseCompleters(rng, latent, year, target, previous);
    previous = new Set(completers.map((c) => c.inst.urn));
    const returns = yearReturns(rng, completers, year, k);
    const rows = returns.map((r) => [r.urn, ukDate(...r.date), ...r.scores]);
    return {
      path: `compass/compass-${year}-${String((year + 1) % 100).padStart(2, '0')}.csv`,
      text: csvText(COMPASS_HEADER, rows),
    };
  });
}

/** The `target` most likely completers: engaged institutions, members, and those that completed last year. */
function chooseCompleters(
  rng: Rng,
  latent: readonly Latent[],
  year: number,
  target: number,
  previous: Set<string>,
): Latent[] {
  const scored = latent.map((l) => ({
    l,
    score:
      l.engagement + (isMember(l.inst, year) ? 1.6 : 0) + (previous.has(l.inst.urn) ? 1.2 : 0) + rng.normal(0, 0.6),
  }));
  scored.sort((a, b) => b.score - a.score || a.l.inst.urn.localeCompare(b.l.inst.urn));
  return scored.slice(0, target).map((s) => s.l);
}

function isMember(inst: SampleInstitution, year: number): boolean {
  return inst.joined !== null && inst.joined <= year;
}

function yearReturns(rng: Rng, completers: readonly Latent[], year: number, k: number): Return[] {
  const returns: Return[] = [];
  for (const [hubId, target] of hubTargets(completers, k)) {
    const inHub = completers.filter((c) => c.inst.la.hubId === hubId);
    const logits = inHub.map((c) => benchmarkLogits(c, year));
    const intercept = calibrateIntercept(logits, target);
    const probabilities = logits.map((row) => row.map((x) => logistic(x + intercept)));
    const achieved = achievedWithExactTotal(rng, probabilities, Math.round(target * inHub.length));
    inHub.forEach((c, i) => {
      const scores = (achieved[i] ?? []).map((hit, b) => (hit ? 100 : partialScore(rng, probabilities[i]?.[b] ?? 0)));
      const date = completionDate(rng, year);
      if (rng.chance(RESUBMIT_SHARE)) {
        const earlier = earlierDate(rng, year, date);
        if (earlier) returns.push({ urn: c.inst.urn, date: earlier, scores: earlierScores(rng, scores) });
      }
      returns.push({ urn: c.inst.urn, date, scores });
    });
  }
  return returns.sort((a, b) => dateKey(a.date) - dateKey(b.date) || a.urn.localeCompare(b.urn));
}

/** Each hub's mean benchmarks achieved this year: London's mean plus the hub's delta, deltas centred by completions. */
function hubTargets(completers: readonly Latent[], k: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of completers) counts.set(c.inst.la.hubId, (counts.get(c.inst.la.hubId) ?? 0) + 1);
  const delta = (hubId: string) =>
    (COMPASS_HUB_DELTA[hubId]?.start ?? 0) + (COMPASS_HUB_DELTA[hubId]?.perYear ?? 0) * k;
  const centre = [...counts].reduce((s, [h, n]) => s + delta(h) * n, 0) / Math.max(1, completers.length);
  const london = COMPASS_MEAN_ACHIEVED[k] ?? 0;
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)).map(([h]) => [h, london + delta(h) - centre]));
}

function benchmarkLogits(c: Latent, year: number): number[] {
  const base = TYPE_OFFSET[c.inst.type] + c.maturity + (isMember(c.inst, year) ? 0.25 : 0);
  return BENCHMARK_EASE.map((ease, b) => base + ease + (year === COVID_YEAR && b === 5 ? COVID_B6_PENALTY : 0));
}

/** A benchmark not fully achieved still has a percentage score, higher where achievement was likely. */
function partialScore(rng: Rng, p: number): number {
  return Math.max(0, Math.min(99, Math.round(100 * (0.3 + 0.55 * p + rng.normal(0, 0.15)))));
}

/** The superseded return: some benchmarks not yet achieved and lower scores. */
function earlierScores(rng: Rng, later: readonly number[]): number[] {
  return later.map((s) => (s === 100 ? (rng.chance(0.65) ? 100 : rng.int(60, 99)) : Math.max(0, s - rng.int(0, 25))));
}

function completionDate(rng: Rng, startYear: number): [number, number, number] {
  for (;;) {
    const month = rng.weighted(MONTH_WEIGHTS);
    const year = month >= 9 ? startYear : startYear + 1;
    const day = rng.int(1, daysIn(year, month));
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return [year, month, day];
  }
}

function earlierDate(
  rng: Rng,
  startYear: number,
  later: readonly [number, number, number],
): [number, number, number] | undefined {
  for (let attempt = 0; attempt < 20; attempt++) {
    const d = completionDate(rng, startYear);
    if (dateKey(d) < dateKey(later)) return d;
  }
  return undefined;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateKey([y, m, d]: readonly [number, number, number]): number {
  return y * 10000 + m * 100 + d;
}
