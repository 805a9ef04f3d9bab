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
  /** The other place of a clash (the first row of a URN given in two files), shown after the message. */
  readonly also?: { readonly file: string; readonly line: number };
}

/** Longest `found` a problem quotes: a 5 MB cell is a problem, not something to print (or to put in a CI log). */
export const FOUND_LIMIT = 200;

/** The found value as a message quotes it: in full up to FOUND_LIMIT characters, else its start and its length. */
export function shownFound(found: string): string {
  if (found.length <= FOUND_LIMIT) return found;
  return `${found.slice(0, FOUND_LIMIT - 40)}… (${found.length.toLocaleString('en-GB')} characters in all)`;
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
    p.found === undefined ? undefined : `found "${shownFound(p.found)}"`,
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
