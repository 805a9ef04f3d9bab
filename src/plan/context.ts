import type { Config } from '../config/schema.js';
import type { MetricsResult } from '../metrics/index.js';
import { type MeasureSource, SOURCE_TEXT } from '../model/measures/index.js';
import type { Problem } from '../model/problem.js';
import type { FileSummary, InputKind } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import type { EvidenceInput } from './evidence-input.js';
import { FigureBook } from './figure-book.js';
import { MetricIndex } from './metric-index.js';

/** Everything a report is built from: already read and computed; the plan reads no file and no clock. */
export interface PlanInput {
  readonly config: Config;
  readonly year: AcademicYear;
  /** Hub id for a one-hub report, or null. */
  readonly hub: string | null;
  readonly metrics: MetricsResult;
  /** Files read, paths relative to the config folder. */
  readonly files: readonly FileSummary[];
  readonly warnings: readonly Problem[];
  /** Narrative Markdown texts from the config, already read. */
  readonly narrative: {
    readonly foreword: string | null;
    readonly acknowledgements: string | null;
    readonly recommendations: string | null;
  };
  /** Cover logo as a data: URI, already read. */
  readonly logo: string | null;
  readonly version: string;
  /** Surveys, quotes and case studies, and targets; absent or empty: no such chapters. */
  readonly evidence?: EvidenceInput;
}

export interface HubRef {
  readonly id: string;
  readonly name: string;
}

/** What every section builder shares. */
export interface PlanContext {
  readonly input: PlanInput;
  readonly m: MetricIndex;
  readonly book: FigureBook;
  /** The hubs the report is about (one with --hub). */
  readonly hubs: readonly HubRef[];
  readonly comparator: string;
  readonly has: (kind: InputKind) => boolean;
  readonly source: (kind: MeasureSource) => string;
}

export function planContext(input: PlanInput): PlanContext {
  const hubs = input.config.hubs
    .filter((h) => input.hub === null || h.id === input.hub)
    .map((h) => ({ id: h.id, name: h.name }));
  const filesOf = (kind: MeasureSource) => input.files.filter((f) => f.kind === kind);
  return {
    input,
    m: new MetricIndex(input.metrics.rows),
    book: new FigureBook((kind) => filesOf(kind).map((f) => ({ file: f.file, sha256: f.sha256 }))),
    hubs,
    comparator: input.config.comparator.name,
    // A chapter needs rows: an input present but with nothing up to the reporting year is treated as absent.
    has: (kind) => input.metrics.coverage.some((c) => c.kind === kind && c.periods.length > 0),
    source: (kind) => {
      const years = filesOf(kind)
        .flatMap((f) => f.years)
        .sort();
      const first = years[0];
      const last = years[years.length - 1];
      const span = first ? `, ${first}${last !== first ? ` to ${last}` : ''}` : '';
      return `${SOURCE_TEXT[kind]}${span}`;
    },
  };
}
