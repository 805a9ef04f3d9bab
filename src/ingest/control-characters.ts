import { hasControls, withoutControls } from '../model/printable.js';
import type { ProblemLog } from '../model/problem.js';

const SHOWN = 60;

/**
 * Cell text normalisation for every tabular and survey file: control characters (ESC, BEL, NUL, DEL, C1; tab and
 * line breaks stay) are removed as cells are read, so "Satis\0fied" is the answer "Satisfied" and no escape reaches
 * a published file. The file gets one warning with the count and the first cell, so nothing changes unseen;
 * the cell is quoted as found (printers escape it).
 */
export class CellCleaner {
  private count = 0;
  private first: { line: number; column: string; found: string } | undefined;

  clean(cells: readonly string[], line: number, header: readonly string[]): readonly string[] {
    if (!cells.some(hasControls)) return cells;
    return cells.map((cell, k) => {
      if (!hasControls(cell)) return cell;
      this.count += 1;
      this.first ??= { line, column: withoutControls(header[k] ?? `#${k + 1}`), found: cell.slice(0, SHOWN) };
      return withoutControls(cell);
    });
  }

  /** One warning for the file, at the first cell that held a control character; none when no cell did. */
  report(log: ProblemLog): void {
    if (!this.first) return;
    log.warn({
      line: this.first.line,
      column: this.first.column,
      message:
        `${this.count} cell${this.count === 1 ? '' : 's'} held control characters (such as ESC, BEL or NUL), ` +
        'removed as the file was read; this is the first',
      expected: 'text without control characters',
      found: this.first.found,
    });
  }
}
