/**
 * Text widths for laying out charts without a canvas. Vega, run in Node with no `canvas` package, guesses
 * 0.8 x font size per character, which is about 50% too wide for Arial-like fonts and leaves gaps and
 * ragged legends. These are the advance widths (per 1000 em) of Liberation Sans 1.07 Regular and Bold,
 * read from the fonts' `hmtx` tables; Liberation Sans is metric-compatible with Arial and Helvetica, so
 * the layout holds in whichever of the three the viewer has. A fixed table also makes the output the same
 * on every machine.
 */
const FIRST = 32;
// Code points 32 (space) to 126 (~).
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584,
];
/** Characters outside ASCII that report text uses (dashes, minus, pound, curly quotes, ellipsis, no-break space). */
const EXTRA_REGULAR: Record<string, number> = {
  '–': 556,
  '—': 1000,
  '−': 584,
  '£': 556,
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '·': 278,
  '…': 1000,
  '\u00a0': 278,
};
const EXTRA_BOLD: Record<string, number> = { ...EXTRA_REGULAR, '‘': 278, '’': 278, '“': 500, '”': 500 };
/** Anything else is sized like an `o`: near the average lower-case width. */
const FALLBACK = { regular: 556, bold: 611 };

export function isBold(weight: string | number | undefined): boolean {
  return (
    weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || Number(weight) >= 600
  );
}

/** Width in pixels of `text` set in Liberation Sans at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  const extra = bold ? EXTRA_BOLD : EXTRA_REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += table[code - FIRST] ?? extra[ch] ?? (bold ? FALLBACK.bold : FALLBACK.regular);
  }
  return (units * fontSize) / 1000;
}

/**
 * Breaks `text` at spaces into lines no wider than `maxWidth` pixels (a word longer than that keeps a line
 * of its own). Vega draws a title or text mark given as an array one line per element; it does not wrap.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
