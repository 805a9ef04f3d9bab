import { intervalChart } from '../../charts/interval-chart.js';
import { EVENT_TIMES, IMPACT_MEASURES } from '../../metrics/impact.js';
import { type ImpactStem, impactId, impactSlopeId } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { excludesZero } from '../../stats/change.js';
import type { PlanContext } from '../context.js';
import { ALL, chartBlock, fmt, paragraph, tableBlock } from '../parts/common.js';
import { HEADLINE, impactFacts } from '../parts/impact-facts.js';
import {
  doseSentence,
  IMPACT_SUBJECTS,
  impactDesignParagraph,
  impactLimitsParagraph,
  impactSentence,
  intervalCell,
  noSchoolFilesParagraph,
  placeboSentence,
  selectionSentence,
} from '../phrases/index.js';
import type { Block, Section } from '../types.js';

const eventLabel = (e: number) =>
  e === -1
    ? 'Last cohort before joining'
    : e < 0
      ? `${-e} years before`
      : e === 0
        ? 'Year of joining'
        : `${e} year${e === 1 ? '' : 's'} after`;
const eventKey = (e: number) => `e${e > 0 ? '+' : ''}${e}`;

/** "Did the hubs make a difference?": the school-level impact estimates, placed before the hub profiles. */
export function impactSection(ctx: PlanContext): Section | undefined {
  if (!ctx.has('destinations')) return undefined;
  const focus = ctx.input.hub ?? ALL;
  const att = ctx.m.range(impactId(HEADLINE, 'att'), focus, 'total');
  const base = { id: 'impact', title: 'Did the hubs make a difference?', level: 1 as const };
  if (!att) return { ...base, blocks: [paragraph(noSchoolFilesParagraph())] };
  const blocks: Block[] = [paragraph(impactDesignParagraph()), tableBlock(designTable(ctx, att.period))];
  for (const { id } of IMPACT_MEASURES) blocks.push(...measureBlocks(ctx, id, focus));
  blocks.push(doseBlock(ctx, focus), paragraph(impactLimitsParagraph()));
  return { ...base, blocks };
}

function measureBlocks(ctx: PlanContext, id: ImpactStem, focus: string): Block[] {
  const facts = impactFacts(ctx, id, focus);
  const att = ctx.m.range(impactId(id, 'att'), focus, 'total');
  if (!facts || !att) return [];
  const events = EVENT_TIMES.map((e) => ({ e, row: ctx.m.range(impactId(id, 'event'), focus, eventKey(e)) }));
  // The placebo check is decided in metrics on the unrounded intervals (published limits are rounded).
  const failing = [...(att.note.match(/placebo leads exclude zero \(([^)]*)\)/)?.[1] ?? '').matchAll(/e(-\d+)/g)].map(
    (m) => eventLabel(Number(m[1])).toLowerCase(),
  );
  const naive = ctx.m.any(impactId(id, 'naive'), focus, att.period.slice(-7));
  const gap = ctx.m.any(impactId(id, 'before_gap'), focus, att.period.slice(0, 7));
  const text = [impactSentence(facts), placeboSentence(failing), selectionSentence(fmt(gap), fmt(naive), facts.value)];
  const subject = IMPACT_SUBJECTS[id] ?? id;
  return [
    paragraph(text.join(' '), [att.measure]),
    chartBlock(
      intervalChart({
        id: `impact-${id}-event`,
        title: `Effect of joining on ${subject.replace(/^the /, '')}, by years since joining`,
        subtitle:
          'Joiners minus not-yet-joined schools, change since the last cohort before joining, percentage points, ' +
          'with 95% intervals; the years before joining test parallel trends',
        source: ctx.source('destinations'),
        alt: text.join(' '),
        valueTitle: 'Percentage points',
        labelTitle: 'Cohort',
        unit: 'pp',
        zeroLine: true,
        data: events.map(({ e, row }) => datum(eventLabel(e), row)),
      }),
    ),
    tableBlock({
      id: `impact-${id}-checks`,
      caption: `Design checks for ${subject}`,
      columns: ['Check', 'Result'],
      rows: [
        ['Overall effect (95% interval)', intervalCell(att)],
        ['Disadvantaged pupils', intervalCell(ctx.m.range(impactId(id, 'att'), focus, 'disadvantaged'))],
        ['Other pupils', intervalCell(ctx.m.range(impactId(id, 'att'), focus, 'not_disadvantaged'))],
        ['Smallest detectable effect', fmt(ctx.m.range(impactId(id, 'mde'), focus, 'total'))],
        ['Naive: members minus others, latest cohort', intervalCell(naive)],
        ['Joiners minus others before joining', intervalCell(gap)],
        ['Notes', att.note],
      ],
    }),
  ];
}

function doseBlock(ctx: PlanContext, focus: string): Block {
  const rows = IMPACT_MEASURES.map(({ id }) => ({
    id,
    row: ctx.m.range(impactSlopeId(id), focus, 'total'),
  }));
  const head = rows[0]?.row;
  const clear = excludesZero(head?.ci_low ?? null, head?.ci_high ?? null);
  const text =
    head?.value != null
      ? doseSentence(IMPACT_SUBJECTS[HEADLINE] ?? '', fmt(head), intervalCell(head).replace(/^[^(]*\(|\)$/g, ''), clear)
      : 'Too few schools have both Compass returns and destinations in the same years for a dose-response estimate.';
  return chartBlock(
    intervalChart({
      id: 'impact-dose-response',
      title: 'Change in destinations per extra Gatsby Benchmark achieved, within schools',
      subtitle: 'Percentage points per benchmark, school and year fixed effects, 95% intervals clustered by school',
      source: `${ctx.source('destinations')}; ${ctx.source('compass')}`,
      alt: text,
      valueTitle: 'Percentage points per benchmark',
      labelTitle: 'Destination',
      unit: 'pp',
      zeroLine: true,
      data: rows.map(({ id, row }) => datum(IMPACT_SUBJECTS[id]?.replace(/^the share of pupils /, '') ?? id, row)),
    }),
  );
}

function datum(label: string, row: MetricRow | undefined) {
  return {
    label,
    value: row?.value ?? null,
    low: row?.ci_low ?? null,
    high: row?.ci_high ?? null,
    symbol: row ? row.symbol : ('x' as const),
  };
}

/** The design as a table: for each join year, which cohorts compare joined schools with not-yet-joined ones. */
function designTable(ctx: PlanContext, period: string) {
  const [from, to] = [Number(period.slice(0, 4)), Number(period.slice(8, 12))];
  const cohorts: number[] = [];
  for (let y = from; y <= to; y++) cohorts.push(y);
  const joined = ctx.input.config.hubs.length ? groupsOf(ctx) : [];
  return {
    id: 'impact-design',
    caption: 'The design: each join year (rows) against schools not yet joined, cohort by cohort (columns)',
    columns: ['Joined', ...cohorts.map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`)],
    rows: joined
      .filter((g) => g > from && g <= to)
      .map((g) => [
        `${g}/${String((g + 1) % 100).padStart(2, '0')}`,
        ...cohorts.map((y) => (y === g - 1 ? 'base' : y < g ? 'before' : 'joined')),
      ]),
    note: '"base" is the last cohort before joining; later cohorts are compared with schools not yet joined.',
  };
}

function groupsOf(ctx: PlanContext): number[] {
  const rows = ctx.input.metrics.rows.filter((r) => r.measure === 'membership_institutions' && r.breakdown === ALL);
  return [...new Set(rows.map((r) => Number(r.period.slice(0, 4))))].sort((a, b) => a - b);
}
