/** One thing wrong with an input, located precisely enough to fix it. */
export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** 1-based physical line in the file; header is line 1. Absent for file-level problems. */
  readonly line?: number;
  /** Column name as written in the file's header. */
  readonly column?: string;
  readonly expected?: string;
  readonly found?: string;
  readonly message: string;
  /** The other place of a clash (the first row of a URN given in two files), shown after the message. */
  readonly also?: { readonly file: string; readonly line: number };
}

/** The problem with its file paths (and the other place of a clash) as `display` shows them. */
export function displayedProblem(p: Problem, display: (f: string) => string): Problem {
  return { ...p, file: display(p.file), ...(p.also ? { also: { ...p.also, file: display(p.also.file) } } : {}) };
}

export function formatProblem(p: Problem): string {
  const where = [
    p.file,
    p.line === undefined ? undefined : `line ${p.line}`,
    p.column === undefined ? undefined : `column "${p.column}"`,
  ]
    .filter((s) => s !== undefined)
    .join(', ');
  const detail = [
    p.expected === undefined ? undefined : `expected ${p.expected}`,
    p.found === undefined ? undefined : `found "${p.found}"`,
  ]
    .filter((s) => s !== undefined)
    .join(', ');
  const also = p.also ? `; also ${p.also.file}, line ${p.also.line}` : '';
  return `${p.severity}: ${where}: ${p.message}${detail ? ` (${detail})` : ''}${also}`;
}

/** Collects problems for one file so every one is reported, not just the first. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  constructor(readonly file: string) {}

  error(p: Omit<Problem, 'severity' | 'file'>): void {
    this.problems.push({ severity: 'error', file: this.file, ...p });
  }

  warn(p: Omit<Problem, 'severity' | 'file'>): void {
    this.problems.push({ severity: 'warning', file: this.file, ...p });
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length;
  }
}
