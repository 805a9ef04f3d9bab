import { groupedDotPlot, intervalChart } from '../../charts/specs.js';
import { earliestStart } from '../../metrics/pooled-change.js';
import { SOURCE_TEXT } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { spanEnds } from '../../model/period.js';
import { leaders } from '../../stats/change.js';
import type { PlanContext } from '../context.js';
import { BENCHMARKS, benchmarkLabel, clearBenchmarkChanges } from '../parts/benchmarks.js';
import {
  ALL,
  chartBlock,
  ends,
  fmt,
  hubsAndAll,
  paragraph,
  periodTable,
  seriesChange,
  seriesChart,
  tableBlock,
} from '../parts/common.js';
import { manyHubs } from '../parts/ranked-chart.js';
import {
  benchmarkChangeSentence,
  benchmarkChangeTitle,
  changeSentence,
  changeTitle,
  duringPeriod,
  hubChange,
  hubChangesSentence,
  rankingSentence,
  sinceStartNote,
} from '../phrases/index.js';
import type { Block, Section } from '../types.js';

const SAME = 'same_institutions';

const GROUP_NAMES: Readonly<Record<string, string>> = {
  mainstream: 'Mainstream schools',
  special_ap: 'Special schools and alternative provision',
  college: 'Colleges',
};

export function compassSection(ctx: PlanContext): Section {
  const { m, book } = ctx;
  // The latest Compass year up to the reporting year (the reporting year itself when it has returns).
  const year = m.periods('compass_mean_benchmarks_achieved').at(-1) ?? ctx.input.year;
  const source = ctx.source('compass');
  const focus = ctx.input.hub ?? ALL;
  const where = ctx.input.hub ? `the ${ctx.hubs[0]!.name} hub's area` : "the hubs' areas";
  const series = m.series('compass_mean_benchmarks_achieved', focus, ALL);
  const changeRow = m.range('compass_mean_benchmarks_change', focus, ALL);
  // The word comes from the change since the start, not from the trend over every year (some before the hubs).
  const change = seriesChange(series, changeRow, { book: ctx.book });
  const first = series[0];
  const last = series[series.length - 1];
  const cited = [first, last, changeRow].map((r) => book.cite(r).id);
  const intro = change
    ? changeSentence(
        `the average number of Gatsby Benchmarks fully achieved by schools and colleges in ${where} completing ` +
          `Compass`,
        change,
        'mean',
      )
    : `The average number of Gatsby Benchmarks fully achieved in ${year} was ${fmt(last)}.`;
  const baseline = changeRow && first && !changeRow.period.startsWith(first.period) ? changeRow.period : undefined;
  const sinceText = baseline ? ` ${sinceStartNote(spanEnds(baseline)[0], startOf(ctx, focus))}` : '';

  const completions = m.series('compass_completions', focus, ALL);
  const c0 = completions[0];
  const c1 = completions[completions.length - 1];
  const coverage = m.get('compass_coverage_pct', focus, year, ALL);
  const members = m.get('compass_completions', focus, year, 'members');
  const membersText =
    members && c1 && c1.period === year
      ? ` Of the ${book.cite(c1).words} in ${year}, ${book.cite(members).words} were hub members.`
      : '';
  const coverageText =
    membersText +
    (coverage ? ` In ${year}, ${book.cite(coverage).text} of eligible institutions completed Compass.` : '');
  const completionChange = seriesChange(completions, undefined, { exact: true, book: ctx.book });
  // Coverage counts every eligible institution: a census, so its change is exact (as the completions' is).
  const coverageChange = seriesChange(m.series('compass_coverage_pct', focus, ALL), undefined, {
    exact: true,
    book: ctx.book,
  });
  const completionText = completionChange
    ? changeSentence(`the number of institutions in ${where} completing Compass`, completionChange, 'count') +
      coverageText
    : c1
      ? `In ${c1.period}, ${fmt(c1)} institutions in ${where} completed Compass.${coverageText}`
      : '';

  const progress = ctx.hubs.map((h) => ({
    ...hubChange(h.name, m.range('compass_mean_benchmarks_change', h.id, ALL)),
    id: book.cite(m.range('compass_mean_benchmarks_change', h.id, ALL)).id,
  }));
  const progressText =
    ctx.hubs.length > 1 && changeRow && progress.some((p) => p.id !== '')
      ? `${duringPeriod(changeRow.period)}, ` +
        `${hubChangesSentence('the average', progress, { unit: 'mean', noun: ' benchmarks', style: 'fromTo' })}.`
      : '';
  const likeForLike = likeForLikeText(ctx, focus);
  const allEight = allEightText(ctx, focus, where);

  const mainstream = m.get('compass_mean_benchmarks_achieved', focus, year, 'mainstream');
  const specialAp = m.get('compass_mean_benchmarks_achieved', focus, year, 'special_ap');
  const typeText =
    `In ${year}, mainstream schools fully achieved ${book.cite(mainstream).text} benchmarks on ` +
    `average, and special schools and alternative provision ${book.cite(specialAp).text}.`;

  const lineData = hubsAndAll(ctx);
  const benchmarkData = lineData.flatMap((h) =>
    BENCHMARKS.map((_, k) => {
      const r = m.get('compass_benchmark_achieved_pct', h.id, year, `b${k + 1}`);
      return {
        category: benchmarkLabel(k),
        group: h.name,
        value: r?.value ?? null,
        low: r?.ci_low ?? null,
        high: r?.ci_high ?? null,
        symbol: r?.symbol ?? '',
      };
    }),
  );
  const ranked = BENCHMARKS.map((name, k) => {
    const r = m.get('compass_benchmark_achieved_pct', focus, year, `b${k + 1}`);
    book.cite(r);
    return { item: { name: `Benchmark ${k + 1} (${name})` }, value: r?.value ?? Number.NaN, ...limits(r) };
  });
  const ranking = rankingSentence(`In ${year}`, 'benchmark', leaders(ranked, 'top'), leaders(ranked, 'bottom'), 8);

  return {
    id: 'compass',
    title: 'Careers provision: Gatsby Benchmarks in Compass',
    level: 1,
    pageBreak: true,
    blocks: (
      [
        paragraph(`${intro}${sinceText} ${completionText}`, [
          ...cited,
          book.cite(c0).id,
          book.cite(c1).id,
          book.cite(coverage).id,
        ]),
        ...(progressText || likeForLike.text || allEight.text
          ? [
              paragraph([progressText, likeForLike.text, allEight.text].filter(Boolean).join(' '), [
                ...likeForLike.refs,
                ...allEight.refs,
              ]),
            ]
          : []),
        paragraph(compassCaveat(where)),
        chartBlock(
          seriesChart(ctx, {
            id: 'compass-mean-benchmarks',
            title: change
              ? changeTitle('average Gatsby Benchmarks fully achieved', change, 'mean')
              : `Average Gatsby Benchmarks fully achieved, ${year}`,
            subtitle: 'Mean number of the 8 benchmarks scored 100% in Compass, by hub and academic year',
            source,
            alt: intro,
            yTitle: 'Benchmarks fully achieved (0-8)',
            measure: 'compass_mean_benchmarks_achieved',
            breakdown: ALL,
            unit: 'mean',
            series: lineData,
          }),
        ),
        tableBlock(
          periodTable(ctx, {
            id: 'compass-completions-table',
            caption: 'Compass completions (institutions with a return) by hub and academic year',
            measure: 'compass_completions',
            breakdown: ALL,
            series: lineData,
          }),
        ),
        chartBlock(
          seriesChart(ctx, {
            id: 'compass-coverage',
            title: coverageChange
              ? changeTitle('Compass coverage', coverageChange, 'pct')
              : 'Compass coverage by hub and academic year',
            subtitle:
              '% of eligible institutions completing Compass, by hub and academic year; every eligible institution ' +
              'is counted, so a change is a count, not an estimate',
            source,
            alt: coverageText.trim() || 'Compass coverage by hub and academic year.',
            yTitle: '% of eligible institutions',
            measure: 'compass_coverage_pct',
            breakdown: ALL,
            unit: 'pct',
            series: lineData,
          }),
        ),
        paragraph(ranking),
        chartBlock(
          // Dots with 95% intervals, one row per benchmark: 40 grouped bars hid which hubs differ.
          groupedDotPlot({
            id: 'compass-benchmarks',
            title: `Achievement of each Gatsby Benchmark in ${year}`,
            subtitle:
              `% of Compass returns scoring 100% on each benchmark, ${manyHubs(ctx.hubs) ? 'all hubs' : 'by hub'}, ` +
              'with 95% confidence intervals',
            // Only the year shown, not every year read.
            source: `${SOURCE_TEXT.compass}, ${year}`,
            alt: ranking || 'Benchmark achievement by hub.',
            valueTitle: '% of returns fully achieving',
            categoryTitle: 'Gatsby Benchmark',
            unit: 'pct',
            // With many hubs, one bar per hub would outrun the palette: all hubs together, hubs in the table.
            data: manyHubs(ctx.hubs) ? benchmarkData.filter((d) => d.group === 'All hubs') : benchmarkData,
            groupOrder: manyHubs(ctx.hubs) ? ['All hubs'] : lineData.map((h) => h.name),
            categoryOrder: BENCHMARKS.map((_, k) => benchmarkLabel(k)),
            highlight: 'All hubs',
          }),
        ),
        ...benchmarkChangeBlocks(ctx, focus),
        paragraph(typeText, [book.cite(mainstream).id, book.cite(specialAp).id]),
        tableBlock({
          id: 'compass-types-table',
          caption: `Average Gatsby Benchmarks fully achieved by type of institution, ${year}`,
          columns: ['Hub', ...Object.values(GROUP_NAMES)],
          rows: lineData.map((h) => [
            h.name,
            ...Object.keys(GROUP_NAMES).map((g) => book.cell(m.get('compass_mean_benchmarks_achieved', h.id, year, g))),
          ]),
        }),
      ] satisfies Block[]
    ).filter((b) => b.kind !== 'paragraph' || b.text !== ''),
  };
}

export { GROUP_NAMES };

/**
 * The change in each benchmark from the first to the last Compass year, with the words held to Holm's adjustment
 * over the eight benchmarks: eight comparisons at once would otherwise find a "rise" by chance.
 */
function benchmarkChangeBlocks(ctx: PlanContext, focus: string): Block[] {
  const { m, book } = ctx;
  const rows = BENCHMARKS.map((_, k) => m.range('compass_benchmark_change_pp', focus, `b${k + 1}`));
  const first = rows.find((r) => r !== undefined);
  if (!first) return [];
  const changes = clearBenchmarkChanges(rows, first.period, startOf(ctx, focus));
  const title = benchmarkChangeTitle(changes);
  const text = benchmarkChangeSentence(changes);
  for (const r of rows) book.cite(r);
  return [
    paragraph(text, [first.measure]),
    chartBlock(
      intervalChart({
        id: 'compass-benchmark-change',
        title,
        subtitle:
          `Change in the % of Compass returns scoring 100% on each benchmark, ${changes.from} to ${changes.to}` +
          `${changes.started ? ' (since the hubs began)' : ''}, ` +
          `${ctx.input.hub ? ctx.hubs[0]!.name : 'all hubs'}, percentage points, with 95% intervals (not adjusted)`,
        source: `${SOURCE_TEXT.compass}, ${changes.from} and ${changes.to}`,
        alt: text,
        valueTitle: 'Change, percentage points',
        labelTitle: 'Gatsby Benchmark',
        unit: 'pp',
        zeroLine: true,
        data: BENCHMARKS.map((_, k) => ({
          label: benchmarkLabel(k),
          value: rows[k]?.value ?? null,
          low: rows[k]?.ci_low ?? null,
          high: rows[k]?.ci_high ?? null,
          symbol: rows[k]?.symbol ?? 'x',
        })),
      }),
    ),
  ];
}

function limits(r: MetricRow | undefined): { low: number | null; high: number | null } {
  return { low: r?.ci_low ?? null, high: r?.ci_high ?? null };
}

/**
 * Like-for-like: the change among institutions with a return in both the first and the last year, so a rise is
 * not only a change in who returned. Omitted when the rows are absent.
 */
function likeForLikeText(ctx: PlanContext, focus: string): { text: string; refs: string[] } {
  const { m, book } = ctx;
  const same = m.series('compass_mean_benchmarks_achieved', focus, SAME);
  const row = m.range('compass_mean_benchmarks_change', focus, SAME);
  const change = seriesChange(same, row, { book: ctx.book });
  if (!change || !row) return { text: '', refs: [] };
  const refs = [...ends(same), row].map((r) => book.cite(r).id);
  const text = changeSentence('among institutions with a return in both years, the average', change, 'mean');
  return { text, refs };
}

/** The share of returns achieving all eight benchmarks (the Mayor's action plan's aim), first and last year. */
function allEightText(ctx: PlanContext, focus: string, where: string): { text: string; refs: string[] } {
  const series = ctx.m.series('compass_all_benchmarks_pct', focus, ALL);
  const last = series.at(-1);
  if (!last) return { text: '', refs: [] };
  const refs = ends(series).map((r) => ctx.book.cite(r).id);
  const first = series[0]!;
  const text =
    first === last
      ? `In ${last.period}, ${ctx.book.cite(last).text} of returns from ${where} achieved all eight benchmarks.`
      : `The share of returns achieving all eight benchmarks was ${ctx.book.cite(first).text} in ${first.period} ` +
        `and ${ctx.book.cite(last).text} in ${last.period}.`;
  return { text, refs };
}

/** Said where the Compass figures are, not only in the limitations. */
function compassCaveat(where: string): string {
  return (
    `Compass is a self-assessment, and which institutions in ${where} complete it changes from year to year, ` +
    'so a change in the average can reflect who returned as well as better provision; the like-for-like figures ' +
    'compare the same institutions.'
  );
}

/** When the hub in focus began, or the earliest start of all hubs (`hubs[].started`). */
function startOf(ctx: PlanContext, focus: string) {
  return earliestStart(ctx.input.config.hubs.filter((h) => focus === ALL || h.id === focus).map((h) => h.started));
}
