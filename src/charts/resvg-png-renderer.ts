import { Resvg } from '@resvg/resvg-js';

export interface PngOptions {
  /** Pixels per SVG pixel: 2 gives a sharp image on high-density screens and in print at chart width. */
  readonly scale: number;
}

/**
 * Rasterises a chart SVG to PNG with resvg, on white so the image reads the same on any page colour.
 * Fonts come from the system (fonts-liberation, DejaVu); Liberation Sans first, matching the widths the
 * SVG was laid out with (text-metrics.ts).
 */
export function renderPng(svg: string, options: PngOptions = { scale: 2 }): Buffer {
  if (!(options.scale > 0)) throw new RangeError(`PNG scale must be positive; got ${options.scale}`);
  const resvg = new Resvg(svg, {
    background: '#FFFFFF',
    fitTo: { mode: 'zoom', value: options.scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'error',
  });
  return resvg.render().asPng();
}
