import { FIGURE_WORDS } from './phrases/index.js';
import type { Block, PlanChart, Section } from './types.js';

/** Sections before the first numbered chapter: what a reader meets before the report proper. */
const FRONT_MATTER = new Set(['contents', 'figures', 'acknowledgements', 'foreword']);

/** The list of figures and tables, placed after the contents. */
export function figureListSection(): Section {
  return { id: 'figures', title: FIGURE_WORDS.listTitle, level: 1, pageBreak: true, blocks: [{ kind: 'figureList' }] };
}

/**
 * Numbers chapters in order (front matter unnumbered) and, within each chapter and its sub-sections, its figures and
 * its tables, each series from 1: "Figure 4.2", "Table 4.1". An annex keeps its letter ("Annex A: ..." holds
 * "Table A.1"). A chart's own data table is part of its figure and takes no number.
 */
export function numberFigures(sections: readonly Section[]): Section[] {
  let chapter = 0;
  let prefix: string | undefined;
  let figures = 0;
  let tables = 0;
  const label = (block: Block): Block => {
    if (prefix === undefined) return block;
    const chart = (c: PlanChart): PlanChart => ({ ...c, label: FIGURE_WORDS.figure(`${prefix}.${++figures}`) });
    if (block.kind === 'chart') return { ...block, chart: chart(block.chart) };
    if (block.kind === 'chartGrid') return { ...block, charts: block.charts.map(chart) };
    if (block.kind === 'table')
      return { ...block, table: { ...block.table, label: FIGURE_WORDS.table(`${prefix}.${++tables}`) } };
    return block;
  };
  return sections.map((s) => {
    if (s.level === 1) {
      figures = 0;
      tables = 0;
      const annex = /^annex-([a-z])$/.exec(s.id)?.[1];
      prefix = FRONT_MATTER.has(s.id) ? undefined : (annex?.toUpperCase() ?? String(++chapter));
      const numbered = prefix !== undefined && annex === undefined ? { number: prefix } : {};
      return { ...s, ...numbered, blocks: s.blocks.map(label) };
    }
    return { ...s, blocks: s.blocks.map(label) };
  });
}

/** A numbered figure or table as the list of figures names it, linked by its id. */
export interface FigureEntry {
  readonly kind: 'figure' | 'table';
  readonly id: string;
  readonly label: string;
  readonly title: string;
}

/** The numbered figures and tables of these sections (one edition's), in order. */
export function figureEntries(sections: readonly Section[]): FigureEntry[] {
  const chart = (c: PlanChart): FigureEntry[] =>
    c.label ? [{ kind: 'figure', id: c.id, label: c.label, title: c.title }] : [];
  return sections.flatMap((s) =>
    s.blocks.flatMap((b): FigureEntry[] => {
      if (b.kind === 'chart') return chart(b.chart);
      if (b.kind === 'chartGrid') return b.charts.flatMap(chart);
      if (b.kind === 'table' && b.table.label)
        return [{ kind: 'table', id: b.table.id, label: b.table.label, title: b.table.caption }];
      return [];
    }),
  );
}
