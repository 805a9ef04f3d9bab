import type { HubConfig } from '../../config/schema.js';
import { spanEnds } from '../../model/period.js';
import type { AcademicYear } from '../../model/year.js';
import type { PlanContext } from '../context.js';
import { chartBlock, ENGLAND, ends, hubsAndAll, paragraph, seriesChange, seriesChart } from '../parts/common.js';
import { eventStudyBlocks } from '../parts/event-study.js';
import { intervalOrRanked } from '../parts/ranked-chart.js';
import { relativeChange } from '../parts/relative-change.js';
import {
  cap,
  changeSentence,
  EVENT_STUDY_TITLE,
  gapOf,
  gapPhrase,
  gapTitle,
  type HubChange,
  hubChange,
  hubChangesSentence,
  hubChangesTitle,
  hubGroup,
  lowerFirst,
  noChangeSinceStartSentence,
  sinceStartOpening,
  wholeSpanOpening,
} from '../phrases/index.js';
import type { Block, Section } from '../types.js';

/** Sustained EET, the gap to England, disadvantaged pupils and apprenticeships, from the KS4 destination measures. */
export function destinationsSections(ctx: PlanContext): Section[] {
  const sections: Section[] = [
    {
      id: 'destinations',
      title: 'Destinations after key stage 4',
      level: 1,
      pageBreak: true,
      blocks: [
        paragraph(
          `The DfE's key stage 4 destination measures show the share of each year's KS4 cohort in a sustained ` +
            `education, apprenticeship or employment destination (sustained EET) in the following year. Cohorts are ` +
            `labelled by the year the pupils finished KS4; hub rates pool the counts of the hub's local ` +
            `authorities. Figures are for pupils in ${lowerFirst(ctx.input.config.destinations.institutionGroup)}.`,
        ),
        paragraph(destinationCaveats(ctx)),
        ...rateBlocks(ctx, 'total', 'all pupils'),
        ...notSustainedBlocks(ctx),
      ],
    },
  ];
  const event = eventStudyBlocks(ctx, {
    stem: 'eet',
    subject: 'sustained EET',
    period: 'cohort',
    xTitle: 'KS4 cohort',
    id: 'eet-event-study',
    source: ctx.source('destinations'),
  });
  if (event.length)
    sections.push({
      id: 'destinations-event-study',
      title: EVENT_STUDY_TITLE('sustained EET', ctx.comparator),
      level: 2,
      blocks: event,
    });
  const disadvantaged = disadvantagedBlocks(ctx);
  if (disadvantaged.length)
    sections.push({ id: 'destinations-disadvantaged', title: 'Disadvantaged pupils', level: 2, blocks: disadvantaged });
  const apprenticeships = apprenticeshipBlocks(ctx);
  if (apprenticeships.length)
    sections.push({ id: 'apprenticeships', title: 'Apprenticeships', level: 2, blocks: apprenticeships });
  return sections;
}

function disadvantagedBlocks(ctx: PlanContext): Block[] {
  if (ctx.hubs.some((h) => ctx.m.series('eet_sustained_pct', h.id, 'disadvantaged').length > 0))
    return rateBlocks(ctx, 'disadvantaged', 'disadvantaged pupils');
  const eng = ctx.m.series('eet_sustained_pct', ENGLAND, 'disadvantaged');
  if (eng.length === 0) return [];
  const change = seriesChange(eng, ctx.m.range('eet_change_pp', ENGLAND, 'disadvantaged'), { book: ctx.book });
  return [
    paragraph(
      `The destination files given have no local-authority breakdown for disadvantaged pupils, so hub rates for ` +
        `them cannot be computed. ` +
        `${change ? changeSentence(`nationally, the sustained EET rate of disadvantaged pupils`, change, 'pct') : ''}`,
      ends(eng).map((r) => ctx.book.cite(r).id),
    ),
  ];
}

function rateBlocks(ctx: PlanContext, breakdown: string, who: string): Block[] {
  const { m, book } = ctx;
  const cohorts = m.periods('eet_sustained_pct');
  const last = cohorts[cohorts.length - 1];
  if (!last) return [];
  const gaps = ctx.hubs.map((h) => {
    const r = m.get('eet_sustained_pct', h.id, last, breakdown);
    book.cite(r);
    book.citeGap(r, ctx.comparator);
    return { ...gapOf(h.name, r), row: r };
  });
  const englandLast = book.cite(m.get('eet_sustained_pct', ENGLAND, last, breakdown)).text;
  const { engRange, text: changeText, lead } = eetChanges(ctx, breakdown, who);
  const sentences = [
    ...changeText,
    `For the ${last} cohort, ${gapPhrase(gaps, `the ${ctx.comparator} rate (${englandLast})`, 'fromTo')}.`,
    breakdown === 'disadvantaged' ? disadvantageGapText(ctx, last) : '',
  ];
  const id = breakdown === 'total' ? 'eet' : `eet-${breakdown}`;
  const series = hubsAndAll(ctx);
  const englandRef = { id: ENGLAND, name: ctx.comparator };
  return [
    paragraph(sentences.filter(Boolean).join(' '), [engRange ? book.cite(engRange).id : '']),
    chartBlock(
      seriesChart(ctx, {
        id: `${id}-trend`,
        title: hubChangesTitle(
          `the sustained EET rate for ${who}`,
          lead?.changes ?? [],
          { period: lead?.period ?? '', since: lead?.since ?? false },
          `Sustained EET rates for ${who}, KS4 cohorts ${cohorts[0]} to ${last}`,
        ),
        xTitle: 'KS4 cohort',
        subtitle:
          `% of the KS4 cohort in sustained education, apprenticeship or employment, by hub and cohort; ` +
          `${ctx.comparator} dashed`,
        source: ctx.source('destinations'),
        alt: sentences.filter(Boolean).join(' '),
        yTitle: '% sustained EET',
        measure: 'eet_sustained_pct',
        breakdown,
        unit: 'pct',
        series,
        highlight: englandRef,
      }),
    ),
    chartBlock(
      intervalOrRanked(
        {
          id: `${id}-gap`,
          title: gapTitle(
            `sustained EET rate for ${who}`,
            gaps,
            ctx.comparator,
            `for the ${last} cohort`,
            `Gap to the ${ctx.comparator} sustained EET rate, ${last} cohort (${who})`,
          ),
          subtitle: `Hub rate minus the ${ctx.comparator} rate, percentage points, with 95% confidence intervals`,
          source: ctx.source('destinations'),
          alt: `For the ${last} cohort, ${gapPhrase(gaps, `the ${ctx.comparator} rate`)}.`,
          valueTitle: `Percentage points above (+) or below (-) ${ctx.comparator}`,
          labelTitle: 'Hub',
          unit: 'pp',
          zeroLine: true,
          data: gaps.map((g) => ({
            label: g.name,
            value: g.value,
            low: g.row?.diff_ci_low ?? null,
            high: g.row?.diff_ci_high ?? null,
            symbol: g.row?.symbol ?? '',
          })),
        },
        ctx.comparator,
      ),
    ),
  ];
}

function apprenticeshipBlocks(ctx: PlanContext): Block[] {
  const { m, book } = ctx;
  const england = m.series('apprenticeship_pct', ENGLAND, 'total');
  if (england.length === 0 && ctx.hubs.every((h) => m.series('apprenticeship_pct', h.id, 'total').length === 0))
    return [];
  const engChange = seriesChange(england, m.range('apprenticeship_change_pp', ENGLAND, 'total'), { book: ctx.book });
  const rows = ctx.hubs.map((h) => m.range('apprenticeship_change_pp', h.id, 'total'));
  for (const r of rows) book.cite(r);
  const changes = ctx.hubs.map((h, k) => hubChange(h.name, rows[k]));
  const text = [
    engChange ? changeSentence(`the ${ctx.comparator} sustained apprenticeship rate`, engChange, 'pct') : '',
    `${cap(hubChangesSentence('the sustained apprenticeship rate', changes, { style: 'upTo' }))}.`,
    relativeChange(ctx, 'apprenticeship', 'the sustained apprenticeship rate', 'total'),
  ]
    .filter(Boolean)
    .join(' ');
  const series = hubsAndAll(ctx);
  return [
    paragraph(
      text,
      ends(england).map((r) => book.cite(r).id),
    ),
    chartBlock(
      seriesChart(ctx, {
        id: 'apprenticeships-trend',
        title: hubChangesTitle(
          'the sustained apprenticeship rate',
          changes,
          { period: rows.find(Boolean)?.period ?? '', since: false },
          `Sustained apprenticeship rates after KS4, cohorts ${england[0]?.period ?? ''} to ` +
            `${england[england.length - 1]?.period ?? ''}`,
        ),
        xTitle: 'KS4 cohort',
        subtitle: `% of the KS4 cohort with a sustained apprenticeship, by hub and cohort; ${ctx.comparator} dashed`,
        source: ctx.source('destinations'),
        alt: text,
        yTitle: '% sustained apprenticeship',
        measure: 'apprenticeship_pct',
        breakdown: 'total',
        unit: 'pct',
        series,
        highlight: { id: ENGLAND, name: ctx.comparator },
      }),
    ),
  ];
}

/**
 * The chapter's changes in sustained EET: first since the hubs began (from the last cohort before the start to the
 * latest, each hub's and England's, and each hub's against England's), then the whole span of the files, labelled
 * as such and with the number of its cohorts before the start. Without a start year only the whole span, labelled;
 * with no cohort after the baseline, that said instead of a change since the start.
 */
function eetChanges(ctx: PlanContext, breakdown: string, who: string) {
  const { m, book } = ctx;
  const changesOf = (measure: 'eet_change_pp' | 'eet_change_since_start_pp') =>
    ctx.hubs.map((h) => {
      const r = m.range(measure, h.id, breakdown);
      book.cite(r);
      return hubChange(h.name, r);
    });
  const england = m.series('eet_sustained_pct', ENGLAND, breakdown);
  const engRange = m.range('eet_change_pp', ENGLAND, breakdown);
  const engSince = m.range('eet_change_since_start_pp', ENGLAND, breakdown);
  const style = breakdown === 'total' ? 'upTo' : 'fromTo';
  const text: string[] = [];
  // The changes the prose opens with, for the chart's title: since the hubs began where the files reach it.
  let lead: { changes: HubChange[]; period: string; since: boolean } | undefined;
  if (engSince?.symbol === 'z') text.push(noChangeSinceStartSentence('KS4 cohort', spanEnds(engSince.period)[0]));
  else if (engSince) {
    const engChange = seriesChange(england, engSince, { book });
    lead = { changes: changesOf('eet_change_since_start_pp'), period: engSince.period, since: true };
    text.push(
      `${sinceStartOpening(`${who}, KS4 cohorts`, engSince.period)}` +
        `${hubChangesSentence('the sustained EET rate', lead.changes, { style })}.`,
      engChange ? changeSentence(`the ${ctx.comparator} rate`, engChange, 'pct') : '',
      relativeChange(ctx, 'eet', 'the sustained EET rate', breakdown, 'since'),
    );
  }
  const wholeRows = ctx.hubs.map((h) => m.range('eet_change_pp', h.id, breakdown));
  const wholeSpan = engRange?.period ?? wholeRows.find(Boolean)?.period;
  if (wholeSpan) {
    const [from] = spanEnds(wholeSpan);
    const baseline = engSince && engSince.symbol !== 'z' ? spanEnds(engSince.period)[0] : null;
    const before = baseline ? m.periods('eet_sustained_pct').filter((c) => c >= from && c <= baseline).length : null;
    const engChange = engRange ? seriesChange(england, engRange, { book }) : undefined;
    const whole = changesOf('eet_change_pp');
    lead ??= { changes: whole, period: wholeSpan, since: false };
    text.push(
      `${wholeSpanOpening(`${who}, KS4 cohorts`, wholeSpan, before)}` +
        `${hubChangesSentence('the sustained EET rate', whole, { style })}` +
        `${engChange ? `; ${lowerFirst(changeSentence(`the ${ctx.comparator} rate`, engChange, 'pct'))}` : '.'}`,
    );
  }
  // Without a start year the whole span is all there is: its change against England's too.
  if (!engSince) text.push(relativeChange(ctx, 'eet', 'the sustained EET rate', breakdown));
  return { engRange: engSince ?? engRange, text: text.filter(Boolean), lead };
}

/** The gap between disadvantaged pupils and the others within each hub (`eet_disadvantage_gap_pp`). */
function disadvantageGapText(ctx: PlanContext, cohort: string): string {
  const gaps = ctx.hubs.map((h) => {
    const r = ctx.m.any('eet_disadvantage_gap_pp', h.id, cohort);
    ctx.book.cite(r);
    return { name: h.name, value: r?.value ?? null, low: r?.ci_low ?? null, high: r?.ci_high ?? null };
  });
  if (gaps.every((g) => g.value === null)) return '';
  return `Within the hubs, ${gapPhrase(
    gaps,
    'the rate of other pupils',
    'between',
    (names) => `disadvantaged pupils' rate in ${names} was`,
  )}.`;
}

const notSustainedIn = (names: string) => `the share whose destination was not sustained in ${names} was`;

/** The KS4 "not sustained" rate (the evaluation's "confirmed NEET" after KS4), its gap to England and change. */
function notSustainedBlocks(ctx: PlanContext): Block[] {
  const { m, book } = ctx;
  const last = m.periods('not_sustained_pct').at(-1);
  if (!last) return [];
  const england = book.cite(m.get('not_sustained_pct', ENGLAND, last, 'total'));
  const gaps = ctx.hubs.map((h) => {
    const r = m.get('not_sustained_pct', h.id, last, 'total');
    book.citeGap(r, ctx.comparator);
    return gapOf(h.name, r);
  });
  const changes = ctx.hubs.map((h) => {
    const r = m.range('not_sustained_change_pp', h.id, 'total');
    book.cite(r);
    return hubChange(h.name, r);
  });
  const text = [
    `For the ${last} cohort, ` +
      gapPhrase(gaps, `the ${ctx.comparator} rate (${england.text})`, 'upTo', notSustainedIn) +
      `; a lower rate is better. A destination not sustained is the closest KS4 measure to the evaluation's ` +
      '"confirmed NEET".',
    changes.some((c) => c.value !== null)
      ? `${cap(hubChangesSentence('the not sustained rate', changes, { style: 'fromTo' }))}.`
      : '',
    relativeChange(ctx, 'not_sustained', 'the not sustained rate', 'total'),
  ];
  return [paragraph(text.filter(Boolean).join(' '))];
}

/** The hub's start year, where the config gives one (`hubs[].started`). */
export function hubStarted(ctx: PlanContext, id: string): AcademicYear | undefined {
  // `started` arrives with the config schema on main; read it as optional until then.
  const hub: (HubConfig & { readonly started?: AcademicYear }) | undefined = ctx.input.config.hubs.find(
    (h) => h.id === id,
  );
  return hub?.started;
}

/** Caveats said where the destination figures are: what they measure, and what they cannot show. */
function destinationCaveats(ctx: PlanContext): string {
  const cohorts = ctx.m.periods('eet_sustained_pct');
  const started = ctx.hubs
    .map((h) => ({ name: h.name, started: hubStarted(ctx, h.id) }))
    .filter((h): h is { name: string; started: AcademicYear } => h.started !== undefined);
  const startText = [...new Set(started.map((h) => h.started))]
    .map((year) => {
      const before = cohorts.filter((c) => c < year);
      if (before.length === 0) return '';
      const hubs = started.filter((h) => h.started === year);
      const span = `${before[0]}${before.length > 1 ? ` to ${before[before.length - 1]}` : ''}`;
      const verb =
        hubs.length === ctx.hubs.length && hubs.length > 1 ? 'The hubs' : cap(hubGroup(hubs, ctx.hubs.length));
      return (
        ` ${verb} started in ${year}, so the KS4 cohorts ${span} finished KS4 before ` +
        `${hubs.length > 1 ? 'the hubs' : 'the hub'} began: they describe the area, not the hub's work.`
      );
    })
    .join('');
  return (
    "Destination figures are for whole local authorities, not only for the hubs' member schools and colleges, and " +
    `there is no comparison group that shows what would have happened without the hubs.${startText}`
  );
}
