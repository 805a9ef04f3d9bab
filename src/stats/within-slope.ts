import { tQuantile } from './student-t.js';

/**
 * The slope of y on x with unit and period fixed effects (two-way within estimator), for an unbalanced panel:
 * x and y are demeaned by unit and by period in turn until the change is negligible (alternating projections,
 * the Frisch-Waugh-Lovell route of Guimarães and Portugal 2010, Stata J. 10(4)), then regressed through the
 * origin. Its variance is clustered by unit (Arellano 1987; Cameron and Miller 2015, J. Human Resources 50(2),
 * with the G/(G−1) factor), and the interval uses t with G−1 degrees of freedom.
 */

export interface PanelPoint {
  readonly unit: string;
  readonly period: number;
  readonly x: number;
  readonly y: number;
}

export interface WithinSlope {
  readonly slope: number;
  readonly se: number;
  readonly low: number;
  readonly high: number;
  /** Units with at least two observations (the only ones that identify a within-unit slope). */
  readonly units: number;
  readonly observations: number;
}

const TOLERANCE = 1e-10;
const MAX_SWEEPS = 500;

export function withinSlope(points: readonly PanelPoint[], level = 0.95): WithinSlope | undefined {
  // A unit seen once has no within-unit variation: it only adds a fixed effect.
  const seen = new Map<string, number>();
  for (const p of points) seen.set(p.unit, (seen.get(p.unit) ?? 0) + 1);
  const kept = points.filter((p) => (seen.get(p.unit) ?? 0) >= 2);
  const units = new Set(kept.map((p) => p.unit)).size;
  if (units < 2) return undefined;
  const unitIx = indexOf(kept.map((p) => p.unit));
  const periodIx = indexOf(kept.map((p) => String(p.period)));
  const x = demean(
    Float64Array.from(kept, (p) => p.x),
    unitIx,
    periodIx,
  );
  const y = demean(
    Float64Array.from(kept, (p) => p.y),
    unitIx,
    periodIx,
  );
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < kept.length; i++) {
    sxx += (x[i] as number) ** 2;
    sxy += (x[i] as number) * (y[i] as number);
  }
  if (sxx < TOLERANCE) return undefined;
  const slope = sxy / sxx;
  const scores = new Float64Array(units);
  for (let i = 0; i < kept.length; i++) {
    const u = unitIx.of[i] as number;
    const e = (y[i] as number) - slope * (x[i] as number);
    scores[u] = (scores[u] as number) + (x[i] as number) * e;
  }
  let meat = 0;
  for (const s of scores) meat += s * s;
  const se = Math.sqrt((meat * units) / (units - 1)) / sxx;
  const q = tQuantile(1 - (1 - level) / 2, units - 1);
  return { slope, se, low: slope - q * se, high: slope + q * se, units, observations: kept.length };
}

interface Index {
  readonly of: Int32Array;
  readonly size: number;
}

function indexOf(keys: readonly string[]): Index {
  const ids = new Map<string, number>();
  const of = Int32Array.from(keys, (k) => {
    if (!ids.has(k)) ids.set(k, ids.size);
    return ids.get(k) as number;
  });
  return { of, size: ids.size };
}

function demean(v: Float64Array, a: Index, b: Index): Float64Array {
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    const moved = Math.max(subtractMeans(v, a), subtractMeans(v, b));
    if (moved < TOLERANCE) break;
  }
  return v;
}

/** Subtracts each group's mean in place; returns the largest mean removed. */
function subtractMeans(v: Float64Array, ix: Index): number {
  const sum = new Float64Array(ix.size);
  const count = new Float64Array(ix.size);
  for (let i = 0; i < v.length; i++) {
    const g = ix.of[i] as number;
    sum[g] = (sum[g] as number) + (v[i] as number);
    count[g] = (count[g] as number) + 1;
  }
  let moved = 0;
  for (let g = 0; g < ix.size; g++) {
    sum[g] = (sum[g] as number) / (count[g] as number);
    moved = Math.max(moved, Math.abs(sum[g] as number));
  }
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) - (sum[ix.of[i] as number] as number);
  return moved;
}
