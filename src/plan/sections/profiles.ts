import { type ChartUnit, sparkline } from '../../charts/specs.js';
import { classifyComparison } from '../../stats/change.js';
import type { HubRef, PlanContext } from '../context.js';
import { signed } from '../format.js';
import { measureInfo } from '../measures.js';
import type { Block, Section } from '../types.js';
import { ALL, chartBlock, ENGLAND, paragraph } from './common.js';

/** One page per hub: its headline figures and small charts of its trends against all hubs or England. */
export function profileSections(ctx: PlanContext): Section[] {
  const intro: Section = {
    id: 'profiles',
    title: 'Hub profiles',
    level: 1,
    pageBreak: true,
    blocks: [
      paragraph(
        "Each profile gives the hub's headline figures for the reporting year and its trends beside the comparison " +
          'for all hubs or England. Every figure is defined in the methodology and traced to its source in Annex A.',
      ),
    ],
  };
  return [intro, ...ctx.hubs.map((hub, k) => profile(ctx, hub, k > 0))];
}

function profile(ctx: PlanContext, hub: HubRef, pageBreak: boolean): Section {
  const { m, book } = ctx;
  const year = ctx.input.year;
  const lead = ctx.input.config.hubs.find((h) => h.id === hub.id)?.lead;
  const las = ctx.input.config.hubs.find((h) => h.id === hub.id)?.localAuthorities.map((la) => la.name) ?? [];
  const items: { label: string; value: string; ref: string }[] = [];
  const add = (label: string, row: Parameters<typeof book.cite>[0]) => {
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
  add(`NEET at 16 to 17, ${m.latest('neet_pct', hub.id, ALL)?.period ?? ''}`, m.latest('neet_pct', hub.id, ALL));
  const range = m.range('student_participations', hub.id, ALL);
  add(`Student participations, ${range?.period.replace('-', ' to ') ?? ''}`, range);
  add(`SMEs engaged, ${range?.period.replace('-', ' to ') ?? ''}`, m.range('smes_engaged', hub.id, ALL));

  const blocks: Block[] = [
    paragraph(
      `${hub.name}${lead ? `, led by ${lead},` : ''} covers ${las.length} local authorities: ${las.join(', ')}.`,
    ),
    { kind: 'keyFigures', items },
  ];
  const spark = (id: string, title: string, measure: string, breakdown: string, unit: ChartUnit, other: HubRef) => {
    const data = [hub, other].flatMap((h) =>
      m.series(measure, h.id, breakdown).map((r) => ({ series: h.name, x: r.period, y: r.value, symbol: r.symbol })),
    );
    if (data.every((d) => d.series !== hub.name || d.y === null)) return;
    const periods = data.map((d) => d.x).sort();
    blocks.push(
      chartBlock(
        sparkline({
          id: `profile-${hub.id}-${id}`,
          title: `${title}, ${periods[0]} to ${periods[periods.length - 1]}`,
          subtitle: `${hub.name} solid, ${other.name} dashed`,
          source: ctx.source(measureInfo(measure).kind),
          frame: ctx.input.chartFrame,
          alt: `${title}: ${hub.name} against ${other.name}.`,
          unit,
          data,
          seriesOrder: [hub.name, other.name],
          highlight: other.name,
        }),
      ),
    );
  };
  spark(
    'benchmarks',
    `${hub.name}: average benchmarks fully achieved`,
    'compass_mean_benchmarks_achieved',
    ALL,
    'mean',
    { id: ALL, name: 'All hubs' },
  );
  spark(
    'membership',
    `${hub.name}: % of eligible institutions that are members`,
    'membership_institutions_pct',
    ALL,
    'pct',
    { id: ALL, name: 'All hubs' },
  );
  spark('eet', `${hub.name}: % in sustained EET by KS4 cohort`, 'eet_sustained_pct', 'total', 'pct', {
    id: ENGLAND,
    name: ctx.comparator,
  });
  spark('neet', `${hub.name}: % of 16 to 17 year olds NEET`, 'neet_pct', ALL, 'pct', {
    id: ENGLAND,
    name: ctx.comparator,
  });
  return { id: `profile-${hub.id}`, title: `${hub.name} hub`, level: 2, pageBreak, blocks };
}
