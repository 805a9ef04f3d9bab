import type { StrandConfig } from '../../config/groups.js';
import type { MeasureId } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { isSpan, spanEnds } from '../../model/period.js';
import type { PlanContext } from '../context.js';
import { formatValue } from '../format.js';
import { fmt, paragraph, tableBlock } from '../parts/common.js';
import {
  gapWord,
  legacySentence,
  programmeSentence,
  strandDestinationSentence,
  strandSentence,
  strandWords as W,
  yearsPhrase,
} from '../phrases/index.js';
import type { Block, Section } from '../types.js';

/** The id of the metric rows for the whole programme (metrics/group-tally.ts). */
const PROGRAMME = 'programme';
const OUTPUTS: readonly MeasureId[] = [
  'group_projects',
  'group_placements',
  'group_student_participations',
  'group_employer_participations',
  'group_sme_participations',
  'group_smes_engaged',
  'group_sme_declarations',
];

/** A hub, group or strand by id, with its name and kind as the config gives them. */
interface Unit {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly ended: boolean;
}

/**
 * The programme summary across strands, then a part per strand (Careers Hubs, Careers Clusters): each group's
 * outputs over the years it ran, its members' Compass results and its schools' destinations against the other
 * schools of their local authorities. Only for configs that define groups by their members, and not in a one-hub
 * report.
 */
export function strandSections(ctx: PlanContext): Section[] {
  const { config } = ctx.input;
  if (config.groups.length === 0 || ctx.input.hub !== null) return [];
  return [summarySection(ctx), ...config.strands.map((s) => strandSection(ctx, s))];
}

function unitsOf(ctx: PlanContext, strand: StrandConfig): Unit[] {
  const { hubs, groups, year } = { ...ctx.input.config, year: ctx.input.year };
  return strand.groups.map((id) => {
    const g = groups.find((x) => x.id === id);
    if (g) return { id, name: g.name, kind: g.kind, ended: g.ended !== null && g.ended < year };
    return { id, name: hubs.find((h) => h.id === id)?.name ?? id, kind: 'area hub', ended: false };
  });
}

/** The row of the whole time a unit ran: its span, or its one year. */
function wholePeriod(ctx: PlanContext, id: string): string | undefined {
  const periods = ctx.m.rows.filter((r) => r.measure === 'group_members' && r.hub === id).map((r) => r.period);
  return periods.find(isSpan) ?? periods[0];
}

function yearsOf(period: string | undefined, ended: boolean): string {
  if (!period) return yearsPhrase(undefined, undefined, ended);
  const [from, to] = isSpan(period) ? spanEnds(period) : [period, period];
  return yearsPhrase(from, to, ended);
}

function outputCells(ctx: PlanContext, id: string, period: string | undefined): string[] {
  const cell = (m: MeasureId) => ctx.book.cell(period ? ctx.m.get(m, id, period, 'all') : undefined);
  return [cell('group_members'), ...OUTPUTS.map(cell)];
}

function summarySection(ctx: PlanContext): Section {
  const { strands } = ctx.input.config;
  const programme = wholePeriod(ctx, PROGRAMME);
  const members = ctx.book.cite(programme ? ctx.m.get('group_members', PROGRAMME, programme, 'all') : undefined);
  const periods = strands.map((s) => wholePeriod(ctx, s.id));
  const cells = strands.map((s, k) => outputCells(ctx, s.id, periods[k]));
  const rows = strands.map((s, k) => [s.name, String(s.groups.length), yearsOf(periods[k], false), ...cells[k]!]);
  // A total over strands of which some do not record the output is theirs alone: the cell names them.
  const total = outputCells(ctx, PROGRAMME, programme).map((cell, j) => {
    const recording = strands.filter((_, k) => cells[k]![j] !== 'x').map((s) => s.name);
    return cell === 'x' || cell === 'c' || recording.length === strands.length ? cell : W.recordedBy(cell, recording);
  });
  rows.push([W.programmeRow, '', yearsOf(programme, false), ...total]);
  const anyX = rows.some((r) => r.includes('x'));
  return {
    id: 'programme-summary',
    title: W.summaryTitle,
    level: 1,
    blocks: [
      paragraph(programmeSentence(strands, members.text), [members.id]),
      tableBlock({
        id: 'programme-summary-table',
        caption: W.summaryCaption,
        columns: W.summaryColumns,
        rows,
        ...(anyX ? { note: W.summaryNote } : {}),
      }),
    ],
  };
}

function strandSection(ctx: PlanContext, strand: StrandConfig): Section {
  const units = unitsOf(ctx, strand);
  const period = wholePeriod(ctx, strand.id);
  const get = (m: MeasureId) => ctx.book.cite(period ? ctx.m.get(m, strand.id, period, 'all') : undefined);
  const facts = {
    members: get('group_members'),
    projects: get('group_projects'),
    placements: get('group_placements'),
    participations: get('group_student_participations'),
    employer: get('group_employer_participations'),
    sme: get('group_sme_participations'),
    smes: get('group_smes_engaged'),
    declarations: get('group_sme_declarations'),
    declarationShare: get('group_sme_declaration_pct'),
  };
  const recorded = (m: MeasureId) => !period || ctx.m.get(m, strand.id, period, 'all')?.symbol !== 'x';
  const text = strandSentence({
    name: strand.name,
    groups: units,
    years: yearsOf(period, false),
    ...(Object.fromEntries(Object.entries(facts).map(([k, c]) => [k, c.text])) as Record<keyof typeof facts, string>),
    projects: recorded('group_projects') ? facts.projects.text : null,
    declarations: recorded('group_sme_declarations') ? facts.declarations.text : null,
  });
  const rows = units.map((u) => {
    const p = wholePeriod(ctx, u.id);
    return [u.name, u.kind, yearsOf(p, u.ended), ...outputCells(ctx, u.id, p)];
  });
  rows.push([W.strandTotal(strand.name), '', yearsOf(period, false), ...outputCells(ctx, strand.id, period)]);
  const blocks: Block[] = [
    paragraph(
      text,
      Object.values(facts).map((c) => c.id),
    ),
    // What lasted after the groups ended is a headline, so it follows the outputs sentence.
    ...legacyBlocks(ctx, strand),
    tableBlock({
      id: `strand-${strand.id}-outputs`,
      caption: W.outputsCaption(strand.name),
      columns: W.outputsColumns,
      rows,
      note: W.outputsNote,
    }),
    ...compassBlocks(ctx, strand, units),
    ...destinationBlocks(ctx, strand, units),
  ];
  return { id: `strand-${strand.id}`, title: strand.name, level: 1, blocks };
}

function compassBlocks(ctx: PlanContext, strand: StrandConfig, units: readonly Unit[]): Block[] {
  const years = [
    ...new Set(units.flatMap((u) => ctx.m.series('group_compass_mean_benchmarks', u.id, 'all').map((r) => r.period))),
  ].sort();
  if (years.length === 0) return [];
  const rows = units.map((u) => [
    u.name,
    ...years.map((y) => ctx.book.cell(ctx.m.get('group_compass_mean_benchmarks', u.id, y, 'all'))),
  ]);
  return [
    tableBlock({
      id: `strand-${strand.id}-compass`,
      caption: W.compassCaption(strand.name),
      columns: [W.compassColumn, ...years],
      rows,
    }),
  ];
}

function destinationBlocks(ctx: PlanContext, strand: StrandConfig, units: readonly Unit[]): Block[] {
  const latest = (id: string): MetricRow | undefined => ctx.m.series('group_eet_sustained_pct', id, 'total').at(-1);
  const ids = [...units.map((u) => u.id), strand.id];
  const cohort = [...new Set(ids.flatMap((id) => latest(id)?.period ?? []))].sort().at(-1);
  if (!cohort) return [];
  const pp = (v: number | null) => formatValue(v, 'pp');
  const rowOf = (id: string, name: string): string[] | undefined => {
    const rate = ctx.m.get('group_eet_sustained_pct', id, cohort, 'total');
    if (!rate) return undefined;
    const gap = ctx.m.get('group_eet_vs_others_pp', id, cohort, 'total');
    const shown = gap !== undefined && gap.value !== null;
    return [
      name,
      ctx.book.cell(rate),
      shown ? formatValue(gap.comparator, 'pct') : fmt(gap),
      shown ? `${ctx.book.cell(gap)} (${pp(gap.diff_ci_low)} to ${pp(gap.diff_ci_high)})` : fmt(gap),
      gapWord(gap?.diff ?? null, gap?.diff_ci_low ?? null, gap?.diff_ci_high ?? null, rate.symbol === 'c'),
    ];
  };
  const rows: string[][] = units.flatMap((u) => {
    const r = rowOf(u.id, u.name);
    return r ? [r] : [];
  });
  const total = rowOf(strand.id, W.destinationsTotal(strand.name));
  if (total) rows.push(total);
  return [
    ...strandDestinationBlocks(ctx, strand, cohort),
    tableBlock({
      id: `strand-${strand.id}-destinations`,
      caption: W.destinationsCaption(strand.name, cohort),
      columns: W.destinationsColumns,
      rows,
      note: W.destinationsNote,
    }),
  ];
}

/** The strand's schools together against the other schools of their local authorities, when published. */
function strandDestinationBlocks(ctx: PlanContext, strand: StrandConfig, cohort: string): Block[] {
  const rate = ctx.m.get('group_eet_sustained_pct', strand.id, cohort, 'total');
  const gap = ctx.m.get('group_eet_vs_others_pp', strand.id, cohort, 'total');
  if (!rate || rate.value === null || !gap || gap.value === null) return [];
  const level = ctx.book.cite(rate);
  const diff = ctx.book.cite(gap);
  const text = strandDestinationSentence({
    name: strand.name,
    cohort,
    rate: level.text,
    others: formatValue(gap.comparator, 'pct'),
    gap: diff.text,
    low: formatValue(gap.diff_ci_low, 'pp'),
    high: formatValue(gap.diff_ci_high, 'pp'),
    word: gapWord(gap.diff, gap.diff_ci_low, gap.diff_ci_high),
  });
  return [paragraph(text, [level.id, diff.id])];
}

function legacyBlocks(ctx: PlanContext, strand: StrandConfig): Block[] {
  if (!strand.legacy) return [];
  const [survey] = strand.legacy.split('.');
  const row = ctx.m.latest('survey_top2_pct', 'all', strand.legacy);
  if (!row) return [];
  const cited = ctx.book.cite(row);
  const respondents = ctx.input.config.surveys.find((s) => s.id === survey)?.respondents ?? 'respondents';
  return [paragraph(legacySentence(cited.text, respondents), [cited.id])];
}
