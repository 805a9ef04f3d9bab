import { displayPath } from '../ingest/summary.js';
import { printableLines } from '../model/printable.js';

/**
 * Where a command writes: stdout for results, stderr for progress and errors. Tests pass fakes. Both escape control
 * characters (from file contents, names, config values) so printed text can never drive the terminal.
 */
export interface Terminal {
  out(line: string): void;
  err(line: string): void;
  /** A progress line for slow steps; silent when not a TTY or with --quiet. */
  progress(line: string): void;
}

export function processTerminal(quiet: boolean): Terminal {
  const showProgress = !quiet && process.stderr.isTTY === true;
  return {
    out: (line) => process.stdout.write(`${printableLines(line)}\n`),
    err: (line) => process.stderr.write(`${printableLines(line)}\n`),
    progress: (line) => {
      // The only control sequence hubs-eval prints itself: return to the start of the line and clear it.
      if (showProgress) process.stderr.write(`\r\x1b[2K${printableLines(line).replace(/\n/g, ' ')}`);
    },
  };
}

export function memoryTerminal(): Terminal & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (l) => stdout.push(printableLines(l)),
    err: (l) => stderr.push(printableLines(l)),
    progress: () => {},
  };
}

/** The progress callback of the reading stage: "reading data/ks4/file.csv", cleared when the reading is done. */
export function readingProgress(term: Terminal, cwd: string): (file: string) => void {
  return (file) => term.progress(file ? `reading ${displayPath(file, cwd)}` : '');
}
