import { measureFacts, SOURCE_TEXT } from '../../model/measures/index.js';
import type { PlanContext } from '../context.js';
import { hubName, paragraph, tableBlock } from '../parts/common.js';
import { sharedFolder, underFolder } from '../parts/input-folder.js';
import { sourcesTable, yearSpan } from '../parts/sources-table.js';
import { ANNEX_A_OPENING, cap } from '../phrases/index.js';
import type { DefinitionItem, PlanFigure, Section } from '../types.js';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One entry per measure the report cites: what it is, where it comes from, which rows, which years, how. */
function measureDefinitions(figures: readonly PlanFigure[]): DefinitionItem[] {
  const measures = [...new Set(figures.map((f) => f.measure))].sort();
  return measures.map((id) => {
    const info = measureFacts(id);
    const years = yearSpan(figures.filter((f) => f.measure === id).map((f) => f.period));
    return {
      term: cap(info.label),
      details: [
        { label: 'Source', text: SOURCE_TEXT[info.source] },
        { label: 'Years shown', text: years || 'none' },
        { label: 'Filters', text: info.filters || 'none' },
        { label: 'Method', text: info.method },
      ],
    };
  });
}

/**
 * Annex A, printed: every input by title and publisher, and every measure's definition, source, filters, years and
 * method. File names, digests and measure ids are the HTML provenance annex's (Annex D, web edition only), plan.json's
 * and metrics.json's. Built after all other sections, so every cited figure is in the book.
 */
export function provenanceAnnex(ctx: PlanContext): Section {
  const figures = ctx.book.all().sort(byId);
  return {
    id: 'annex-a',
    title: 'Annex A: Measures and sources',
    level: 1,
    pageBreak: true,
    blocks: [
      paragraph(ANNEX_A_OPENING),
      tableBlock(sourcesTable(ctx, 'annex-a-inputs', 'The sources of the report, by title and publisher')),
      { kind: 'definitions', items: measureDefinitions(figures) },
    ],
  };
}

/** Annex D, HTML only: every cited figure unrounded with its interval, and the inputs' SHA-256 digests. */
export function figureProvenanceAnnex(ctx: PlanContext): Section {
  const figures = ctx.book.all().sort(byId);
  // 12 significant figures: every digit that means anything, without binary floating-point noise; metrics.csv has all.
  const raw = (v: number | null) => (v === null ? '' : String(Number(v.toPrecision(12))));
  const folder = sharedFolder(ctx.input.files.map((f) => f.file));
  return {
    id: 'annex-d',
    title: 'Annex D: Provenance of every figure',
    level: 1,
    pageBreak: true,
    screenOnly: true,
    blocks: [
      paragraph(
        'Every figure in this report is a row of metrics.csv, identified below by measure, hub, period and ' +
          'breakdown; values are shown to 12 significant figures, and metrics.csv holds them at full precision. ' +
          'The input files are identified by their SHA-256 digest. This annex is in the HTML edition only.',
      ),
      tableBlock({
        id: 'annex-d-digests',
        caption: `SHA-256 digests of the input files (${folder || 'paths relative to the working folder'})`,
        columns: ['File', 'SHA-256'],
        rows: ctx.input.files.map((f) => [underFolder(f.file, folder), f.sha256]),
      }),
      tableBlock({
        id: 'annex-d-figures',
        caption: 'Figures cited in the report, with unrounded values',
        columns: [
          'Measure id',
          'Hub',
          'Period',
          'Breakdown',
          'As printed',
          'Unrounded value',
          '95% low',
          '95% high',
          'Note',
        ],
        rows: figures.map((f) => [
          f.measure,
          hubName(ctx, f.hub),
          f.period.replace('-', ' to '),
          f.breakdown,
          f.text,
          raw(f.value),
          raw(f.ciLow),
          raw(f.ciHigh),
          // The measure's own filters are in Annex A; only what is particular to this figure is repeated.
          f.filters.startsWith(measureFacts(f.measure).filters)
            ? f.filters.slice(measureFacts(f.measure).filters.length).replace(/^; /, '')
            : f.filters,
        ]),
      }),
    ],
  };
}
