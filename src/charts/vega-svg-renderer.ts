import type { compile, TopLevelSpec } from 'vega-lite';
import { isBold, textWidth } from './text-metrics.js';

/** What Vega passes to a text measurer: a scenegraph text item. */
interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
}

export interface CompiledChart {
  /** The Vega spec Vega-Lite produced. */
  readonly vega: ReturnType<typeof compile>['spec'];
  /** Vega-Lite's warnings (e.g. an encoding it dropped); a clean spec has none. */
  readonly warnings: string[];
}

type VegaLiteLogger = NonNullable<NonNullable<Parameters<typeof compile>[1]>['logger']>;

/** Vega-Lite's logger: errors throw, warnings are collected, the rest is dropped. */
class CollectingLogger implements VegaLiteLogger {
  constructor(private readonly collect: (...args: unknown[]) => void) {}
  level(): this {
    return this;
  }
  error(...args: unknown[]): this {
    throw new Error(args.map(String).join(' '));
  }
  warn(...args: unknown[]): this {
    this.collect(...args);
    return this;
  }
  info(): this {
    return this;
  }
  debug(): this {
    return this;
  }
}

/** Compiles a Vega-Lite spec to Vega, collecting warnings instead of printing them. */
export async function compileSpec(spec: TopLevelSpec): Promise<CompiledChart> {
  const vl = await import('vega-lite');
  const warnings: string[] = [];
  const collect = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const { spec: vega } = vl.compile(spec, { logger: new CollectingLogger(collect) });
  return { vega, warnings };
}

/**
 * Renders a Vega-Lite spec to SVG in Node: no canvas, no network (data is inlined), text measured from a
 * fixed Liberation Sans table, so the same spec gives the same bytes on every run and machine.
 * The SVG is labelled for assistive technology with `alt` (default: the spec's `description`).
 */
export async function renderSvg(spec: TopLevelSpec, options: { alt?: string } = {}): Promise<string> {
  const vega = await import('vega');
  useFixedTextMetrics(vega);
  const { vega: compiled } = await compileSpec(spec);
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
  try {
    const svg = await view.toSVG();
    const alt = options.alt ?? (typeof spec.description === 'string' ? spec.description : '');
    return labelSvg(numberIdsInOrder(svg), alt);
  } finally {
    view.finalize();
  }
}

/** Vega lets an adapter replace its text measurer (vl-convert does the same); the hook is untyped. */
function useFixedTextMetrics(vega: unknown): void {
  const metrics = (vega as { textMetrics?: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;
  if (!metrics) throw new Error('vega.textMetrics is missing: the Vega version changed its text layout hook');
  metrics.width = (item, text) => {
    const value = text ?? item.text;
    const line = Array.isArray(value)
      ? value.map(String).reduce((a, b) => (a.length >= b.length ? a : b), '')
      : String(value ?? '');
    return textWidth(line, item.fontSize ?? 11, isBold(item.fontWeight));
  };
}

/**
 * Vega numbers clip paths (`clip1`) and gradients (`gradient_0`, `p_gradient_0`) from counters that live
 * as long as the process, so a second render of the same chart would get `clip2`. Renumbering by first
 * appearance makes the output independent of what was rendered before.
 */
export function numberIdsInOrder(svg: string): string {
  const ids = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const m of svg.matchAll(/\bid="((?:p_)?(?:clip|gradient_))(\d+)"/g)) {
    const [old, prefix] = [`${m[1]}${m[2]}`, m[1]!];
    if (ids.has(old)) continue;
    const n = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, n);
    ids.set(old, `${prefix}${n}`);
  }
  if (ids.size === 0) return svg;
  return svg.replace(/(\bid="|url\(#)((?:p_)?(?:clip|gradient_)\d+)(?=[")])/g, (whole, before: string, id: string) =>
    ids.has(id) ? `${before}${ids.get(id)}` : whole,
  );
}

/** `role="img"` with a `<title>` and `aria-label` makes screen readers announce the finding, not the marks. */
export function labelSvg(svg: string, alt: string): string {
  const open = svg.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error('Vega did not return an <svg> element');
  const attrs = open[0].slice(0, -1).replace(/\s(role|aria-label|aria-roledescription)="[^"]*"/g, '');
  const head = `${attrs} role="img" aria-label="${escapeXml(alt)}"><title>${escapeXml(alt)}</title>`;
  return head + svg.slice(open[0].length);
}

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
