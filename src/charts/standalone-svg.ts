import type { StandaloneFrame } from './chart.js';
import { CHART_PADDING } from './chart.js';
import { textWidth } from './text-metrics.js';
import { chartConfig, FONT, FONT_SIZE, SECONDARY_TEXT_COLOUR, TEXT_COLOUR } from './theme.js';
import { escapeXml, labelSvg } from './vega-svg-renderer.js';

/** Vega's text layout: a line is its font size plus 2 px, and the first baseline sits 0.8 of the size down. */
const lineStep = (size: number) => size + 2;
const firstBaseline = (size: number) => Math.round(size * 0.8);
/** Space between the bare chart's bottom edge and the source line. */
const SOURCE_GAP = 4;

interface TextBlock {
  readonly lines: readonly string[];
  readonly size: number;
  readonly colour: string;
  readonly bold?: boolean;
}

const asLines = (text: string | readonly string[]) => (typeof text === 'string' ? [text] : text);

/**
 * A standalone chart drawn from the report's bare SVG, so each chart is laid out by Vega once: the title and
 * subtitle above (wrapped as the frame says), the bare chart as drawn for the page, and the source line under it,
 * all flush with the chart's left padding as Vega's `bounds` title frame places them. `alt` labels the whole image;
 * `bareTop` is the bare spec's top padding (larger than the theme's where the page needs room for a legend).
 */
export function framedSvg(bare: string, frame: StandaloneFrame, alt: string, bareTop = CHART_PADDING.top): string {
  const { width, height, inner } = bareParts(bare);
  const blocks: TextBlock[] = [
    { lines: asLines(frame.title.text), size: FONT_SIZE.title, colour: TEXT_COLOUR, bold: true },
    ...(frame.title.subtitle
      ? [{ lines: asLines(frame.title.subtitle), size: FONT_SIZE.subtitle, colour: SECONDARY_TEXT_COLOUR }]
      : []),
  ];
  const subtitlePadding = chartConfig.title?.subtitlePadding as number;
  const parts: string[] = [];
  const titles: string[] = [];
  let y = CHART_PADDING.top;
  blocks.forEach((block, i) => {
    if (i > 0) y += subtitlePadding;
    titles.push(textLines(block, y));
    y += blockHeight(block);
  });
  // The bare chart keeps its own padding: the title's offset is measured to its bounds, inside that padding. A bare
  // top padding larger than the offset reaches up behind the subtitle, so the chart is drawn first, the words over it.
  const chartTop = y + frame.title.offset - bareTop;
  parts.push(`<svg x="0" y="${chartTop}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  parts.push(inner, '</svg>', ...titles);
  const source: TextBlock = {
    lines: asLines(frame.source.encoding.text.value),
    size: FONT_SIZE.source,
    colour: SECONDARY_TEXT_COLOUR,
  };
  const sourceTop = chartTop + height + SOURCE_GAP;
  parts.push(textLines(source, sourceTop));
  const total = Math.ceil(sourceTop + blockHeight(source) + CHART_PADDING.bottom);
  // As wide as the bare chart, or as its widest line of words (wrapped to the frame's width) where that is wider.
  const words = [...blocks, source].flatMap((b) => b.lines.map((l) => textWidth(l, b.size, b.bold)));
  const outer = Math.max(width, Math.ceil(CHART_PADDING.left + Math.max(...words) + CHART_PADDING.right));
  const open =
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ' +
    `class="marks" width="${outer}" height="${total}" viewBox="0 0 ${outer} ${total}">`;
  const background = `<rect width="${outer}" height="${total}" fill="${chartConfig.background as string}"/>`;
  return labelSvg(`${open}${background}${parts.join('')}</svg>`, alt);
}

function blockHeight(block: TextBlock): number {
  return block.lines.length * lineStep(block.size) - 2;
}

function textLines(block: TextBlock, top: number): string {
  const attrs =
    `font-family="${FONT}" font-size="${block.size}px"${block.bold ? ' font-weight="bold"' : ''} ` +
    `fill="${block.colour}"`;
  const x = CHART_PADDING.left;
  return block.lines
    .map((line, i) => {
      const y = top + firstBaseline(block.size) + i * lineStep(block.size);
      return `<text x="${x}" y="${y}" ${attrs}>${escapeXml(line)}</text>`;
    })
    .join('');
}

/** The bare SVG's size and what it draws (its background and marks), without its root element and label. */
function bareParts(svg: string): { width: number; height: number; inner: string } {
  const open = svg.match(/^<svg\b[^>]*>/)?.[0];
  if (!open || !svg.endsWith('</svg>')) throw new Error('A chart SVG must be one <svg> element');
  const width = Number(/\bwidth="([\d.]+)"/.exec(open)?.[1]);
  const height = Number(/\bheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error("A chart SVG's root needs a width and a height");
  const body = svg.slice(open.length, -'</svg>'.length);
  return { width, height, inner: body.replace(/^<title>[^<]*<\/title>/, '') };
}
