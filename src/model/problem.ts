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
  /** What kind of problem this is, where a later stage treats it apart (the report lists personal data first). */
  readonly code?: 'personal-data';
}

/** Longest `found` a problem quotes: a 5 MB cell is a problem, not something to print (or to put in a CI log). */
export const FOUND_LIMIT = 200;

/** The found value as a message quotes it: in full up to FOUND_LIMIT characters, else its start and its length. */
export function shownFound(found: string): string {
  if (found.length <= FOUND_LIMIT) return found;
  return `${found.slice(0, FOUND_LIMIT - 40)}… (${found.length.toLocaleString('en-GB')} characters in all)`;
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
    p.found === undefined ? undefined : `found "${shownFound(p.found)}"`,
  ]
    .filter((s) => s !== undefined)
    .join(', ');
  return `${p.severity}: ${where}: ${p.message}${detail ? ` (${detail})` : ''}`;
}

/** Collects problems for one file so every one is reported, not just the first. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  constructor(readonly file: string) {}

  error(p: Omit<Problem, 'severity' | 'file'>): void {
    this.problems.push({ severity: 'error', file: this.file, ...shortened(p) });
  }

  warn(p: Omit<Problem, 'severity' | 'file'>): void {
    this.problems.push({ severity: 'warning', file: this.file, ...shortened(p) });
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length;
  }
}

function shortened<T extends { readonly found?: string }>(p: T): T {
  return p.found !== undefined && p.found.length > FOUND_LIMIT ? { ...p, found: shownFound(p.found) } : p;
}
