import { MISSING_SYMBOLS } from '../model/missing.js';
import type { PlanTable, ReportPlan } from '../plan/types.js';

/**
 * Every chart's and table's figures as the report prints them, one table each in report order, for the data
 * downloads (tables/*.csv and the workbook). A chart whose figures are another chart's table (hub profiles) has
 * its own table here all the same: a download stands alone.
 */
export interface DataTable {
  /** File stem: the chart or table id, which the HTML links by. */
  readonly id: string;
  readonly title: string;
  /** "Figure 3" or "Table 5": what the editions call it. */
  readonly kind: 'chart' | 'table';
  readonly source: string;
  readonly table: PlanTable;
}

export function dataTables(plan: ReportPlan): DataTable[] {
  const out: DataTable[] = [];
  const seen = new Set<string>();
  const add = (t: DataTable) => {
    if (seen.has(t.id)) return;
    seen.add(t.id);
    out.push(t);
  };
  for (const section of plan.sections) {
    for (const block of section.blocks) {
      const charts = block.kind === 'chart' ? [block.chart] : block.kind === 'chartGrid' ? block.charts : [];
      for (const c of charts) add({ id: c.id, title: c.title, kind: 'chart', source: c.source, table: c.table });
      if (block.kind === 'table')
        add({ id: block.table.id, title: block.table.caption, kind: 'table', source: '', table: block.table });
    }
  }
  return out;
}

/** The symbols a published cell may hold instead of a number, with their meaning (DfE/EES convention). */
export function symbolLegend(): [string, string][] {
  return Object.entries(MISSING_SYMBOLS).filter(([symbol]) => symbol !== '' && symbol !== ':');
}

/** One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/**
 * tables/: one tidy CSV per chart and table (the printed column names as headers, the cells as printed), an
 * index naming each file's title and source, and the symbol legend.
 */
export function tableCsvFiles(tables: readonly DataTable[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const t of tables) files.set(`tables/${t.id}.csv`, csvText([t.table.columns, ...t.table.rows]));
  files.set(
    'tables/index.csv',
    csvText([
      ['File', 'Title', 'Source', 'Notes'],
      ...tables.map((t) => [`${t.id}.csv`, t.title, t.source, t.table.note ?? '']),
    ]),
  );
  files.set('tables/symbols.csv', csvText([['Symbol', 'Meaning'], ...symbolLegend()]));
  return files;
}
