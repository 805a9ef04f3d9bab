/** How the editions name a numbered figure or table, and the list of them after the contents. */
export const FIGURE_WORDS = {
  figure: (number: string) => `Figure ${number}`,
  table: (number: string) => `Table ${number}`,
  /** A chart's data table, which is part of its figure: "Data for Figure 4.2". */
  dataFor: (figure: string) => `Data for ${figure}`,
  listTitle: 'Figures and tables',
  /** The screen's collapsed list: "List of figures (41) and tables (36)", counts of what it holds. */
  listSummary: (figures: number, tables: number) =>
    `List of figures (${figures})${tables > 0 ? ` and tables (${tables})` : ''}`,
} as const;
