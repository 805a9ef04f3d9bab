/**
 * WCAG 2.2 contrast between two sRGB colours (success criterion 1.4.3: text needs 4.5:1): relative luminance
 * L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels, ratio (L1 + 0.05) / (L2 + 0.05), lighter first.
 */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const channel = (k: number) => {
    const c = Number.parseInt(m[1]!.slice(2 * k, 2 * k + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Of white and the text colour, the one with more contrast on `fill`: the ink for a label printed on a bar. */
export function inkOn(fill: string, dark: string, light = '#FFFFFF'): string {
  return contrastRatio(light, fill) >= contrastRatio(dark, fill) ? light : dark;
}
