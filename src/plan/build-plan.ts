import { type PlanInput, planContext } from './context.js';
import { dataQualityAnnex, glossaryAnnex, provenanceAnnex } from './sections/annexes.js';
import { compassSection } from './sections/compass.js';
import { destinationsSections } from './sections/destinations.js';
import { contentsSection, narrativeSection } from './sections/front.js';
import { membershipSection } from './sections/membership.js';
import { methodSections } from './sections/method.js';
import { neetSection } from './sections/neet.js';
import {
  destinationsNeighboursSection,
  neetNeighboursSection,
  neighboursMethodSection,
} from './sections/neighbours.js';
import { participationSection } from './sections/participation.js';
import { profileSections } from './sections/profiles.js';
import { summarySections } from './sections/summary.js';
import type { ReportPlan, Section } from './types.js';

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
  const optional = (s: Section | undefined): Section[] => (s ? [s] : []);
  const body: Section[] = [
    ...when(true, () => summarySections(ctx)),
    ...when(true, () => methodSections(ctx)),
    ...optional(neighboursMethodSection(ctx)),
    ...when(ctx.has('compass'), () => compassSection(ctx)),
    ...when(ctx.has('institutions'), () => membershipSection(ctx)),
    ...when(ctx.has('destinations'), () => destinationsSections(ctx)),
    ...when(ctx.has('destinations'), () => optional(destinationsNeighboursSection(ctx))),
    ...when(ctx.has('neet'), () => neetSection(ctx)),
    ...when(ctx.has('neet'), () => optional(neetNeighboursSection(ctx))),
    ...when(ctx.has('activities'), () => participationSection(ctx)),
    ...when(true, () => profileSections(ctx)),
  ];
  const sections: Section[] = [
    contentsSection(),
    ...[
      narrativeSection(ctx, 'acknowledgements', 'Acknowledgements'),
      narrativeSection(ctx, 'foreword', 'Foreword'),
    ].filter((s): s is Section => s !== undefined),
    ...body,
    ...[narrativeSection(ctx, 'recommendations', 'Recommendations')].filter((s): s is Section => s !== undefined),
    ...provenanceAnnex(ctx),
    dataQualityAnnex(ctx),
    glossaryAnnex(),
  ];
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
    sections,
    figures: ctx.book.all(),
  };
}
