import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A4 in mm, and the PDF margins of src/pdf/chromium-pdf-renderer.ts: the running header and footer sit outside. */
const PAGE_MM = 297;
const TOP_MM = 20;
const BOTTOM_MM = 18;

/** Parses a binary greyscale PGM (P5, 8-bit) as pdftoppm -gray writes it. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a P5 PGM');
  const [whole, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: bytes.subarray(whole.length) };
}

/**
 * For each page, the share of the body area (between the margins) that is used: from the top of the body to the
 * lowest row with ink (any pixel darker than light grey), as a fraction. 0 = an empty page, 1 = filled to the foot.
 */
export function pageUse(pdf: string, dpi = 30): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-ink-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdf, path.join(dir, 'p')]);
    return readdirSync(dir)
      .sort()
      .map((f) => {
        const { width, height, pixels } = readPgm(readFileSync(path.join(dir, f)));
        const top = Math.ceil((height * TOP_MM) / PAGE_MM);
        const bottom = Math.floor((height * (PAGE_MM - BOTTOM_MM)) / PAGE_MM);
        let lowest = top;
        for (let y = top; y < bottom; y++) {
          const row = pixels.subarray(y * width, (y + 1) * width);
          if (row.some((v) => v < 200)) lowest = y + 1;
        }
        return (lowest - top) / (bottom - top);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
