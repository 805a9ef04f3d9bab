import { type MeasureSource, measureFacts } from '../model/measures/index.js';
import type { MetricRow } from '../model/metric.js';
import { formatValue } from './format.js';
import { countWord } from './phrases/index.js';
import type { PlanFigure } from './types.js';

const MEANING: Readonly<Record<string, string>> = {
  c: 'suppressed',
  x: 'not available',
  z: 'not applicable',
  low: 'below 0.5%',
  u: 'low reliability',
};

/** In a sentence a symbol needs its meaning: "c (suppressed)", never a bare "c" that reads like a number. */
function withMeaning(symbol: string): string {
  const s = symbol || 'x';
  return MEANING[s] ? `${s} (${MEANING[s]})` : s;
}

export interface Cited {
  readonly id: string;
  /** As printed: formatted value, or the symbol when suppressed or not available. */
  readonly text: string;
  readonly value: number | null;
  /** For running text: a whole count under ten in words ("three"), else as `text`. */
  readonly words: string;
}

/**
 * Registers every headline figure the report cites in its text, so the provenance annex can trace each to its measure
 * and files.
 */
export class FigureBook {
  private readonly figures = new Map<string, PlanFigure>();

  constructor(private readonly sourcesOf: (kind: MeasureSource) => readonly { file: string; sha256: string }[]) {}

  cite(row: MetricRow | undefined, label?: string): Cited {
    if (!row) return { id: '', text: 'not available', value: null, words: 'not available' };
    const info = measureFacts(row.measure);
    const { id, text } = this.register(row, {
      label: label ?? info.label,
      sources: this.sourcesOf(info.source),
      filters: info.filters,
      method: info.method,
    });
    return { id, text, value: row.value, words: wordsOf(row, text) };
  }

  /** Records a row as a figure the report cites (once), with where it comes from. */
  private register(
    row: MetricRow,
    from: { label: string; sources: readonly { file: string; sha256: string }[]; filters: string; method: string },
  ): { id: string; text: string } {
    const id = `${row.measure}:${row.hub}:${row.period}:${row.breakdown}`;
    const text = row.value === null ? withMeaning(row.symbol) : formatValue(row.value, row.unit, row.symbol);
    if (!this.figures.has(id))
      this.figures.set(id, {
        id,
        label: from.label,
        measure: row.measure,
        hub: row.hub,
        period: row.period,
        breakdown: row.breakdown,
        unit: row.unit,
        value: row.value,
        symbol: row.symbol,
        text,
        ciLow: row.ci_low,
        ciHigh: row.ci_high,
        sources: from.sources,
        filters: [from.filters, row.note].filter(Boolean).join('; '),
        method: from.method,
      });
    return { id, text };
  }

  /**
   * The gap of a row to its comparator (its `diff` column, with `diff_ci_low`/`diff_ci_high`), as a figure of its
   * own: a sentence that prints "1.2 percentage points above England" cites this, not the rate.
   */
  citeGap(row: MetricRow | undefined, comparator: string): Cited {
    if (!row) return this.cite(undefined);
    const id = `${row.measure}:${row.hub}:${row.period}:${row.breakdown}:gap`;
    const text = row.diff === null ? withMeaning(row.symbol) : formatValue(row.diff, 'pp');
    if (!this.figures.has(id)) {
      const info = measureFacts(row.measure);
      this.figures.set(id, {
        id,
        label: `gap to ${comparator}: ${info.label}`,
        measure: row.measure,
        hub: row.hub,
        period: row.period,
        breakdown: row.breakdown,
        unit: 'pp',
        value: row.diff,
        symbol: row.diff === null ? row.symbol : '',
        text,
        ciLow: row.diff_ci_low,
        ciHigh: row.diff_ci_high,
        sources: this.sourcesOf(info.source),
        filters: [info.filters, row.note].filter(Boolean).join('; '),
        method: `${info.method}; the diff column of this row: value minus ${comparator}'s (comparator column)`,
      });
    }
    return { id, text, value: row.diff, words: text };
  }

  /**
   * Like `cite`, for figures whose source is not one of the input kinds (survey exports): the caller gives the
   * label, files, filters and method.
   */
  citeFrom(
    row: MetricRow | undefined,
    from: { label: string; sources: readonly { file: string; sha256: string }[]; filters: string; method: string },
  ): Cited {
    if (!row) return { id: '', text: 'not available', value: null, words: 'not available' };
    const { id, text } = this.register(row, from);
    return { id, text, value: row.value, words: wordsOf(row, text) };
  }

  /** A table cell: formatted like a cited figure, but not a headline figure of the provenance annex (tables are
   * rows of metrics.csv already, named by their caption). */
  cell(row: MetricRow | undefined): string {
    return row ? formatValue(row.value, row.unit, row.symbol) : 'not available';
  }

  all(): PlanFigure[] {
    return [...this.figures.values()];
  }
}

/** For running text: a whole count under ten in words ("three"), anything else as printed. */
function wordsOf(row: MetricRow, text: string): string {
  const small = row.unit === 'count' && row.value !== null && Number.isInteger(row.value) && row.value >= 0;
  return small && row.value! < 10 ? countWord(row.value!) : text;
}
