import { barChart } from '../../charts/specs.js';
import type { PlanContext } from '../context.js';
import { duringPeriod } from '../phrases.js';
import type { Block, Section } from '../types.js';
import { ALL, chartBlock, hubsAndAll, paragraph, tableBlock } from './common.js';
import { participationRateBlocks } from './participation-rate.js';

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
  const get = (measure: string, hub: string, breakdown = ALL) =>
    m.range(measure, hub, breakdown) ?? m.get(measure, hub, period, breakdown);
  const cite = (measure: string, hub: string, breakdown = ALL) => book.cite(get(measure, hub, breakdown));
  const encounters = cite('student_participations', focus, 'employer_encounter');
  const workplace = cite('student_participations', focus, 'workplace_experience');
  const teachers = cite('teacher_participations', focus);
  const smes = cite('smes_engaged', focus);
  const smeActivities = cite('sme_activities', focus);
  const meeting = cite('smes_meeting_threshold', focus);
  const threshold = ctx.input.config.activities.smeThreshold;
  const where = ctx.input.hub ? ctx.hubs[0]!.name : 'the hubs';
  const text =
    `${duringPeriod(period)}, ${where} recorded ${encounters.text} student participations in employer ` +
    `encounters and ${workplace.text} in workplace experiences, and ${teachers.text} teacher participations. ` +
    `${smes.text} SMEs took part in ${smeActivities.text} activities; ${meeting.text} of these SMEs took part in ` +
    `at least ${threshold} activities, the minimum for a completed SME engagement.`;
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
    paragraph(text, [encounters.id, workplace.id, teachers.id, smes.id, smeActivities.id, meeting.id]),
    chartBlock(
      barChart({
        id: 'participation-by-type',
        title: `Student participations by type of activity, ${period.replace('-', ' to ')}`,
        frame: ctx.input.chartFrame,
        subtitle: 'Sum of students taking part, by hub and activity type',
        source: ctx.source('activities'),
        alt: text,
        valueTitle: 'Student participations',
        categoryTitle: 'Activity type',
        unit: 'count',
        data: data.filter((d) => d.group !== 'All hubs'),
        groupOrder: ctx.hubs.map((h) => h.name),
        categoryOrder: studentTypes.map((t) => t.name),
        orientation: 'horizontal',
      }),
    ),
    ...participationRateBlocks(ctx),
    tableBlock({
      id: 'participation-table',
      caption: `Participation and SME engagement by hub, ${period.replace('-', ' to ')}`,
      columns: [
        'Hub',
        'Activities',
        'Employer encounters (students)',
        'Workplace experiences (students)',
        'Teacher participations',
        'SMEs engaged',
        `SMEs with ${threshold}+ activities`,
      ],
      rows: series.map((h) => [
        h.name,
        ...[
          ['activities', ALL],
          ['student_participations', 'employer_encounter'],
          ['student_participations', 'workplace_experience'],
          ['teacher_participations', ALL],
          ['smes_engaged', ALL],
          ['smes_meeting_threshold', ALL],
        ].map(([measure, breakdown]) => book.cell(get(measure!, h.id, breakdown))),
      ]),
      note:
        'SMEs are counted once per hub: an SME that worked with two hubs counts in each, and once in All hubs, ' +
        'so hub figures do not add up to All hubs.' +
        (ctx.input.metrics.sdcApplied
          ? ` Counts of people are rounded to the nearest ${ctx.input.config.sdc.rounding} under disclosure control.`
          : ''),
    }),
  ];
  return { id: 'participation', title: 'Activities and participation', level: 1, pageBreak: true, blocks };
}
