import type { TopLevelSpec } from 'vega-lite';
import type { ReportMeta } from '../config/schema.js';
import type { MeasureId } from '../model/measures/index.js';
import type { MetricUnit } from '../model/metric.js';

/**
 * The ReportPlan: every figure, sentence, table, chart spec and footnote of the report, with provenance.
 * HTML and PDF are rendered from this alone; `plan.json` is written beside them so a reader can diff it.
 */
export interface ReportPlan {
  readonly meta: PlanMeta;
  readonly sections: readonly Section[];
  /** Every figure a sentence, table or chart cites, by id: the provenance annex lists them. */
  readonly figures: readonly PlanFigure[];
}

/** The config's report details, the logo inlined, and what the report is of. */
export interface PlanMeta extends Omit<ReportMeta, 'logo'> {
  /** Logo as a data: URI (inlined), or null. */
  readonly logo: string | null;
  readonly year: string;
  /** The hub a single-hub report is for, or null for all hubs. */
  readonly hub: { readonly id: string; readonly name: string } | null;
  readonly sdcApplied: boolean;
  readonly tool: { readonly name: string; readonly version: string };
  readonly lang: 'en-GB';
}

export interface Section {
  readonly id: string;
  readonly title: string;
  /** 1 = a chapter (h2 in the HTML; the cover holds the h1), 2 = a sub-section (h3). */
  readonly level: 1 | 2;
  readonly blocks: readonly Block[];
  /** Starts on a new page in print. */
  readonly pageBreak?: boolean;
  /** Only in the HTML edition (long provenance tables a printed page cannot hold); the PDF says where it is. */
  readonly screenOnly?: boolean;
}

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string; readonly refs: readonly string[] }
  | { readonly kind: 'bullets'; readonly items: readonly { readonly text: string; readonly refs: readonly string[] }[] }
  /** Narrative Markdown from the config, already converted to escaped HTML. */
  | { readonly kind: 'markdown'; readonly html: string; readonly source: string }
  | {
      readonly kind: 'keyFigures';
      readonly items: readonly { readonly label: string; readonly value: string; readonly ref: string }[];
    }
  | { readonly kind: 'chart'; readonly chart: PlanChart }
  /** Small charts two to a row (hub profiles). */
  | { readonly kind: 'chartGrid'; readonly charts: readonly PlanChart[] }
  | { readonly kind: 'table'; readonly table: PlanTable }
  | { readonly kind: 'contents' }
  /** Terms each with labelled details: Annex A's measures (definition, source, years...). */
  | { readonly kind: 'definitions'; readonly items: readonly DefinitionItem[] };

export interface DefinitionItem {
  readonly term: string;
  readonly details: readonly { readonly label: string; readonly text: string }[];
}

export interface PlanTable {
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly string[];
  /** First cell of each row is a row header. */
  readonly rows: readonly (readonly string[])[];
  readonly note?: string;
}

export interface PlanChart {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly alt: string;
  /** A complete Vega-Lite spec with its data inlined. */
  readonly spec: TopLevelSpec;
  /** The same chart laid out for a phone: the HTML shows it instead of `spec` on narrow screens. */
  readonly narrow?: TopLevelSpec;
  readonly table: PlanTable;
  /**
   * The same figures are already printed as another chart's table (a profile's trend is a column of the chapter's
   * table): print links there instead of repeating the series; the HTML still has this chart's own table.
   */
  readonly dataElsewhere?: { readonly tableId: string; readonly where: string };
}

export interface PlanFigure {
  readonly id: string;
  readonly label: string;
  readonly measure: MeasureId;
  readonly hub: string;
  readonly period: string;
  readonly breakdown: string;
  readonly unit: MetricUnit;
  /** Unrounded, as in metrics.csv; null when suppressed or not available. */
  readonly value: number | null;
  readonly symbol: string;
  /** As printed in the report. */
  readonly text: string;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  readonly sources: readonly { readonly file: string; readonly sha256: string }[];
  readonly filters: string;
  readonly method: string;
}
