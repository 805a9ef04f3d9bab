import { groupedDotPlot } from '../../charts/specs.js';
import { type PlanContext, SOURCE_TEXT } from '../context.js';
import { cap, changeSentence, rangePhrase } from '../phrases.js';
import type { Block, Section } from '../types.js';
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
} from './common.js';

export const BENCHMARKS = [
  'A stable careers programme',
  'Learning from career and labour market information',
  'Addressing the needs of each pupil',
  'Linking curriculum learning to careers',
  'Encounters with employers and employees',
  'Experiences of workplaces',
  'Encounters with further and higher education',
  'Personal guidance',
] as const;

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
  const focusName = ctx.input.hub ? `${ctx.hubs[0]!.name} hub` : 'hub';
  const series = m.series('compass_mean_benchmarks_achieved', focus, ALL);
  const change = seriesChange(series, m.range('compass_mean_benchmarks_trend', focus, ALL));
  const first = series[0];
  const last = series[series.length - 1];
  const cited = [first, last].map((r) => book.cite(r).id);
  const intro = change
    ? changeSentence(
        `the average number of Gatsby Benchmarks fully achieved by ${focusName} schools and colleges completing ` +
          `Compass`,
        change,
        'mean',
      )
    : `The average number of Gatsby Benchmarks fully achieved in ${year} was ${fmt(last)}.`;

  const completions = m.series('compass_completions', focus, ALL);
  const c0 = completions[0];
  const c1 = completions[completions.length - 1];
  const coverage = m.get('compass_coverage_pct', focus, year, ALL);
  const coverageText = coverage
    ? ` ${cap(book.cite(coverage).text)} of eligible institutions completed Compass in ${year}.`
    : '';
  const completionText =
    c0 && c1 && c0 !== c1
      ? changeSentence(
          'the number of institutions completing Compass',
          {
            from: { period: c0.period, value: c0.value },
            to: { period: c1.period, value: c1.value },
            low: null,
            high: null,
          },
          'count',
        ) + coverageText
      : c1
        ? `In ${c1.period}, ${fmt(c1)} institutions completed Compass.${coverageText}`
        : '';

  const progress = ctx.hubs.map((h) => {
    const s = m.series('compass_mean_benchmarks_achieved', h.id, ALL);
    const a = s[0];
    const b = s[s.length - 1];
    return { name: h.name, value: a?.value != null && b?.value != null && a !== b ? b.value - a.value : null };
  });
  const progressText =
    ctx.hubs.length > 1 && first && last
      ? `Between ${first.period} and ${last.period} the hubs' averages rose by ${rangePhrase(progress, 'mean')} ` +
        `benchmarks.`
      : '';

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
        category: `B${k + 1}`,
        group: h.name,
        value: r?.value ?? null,
        low: r?.ci_low ?? null,
        high: r?.ci_high ?? null,
        symbol: r?.symbol ?? '',
      };
    }),
  );
  const best = BENCHMARKS.map((name, k) => ({
    name: `Benchmark ${k + 1} (${name})`,
    value: m.get('compass_benchmark_achieved_pct', focus, year, `b${k + 1}`)?.value ?? null,
  }))
    .filter((b) => b.value !== null)
    .sort((a, b) => b.value! - a.value!);

  return {
    id: 'compass',
    title: 'Careers provision: Gatsby Benchmarks in Compass',
    level: 1,
    pageBreak: true,
    blocks: (
      [
        paragraph(`${intro} ${completionText}`, [...cited, book.cite(c0).id, book.cite(c1).id, book.cite(coverage).id]),
        ...(progressText ? [paragraph(progressText)] : []),
        chartBlock(
          seriesChart(ctx, {
            id: 'compass-mean-benchmarks',
            title: `Average Gatsby Benchmarks fully achieved rose to ${fmt(last)} in ${year}`,
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
        tableBlock(
          periodTable(ctx, {
            id: 'compass-coverage-table',
            caption: 'Compass coverage: % of eligible institutions completing Compass',
            measure: 'compass_coverage_pct',
            breakdown: ALL,
            series: lineData,
          }),
        ),
        paragraph(
          best.length
            ? `In ${year} the benchmark most often fully achieved was ${best[0]!.name}, and the least often ` +
                `${best[best.length - 1]!.name}.`
            : '',
        ),
        chartBlock(
          // Dots with 95% intervals, one row per benchmark: 40 grouped bars hid which hubs differ.
          groupedDotPlot({
            id: 'compass-benchmarks',
            title: `Achievement of each Gatsby Benchmark in ${year}`,
            frame: ctx.input.chartFrame,
            subtitle: '% of Compass returns scoring 100% on each benchmark, by hub, with 95% confidence intervals',
            // Only the year shown, not every year read.
            source: `${SOURCE_TEXT.compass}, ${year}`,
            alt: best.length
              ? `In ${year}, ${best[0]!.name} was the benchmark most often fully achieved and ` +
                `${best[best.length - 1]!.name} the least.`
              : 'Benchmark achievement by hub.',
            valueTitle: '% of returns fully achieving',
            categoryTitle: 'Gatsby Benchmark',
            unit: 'pct',
            data: benchmarkData,
            groupOrder: lineData.map((h) => h.name),
            categoryOrder: BENCHMARKS.map((_, k) => `B${k + 1}`),
            highlight: 'All hubs',
          }),
        ),
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
