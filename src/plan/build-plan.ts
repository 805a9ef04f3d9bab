import { withoutControlsDeep } from '../model/printable.js';
import { type PlanInput, planContext } from './context.js';
import { figureListSection, numberFigures } from './figure-numbers.js';
import { dataQualityAnnex, glossaryAnnex } from './sections/annexes.js';
import { compassSection } from './sections/compass.js';
import { conclusionsSection } from './sections/conclusions.js';
import { destinationsSections } from './sections/destinations.js';
import { answerSections, answers, programmeSection, questionsSection } from './sections/evaluation.js';
import { evidenceForChapter, evidenceSections } from './sections/evidence.js';
import { contentsSection, narrativeSection } from './sections/front.js';
import { impactSection } from './sections/impact.js';
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
import { figureProvenanceAnnex, provenanceAnnex } from './sections/provenance.js';
import { strandSections } from './sections/strands.js';
import { summarySections } from './sections/summary.js';
import { surveyMethodSection, surveySections } from './sections/surveys.js';
import { targetsSection, targetsSummary } from './sections/targets.js';
import { themesSection } from './sections/themes.js';
import type { Block, ReportPlan, Section } from './types.js';

/**
 * The report pipeline:
 *
 *   config + inputs - ingest - records - metrics (+ disclosure control) - buildPlan - ReportPlan -+- render HTML
 *                                                                                                  ├- print PDF
 *                                                                                                  `- charts SVG/PNG/VL
 *
 * buildPlan is pure: every sentence, table and chart spec comes from the metric rows and the config, and every
 * figure it cites is registered with its provenance for Annex A. Chapters whose inputs are absent are left out.
 */
export function buildPlan(input: PlanInput): ReportPlan {
  const ctx = planContext(input);
  const when = (cond: boolean, make: () => Section | Section[]) => (cond ? [make()].flat() : []);
  // Surveys, quotes and case studies, and targets: each evidence item follows the chapter it illustrates.
  const optional = (s: Section | undefined) => (s ? [s] : []);
  const withEvidence = (chapter: string, make: () => Section | Section[]) => [
    ...[make()].flat(),
    ...optional(evidenceForChapter(ctx, chapter)),
  ];
  const targetsLine = targetsSummary(ctx);
  // The executive summary's first section says how many targets were met.
  const withTargets = ([first, ...rest]: Section[]): Section[] =>
    first && targetsLine
      ? [{ ...first, blocks: [...first.blocks, { kind: 'paragraph', text: targetsLine, refs: [] }] }, ...rest]
      : [first, ...rest].filter((s): s is Section => s !== undefined);
  const chapters = ['compass', 'destinations', 'neet', 'participation'].filter((c) =>
    ctx.has(c === 'participation' ? 'activities' : (c as 'compass' | 'destinations' | 'neet')),
  );
  // The framework's answers follow the summary's opening paragraph: the questions are answered before the detail.
  const withAnswers = ([first, ...rest]: Section[]): Section[] =>
    first ? [first, ...answerSections(answers(ctx)), ...rest] : rest;
  const body: Section[] = [
    ...when(true, () => [questionsSection(ctx), ...optional(programmeSection(ctx))]),
    ...when(true, () => withAnswers(withTargets(summarySections(ctx)))),
    ...when(true, () => [...methodSections(ctx), ...optional(surveyMethodSection(ctx))]),
    ...optional(neighboursMethodSection(ctx)),
    ...when(ctx.has('compass'), () => withEvidence('compass', () => compassSection(ctx))),
    ...when(ctx.has('institutions'), () => membershipSection(ctx)),
    ...when(ctx.has('destinations'), () => withEvidence('destinations', () => destinationsSections(ctx))),
    ...when(ctx.has('destinations'), () => optional(destinationsNeighboursSection(ctx))),
    ...when(ctx.has('neet'), () => withEvidence('neet', () => neetSection(ctx))),
    ...when(ctx.has('neet'), () => optional(neetNeighboursSection(ctx))),
    ...when(ctx.has('activities'), () => withEvidence('participation', () => participationSection(ctx))),
    ...when(ctx.has('institutions'), () => strandSections(ctx)),
    ...surveySections(ctx),
    ...optional(themesSection(ctx)),
    ...evidenceSections(ctx, chapters),
    ...optional(targetsSection(ctx)),
    ...optional(impactSection(ctx)),
    ...when(true, () => profileSections(ctx)),
  ];
  const sections: Section[] = [
    contentsSection(),
    figureListSection(),
    ...[
      narrativeSection(ctx, 'acknowledgements', 'Acknowledgements'),
      narrativeSection(ctx, 'foreword', 'Foreword'),
    ].filter((s): s is Section => s !== undefined),
    // Every findings chapter starts a page, so its opening chart never leaves the page before a third used.
    ...body.map((s) => (s.level === 1 ? { ...s, pageBreak: true } : s)),
    // The framework's conclusions and recommendations, tied to findings, take the place of a free-form text.
    ...[conclusionsSection(ctx) ?? narrativeSection(ctx, 'recommendations', 'Recommendations')].filter(
      (s): s is Section => s !== undefined,
    ),
    provenanceAnnex(ctx),
    dataQualityAnnex(ctx),
    glossaryAnnex(),
    figureProvenanceAnnex(ctx),
  ];
  const linked = numberFigures(withResolvedDataLinks(sections));
  const hub = input.hub ? (ctx.hubs[0] ?? null) : null;
  const { report } = input.config;
  // The final guard for every edition: no control character from a title, cell or quote reaches a published file.
  return withoutControlsDeep({
    meta: {
      title: hub ? `${report.title}: ${hub.name} hub` : report.title,
      subtitle: report.subtitle,
      authors: report.authors,
      organisation: report.organisation,
      date: report.date,
      logo: input.logo,
      version: report.version,
      status: report.status,
      licence: report.licence,
      contact: report.contact,
      accessibility: report.accessibility,
      year: input.year,
      hub,
      sdcApplied: input.metrics.sdcApplied,
      tool: { name: 'hubs-eval', version: input.version },
      lang: 'en-GB',
    },
    sections: linked,
    figures: ctx.book.all(),
  } satisfies ReportPlan);
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
