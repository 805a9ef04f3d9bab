import type { TopLevelSpec } from 'vega-lite';
import type { StandaloneFrame } from '../charts/specs.js';
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
  /** A chapter's number ("4"), printed before its title; front matter and annexes (lettered in the title) have none. */
  readonly number?: string;
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
  /** The list of numbered figures and tables (filled by the renderer from the edition's sections, like contents). */
  | { readonly kind: 'figureList' }
  /** Terms each with labelled details: Annex A's measures (definition, source, years...). */
  | { readonly kind: 'definitions'; readonly items: readonly DefinitionItem[] };

export interface DefinitionItem {
  readonly term: string;
  readonly details: readonly { readonly label: string; readonly text: string }[];
}

export interface PlanTable {
  readonly id: string;
  /** "Table 4.1" for a table of its own; a chart's data table has none (it is part of the figure). */
  readonly label?: string;
  readonly caption: string;
  readonly columns: readonly string[];
  /** First cell of each row is a row header. */
  readonly rows: readonly (readonly string[])[];
  readonly note?: string;
}

export interface PlanChart {
  readonly id: string;
  /** "Figure 4.2": the chart's number within its chapter (plan/figure-numbers.ts). */
  readonly label?: string;
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly alt: string;
  /** A complete Vega-Lite spec with its data inlined, bare: the page prints the title, subtitle and source. */
  readonly spec: TopLevelSpec;
  /** The same chart laid out for a phone: the HTML shows it instead of `spec` on narrow screens. */
  readonly narrow?: TopLevelSpec;
  readonly table: PlanTable;
  /** What an exported chart adds around the bare one (title, source line); not part of plan.json (planForJson). */
  readonly frame: StandaloneFrame;
  /** What the chart's marks for missing values mean ("In the chart, c marks..."), printed under it; absent if none. */
  readonly note?: string;
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
