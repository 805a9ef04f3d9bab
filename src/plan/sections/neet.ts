import type { PlanContext } from '../context.js';
import {
  ALL,
  chartBlock,
  ENGLAND,
  ends,
  hubsAndAll,
  paragraph,
  periodTable,
  seriesChart,
  tableBlock,
} from '../parts/common.js';
import { eventStudyBlocks } from '../parts/event-study.js';
import { manyHubs } from '../parts/ranked-chart.js';
import { relativeChange } from '../parts/relative-change.js';
import { cap, duringPeriod, gapOf, gapPhrase, hubChange, hubChangesSentence } from '../phrases/index.js';
import type { Block, Section } from '../types.js';

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
          title: `NEET or not known at 16 to 17, by hub, ${years[0] === last ? last : `${years[0]} to ${last}`}`,
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

function partSentences(ctx: PlanContext, part: (typeof PARTS)[number], k: number, last: string | undefined): string[] {
  const { m, book } = ctx;
  const changeRow = m.range(`${part.measure}_change_pp`, ENGLAND, ALL);
  const changes = ctx.hubs.map((h) => {
    const r = m.range(`${part.measure}_change_pp`, h.id, ALL);
    book.cite(r);
    return hubChange(h.name, r);
  });
  const style = (['fromTo', 'upTo', 'between'] as const)[k % 3];
  const lead = k === 0 ? `${duringPeriod(changeRow?.period ?? '')}, ` : k === 1 ? 'Of its two parts, ' : 'Beside it, ';
  // Each part says which hubs moved, backed by each change's interval; England's level and the change relative to
  // England's are the headline's only (England's own change is in the chart and table), so a reader gets the
  // finding without twenty figures.
  const out = [changeRow ? `${lead}${hubChangesSentence(part.subject, changes, { style })}.` : ''];
  if (k === 0 && last) {
    const england = book.cite(m.get(`${part.measure}_pct`, ENGLAND, last, ALL));
    const gaps = ctx.hubs.map((h) => {
      const r = m.get(`${part.measure}_pct`, h.id, last, ALL);
      book.citeGap(r, ctx.comparator);
      return gapOf(h.name, r);
    });
    out.push(`${cap(`in ${last}`)}, ${gapPhrase(gaps, `the ${ctx.comparator} rate (${england.text})`, style)}.`);
    out.push(relativeChange(ctx, 'neet_or_not_known', part.subject, ALL));
  }
  return out.filter(Boolean);
}
