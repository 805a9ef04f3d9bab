import path from 'node:path';
import type { Figure, MissingSymbol } from '../model/missing.js';
import type { FileSummary, InputKind } from '../model/records.js';
import { type AcademicYear, compareYears } from '../model/year.js';
import type { CsvFile } from './csv-source.js';

/** Tallies what a reader saw in one file, for `validate` and the report's data-quality annex. */
export class SummaryBuilder {
  rowsRead = 0;
  rowsKept = 0;
  superseded = 0;
  layout = 'unknown';
  yearBasis: string | undefined;
  private readonly years = new Set<AcademicYear>();
  private readonly areas = new Set<string>();
  private readonly suppressed: Partial<Record<MissingSymbol, number>> = {};
  private readonly excluded = new Map<string, number>();
  private readonly notes: string[] = [];

  constructor(
    readonly kind: InputKind,
    readonly csv: Pick<CsvFile, 'path' | 'sha256' | 'encoding'>,
  ) {}

  year(y: AcademicYear): void {
    this.years.add(y);
  }

  area(name: string): void {
    this.areas.add(name);
  }

  figure(v: Figure): void {
    if (typeof v !== 'number') this.suppressed[v.missing] = (this.suppressed[v.missing] ?? 0) + 1;
  }

  exclude(reason: string, count = 1): void {
    this.excluded.set(reason, (this.excluded.get(reason) ?? 0) + count);
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  build(): FileSummary {
    return {
      file: this.csv.path,
      kind: this.kind,
      layout: this.layout,
      sha256: this.csv.sha256,
      encoding: this.csv.encoding,
      rowsRead: this.rowsRead,
      rowsKept: this.rowsKept,
      years: [...this.years].sort(compareYears),
      ...(this.yearBasis ? { yearBasis: this.yearBasis } : {}),
      areas: [...this.areas].sort(),
      suppressed: this.suppressed,
      superseded: this.superseded,
      excluded: [...this.excluded]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => a.reason.localeCompare(b.reason, 'en')),
      notes: this.notes,
    };
  }
}

/** A file path as shown to users: relative to `base` when inside it. */
export function displayPath(file: string, base: string): string {
  const rel = path.relative(base, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
