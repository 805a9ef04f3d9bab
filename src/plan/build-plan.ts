import { type PlanInput, planContext } from './context.js';
import { dataQualityAnnex, glossaryAnnex } from './sections/annexes.js';
import { compassSection } from './sections/compass.js';
import { destinationsSections, neetSection } from './sections/destinations.js';
import { contentsSection, narrativeSection } from './sections/front.js';
import { membershipSection } from './sections/membership.js';
import { methodSections } from './sections/method.js';
import { participationSection } from './sections/participation.js';
import { profileSections } from './sections/profiles.js';
import { figureProvenanceAnnex, provenanceAnnex } from './sections/provenance.js';
import { summarySection } from './sections/summary.js';
import type { Block, ReportPlan, Section } from './types.js';

/**
 * The report pipeline:
 *
 *   config + inputs ─ ingest ─ records ─ metrics (+ disclosure control) ─ buildPlan ─ ReportPlan ─┬─ render HTML
 *                                                                                                  ├─ print PDF
 *                                                                                                  └─ charts SVG/PNG/VL
 *
 * buildPlan is pure: every sentence, table and chart spec comes from the metric rows and the config, and every
 * figure it cites is registered with its provenance for Annex A. Chapters whose inputs are absent are left out.
 */
export function buildPlan(input: PlanInput): ReportPlan {
  const ctx = planContext(input);
  const when = (cond: boolean, make: () => Section | Section[]) => (cond ? [make()].flat() : []);
  const body: Section[] = [
    ...when(true, () => summarySection(ctx)),
    ...when(true, () => methodSections(ctx)),
    ...when(ctx.has('compass'), () => compassSection(ctx)),
    ...when(ctx.has('institutions'), () => membershipSection(ctx)),
    ...when(ctx.has('destinations'), () => destinationsSections(ctx)),
    ...when(ctx.has('neet'), () => neetSection(ctx)),
    ...when(ctx.has('activities'), () => participationSection(ctx)),
    ...when(true, () => profileSections(ctx)),
  ];
  const sections: Section[] = [
    contentsSection(),
    ...[
      narrativeSection(ctx, 'acknowledgements', 'Acknowledgements'),
      narrativeSection(ctx, 'foreword', 'Foreword'),
    ].filter((s): s is Section => s !== undefined),
    // Every findings chapter starts a page, so its opening chart never leaves the page before a third used.
    ...body.map((s) => (s.level === 1 ? { ...s, pageBreak: true } : s)),
    ...[narrativeSection(ctx, 'recommendations', 'Recommendations')].filter((s): s is Section => s !== undefined),
    provenanceAnnex(ctx),
    dataQualityAnnex(ctx),
    glossaryAnnex(),
    figureProvenanceAnnex(ctx),
  ];
  const linked = withResolvedDataLinks(sections);
  const hub = input.hub ? (ctx.hubs[0] ?? null) : null;
  const { report } = input.config;
  return {
    meta: {
      title: hub ? `${report.title}: ${hub.name} hub` : report.title,
      subtitle: report.subtitle,
      authors: report.authors,
      organisation: report.organisation,
      date: report.date,
      logo: input.logo,
      year: input.year,
      hub,
      sdcApplied: input.metrics.sdcApplied,
      tool: { name: 'hubs-eval', version: input.version },
      lang: 'en-GB',
    },
    sections: linked,
    figures: ctx.book.all(),
  };
}

/**
 * A chart that links to another chart's table for its data (hub profiles) keeps the link only when that table is
 * in the report (its chapter may be absent, or the report is for one hub); otherwise print shows its own table.
 */
function withResolvedDataLinks(sections: readonly Section[]): Section[] {
  const tables = new Set(
    sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart.table.id] : []))),
  );
  const resolve = (b: Block): Block =>
    b.kind === 'chartGrid'
      ? {
          ...b,
          charts: b.charts.map(({ dataElsewhere, ...chart }) =>
            dataElsewhere && tables.has(dataElsewhere.tableId) ? { ...chart, dataElsewhere } : chart,
          ),
        }
      : b;
  return sections.map((s) => ({ ...s, blocks: s.blocks.map(resolve) }));
}
