import { intervalChart, lineChart } from '../../charts/specs.js';
import { type ComparisonGroup, neighboursId } from '../../metrics/neighbours-groups.js';
import {
  type BaseMeasureId,
  measureFacts,
  type NeighbourStem,
  pretrendId,
  sinceStartId,
  vsNeighboursId,
  wholeChangeId,
} from '../../model/measures/index.js';
import type { HubRef, PlanContext } from '../context.js';
import { ALL, beforeBand, chartBlock, ENGLAND, hubName, paragraph, periodTable, tableBlock } from '../parts/common.js';
import { neighbourEventStudyBlocks } from '../parts/neighbour-event-study.js';
import {
  cap,
  countWord,
  groupWeightsText,
  hubGroup,
  intervalCell,
  OTHER_SOURCES,
  pretrendDiverges,
  pretrendWord,
  rowVerdict,
  SIMILAR_AREAS_TABLE,
  STABLE_GROUPS_METHOD,
  similarAreasSentence,
  similarAreasTitle,
  similarAreasTrendTitle,
  similarAreasWord,
} from '../phrases/index.js';
import type { Block, Section } from '../types.js';

/**
 * "Compared with similar areas": each hub against the statistical neighbours of its LAs that lie outside every
 * evaluated hub, in the destinations and NEET chapters, and the groups in the methodology. Nothing is added when no
 * statistical neighbours file is configured.
 */

interface Topic {
  readonly id: string;
  /** The level measure, its change-gap stem and breakdown. */
  readonly measure: BaseMeasureId;
  readonly stem: NeighbourStem;
  readonly breakdown: string;
  readonly subject: string;
  readonly yTitle: string;
  readonly periodWord: string;
}

// The section is titled "NEET or not known" and reports that rate (the primary NCCIS outcome), not the NEET rate.
const NEET: Topic = {
  id: 'neet-neighbours',
  measure: 'neet_or_not_known_pct',
  stem: 'neet_or_not_known',
  breakdown: ALL,
  subject: 'the NEET or not known rate of 16 to 17 year olds',
  yTitle: '% NEET or not known',
  periodWord: 'year',
};

const DESTINATIONS: Topic = {
  id: 'destinations-neighbours',
  measure: 'eet_sustained_pct',
  stem: 'eet',
  breakdown: 'total',
  subject: 'the sustained EET rate',
  yTitle: '% sustained EET',
  periodWord: 'KS4 cohort',
};

const groupsOf = (ctx: PlanContext): readonly ComparisonGroup[] =>
  (ctx.input.metrics.neighbours?.groups ?? []).filter((g) => ctx.hubs.some((h) => h.id === g.hub));

export function neetNeighboursSection(ctx: PlanContext): Section | undefined {
  return similarAreasSection(ctx, NEET);
}

export function destinationsNeighboursSection(ctx: PlanContext): Section | undefined {
  return similarAreasSection(ctx, DESTINATIONS);
}

function similarAreasSection(ctx: PlanContext, topic: Topic): Section | undefined {
  const groups = groupsOf(ctx);
  const { m, book } = ctx;
  if (groups.length === 0 || !groups.some((g) => m.series(topic.measure, g.id, topic.breakdown).length > 0))
    return undefined;
  const started = ctx.input.metrics.neighbours?.started ?? {};
  const blocks: Block[] = [];
  // Each hub's gap: the change since the hubs began where there is one; else the years measured, said to include
  // earlier ones.
  const gaps = new Map(
    ctx.hubs.map((h) => {
      const since = m.range(vsNeighboursId(topic.stem, '_since_start'), h.id, topic.breakdown);
      return [h.id, { since, gap: since ?? m.range(vsNeighboursId(topic.stem, ''), h.id, topic.breakdown) }];
    }),
  );
  // One row per hub (its change, its similar areas', the difference with its interval, the reading and the pre-trend
  // check), carried as the chart's table, and one sentence on what differs: per-hub paragraphs that differ only in
  // their numbers repeated each figure the chart shows.
  const rows: string[][] = [];
  const refs: string[] = [];
  const byWord = new Map<string, HubRef[]>();
  const notParallel: HubRef[] = [];
  let checkedHubs = 0;
  const leaveOneOut: { hub: HubRef; areas: readonly string[] }[] = [];
  for (const hub of ctx.hubs) {
    const { since, gap } = gaps.get(hub.id) ?? {};
    const change = since ? sinceStartId(wholeChangeId(topic.stem)) : wholeChangeId(topic.stem);
    const hubChange = m.range(change, hub.id, topic.breakdown);
    const groupChange = m.range(change, neighboursId(hub.id), topic.breakdown);
    refs.push(...[gap, hubChange, groupChange].map((r) => book.cite(r).id));
    const known = gap?.value != null && hubChange?.value != null && groupChange?.value != null;
    const SIDE = { higher: 'above', lower: 'below', unclear: 'similar', unknown: 'unknown' } as const;
    const side = known ? SIDE[rowVerdict(gap)] : 'unknown';
    const word = similarAreasWord(side, Boolean(known && gap?.verdict_nominal));
    byWord.set(word, [...(byWord.get(word) ?? []), hub]);
    if (known && gap?.leaveOneOut?.length) leaveOneOut.push({ hub, areas: gap.leaveOneOut });
    const start = started[hub.id];
    let trend = '';
    if (start) {
      const pre = m.range(pretrendId(topic.stem), hub.id, topic.breakdown);
      refs.push(book.cite(pre).id);
      const checked = pre?.value != null && pre.ci_low !== null && pre.ci_high !== null;
      const diverges =
        checked &&
        pretrendDiverges({
          hub: hub.name,
          started: start,
          period: pre.period,
          diff: pre.value,
          low: pre.ci_low,
          high: pre.ci_high,
        });
      if (diverges) notParallel.push(hub);
      if (checked) checkedHubs += 1;
      trend = pretrendWord(checked, diverges);
    }
    rows.push([
      hub.name,
      intervalCell(hubChange ? { ...hubChange, ci_low: null, ci_high: null } : undefined, true),
      intervalCell(groupChange ? { ...groupChange, ci_low: null, ci_high: null } : undefined, true),
      // The limits to the decimals that agree with the reading (the unadjusted interval's where Holm's took it away).
      intervalCell(gap?.verdict_nominal ? { ...gap, verdict: gap.verdict_nominal } : gap, true),
      word,
      trend || 'no start year',
    ]);
  }
  const sinceStart = [...gaps.values()].some((g) => g.since);
  const checkedAll = checkedHubs === ctx.hubs.length;
  const names = (hubs: readonly HubRef[]) => hubGroup(hubs, ctx.hubs.length);
  if (rows.length)
    blocks.push(
      paragraph(
        similarAreasSentence(
          topic.subject,
          sinceStart ? true : Object.keys(started).length ? false : undefined,
          [...byWord].map(([word, hubs]) => ({ word, hubs: names(hubs) })),
          notParallel.length ? names(notParallel) : '',
          // Hubs whose answer rests on the same areas are named together.
          [...groupByAreas(leaveOneOut).values()].map((ls) => ({
            hubs: names(ls.map((l) => l.hub)),
            areas: ls[0]!.areas,
          })),
        ),
        refs,
      ),
    );
  const left = groups.filter((g) => g.countiesLeftOut.length > 0);
  const leftNames = hubGroup(
    left.map((g) => ({ name: hubName(ctx, g.hub) })),
    groups.length,
  );
  const countyNote =
    topic === DESTINATIONS && left.length
      ? `County neighbours (${[...new Set(left.flatMap((g) => g.countiesLeftOut))].join(', ')}) are left out of the ` +
        `similar areas of ${leftNames}: destinations are published by district, and no district-to-county lookup ` +
        `was given.`
      : '';
  if (countyNote) blocks.push(paragraph(countyNote));
  const series: HubRef[] = ctx.hubs.flatMap((h) => [h, { id: neighboursId(h.id), name: `${h.name}: similar areas` }]);
  blocks.push(
    chartBlock({
      ...intervalChart({
        id: `${topic.id}-gap`,
        title: `Change in ${topic.subject.replace(/^the /, '')}: hub minus similar areas`,
        subtitle:
          `Hub change ${sinceStart ? 'since the hubs began' : 'over the years measured'} minus the change in its ` +
          'similar areas (statistical neighbours outside the hubs), percentage points, with 95% confidence intervals',
        source:
          `${ctx.source(topic === NEET ? 'neet' : 'destinations')}; ${OTHER_SOURCES.neighbours.title} ` +
          `(${OTHER_SOURCES.neighbours.publisher})`,
        alt: blocks
          .filter((b) => b.kind === 'paragraph')
          .map((b) => (b.kind === 'paragraph' ? b.text : ''))
          .join(' '),
        valueTitle: `Percentage points above (+) or below (-) similar areas`,
        labelTitle: 'Hub',
        unit: 'pp',
        zeroLine: true,
        data: ctx.hubs.map((h) => {
          const r = gaps.get(h.id)?.gap;
          return {
            label: h.name,
            value: r?.value ?? null,
            low: r?.ci_low ?? null,
            high: r?.ci_high ?? null,
            symbol: r?.symbol ?? 'x',
          };
        }),
      }),
      table: {
        caption: SIMILAR_AREAS_TABLE.caption(topic.subject, [...gaps.values()].find((g) => g.gap)?.gap?.period),
        columns: SIMILAR_AREAS_TABLE.columns(sinceStart),
        rows,
      },
    }),
    gapTrendChart(ctx, topic, {
      diverged: notParallel.length ? names(notParallel) : '',
      all: checkedAll,
    }),
    tableBlock(
      periodTable(ctx, {
        id: `${topic.id}-table`,
        caption: `${cap(topic.subject)} by ${topic.periodWord}: each hub, its similar areas and ${ctx.comparator}`,
        measure: topic.measure,
        breakdown: topic.breakdown,
        series: [...series, { id: ENGLAND, name: ctx.comparator }],
        ...(countyNote ? { note: countyNote } : {}),
      }),
    ),
    ...neighbourEventStudyBlocks(ctx, {
      stem: topic.stem,
      subject: topic.subject,
      period: topic.periodWord,
      id: topic.id,
    }),
  );
  return {
    id: topic.id,
    // Named by topic: the destinations and NEET chapters each have one, and two equal titles make two equal bookmarks.
    title: similarAreasTitle(topic.id === DESTINATIONS.id ? 'destinations' : 'neet'),
    level: 2,
    blocks: [
      paragraph(
        `Each hub is compared with its similar areas: the DfE statistical neighbours of its local authorities ` +
          `that are outside every evaluated hub, pooled as a hub is. ` +
          `${measureFacts(topic.measure).better === 'lower' ? 'A lower rate is better. ' : ''}` +
          'This is a comparison, not a counterfactual: the ' +
          `similar areas have had Careers Hubs of their own since the first wave of hubs.`,
      ),
      ...blocks,
    ],
  };
}

function groupByAreas<T extends { areas: readonly string[] }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(item.areas.join('|'), [...(out.get(item.areas.join('|')) ?? []), item]);
  return out;
}

/** The methodology's account of the comparison groups. */
export function neighboursMethodSection(ctx: PlanContext): Section | undefined {
  const comparison = ctx.input.metrics.neighbours;
  const groups = groupsOf(ctx);
  if (!comparison || groups.length === 0) return undefined;
  const items = groups.map((g) => {
    const parts = [
      `${hubName(ctx, g.hub)} (${countWord(g.members.length)} area${g.members.length === 1 ? '' : 's'}): ` +
        `${g.members.map((m) => m.la.name).join('; ') || 'none'}`,
      ...(comparison.weights ?? []).filter((w) => w.hub === g.hub).map(groupWeightsText),
      g.inHubs.length ? `${countWord(g.inHubs.length)} neighbours left out because they are in a hub` : '',
      g.belowCloseness ? `${countWord(g.belowCloseness)} neighbour links below the minimum closeness left out` : '',
      g.countiesLeftOut.length
        ? `left out of destination figures (counties, no district lookup): ${g.countiesLeftOut.join(', ')}`
        : '',
      g.countiesByDistrict.length
        ? `counted through their districts for destinations: ${g.countiesByDistrict.join(', ')}`
        : '',
      g.notInFile.length ? `hub authorities missing from the neighbours file: ${g.notInFile.join(', ')}` : '',
    ];
    return { text: `${parts.filter(Boolean).join('; ')}.`, refs: [] };
  });
  return {
    id: 'method-neighbours',
    title: 'Similar areas: statistical neighbours',
    level: 2,
    blocks: [
      paragraph(
        `Besides ${ctx.comparator}, each hub is compared with its similar areas: the statistical neighbours that the ` +
          `DfE publishes for every local authority, taking the neighbours of the hub's ` +
          `authorities${comparison.minimumCloseness ? ` at least "${comparison.minimumCloseness}"` : ''}, ` +
          `leaving out ` +
          `every authority of any evaluated hub and counting each authority once. Their rates pool counts exactly ` +
          `as a hub's do. The change of a hub minus the change of its similar areas carries a 95% interval ` +
          `combining the two intervals (Zou and Donner 2008). Before each hub started, the yearly trends of hub and ` +
          `similar areas are compared (a weighted least-squares slope of the gap with a 95% interval); where that ` +
          `interval excludes zero the report warns that the comparison may mislead. This is a comparison, not a ` +
          `counterfactual: the similar areas have had Careers Hubs of their own since 2018. ${STABLE_GROUPS_METHOD}`,
      ),
      { kind: 'bullets', items },
    ],
  };
}

/**
 * Each hub's rate minus its similar areas', year by year: whether the two moved in step before the start (the
 * parallel-trends assumption the comparison rests on) and how the gap moved since. The gap is the difference of
 * the two published rates; a withheld rate leaves the year's gap withheld.
 */
function gapTrendChart(
  ctx: PlanContext,
  topic: Topic,
  check: { readonly diverged: string; readonly all: boolean },
): Block {
  const data = ctx.hubs.flatMap((h) => {
    const theirs = new Map(ctx.m.series(topic.measure, neighboursId(h.id), topic.breakdown).map((r) => [r.period, r]));
    return ctx.m.series(topic.measure, h.id, topic.breakdown).flatMap((r) => {
      const other = theirs.get(r.period);
      if (!other) return [];
      const known = r.value !== null && other.value !== null;
      return [
        {
          series: h.name,
          x: r.period,
          y: known ? r.value! - other.value! : null,
          symbol: known ? ('' as const) : r.symbol || other.symbol || ('x' as const),
        },
      ];
    });
  });
  const band = beforeBand(
    ctx,
    ctx.hubs.map((h) => h.id),
    data.map((d) => d.x),
  );
  const subject = topic.subject.replace(/^the /, '');
  return chartBlock(
    lineChart({
      ...(band ? { before: band } : {}),
      id: `${topic.id}-gap-trend`,
      title: similarAreasTrendTitle(topic.subject, topic.periodWord, check),
      subtitle:
        `Each hub's ${subject} minus that of its similar areas, percentage points, by ${topic.periodWord}; ` +
        'lines that run level before the start support the comparison',
      source:
        `${ctx.source(topic === NEET ? 'neet' : 'destinations')}; ${OTHER_SOURCES.neighbours.title} ` +
        `(${OTHER_SOURCES.neighbours.publisher})`,
      alt: `${similarAreasTrendTitle(topic.subject, topic.periodWord, check)}.`,
      yTitle: 'Hub minus similar areas (pp)',
      xTitle: topic.periodWord === 'year' ? 'Academic year' : 'KS4 cohort',
      unit: 'pp',
      data,
      seriesOrder: ctx.hubs.map((h) => h.name),
    }),
    'The gap is worked out from the two published rates, so it may differ from the tables in the last decimal place.',
  );
}
