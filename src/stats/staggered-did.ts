import { Z_95 } from './proportion.js';
import { tQuantile } from './student-t.js';

/**
 * Staggered-adoption difference-in-differences (Callaway and Sant'Anna 2021, "Difference-in-Differences with
 * multiple time periods", J. Econometrics 225(2), 200-230), the unconditional estimator with not-yet-treated
 * controls:
 *
 *   ATT(g,t) = mean over units joining in g of (Y_t − Y_{g−1}) − mean over controls of (Y_t − Y_{g−1}),
 *
 * controls being the units not yet treated by max(t, g−1) and not in group g (never-treated units included).
 * The base period is the last one before joining for every t ("universal" base), so the event-study lead e = −1
 * is zero by construction and the other leads are placebo tests of parallel trends.
 *
 * Variance: each ATT(g,t) has an influence function over the N units (the paper's eq. 3.3 with no covariates);
 * an aggregate's influence function is the weighted sum of its cells' plus the term for its estimated weights
 * (the paper's section 4, weights proportional to group size). The variance is Σ_c (Σ_{i∈c} ψ_i)² / N², with
 * c each unit or, when clusters are given, each cluster (Liang and Zeger 1986 sandwich), times C/(C−1). Each
 * residual carries the HC2 leverage correction of its group mean (MacKinnon and White 1985), as join-year groups are
 * small. Normal 95% intervals, as the paper's asymptotics give, by unit; clustered, the t quantile with C − 1
 * degrees of freedom (Cameron and Miller 2015, "A Practitioner's Guide to Cluster-Robust Inference", J. Human
 * Resources 50(2), section VI.C: with few clusters normal critical values over-reject).
 */

export interface PanelUnit {
  readonly id: string;
  /** Clustering unit (a school's LA); used only when the estimate is asked to cluster. */
  readonly cluster: string;
  /** The period the unit was first treated (a join year's start year); null = never treated. */
  readonly group: number | null;
  /** Outcome by period (a cohort's start year); a period missing from the map is unobserved. */
  readonly y: ReadonlyMap<number, number>;
}

export interface DidOptions {
  /** Smallest number of treated units and of control units a cell may rest on. */
  readonly minUnits: number;
  /** Sum influence functions by cluster (cluster-robust) instead of by unit. */
  readonly cluster: boolean;
  /** Event times reported, e.g. −3..3. */
  readonly eventTimes: readonly number[];
}

export interface Estimate {
  readonly value: number;
  readonly se: number;
  readonly low: number;
  readonly high: number;
  /** Distinct units the estimate draws on (treated or control in any of its cells). */
  readonly units: number;
  readonly cells: number;
}

export interface GroupTime {
  readonly g: number;
  readonly t: number;
  readonly att: number;
  readonly se: number;
  readonly treated: number;
  readonly controls: number;
}

export interface DroppedCell {
  readonly g: number;
  readonly t: number;
  readonly treated: number;
  readonly controls: number;
}

export interface DidResult {
  /** Units in the estimation (not already treated when first observed). */
  readonly n: number;
  readonly cells: readonly GroupTime[];
  /** Cells with too few treated or control units: left out of every aggregate. */
  readonly dropped: readonly DroppedCell[];
  /** Average of the post-joining cells (t ≥ g), weighted by group size; undefined when there is none. */
  readonly overall: Estimate | undefined;
  /** By years since joining; e = −1 is the reference (0 by construction) and not listed. */
  readonly event: ReadonlyMap<number, Estimate>;
  /** Clusters the variance was summed over (the number of units when not clustered). */
  readonly clusters: number;
}

interface Cell extends GroupTime {
  /** Influence function: unit index → value (zero elsewhere). */
  readonly psi: Map<number, number>;
}

export function staggeredDid(panel: readonly PanelUnit[], options: DidOptions): DidResult {
  const periods = [...new Set(panel.flatMap((u) => [...u.y.keys()]))].sort((a, b) => a - b);
  const first = periods[0] ?? 0;
  // A unit treated at or before its first observed period has no "before": it can be neither group nor control.
  const units = panel.filter((u) => {
    const seen = Math.min(...u.y.keys());
    return u.y.size > 0 && (u.group === null || u.group > Math.max(first, seen));
  });
  const n = units.length;
  const groups = [...new Set(units.flatMap((u) => (u.group === null ? [] : [u.group])))].sort((a, b) => a - b);
  // Each unit's outcomes as an array by period (NaN = unobserved), so a cell reads them without map look-ups.
  const at = new Map(periods.map((p, k) => [p, k]));
  const ys = units.map((u) => {
    const row = new Float64Array(periods.length).fill(Number.NaN);
    for (const [p, v] of u.y) row[at.get(p) as number] = v;
    return row;
  });
  const cells: Cell[] = [];
  const dropped: DroppedCell[] = [];
  for (const g of groups) {
    for (const t of periods) {
      if (t === g - 1) continue;
      const cell = groupTime(units, ys, at, g, t, n);
      if (!cell) continue;
      if (cell.treated < options.minUnits || cell.controls < options.minUnits) {
        dropped.push({ g, t, treated: cell.treated, controls: cell.controls });
      } else cells.push(cell);
    }
  }
  const clusterOf = clusterIndex(units, options.cluster);
  const shares = new Map(groups.map((g) => [g, units.filter((u) => u.group === g).length / n]));
  const agg = (chosen: Cell[]) => aggregate(chosen, units, shares, clusterOf);
  const event = new Map<number, Estimate>();
  for (const e of options.eventTimes) {
    if (e === -1) continue;
    const est = agg(cells.filter((c) => c.t - c.g === e));
    if (est) event.set(e, est);
  }
  return {
    n,
    cells: cells.map(({ psi, ...c }) => c),
    dropped,
    overall: agg(cells.filter((c) => c.t >= c.g)),
    event,
    clusters: clusterOf.count,
  };
}

function groupTime(
  units: readonly PanelUnit[],
  ys: readonly Float64Array[],
  at: ReadonlyMap<number, number>,
  g: number,
  t: number,
  n: number,
): Cell | undefined {
  const base = g - 1;
  const cutoff = Math.max(t, base);
  const treated: [number, number][] = [];
  const controls: [number, number][] = [];
  const kt = at.get(t);
  const kb = at.get(base);
  if (kt === undefined || kb === undefined) return undefined;
  units.forEach((u, i) => {
    const y = ys[i] as Float64Array;
    const yt = y[kt] as number;
    const yb = y[kb] as number;
    if (Number.isNaN(yt) || Number.isNaN(yb)) return;
    if (u.group === g) treated.push([i, yt - yb]);
    else if (u.group === null || u.group > cutoff) controls.push([i, yt - yb]);
  });
  if (treated.length === 0 || controls.length === 0) {
    return treated.length + controls.length === 0 ? undefined : emptyCell(g, t, treated.length, controls.length);
  }
  const mT = mean(treated);
  const mC = mean(controls);
  const psi = new Map<number, number>();
  // Influence function of a difference of two means over N units: (N/n_T)(ΔY − m_T) and −(N/n_C)(ΔY − m_C),
  // each residual scaled by 1/√(1 − h) with leverage h = 1/n of its group's mean (HC2, MacKinnon and White 1985),
  // so a cell's variance is the unbiased two-sample s²_T/n_T + s²_C/n_C rather than the plug-in (n−1)/n of it.
  const hc2 = (k: number) => (k > 1 ? Math.sqrt(k / (k - 1)) : 1);
  const sT = (n / treated.length) * hc2(treated.length);
  const sC = (-n / controls.length) * hc2(controls.length);
  for (const [i, d] of treated) psi.set(i, sT * (d - mT));
  for (const [i, d] of controls) psi.set(i, sC * (d - mC));
  return {
    g,
    t,
    att: mT - mC,
    se: Math.sqrt(sumSquares(psi)) / n,
    treated: treated.length,
    controls: controls.length,
    psi,
  };
}

function emptyCell(g: number, t: number, treated: number, controls: number): Cell {
  return { g, t, att: Number.NaN, se: Number.NaN, treated, controls, psi: new Map() };
}

/** Weighted by group share p_g among the chosen cells, with the influence function of the estimated weights. */
function aggregate(
  chosen: readonly Cell[],
  units: readonly PanelUnit[],
  shares: ReadonlyMap<number, number>,
  clusterOf: ClusterIndex,
): Estimate | undefined {
  if (chosen.length === 0) return undefined;
  const n = units.length;
  const p = chosen.map((c) => shares.get(c.g) ?? 0);
  const total = p.reduce((a, b) => a + b, 0);
  const w = p.map((x) => x / total);
  const value = chosen.reduce((s, c, k) => s + (w[k] ?? 0) * c.att, 0);
  const psi = new Float64Array(n);
  chosen.forEach((c, k) => {
    for (const [i, v] of c.psi) psi[i] = (psi[i] ?? 0) + (w[k] ?? 0) * v;
  });
  // Weight term: d w_k = (1{G=g_k} − p_k)/S − p_k Σ_j (1{G=g_j} − p_j)/S², applied to Σ_k ATT_k d w_k.
  // Per unit this depends only on its group: Σ_k ATT_k 1{G=g_k} = A(G) and Σ_k 1{G=g_k} = C(G), so O(N + cells).
  const sumPAtt = chosen.reduce((s, c, k) => s + (p[k] ?? 0) * c.att, 0);
  const attOf = new Map<number, number>();
  const cellsOf = new Map<number, number>();
  for (const c of chosen) {
    attOf.set(c.g, (attOf.get(c.g) ?? 0) + c.att);
    cellsOf.set(c.g, (cellsOf.get(c.g) ?? 0) + 1);
  }
  units.forEach((u, i) => {
    const own = (u.group === null ? 0 : (attOf.get(u.group) ?? 0)) - sumPAtt;
    const dev = (u.group === null ? 0 : (cellsOf.get(u.group) ?? 0)) - total;
    psi[i] = (psi[i] ?? 0) + own / total - (sumPAtt * dev) / (total * total);
  });
  const se = Math.sqrt(clusterOf.variance(psi)) / n;
  const seen = new Uint8Array(n);
  let used = 0;
  for (const c of chosen) {
    for (const i of c.psi.keys()) {
      if (seen[i] === 0) used++;
      seen[i] = 1;
    }
  }
  const q = clusterOf.critical;
  return { value, se, low: value - q * se, high: value + q * se, units: used, cells: chosen.length };
}

interface ClusterIndex {
  readonly count: number;
  /** The 97.5% critical value: normal by unit, t with C − 1 degrees of freedom by cluster. */
  readonly critical: number;
  /** Σ_c (Σ_{i∈c} ψ_i)², with the C/(C−1) small-sample factor. */
  variance(psi: Float64Array): number;
}

function clusterIndex(units: readonly PanelUnit[], cluster: boolean): ClusterIndex {
  const ids = new Map<string, number>();
  const of = units.map((u, i) => {
    const key = cluster ? u.cluster : String(i);
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key) as number;
  });
  const count = ids.size;
  return {
    count,
    critical: cluster && count > 1 ? tQuantile(0.975, count - 1) : Z_95,
    variance(psi) {
      const sums = new Float64Array(count);
      psi.forEach((v, i) => {
        const c = of[i] as number;
        sums[c] = (sums[c] ?? 0) + v;
      });
      let s = 0;
      for (const v of sums) s += v * v;
      return count > 1 ? (s * count) / (count - 1) : Number.NaN;
    },
  };
}

function mean(pairs: readonly (readonly [number, number])[]): number {
  return pairs.reduce((s, [, d]) => s + d, 0) / pairs.length;
}

function sumSquares(psi: ReadonlyMap<number, number>): number {
  let s = 0;
  for (const v of psi.values()) s += v * v;
  return s;
}

/** Smallest effect detectable with 80% power in a 5% two-sided test: (z_0.975 + z_0.8) × SE (Bloom 1995). */
export function minimumDetectableEffect(se: number): number {
  return (Z_95 + Z_80) * se;
}

/** Φ⁻¹(0.8). */
const Z_80 = 0.8416212335729143;
