import type { MetricRow } from '../../model/metric.js';
import { spanEnds } from '../../model/period.js';
import type { PlanContext } from '../context.js';
import {
  ALL,
  chartBlock,
  ENGLAND,
  ends,
  hubsAndAll,
  paragraph,
  periodTable,
  seriesChange,
  seriesChart,
  tableBlock,
} from '../parts/common.js';
import { eventStudyBlocks } from '../parts/event-study.js';
import { manyHubs } from '../parts/ranked-chart.js';
import { relativeChange } from '../parts/relative-change.js';
import {
  cap,
  changeSentence,
  duringPeriod,
  gapOf,
  gapPhrase,
  type HubChange,
  hubChange,
  hubChangesSentence,
  hubChangesTitle,
  noChangeSinceStartSentence,
  type RangeStyle,
  sinceStartOpening,
  wholeSpanOpening,
  withInterval,
} from '../phrases/index.js';
import type { Block, Section } from '../types.js';

type ChangeMeasure = `${(typeof PARTS)[number]['measure']}_change${'' | '_since_start'}_pp`;

/** The DfE headline first (NEET or not known), then its two parts beside it. */
const PARTS = [
  { measure: 'neet_or_not_known', subject: 'the share of 16 to 17 year olds NEET or whose activity was not known' },
  { measure: 'neet', subject: 'the NEET rate' },
  { measure: 'not_known', subject: 'the not known rate' },
] as const;

/** NEET or not known at 16 to 17 (NCCIS), the DfE headline measure, with NEET and not known beside it. */
export function neetSection(ctx: PlanContext): Section {
  const { m, book } = ctx;
  const headline = m.has('neet_or_not_known_pct') ? 'neet_or_not_known_pct' : 'neet_pct';
  const years = m.periods(headline);
  const last = years[years.length - 1];
  const parts = PARTS.filter((p) => m.has(`${p.measure}_pct`)).map((p, k) => partSentences(ctx, p, k, last));
  const text = parts.flat().join(' ');
  const series = hubsAndAll(ctx);
  const englandRef = { id: ENGLAND, name: ctx.comparator };
  const england = m.series(headline, ENGLAND, ALL);
  return {
    id: 'neet',
    title: 'Young people not in education, employment or training (NEET)',
    level: 2,
    blocks: [
      ...neetParagraphs(
        parts,
        // The rates' definition is the methodology's; here only what reading them needs.
        'A lower rate is better for each; the not known rate shows how complete the tracking is. Like ' +
          'destinations, these figures are for whole local authorities.',
        ends(england).map((r) => book.cite(r).id),
        manyHubs(ctx.hubs),
      ),
      chartBlock(
        seriesChart(ctx, {
          id: 'neet-trend',
          title: trendTitle(
            ctx,
            `NEET or not known at 16 to 17, by hub, ${years[0] === last ? last : `${years[0]} to ${last}`}`,
          ),
          subtitle:
            `% of 16 to 17 year olds known to the local authority who were NEET or whose activity was not known; ` +
            `${ctx.comparator} dashed`,
          source: ctx.source('neet'),
          alt: text,
          yTitle: '% NEET or not known',
          measure: headline,
          breakdown: ALL,
          unit: 'pct',
          series,
          highlight: englandRef,
        }),
      ),
      ...(['neet_pct', 'not_known_pct'] as const).map((measure) =>
        tableBlock(
          periodTable(ctx, {
            id: measure === 'neet_pct' ? 'neet-table' : 'not-known-table',
            caption:
              measure === 'neet_pct'
                ? '% of 16 to 17 year olds NEET, by hub and year'
                : '% of 16 to 17 year olds whose activity was not known, by hub and year',
            measure,
            breakdown: ALL,
            series: [...series, englandRef],
          }),
        ),
      ),
      ...eventStudyBlocks(ctx, {
        stem: m.has('neet_or_not_known_pct') ? 'neet_or_not_known' : 'neet',
        subject: m.has('neet_or_not_known_pct') ? 'NEET or not known' : 'NEET',
        period: 'year',
        xTitle: 'Academic year',
        id: 'neet-event-study',
        source: ctx.source('neet'),
      }),
    ],
  };
}

/**
 * The headline (change, gap to England, change relative to England) in one paragraph, and its two parts with the
 * notes in a second: one paragraph per finding. With many hubs each part's sentences are long, so each part has its
 * own paragraph.
 */
function neetParagraphs(parts: readonly string[][], notes: string, refs: readonly string[], many: boolean): Block[] {
  const [head = [], ...rest] = parts.filter((p) => p.length);
  if (!many) {
    const second = [...rest.flat(), notes].join(' ');
    return [paragraph(head.join(' '), refs), paragraph(second)];
  }
  return [
    ...parts.filter((p) => p.length).map((p, k) => paragraph(p.join(' '), k === 0 ? refs : [])),
    paragraph(notes),
  ];
}

/**
 * One part's sentences. The headline opens with its change since the hubs began (from the last year before the start
 * to the latest): all hubs together with its interval, each hub, England, and each hub against England; its level in
 * the latest year; last the whole span of the files, labelled with its years before the hubs. Its parts give their
 * changes since the start. Without a start year, the whole span only; with no year after the baseline, that said.
 */
function partSentences(ctx: PlanContext, part: (typeof PARTS)[number], k: number, last: string | undefined): string[] {
  const { m } = ctx;
  const sinceId = `${part.measure}_change_since_start_pp` as const;
  const wholeId = `${part.measure}_change_pp` as const;
  const engSince = m.range(sinceId, ENGLAND, ALL);
  const since = engSince !== undefined && engSince.symbol !== 'z';
  const style: RangeStyle = (['fromTo', 'upTo', 'between'] as const)[k % 3] ?? 'fromTo';
  // Each part says which hubs moved, backed by each change's interval; England's level and the change relative to
  // England's are the headline's only, so a reader gets the finding without twenty figures.
  if (k > 0) {
    const measure = since ? sinceId : wholeId;
    if (!m.range(measure, ENGLAND, ALL)) return [];
    const lead = `${k === 1 ? 'Of its two parts' : 'Beside it'}${since ? ', since the hubs began' : ''}, `;
    return [`${lead}${hubChangesSentence(part.subject, hubChanges(ctx, measure), { style })}.`];
  }
  const out: string[] = [];
  if (engSince?.symbol === 'z') out.push(noChangeSinceStartSentence('year', spanEnds(engSince.period)[0]));
  else if (engSince) out.push(...sinceStartSentences(ctx, part, engSince, style));
  if (last && since) out.push(gapSentence(ctx, part, last, style));
  const whole = m.range(wholeId, ENGLAND, ALL);
  if (whole && since) {
    const [from] = spanEnds(whole.period);
    const baseline = spanEnds(engSince.period)[0];
    const before = m.periods(`${part.measure}_pct`).filter((y) => y >= from && y <= baseline).length;
    out.push(
      `${wholeSpanOpening('academic years', whole.period, before)}` +
        `${hubChangesSentence(part.subject, hubChanges(ctx, wholeId), { style })}.`,
    );
  } else if (whole)
    out.push(
      `${duringPeriod(whole.period)}, ${hubChangesSentence(part.subject, hubChanges(ctx, wholeId), { style })}.`,
    );
  if (last && !since) out.push(gapSentence(ctx, part, last, style));
  if (!since) out.push(relativeChange(ctx, 'neet_or_not_known', part.subject, ALL));
  return out.filter(Boolean);
}

/**
 * The change since the start: all hubs together (or the one hub of a hub's report) with its interval first, then each
 * hub, England, and each hub against England.
 */
function sinceStartSentences(
  ctx: PlanContext,
  part: (typeof PARTS)[number],
  engSince: MetricRow,
  style: RangeStyle,
): string[] {
  const { m, book } = ctx;
  const sinceId = `${part.measure}_change_since_start_pp` as const;
  const single = ctx.input.hub !== null;
  const area = single ? ctx.hubs[0] : { id: ALL, name: 'all hubs together' };
  const areaRow = area ? m.range(sinceId, area.id, ALL) : undefined;
  book.cite(areaRow);
  const lead = areaRow
    ? withInterval(hubChangesSentence(part.subject, [hubChange(area?.name ?? '', areaRow)]), areaRow)
    : hubChangesSentence(part.subject, hubChanges(ctx, sinceId), { style });
  const engChange = seriesChange(m.series(`${part.measure}_pct`, ENGLAND, ALL), engSince, { book });
  return [
    `${sinceStartOpening('academic years', engSince.period)}${lead}.`,
    areaRow && !single ? `${cap(hubChangesSentence(part.subject, hubChanges(ctx, sinceId), { style }))}.` : '',
    engChange ? changeSentence(`the ${ctx.comparator} rate`, engChange, 'pct') : '',
    relativeChange(ctx, 'neet_or_not_known', part.subject, ALL, 'since'),
  ];
}

/**
 * The trend chart's title: how each hub's headline rate moved over the span the prose opens with (since the hubs
 * began where the files reach it, else the whole span), or `fallback`.
 */
function trendTitle(ctx: PlanContext, fallback: string): string {
  const part = ctx.m.has('neet_or_not_known_pct') ? PARTS[0] : PARTS[1];
  const subject = part === PARTS[0] ? 'the share NEET or not known at 16 to 17' : 'the NEET rate at 16 to 17';
  const sinceId = `${part.measure}_change_since_start_pp` as const;
  const engSince = ctx.m.range(sinceId, ENGLAND, ALL);
  const since = engSince !== undefined && engSince.symbol !== 'z';
  const measure = since ? sinceId : (`${part.measure}_change_pp` as const);
  const period = since ? engSince.period : ctx.m.range(measure, ENGLAND, ALL)?.period;
  if (!period) return fallback;
  return hubChangesTitle(subject, hubChanges(ctx, measure), { period, since }, fallback);
}

/** Each hub's change over `measure`, cited. */
function hubChanges(ctx: PlanContext, measure: ChangeMeasure): HubChange[] {
  return ctx.hubs.map((h) => {
    const r = ctx.m.range(measure, h.id, ALL);
    ctx.book.cite(r);
    return hubChange(h.name, r);
  });
}

/** Each hub's gap to England in the latest year. */
function gapSentence(ctx: PlanContext, part: (typeof PARTS)[number], last: string, style: RangeStyle): string {
  const { m, book } = ctx;
  const england = book.cite(m.get(`${part.measure}_pct`, ENGLAND, last, ALL));
  const gaps = ctx.hubs.map((h) => {
    const r = m.get(`${part.measure}_pct`, h.id, last, ALL);
    book.citeGap(r, ctx.comparator);
    return gapOf(h.name, r);
  });
  return `${cap(`in ${last}`)}, ${gapPhrase(gaps, `the ${ctx.comparator} rate (${england.text})`, style)}.`;
}
