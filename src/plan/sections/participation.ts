import { barChart } from '../../charts/specs.js';
import type { MeasureId } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import type { HubRef, PlanContext } from '../context.js';
import { ALL, chartBlock, hubsAndAll, paragraph, tableBlock } from '../parts/common.js';
import { participationRateBlocks } from '../parts/participation-rate.js';
import { manyHubs } from '../parts/ranked-chart.js';
import { countWord, duringPeriod, listNames, MANY_HUBS, smeChartTitle, timesPhrase } from '../phrases/index.js';
import { byValueThenName } from '../ranking.js';
import type { Block, Section } from '../types.js';

const TYPES: readonly { id: string; name: string }[] = [
  { id: 'employer_encounter', name: 'Employer encounters' },
  { id: 'workplace_experience', name: 'Workplace experiences' },
  { id: 'teacher_cpd', name: 'Teacher CPD' },
  { id: 'other', name: 'Other' },
];

/** Student and teacher participations, and SMEs engaged, over the whole range of the activity logs. */
export function participationSection(ctx: PlanContext): Section {
  const { m, book } = ctx;
  const focus = ctx.input.hub ?? ALL;
  const range = m.range('student_participations', focus, ALL);
  const period = range?.period ?? m.periods('student_participations').slice(-1)[0] ?? '';
  const get = (measure: MeasureId, hub: string, breakdown = ALL) =>
    m.range(measure, hub, breakdown) ?? m.get(measure, hub, period, breakdown);
  const cite = (measure: MeasureId, hub: string, breakdown = ALL) => book.cite(get(measure, hub, breakdown));
  const encounters = cite('student_participations', focus, 'employer_encounter');
  const workplace = cite('student_participations', focus, 'workplace_experience');
  // Teacher CPD is training for teachers, not a student activity: the metrics count it apart
  // (teacher_cpd_participations) from teachers who went with their students (teacher_participations).
  const cpd = cite('teacher_cpd_participations', focus);
  const teachers = cite('teacher_participations', focus);
  const smes = cite('smes_engaged', focus);
  const smeActivities = cite('sme_activities', focus);
  const meeting = cite('smes_meeting_threshold', focus);
  const threshold = ctx.input.config.activities.smeThreshold;
  const where = ctx.input.hub ? ctx.hubs[0]!.name : 'the hubs';
  const text =
    `${duringPeriod(period)}, ${where} recorded ${encounters.words} student participations in employer ` +
    `encounters and ${workplace.words} in workplace experiences. Teachers attended student activities ` +
    `${timesPhrase(teachers)}; separately, teachers took part in CPD ${timesPhrase(cpd)} (CPD is for teachers ` +
    `and has no students). The hubs worked with ${smes.words} SMEs in ${smeActivities.words} activities; of ` +
    `these SMEs, ${meeting.words} took part in at least ${countWord(threshold)} activities, the minimum for a ` +
    'completed SME engagement.';
  const perPupil = perPupilText(ctx, period);
  const series = hubsAndAll(ctx);
  // Teacher CPD records teachers, not students, so it has no bar in a chart of student participations.
  const studentTypes = TYPES.filter((t) => t.id !== 'teacher_cpd');
  const data = series.flatMap((h) =>
    studentTypes.map((t) => {
      const r = get('student_participations', h.id, t.id);
      return { category: t.name, group: h.name, value: r?.value ?? null, symbol: r?.symbol ?? '' };
    }),
  );
  const blocks: Block[] = [
    paragraph(`${text}${perPupil.text}`, [
      ...perPupil.refs,
      encounters.id,
      workplace.id,
      teachers.id,
      cpd.id,
      smes.id,
      smeActivities.id,
      meeting.id,
    ]),
    chartBlock(
      barChart({
        id: 'participation-by-type',
        title: `Student participations by type of activity, ${period.replace('-', ' to ')}`,
        subtitle: `Sum of students taking part, by ${
          manyHubs(ctx.hubs) ? 'activity type, all hubs' : 'hub and activity type'
        }`,
        source: ctx.source('activities'),
        alt: text,
        valueTitle: 'Student participations',
        categoryTitle: 'Activity type',
        unit: 'count',
        // With many hubs, one bar per hub would outrun the palette: all hubs together, hubs in the table.
        data: data.filter((d) => (d.group === 'All hubs') === manyHubs(ctx.hubs)),
        groupOrder: manyHubs(ctx.hubs) ? ['All hubs'] : ctx.hubs.map((h) => h.name),
        categoryOrder: studentTypes.map((t) => t.name),
        orientation: 'horizontal',
      }),
    ),
    ...participationRateBlocks(ctx),
    smeChart(ctx, series, smes.words, meeting.words, (measure, hub) => get(measure, hub)),
    tableBlock({
      id: 'participation-table',
      caption: `Participation and SME engagement by hub, ${period.replace('-', ' to ')}`,
      columns: [
        'Hub',
        'Activities',
        'Employer encounters (students)',
        'Workplace experiences (students)',
        'Teachers at student activities',
        'Teacher CPD participations',
        'SMEs engaged',
        `SMEs with ${threshold}+ activities`,
      ],
      rows: series.map((h) => [
        h.name,
        ...(
          [
            ['activities', ALL],
            ['student_participations', 'employer_encounter'],
            ['student_participations', 'workplace_experience'],
            ['teacher_participations', ALL],
            ['teacher_cpd_participations', ALL],
            ['smes_engaged', ALL],
            ['smes_meeting_threshold', ALL],
          ] as const
        ).map(([measure, breakdown]) => book.cell(get(measure, h.id, breakdown))),
      ]),
      note:
        'SMEs are counted once per hub: an SME that worked with two hubs counts in each, and once in All hubs, ' +
        'so hub figures do not add up to All hubs.' +
        (ctx.input.metrics.sdcApplied
          ? ` Counts of people are rounded to the nearest ${countWord(ctx.input.config.sdc.rounding)} under ` +
            'disclosure control.'
          : ''),
    }),
  ];
  return { id: 'participation', title: 'Activities and participation', level: 1, pageBreak: true, blocks };
}

/** SMEs engaged and those that met the threshold for a completed engagement, by hub (the table gives the figures). */
function smeChart(
  ctx: PlanContext,
  series: readonly HubRef[],
  engaged: string,
  meeting: string,
  get: (measure: 'smes_engaged' | 'smes_meeting_threshold', hub: string) => MetricRow | undefined,
): Block {
  const threshold = ctx.input.config.activities.smeThreshold;
  const bars = [
    { measure: 'smes_engaged' as const, name: 'SMEs engaged' },
    { measure: 'smes_meeting_threshold' as const, name: `With ${threshold}+ activities` },
  ];
  const hubs = manyHubs(ctx.hubs) ? series.filter((h) => h.id === ALL) : series;
  const title = smeChartTitle(engaged, meeting, threshold, ctx.input.hub ? ctx.hubs[0]!.name : 'the hubs');
  return chartBlock(
    barChart({
      id: 'participation-smes',
      title,
      subtitle:
        'Small and medium-sized employers (SMEs) by hub: all engaged, and those with ' +
        `${threshold} or more activities`,
      source: ctx.source('activities'),
      alt: `${title}.`,
      valueTitle: 'SMEs',
      categoryTitle: 'Hub',
      unit: 'count',
      data: hubs.flatMap((h) =>
        bars.map((b) => {
          const r = get(b.measure, h.id);
          return { category: h.name, group: b.name, value: r?.value ?? null, symbol: r?.symbol ?? 'x' };
        }),
      ),
      groupOrder: bars.map((b) => b.name),
      categoryOrder: hubs.map((h) => h.name),
      orientation: 'horizontal',
    }),
    'SMEs are counted once per hub, so hub figures do not add up to All hubs.',
  );
}

/**
 * Participation per 100 pupils on roll in member institutions, so hubs of different sizes compare; omitted when
 * the rows are absent.
 */
function perPupilText(ctx: PlanContext, period: string): { text: string; refs: string[] } {
  const rows = ctx.hubs.map((h) => ({
    name: h.name,
    row:
      ctx.m.range('student_participations_per_100_pupils', h.id, ALL) ??
      ctx.m.get('student_participations_per_100_pupils', h.id, period, ALL),
  }));
  if (rows.every((r) => !r.row)) return { text: '', refs: [] };
  const cited = rows.map((r) => ({ name: r.name, ...ctx.book.cite(r.row) }));
  // With many hubs, the two ends of the range instead of every hub (each hub's figure is in the chart).
  const known = cited.filter((c) => c.value !== null).sort(byValueThenName((c) => c.value!));
  const lo = known[0];
  const hi = known.at(-1);
  const many = cited.length > MANY_HUBS && lo && hi && lo !== hi;
  return {
    text:
      ' Per 100 pupils on roll in member institutions, student participations numbered ' +
      (many
        ? `from ${lo.text} in ${lo.name} to ${hi.text} in ${hi.name}.`
        : `${listNames(cited.map((c) => ({ name: `${c.text} in ${c.name}` })))}.`),
    refs: cited.map((c) => c.id),
  };
}
