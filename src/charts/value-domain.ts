/**
 * The value axis, fixed by the builder rather than left to Vega: direct labels are placed in pixels
 * (label-placement.ts), the axis width is known before rendering (axes.ts), and the same data always
 * gives the same axis.
 */
export interface ValueScale {
  readonly domain: [number, number];
  readonly ticks: number[];
}

export interface DomainOptions {
  /** Bars must start at zero (their length encodes the value); lines and dots need not. */
  readonly includeZero?: boolean;
  /** Hard limits, e.g. [0, 100] for percentages: a nice step never pushes the axis past 100%. */
  readonly limits?: readonly [number, number];
}

/** Round outwards to a 1, 2 or 5 x 10^k step giving about five ticks (the d3-array tickIncrement rule). */
export function niceScale(values: readonly number[], options: DomainOptions = {}): ValueScale {
  const all = [...values, ...(options.includeZero ? [0] : [])].filter(Number.isFinite);
  if (all.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep((hi - lo) / 5);
  let niceLo = roundTo(Math.floor(lo / step) * step, step);
  let niceHi = roundTo(Math.ceil(hi / step) * step, step);
  if (options.limits) {
    niceLo = Math.max(niceLo, options.limits[0]);
    niceHi = Math.min(niceHi, options.limits[1]);
  }
  const ticks: number[] = [];
  for (let i = 0, t = niceLo; t <= niceHi + step / 2; i++, t = roundTo(niceLo + i * step, step)) ticks.push(t);
  return { domain: [niceLo, niceHi], ticks };
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const error = rough / power;
  // Thresholds are sqrt(50), sqrt(10), sqrt(2): the geometric midpoints between 10, 5, 2 and 1.
  if (error >= Math.sqrt(50)) return power * 10;
  if (error >= Math.sqrt(10)) return power * 5;
  if (error >= Math.sqrt(2)) return power * 2;
  return power;
}

/** Removes binary noise such as 0.30000000000000004 so the spec (and its JSON) is stable. */
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(value.toFixed(decimals));
}
