/** A direct label's vertical position in pixels from the top of the plot. */
export interface PlacedLabel {
  readonly key: string;
  readonly y: number;
}

/** Pixel position of a value on a linear axis drawn `height` pixels tall over `domain`. */
export function valueToPixel(value: number, domain: readonly [number, number], height: number): number {
  const [lo, hi] = domain;
  return hi === lo ? height / 2 : (height * (hi - value)) / (hi - lo);
}

/**
 * Moves end-of-line labels apart so no two are closer than `gap` pixels, keeping each as near its line as
 * possible: push down from the top, then, if the last one fell off the plot, push back up from the bottom.
 * Vega-Lite has no label collision avoidance for text marks, so the builder does it with a known axis.
 */
export function spreadLabels(labels: readonly PlacedLabel[], gap: number, height: number): PlacedLabel[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const ys = sorted.map((l) => l.y);
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + gap);
  const last = ys.length - 1;
  if (last >= 0 && ys[last]! > height) {
    ys[last] = height;
    for (let i = last - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - gap);
  }
  const byKey = new Map(sorted.map((l, i) => [l.key, Math.round(ys[i]! * 10) / 10]));
  return labels.map((l) => ({ key: l.key, y: byKey.get(l.key)! }));
}
