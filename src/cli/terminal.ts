import { displayPath } from '../ingest/summary.js';
/** Where a command writes: stdout for results, stderr for progress and errors. Tests pass fakes. */
export interface Terminal {
  out(line: string): void;
  err(line: string): void;
  /** A progress line for slow steps; silent when not a TTY or with --quiet. */
  progress(line: string): void;
}

export function processTerminal(quiet: boolean): Terminal {
  const showProgress = !quiet && process.stderr.isTTY === true;
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    progress: (line) => {
      if (showProgress) process.stderr.write(`\r\x1b[2K${line}`);
    },
  };
}

export function memoryTerminal(): Terminal & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), progress: () => {} };
}

/** The progress callback of the reading stage: "reading data/ks4/file.csv", cleared when the reading is done. */
export function readingProgress(term: Terminal, cwd: string): (file: string) => void {
  return (file) => term.progress(file ? `reading ${displayPath(file, cwd)}` : '');
}
