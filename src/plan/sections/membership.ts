import type { PlanContext } from '../context.js';
import {
  ALL,
  chartBlock,
  fmt,
  hubsAndAll,
  paragraph,
  periodTable,
  seriesChange,
  seriesChart,
  tableBlock,
} from '../parts/common.js';
import { changeSentence, predecessorsSentence } from '../phrases/index.js';
import type { Section } from '../types.js';

export function membershipSection(ctx: PlanContext): Section {
  const { m, book } = ctx;
  const year = m.periods('membership_institutions_pct').at(-1) ?? ctx.input.year;
  const focus = ctx.input.hub ?? ALL;
  const series = m.series('membership_institutions_pct', focus, ALL);
  // Membership counts every eligible institution in the register: no sampling error, the sign is the finding.
  const change = seriesChange(series, undefined, { exact: true, book: ctx.book });
  const latest = m.get('membership_institutions_pct', focus, year, ALL);
  const pupils = m.get('membership_pupils_pct', focus, year, ALL);
  const members = m.get('membership_institutions', focus, year, ALL);
  const pupilCount = m.get('membership_pupils', focus, year, ALL);
  const growth = fastestGrowth(series.map((r) => ({ period: r.period, value: r.value })));
  const text = [
    // The share of eligible institutions is given once: by the change sentence when there is one.
    `By the end of ${year}, ${book.cite(members).text} institutions were hub members` +
      `${change ? '' : `: ${book.cite(latest).text} of those eligible`}, with ${book.cite(pupilCount).text} ` +
      `pupils, ${book.cite(pupils).text} of pupils in eligible institutions.`,
    change ? changeSentence('the share of eligible institutions that were members', change, 'pct') : '',
    growth ? `Membership grew fastest between ${growth.from} and ${growth.to}.` : '',
    predecessors(ctx, series[0]?.period),
  ]
    .filter(Boolean)
    .join(' ');
  const lines = hubsAndAll(ctx);
  return {
    id: 'membership',
    title: 'Hub membership and reach',
    level: 1,
    blocks: [
      paragraph(text, [book.cite(members).id, book.cite(latest).id, book.cite(pupils).id, book.cite(pupilCount).id]),
      chartBlock(
        seriesChart(ctx, {
          id: 'membership-institutions',
          title: `${fmt(latest)} of eligible institutions were hub members by ${year}`,
          subtitle: '% of eligible schools and colleges that had joined their hub, by academic year',
          source: ctx.source('institutions'),
          alt: text,
          yTitle: '% of eligible institutions',
          measure: 'membership_institutions_pct',
          breakdown: ALL,
          unit: 'pct',
          series: lines,
        }),
      ),
      tableBlock(
        periodTable(ctx, {
          id: 'membership-pupils-table',
          caption: '% of pupils in eligible institutions who were in member institutions',
          measure: 'membership_pupils_pct',
          breakdown: ALL,
          series: lines,
        }),
      ),
    ],
  };
}

/** The two-year span with the largest rise (ties: the earliest), as the evaluation reports "fastest growth". */
function fastestGrowth(
  points: readonly { period: string; value: number | null }[],
): { from: string; to: string } | undefined {
  let best: { from: string; to: string; rise: number } | undefined;
  for (let k = 2; k < points.length; k++) {
    const a = points[k - 2]!;
    const b = points[k]!;
    if (a.value === null || b.value === null) continue;
    const rise = b.value - a.value;
    if (!best || rise > best.rise) best = { from: a.period, to: b.period, rise };
  }
  return best && best.rise > 0 ? { from: best.from, to: best.to } : undefined;
}

/**
 * When membership is counted from before the earliest hub start, the years before are joinings of the programmes the
 * hubs took over: said, with their names from the evaluation's history where it gives them.
 */
function predecessors(ctx: PlanContext, first: string | undefined): string {
  const starts = ctx.input.config.hubs.flatMap((h) => (h.started ? [h.started] : [])).sort();
  const started = starts[0];
  if (!first || !started || first >= started) return '';
  // Stages whose period starts before the hubs' start year (the hubs' own stage starts with it).
  const startYear = Number(started.slice(0, 4));
  const earlier = ctx.input.config.evaluation.history.filter((h) => Number(/\d{4}/.exec(h.period)?.[0]) < startYear);
  return predecessorsSentence(first, started, earlier);
}
