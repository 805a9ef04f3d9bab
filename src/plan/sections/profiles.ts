import { type ChartUnit, sparkline } from '../../charts/specs.js';
import { CHART_WIDTH } from '../../charts/theme.js';
import { type MeasureId, measureFacts, sinceStartId } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { spanEnds } from '../../model/period.js';
import { classifyComparison } from '../../stats/change.js';
import type { HubRef, PlanContext } from '../context.js';
import { signed } from '../format.js';
import { ALL, beforeBand, chartBlock, ENGLAND, paragraph } from '../parts/common.js';
import {
  countWord,
  hubChange,
  hubChangesSentence,
  type ParticularFact,
  particularSentence,
  type StandoutFact,
  standoutKind,
  standoutParagraph,
} from '../phrases/index.js';
import type { Block, PlanChart, Section } from '../types.js';

/** Two small charts side by side fill the text width of an A4 page. */
const SMALL_CHART_WIDTH = CHART_WIDTH / 2;

/** One page per hub: what stands out, its headline figures, and small labelled charts of its trends. */
export function profileSections(ctx: PlanContext): Section[] {
  const intro: Section = {
    id: 'profiles',
    title: 'Hub profiles',
    level: 1,
    pageBreak: true,
    blocks: [
      paragraph(
        'Each profile opens with where the hub differs most from the other hubs and how it compares with ' +
          'England, then gives its headline figures for the reporting year and its trends beside the comparison. ' +
          'Every figure is defined in the methodology and traced to its source in Annex A.',
      ),
    ],
  };
  // The intro is short: the first profile follows it on the same page; each later one starts a page.
  return [intro, ...ctx.hubs.map((hub, k) => profile(ctx, hub, k > 0))];
}

function profile(ctx: PlanContext, hub: HubRef, pageBreak: boolean): Section {
  const config = ctx.input.config.hubs.find((h) => h.id === hub.id);
  const las = config?.localAuthorities.map((la) => la.name) ?? [];
  const blocks: Block[] = [
    paragraph(
      `${hub.name}${config?.lead ? `, led by ${config.lead},` : ''} covers ` +
        `${countWord(las.length)} local authorities: ${las.join(', ')}.`,
    ),
    standout(ctx, hub),
    { kind: 'keyFigures', items: keyFigures(ctx, hub) },
  ];
  const charts = profileCharts(ctx, hub);
  if (charts.length) blocks.push({ kind: 'chartGrid', charts });
  return { id: `profile-${hub.id}`, title: `${hub.name} hub`, level: 2, pageBreak, blocks };
}

/** The generated paragraph: only differences the 95% intervals support are called above or below. */
function standout(ctx: PlanContext, hub: HubRef): Block {
  const { m, book } = ctx;
  const refs: string[] = [];
  const cite = (row: MetricRow | undefined) => {
    if (row) refs.push(book.cite(row).id);
  };
  const facts: StandoutFact[] = [];
  const againstAll = (measure: MeasureId, subject: (period: string) => string) => {
    const row = m.latest(measure, hub.id, ALL);
    if (!row) return;
    const all = m.get(measure, ALL, row.period, ALL);
    cite(row);
    cite(all);
    facts.push({
      measure,
      subject: subject(row.period),
      value: row.value,
      low: row.ci_low,
      high: row.ci_high,
      unit: row.unit,
      reference: all?.value ?? null,
      referenceName: 'all hubs together',
    });
  };
  againstAll('compass_mean_benchmarks_achieved', (p) => `its average number of benchmarks fully achieved in ${p}`);
  againstAll('compass_coverage_pct', (p) => `its Compass coverage in ${p}`);
  againstAll('membership_institutions_pct', (p) => `its share of eligible institutions in membership in ${p}`);
  const againstEngland = (measure: MeasureId, breakdown: string, subject: (period: string) => string) => {
    const row = m.latest(measure, hub.id, breakdown);
    if (!row) return;
    const england = m.get(measure, ENGLAND, row.period, breakdown);
    cite(row);
    cite(england);
    facts.push({
      measure,
      subject: subject(row.period),
      value: row.value,
      low: row.ci_low,
      high: row.ci_high,
      unit: row.unit,
      reference: england?.value ?? row.comparator,
      referenceName: ctx.comparator,
    });
  };
  againstEngland('eet_sustained_pct', 'total', (p) => `its sustained EET rate for the ${p} KS4 cohort`);
  // The headline measure of the NEET chapter and of the summary table: NEET or not known, not NEET alone.
  againstEngland('neet_or_not_known_pct', ALL, (p) => `its NEET or not known rate at 16 to 17 in ${p}`);
  // The change since the hubs began, never one over years before them (no start configured: no sentence).
  const change = m.range(sinceStartId('eet_change_pp'), hub.id, 'total');
  cite(change);
  const [from, to] = change ? spanEnds(change.period) : [];
  const clause = change && hubChangesSentence('the sustained EET rate', [hubChange(hub.name, change)]);
  const changeText =
    clause && from && to ? `Since the hubs began (${from} to ${to} KS4 cohorts), ${clause}.` : undefined;
  const particular = particularFact(ctx, hub, cite);
  const opening = particular ? `${particularSentence(hub.name, particular)} ` : '';
  // A figure the opening gives is not given again beside England.
  const rest = facts.filter((f) => f.measure !== particular?.measure);
  return paragraph(`${opening}${standoutParagraph(hub.name, rest, changeText)}`, refs);
}

/** Measures a profile may single out, with the noun phrase for each (the period is added). */
const PARTICULAR: readonly { measure: MeasureId; breakdown: string; subject: (p: string) => string }[] = [
  { measure: 'compass_mean_benchmarks_achieved', breakdown: ALL, subject: (p) => `its average benchmarks in ${p}` },
  { measure: 'compass_coverage_pct', breakdown: ALL, subject: (p) => `its Compass coverage in ${p}` },
  { measure: 'membership_institutions_pct', breakdown: ALL, subject: (p) => `its share of eligible members in ${p}` },
  { measure: 'eet_sustained_pct', breakdown: 'total', subject: (p) => `its sustained EET rate for the ${p} cohort` },
  {
    measure: 'neet_or_not_known_pct',
    breakdown: ALL,
    subject: (p) => `its NEET or not known rate in ${p}`,
  },
  {
    measure: 'eet_disadvantage_gap_pp',
    breakdown: 'total',
    subject: (p) => `the gap in sustained EET between its disadvantaged and other pupils for the ${p} cohort`,
  },
  {
    measure: 'compass_all_benchmarks_pct',
    breakdown: ALL,
    subject: (p) => `its share of Compass returns achieving all eight benchmarks in ${p}`,
  },
];

/**
 * The measure on which the hub differs most from the other hubs: its distance from the others' mean in units of
 * the spread between hubs (standard deviation across the hubs), so measures in different units compare. Needs at
 * least three hubs with the figure; a tie goes to the earlier measure in the list.
 */
function particularFact(
  ctx: PlanContext,
  hub: HubRef,
  cite: (row: MetricRow | undefined) => void,
): ParticularFact | undefined {
  if (ctx.hubs.length < 3 || ctx.input.hub !== null) return undefined;
  let best: { score: number; make: () => ParticularFact } | undefined;
  for (const c of PARTICULAR) {
    const own = ctx.m.latest(c.measure, hub.id, c.breakdown);
    if (own?.value == null) continue;
    const others = ctx.hubs
      .filter((h) => h.id !== hub.id)
      .map((h) => ctx.m.get(c.measure, h.id, own.period, c.breakdown))
      .filter((r): r is MetricRow & { value: number } => r?.value != null);
    if (others.length < 2) continue;
    const values = [own.value, ...others.map((r) => r.value)];
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
    if (!(sd > 0)) continue;
    const othersMean = others.reduce((a, r) => a + r.value, 0) / others.length;
    // A hub at either end of the hubs' range is what the sentence is about; one in the middle only when none is.
    const v = own.value;
    const extreme = others.every((r) => r.value < v) || others.every((r) => r.value > v);
    const score = Math.abs(v - othersMean) / sd + (extreme ? 100 : 0);
    if (best && score <= best.score) continue;
    best = {
      score,
      make: () => {
        const all = ctx.m.get(c.measure, ALL, own.period, c.breakdown);
        const sorted = [...others].sort((a, b) => a.value - b.value);
        for (const r of [own, all, sorted[0], sorted.at(-1)]) cite(r);
        const text = (r: MetricRow | undefined) => ctx.book.cite(r).text;
        return {
          measure: c.measure,
          gap: c.measure === 'eet_disadvantage_gap_pp',
          subject: c.subject(own.period),
          text: text(own),
          othersLow: text(sorted[0]),
          othersHigh: text(sorted.at(-1)),
          allText: text(all),
          kind: standoutKind({
            subject: '',
            value: own.value,
            low: own.ci_low,
            high: own.ci_high,
            unit: own.unit,
            reference: all?.value ?? null,
            referenceName: '',
          }),
        };
      },
    };
  }
  return best?.make();
}

function keyFigures(ctx: PlanContext, hub: HubRef): { label: string; value: string; ref: string }[] {
  const { m, book } = ctx;
  const year = ctx.input.year;
  const items: { label: string; value: string; ref: string }[] = [];
  const add = (label: string, row: MetricRow | undefined) => {
    if (!row) return;
    const c = book.cite(row);
    items.push({ label, value: c.text, ref: c.id });
  };
  const compass = m.latest('compass_mean_benchmarks_achieved', hub.id, ALL);
  add(`Average benchmarks fully achieved, ${compass?.period ?? year}`, compass);
  add(`Compass completions, ${compass?.period ?? year}`, m.latest('compass_completions', hub.id, ALL));
  const members = m.latest('membership_institutions_pct', hub.id, ALL);
  add(`Eligible institutions that are members, ${members?.period ?? year}`, members);
  const eet = m.latest('eet_sustained_pct', hub.id, 'total');
  add(`Sustained EET, ${eet?.period ?? ''} KS4 cohort`, eet);
  if (eet?.diff != null)
    items.push({
      label: `Gap to ${ctx.comparator}, ${eet.period} cohort`,
      // A gap whose interval includes zero is "similar", as in the text (stats/change.ts).
      value: `${signed(eet.diff)} pp${
        classifyComparison(eet.diff, eet.diff_ci_low, eet.diff_ci_high) === 'similar' ? ', similar' : ''
      }`,
      ref: book.citeGap(eet, ctx.comparator).id,
    });
  const neet = m.latest('neet_or_not_known_pct', hub.id, ALL);
  add(`NEET or not known at 16 to 17, ${neet?.period ?? ''}`, neet);
  const range = m.range('student_participations', hub.id, ALL);
  add(`Student participations, ${range?.period.replace('-', ' to ') ?? ''}`, range);
  add(`SMEs engaged, ${range?.period.replace('-', ' to ') ?? ''}`, m.range('smes_engaged', hub.id, ALL));
  return items;
}

interface SmallChart {
  readonly id: string;
  readonly title: string;
  readonly measure: MeasureId;
  readonly breakdown: string;
  readonly unit: ChartUnit;
  readonly yTitle: string;
  readonly xTitle: string;
  readonly other: HubRef;
  /** The chapter chart whose data table already prints these series (its id + "-data"), and where that is. */
  readonly chapterChart: string;
  readonly chapter: string;
}

/** Small labelled charts of the hub against its comparison; their figures are the chapter tables' columns. */
function profileCharts(ctx: PlanContext, hub: HubRef): PlanChart[] {
  const all = { id: ALL, name: 'All hubs' };
  const england = { id: ENGLAND, name: ctx.comparator };
  const specs: SmallChart[] = [
    {
      id: 'benchmarks',
      title: 'Average benchmarks fully achieved',
      measure: 'compass_mean_benchmarks_achieved',
      breakdown: ALL,
      unit: 'mean',
      yTitle: 'Benchmarks (0-8)',
      xTitle: 'Academic year',
      other: all,
      chapterChart: 'compass-mean-benchmarks',
      chapter: 'the Compass chapter',
    },
    {
      id: 'membership',
      title: '% of eligible institutions that are members',
      measure: 'membership_institutions_pct',
      breakdown: ALL,
      unit: 'pct',
      yTitle: '% of eligible',
      xTitle: 'Academic year',
      other: all,
      chapterChart: 'membership-institutions',
      chapter: 'the membership chapter',
    },
    {
      id: 'eet',
      title: '% in sustained EET',
      measure: 'eet_sustained_pct',
      breakdown: 'total',
      unit: 'pct',
      yTitle: '% of cohort',
      xTitle: 'KS4 cohort',
      other: england,
      chapterChart: 'eet-trend',
      chapter: 'the destinations chapter',
    },
    {
      id: 'neet',
      title: '% of 16 to 17 year olds NEET or not known',
      measure: 'neet_or_not_known_pct',
      breakdown: ALL,
      unit: 'pct',
      yTitle: '% NEET or not known',
      xTitle: 'Academic year',
      other: england,
      chapterChart: 'neet-trend',
      chapter: 'the NEET section',
    },
  ];
  return specs.flatMap((s) => smallChart(ctx, hub, s) ?? []);
}

function smallChart(ctx: PlanContext, hub: HubRef, s: SmallChart): PlanChart | undefined {
  const data = [hub, s.other].flatMap((h) =>
    ctx.m
      .series(s.measure, h.id, s.breakdown)
      .map((r) => ({ series: h.name, x: r.period, y: r.value, symbol: r.symbol })),
  );
  if (data.every((d) => d.series !== hub.name || d.y === null)) return undefined;
  const periods = data.map((d) => d.x).sort();
  const band = beforeBand(ctx, [hub.id], periods);
  const block = chartBlock(
    sparkline({
      ...(band ? { before: band } : {}),
      id: `profile-${hub.id}-${s.id}`,
      // The hub is named so the list of figures tells the four profiles' charts apart.
      title: `${s.title} in ${hub.name}, ${periods[0]} to ${periods[periods.length - 1]}`,
      subtitle: `${hub.name} solid, ${s.other.name} dashed`,
      source: ctx.source(measureFacts(s.measure).source),
      alt: `${s.title}: ${hub.name} against ${s.other.name}.`,
      unit: s.unit,
      data,
      seriesOrder: [hub.name, s.other.name],
      highlight: s.other.name,
      width: SMALL_CHART_WIDTH,
      yTitle: s.yTitle,
      xTitle: s.xTitle,
    }),
  );
  if (block.kind !== 'chart') return undefined;
  return {
    ...block.chart,
    dataElsewhere: { tableId: `${s.chapterChart}-data`, where: `table under the chart in ${s.chapter}` },
  };
}
