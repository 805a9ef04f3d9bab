import { intervalChart } from '../../charts/specs.js';
import { excludesZero } from '../../stats/change.js';
import type { PlanContext } from '../context.js';
import { cap, changeSentence, duringPeriod, gapPhrase, hubChangesSentence, lowerFirst } from '../phrases.js';
import type { Block, Section } from '../types.js';
import {
  ALL,
  chartBlock,
  ENGLAND,
  ends,
  fmt,
  hubsAndAll,
  paragraph,
  periodTable,
  seriesChange,
  seriesChart,
  tableBlock,
} from './common.js';

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
        ...rateBlocks(ctx, 'total', 'all pupils'),
      ],
    },
  ];
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
  const change = seriesChange(eng, ctx.m.range('eet_change_pp', ENGLAND, 'disadvantaged'));
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
  const changes = ctx.hubs.map((h) => {
    const r = m.range('eet_change_pp', h.id, breakdown);
    book.cite(r);
    return {
      name: h.name,
      value: r?.value ?? null,
      clear: excludesZero(r?.ci_low ?? null, r?.ci_high ?? null),
      symbol: r?.symbol ?? 'x',
    };
  });
  const engRange = m.range('eet_change_pp', ENGLAND, breakdown);
  const england = m.series('eet_sustained_pct', ENGLAND, breakdown);
  const engChange = seriesChange(england, engRange);
  const gaps = ctx.hubs.map((h) => {
    const r = m.get('eet_sustained_pct', h.id, last, breakdown);
    book.cite(r);
    return { name: h.name, value: r?.diff ?? null, row: r };
  });
  const span = engRange?.period.replace('-', ' to ') ?? '';
  const englandLast = book.cite(m.get('eet_sustained_pct', ENGLAND, last, breakdown)).text;
  const sentences = [
    `For ${who} in the KS4 cohorts ${span}, ${hubChangesSentence('the sustained EET rate', changes)}.`,
    engChange ? changeSentence(`the ${ctx.comparator} rate`, engChange, 'pct') : '',
    `For the ${last} cohort, ${gapPhrase(gaps, `the ${ctx.comparator} rate (${englandLast})`)}.`,
  ];
  const id = breakdown === 'total' ? 'eet' : `eet-${breakdown}`;
  const series = hubsAndAll(ctx);
  const englandRef = { id: ENGLAND, name: ctx.comparator };
  return [
    paragraph(sentences.filter(Boolean).join(' '), [engRange ? book.cite(engRange).id : '']),
    chartBlock(
      seriesChart(ctx, {
        id: `${id}-trend`,
        title: gaps.every((g) => g.value !== null && g.value > 0)
          ? `Every hub's sustained EET rate for ${who} was above ${ctx.comparator}'s for the ${last} cohort`
          : `Sustained EET rates for ${who}, KS4 cohorts ${cohorts[0]} to ${last}`,
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
      intervalChart({
        id: `${id}-gap`,
        title: `Gap to the ${ctx.comparator} sustained EET rate, ${last} cohort (${who})`,
        frame: ctx.input.chartFrame,
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
      }),
    ),
  ];
}

function apprenticeshipBlocks(ctx: PlanContext): Block[] {
  const { m, book } = ctx;
  const england = m.series('apprenticeship_pct', ENGLAND, 'total');
  if (england.length === 0 && ctx.hubs.every((h) => m.series('apprenticeship_pct', h.id, 'total').length === 0))
    return [];
  const engChange = seriesChange(england, m.range('apprenticeship_change_pp', ENGLAND, 'total'));
  const changes = ctx.hubs.map((h) => {
    const r = m.range('apprenticeship_change_pp', h.id, 'total');
    book.cite(r);
    return {
      name: h.name,
      value: r?.value ?? null,
      clear: excludesZero(r?.ci_low ?? null, r?.ci_high ?? null),
      symbol: r?.symbol ?? 'x',
    };
  });
  const text = [
    engChange ? changeSentence(`the ${ctx.comparator} sustained apprenticeship rate`, engChange, 'pct') : '',
    `${cap(hubChangesSentence('the sustained apprenticeship rate', changes))}.`,
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
        title:
          `Sustained apprenticeship rates after KS4, cohorts ${england[0]?.period ?? ''} to ` +
          `${england[england.length - 1]?.period ?? ''}`,
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

/** NEET and not known at 16 to 17 (NCCIS), by hub against England. */
export function neetSection(ctx: PlanContext): Section {
  const { m, book } = ctx;
  const years = m.periods('neet_pct');
  const last = years[years.length - 1];
  const changes = ctx.hubs.map((h) => {
    const r = m.range('neet_change_pp', h.id, ALL);
    book.cite(r);
    return {
      name: h.name,
      value: r?.value ?? null,
      clear: excludesZero(r?.ci_low ?? null, r?.ci_high ?? null),
      symbol: r?.symbol ?? 'x',
    };
  });
  const england = m.series('neet_pct', ENGLAND, ALL);
  const engChange = seriesChange(england, m.range('neet_change_pp', ENGLAND, ALL));
  const gaps = ctx.hubs.map((h) => ({
    name: h.name,
    value: last ? (m.get('neet_pct', h.id, last, ALL)?.diff ?? null) : null,
  }));
  const changeRow = m.range('neet_change_pp', ENGLAND, ALL);
  const range = changeRow ? duringPeriod(changeRow.period) : '';
  const text = [
    range ? `${range}, ${hubChangesSentence('the NEET rate of 16 to 17 year olds', changes)}.` : '',
    engChange ? changeSentence(`the ${ctx.comparator} NEET rate`, engChange, 'pct') : '',
    last
      ? `In ${last}, ` +
        `${gapPhrase(gaps, `the ${ctx.comparator} rate (${fmt(m.get('neet_pct', ENGLAND, last, ALL))})`)}; a lower ` +
        `NEET rate is better.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const series = hubsAndAll(ctx);
  const englandRef = { id: ENGLAND, name: ctx.comparator };
  return {
    id: 'neet',
    title: 'Young people not in education, employment or training (NEET)',
    level: 2,
    blocks: [
      paragraph(
        `${text} Rates are the December to February average of 16 and 17 year olds known to their local authority ` +
          `(NCCIS), weighted by each authority's cohort; the not known rate shows how complete the tracking is.`,
        ends(england).map((r) => book.cite(r).id),
      ),
      chartBlock(
        seriesChart(ctx, {
          id: 'neet-trend',
          title: `16 to 17 year olds NEET by hub, ${years[0] ?? ''} to ${last ?? ''}`,
          subtitle: `% of 16 to 17 year olds known to the local authority who were NEET; ${ctx.comparator} dashed`,
          source: ctx.source('neet'),
          alt: text,
          yTitle: '% NEET',
          measure: 'neet_pct',
          breakdown: ALL,
          unit: 'pct',
          series,
          highlight: englandRef,
        }),
      ),
      tableBlock(
        periodTable(ctx, {
          id: 'not-known-table',
          caption: '% of 16 to 17 year olds whose activity was not known, by hub and year',
          measure: 'not_known_pct',
          breakdown: ALL,
          series: [...series, englandRef],
        }),
      ),
    ],
  };
}
