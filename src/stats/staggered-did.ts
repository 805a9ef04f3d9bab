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
  /** Influence function: value psi[k] at unit index units[k] (zero elsewhere); treated units first, then controls. */
  readonly units: Int32Array;
  readonly psi: Float64Array;
}

export function staggeredDid(panel: readonly PanelUnit[], options: DidOptions): DidResult {
  const observed = new Set<number>();
  for (const u of panel) for (const p of u.y.keys()) observed.add(p);
  const periods = [...observed].sort((a, b) => a - b);
  const first = periods[0] ?? 0;
  // A unit treated at or before its first observed period has no "before": it can be neither group nor control.
  const units = panel.filter((u) => u.y.size > 0 && (u.group === null || u.group > Math.max(first, firstKey(u.y))));
  const n = units.length;
  const groups = [...new Set(units.flatMap((u) => (u.group === null ? [] : [u.group])))].sort((a, b) => a - b);
  // Each unit's outcomes by period in one array, unit by unit (NaN = unobserved): a cell reads them without look-ups.
  const at = new Map(periods.map((p, k) => [p, k]));
  const ys = new Float64Array(n * periods.length).fill(Number.NaN);
  units.forEach((u, i) => {
    for (const [p, v] of u.y) ys[i * periods.length + (at.get(p) as number)] = v;
  });
  const cells: Cell[] = [];
  const dropped: DroppedCell[] = [];
  // One pair of work arrays for every cell (a national panel has ~10,000 schools and ~60 cells per estimate).
  const scratch = { index: new Int32Array(n), diff: new Float64Array(n) };
  for (const g of groups) {
    for (const t of periods) {
      if (t === g - 1) continue;
      const cell = groupTime(units, ys, at, g, t, scratch);
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
    cells: cells.map(({ psi, units, ...c }) => c),
    dropped,
    overall: agg(cells.filter((c) => c.t >= c.g)),
    event,
    clusters: clusterOf.count,
  };
}

function groupTime(
  units: readonly PanelUnit[],
  ys: Float64Array,
  at: ReadonlyMap<number, number>,
  g: number,
  t: number,
  scratch: { readonly index: Int32Array; readonly diff: Float64Array },
): Cell | undefined {
  const n = units.length;
  const base = g - 1;
  const cutoff = Math.max(t, base);
  const kt = at.get(t);
  const kb = at.get(base);
  if (kt === undefined || kb === undefined) return undefined;
  // Unit indices and differences Y_t − Y_{g−1}: treated filled from the start, controls from the end.
  const { index, diff } = scratch;
  let nT = 0;
  let end = units.length;
  for (let i = 0; i < units.length; i++) {
    const yt = ys[i * at.size + kt] as number;
    const yb = ys[i * at.size + kb] as number;
    if (Number.isNaN(yt) || Number.isNaN(yb)) continue;
    const group = (units[i] as PanelUnit).group;
    if (group === g) {
      index[nT] = i;
      diff[nT++] = yt - yb;
    } else if (group === null || group > cutoff) {
      index[--end] = i;
      diff[end] = yt - yb;
    }
  }
  const nC = units.length - end;
  // Controls in unit order, as they were found.
  index.subarray(end).reverse();
  diff.subarray(end).reverse();
  if (nT === 0 || nC === 0) return nT + nC === 0 ? undefined : emptyCell(g, t, nT, nC);
  const mT = meanOf(diff, 0, nT);
  const mC = meanOf(diff, end, units.length);
  // Influence function of a difference of two means over N units: (N/n_T)(ΔY − m_T) and −(N/n_C)(ΔY − m_C),
  // each residual scaled by 1/√(1 − h) with leverage h = 1/n of its group's mean (HC2, MacKinnon and White 1985),
  // so a cell's variance is the unbiased two-sample s²_T/n_T + s²_C/n_C rather than the plug-in (n−1)/n of it.
  const hc2 = (k: number) => (k > 1 ? Math.sqrt(k / (k - 1)) : 1);
  const sT = (n / nT) * hc2(nT);
  const sC = (-n / nC) * hc2(nC);
  const cellUnits = new Int32Array(nT + nC);
  const psi = new Float64Array(nT + nC);
  for (let k = 0; k < nT; k++) {
    cellUnits[k] = index[k] as number;
    psi[k] = sT * ((diff[k] as number) - mT);
  }
  for (let k = 0; k < nC; k++) {
    cellUnits[nT + k] = index[end + k] as number;
    psi[nT + k] = sC * ((diff[end + k] as number) - mC);
  }
  return { g, t, att: mT - mC, se: Math.sqrt(sumSquares(psi)) / n, treated: nT, controls: nC, units: cellUnits, psi };
}

/** The smallest period a unit is observed in (Infinity when none), without spreading its keys. */
function firstKey(y: ReadonlyMap<number, number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const p of y.keys()) if (p < min) min = p;
  return min;
}

function emptyCell(g: number, t: number, treated: number, controls: number): Cell {
  const none = { units: new Int32Array(0), psi: new Float64Array(0) };
  return { g, t, att: Number.NaN, se: Number.NaN, treated, controls, ...none };
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
    for (let j = 0; j < c.psi.length; j++) {
      const i = c.units[j] as number;
      psi[i] = (psi[i] ?? 0) + (w[k] ?? 0) * (c.psi[j] as number);
    }
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
    for (const i of c.units) {
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

/** The mean of values[from, to), summed in order. */
function meanOf(values: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let k = from; k < to; k++) s += values[k] as number;
  return s / (to - from);
}

function sumSquares(psi: Float64Array): number {
  let s = 0;
  for (const v of psi) s += v * v;
  return s;
}

/** Smallest effect detectable with 80% power in a 5% two-sided test: (z_0.975 + z_0.8) × SE (Bloom 1995). */
export function minimumDetectableEffect(se: number): number {
  return (Z_95 + Z_80) * se;
}

/** Φ⁻¹(0.8). */
const Z_80 = 0.8416212335729143;
