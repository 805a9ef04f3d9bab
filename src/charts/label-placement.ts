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
 * Moves end-of-line labels apart so no two centres are closer than `gap` pixels, each as near its line as
 * it can be: the least-squares placement, found by pooling adjacent violators (isotonic regression of
 * y_i - i * gap; Barlow et al. 1972). Labels that would collide form a block centred on the mean of their
 * lines' positions, so a crowd of labels straddles its lines instead of hanging below them. A block stays
 * inside the plot, its lowest label half a label's height above the bottom, so it never runs into the x
 * axis labels. Ties keep the input order. Vega-Lite has no collision avoidance for text marks, so the builder
 * does it with a known axis.
 */
export function spreadLabels(labels: readonly PlacedLabel[], gap: number, height: number): PlacedLabel[] {
  // Nothing is drawn above the plot's top right, so a label may centre on its top edge; at the bottom it
  // stays half a label clear of the x axis labels.
  const lo = 0;
  const hi = Math.max(lo, height - gap / 2);
  const sorted = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const blocks: { first: number; count: number; sum: number }[] = [];
  const top = (b: { count: number; sum: number }) => {
    const span = (b.count - 1) * gap;
    return Math.max(lo, Math.min(b.sum / b.count - span / 2, hi - span));
  };
  sorted.forEach((l, k) => {
    blocks.push({ first: k, count: 1, sum: l.y });
    // Merge backwards while the newest block overlaps the one above it.
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (top(a) + a.count * gap <= top(b) + 1e-9) break;
      blocks.splice(-2, 2, { first: a.first, count: a.count + b.count, sum: a.sum + b.sum });
    }
  });
  const ys = new Map<string, number>();
  for (const b of blocks) {
    const t = top(b);
    for (let j = 0; j < b.count; j++) ys.set(sorted[b.first + j]!.key, Math.round((t + j * gap) * 10) / 10);
  }
  return labels.map((l) => ({ key: l.key, y: ys.get(l.key)! }));
}
