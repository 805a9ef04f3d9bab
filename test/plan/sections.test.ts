import { describe, expect, it } from 'vitest';
import { academicYear } from '../../src/model/year.js';
import { compassSection } from '../../src/plan/sections/compass.js';
import { destinationsSections } from '../../src/plan/sections/destinations.js';
import { neetSection } from '../../src/plan/sections/neet.js';
import { participationSection } from '../../src/plan/sections/participation.js';
import { profileSections } from '../../src/plan/sections/profiles.js';
import { contextOf, row, TWO_HUBS, textOf } from './plan-input.js';

describe('Compass chapter: no hard-coded "rose"', () => {
  const falling = [
    ...['north', 'south', 'all'].flatMap((hub) => [
      row('compass_mean_benchmarks_achieved', hub, '2019/20', 'all', 5.1, { ci_low: 4.6, ci_high: 5.6 }),
      row('compass_mean_benchmarks_achieved', hub, '2021/22', 'all', 4.0, { ci_low: 3.5, ci_high: 4.5 }),
      row('compass_mean_benchmarks_achieved', hub, '2023/24', 'all', 3.0, { ci_low: 2.5, ci_high: 3.5 }),
    ]),
    row('compass_mean_benchmarks_trend', 'all', '2019/20-2023/24', 'all', -0.5, { ci_low: -0.7, ci_high: -0.3 }),
    row('compass_mean_benchmarks_change', 'all', '2019/20-2023/24', 'all', -2.1, { ci_low: -2.8, ci_high: -1.4 }),
    row('compass_mean_benchmarks_change', 'north', '2019/20-2023/24', 'all', -2.1, { ci_low: -2.9, ci_high: -1.3 }),
    row('compass_mean_benchmarks_change', 'south', '2019/20-2023/24', 'all', -2.1, { ci_low: -2.9, ci_high: -1.3 }),
    row('compass_completions', 'all', '2019/20', 'all', 300),
    row('compass_completions', 'all', '2023/24', 'all', 280),
  ];

  it('a falling series falls in the text, the chart title and each hub; never "rose by -2.1"', () => {
    const text = textOf([compassSection(contextOf(falling))]);
    expect(text).toContain(
      "The average number of Gatsby Benchmarks fully achieved by schools and colleges in the hubs' areas " +
        'completing Compass fell every year from 5.1 in 2019/20 to 3.0 in 2023/24.',
    );
    expect(text).toContain('Average Gatsby Benchmarks fully achieved fell to 3.0 in 2023/24');
    expect(text).toContain(
      'Between 2019/20 and 2023/24, the average fell in every hub, by 2.1 benchmarks (North, South).',
    );
    expect(text).toContain("The number of institutions in the hubs' areas completing Compass fell from 300");
    expect(text).not.toMatch(/\brose\b/);
  });

  it('like-for-like: the same institutions in both years, when the rows exist', () => {
    const rows = [
      ...falling,
      row('compass_mean_benchmarks_achieved', 'all', '2019/20', 'same_institutions', 4.8),
      row('compass_mean_benchmarks_achieved', 'all', '2023/24', 'same_institutions', 4.7),
      row('compass_mean_benchmarks_change', 'all', '2019/20-2023/24', 'same_institutions', -0.1, {
        ci_low: -0.5,
        ci_high: 0.3,
      }),
    ];
    expect(textOf([compassSection(contextOf(rows))])).toContain(
      'Among institutions with a return in both years, the average showed no clear change between 2019/20 (4.8) ' +
        'and 2023/24 (4.7)',
    );
    expect(textOf([compassSection(contextOf(falling))])).not.toContain('Among institutions with a return');
  });

  it('rankings: "least often achieved" names the tie when the intervals overlap', () => {
    const b = (k: number, value: number, half: number) =>
      row('compass_benchmark_achieved_pct', 'all', '2023/24', `b${k}`, value, {
        ci_low: value - half,
        ci_high: value + half,
      });
    const rows = [
      ...falling,
      b(1, 80, 3),
      b(2, 70, 3),
      b(3, 68, 3),
      b(4, 56.5, 3.8),
      b(5, 72, 3),
      b(6, 56.6, 3.8),
      b(7, 66, 3),
      b(8, 69, 3),
    ];
    expect(textOf([compassSection(contextOf(rows))])).toContain(
      'In 2023/24, the benchmark most often fully achieved was Benchmark 1 (A stable careers programme); the ' +
        'benchmarks least often fully achieved were Benchmark 4 (Linking curriculum learning to careers) and ' +
        'Benchmark 6 (Experiences of workplaces), too close to tell apart.',
    );
  });
});

describe('destinations chapter', () => {
  const eet = (hub: string, diff: number | null, low: number | null, high: number | null) =>
    row('eet_sustained_pct', hub, '2021/22', 'total', 94, { diff, diff_ci_low: low, diff_ci_high: high });
  const rows = [
    eet('north', 0.31, -0.01, 0.63),
    eet('south', 1.9, 1.4, 2.4),
    row('eet_sustained_pct', 'england', '2021/22', 'total', 93.3),
    row('eet_sustained_pct', 'north', '2018/19', 'total', 93.1),
    row('not_sustained_pct', 'north', '2021/22', 'total', 5.0, { diff: -0.7, diff_ci_low: -1.2, diff_ci_high: -0.2 }),
    row('not_sustained_pct', 'south', '2021/22', 'total', 5.5, { diff: -0.2, diff_ci_low: -0.6, diff_ci_high: 0.2 }),
    row('not_sustained_pct', 'england', '2021/22', 'total', 5.7),
    row('not_sustained_change_pp', 'north', '2018/19-2021/22', 'total', -1.1, { ci_low: -1.6, ci_high: -0.6 }),
    row('not_sustained_change_pp', 'south', '2018/19-2021/22', 'total', 0.1, { ci_low: -0.3, ci_high: 0.5 }),
    row('eet_change_vs_england_pp', 'north', '2018/19-2021/22', 'total', 0.9, { ci_low: 0.2, ci_high: 1.6 }),
    row('eet_change_vs_england_pp', 'south', '2018/19-2021/22', 'total', 0.1, { ci_low: -0.5, ci_high: 0.7 }),
    // North's not sustained rate fell 0.8 points more than England's: for a rate where lower is better, that is
    // doing better; South's rose 0.6 points more: doing worse.
    row('not_sustained_change_vs_england_pp', 'north', '2018/19-2021/22', 'total', -0.8, {
      ci_low: -1.3,
      ci_high: -0.3,
    }),
    row('not_sustained_change_vs_england_pp', 'south', '2018/19-2021/22', 'total', 0.6, { ci_low: 0.1, ci_high: 1.1 }),
  ];

  it('one hub "similar" keeps "every hub ... above" out of the chart title', () => {
    const text = textOf(destinationsSections(contextOf(rows)));
    expect(text).not.toContain("Every hub's sustained EET rate");
    expect(text).toContain('Sustained EET rates for all pupils, KS4 cohorts 2018/19 to 2021/22');
    expect(text).toContain(
      'South was 1.9 percentage points above the England rate (93.3%), and North was similar to the England rate',
    );
  });

  it('gives the not sustained rate, its change and the change relative to England', () => {
    const text = textOf(destinationsSections(contextOf(rows)));
    expect(text).toContain(
      'For the 2021/22 cohort, the share whose destination was not sustained in North was 0.7 percentage points ' +
        'below the England rate (5.7%), and the share whose destination was not sustained in South was similar to ' +
        'the England rate (5.7%)',
    );
    expect(text).toContain(
      'The not sustained rate fell in North, by 1.1 percentage points; South showed no clear change.',
    );
    expect(text).toContain(
      "Measured against England's change, the sustained EET rate did better in North, by 0.9 percentage points; " +
        'South showed no clear change.',
    );
    // A lower not sustained rate is better: a change below England's is "did better", not "did worse".
    expect(text).toContain(
      "Measured against England's change, the not sustained rate did worse in South, by 0.6 percentage points, " +
        'and did better in North, by 0.8',
    );
  });

  it('says where the figure is that destinations are for whole areas, and which cohorts predate the hubs', () => {
    const started = { ...TWO_HUBS, hubs: TWO_HUBS.hubs.map((h) => ({ ...h, started: academicYear(2021) })) };
    const text = textOf(destinationsSections(contextOf(rows, started)));
    expect(text).toContain("Destination figures are for whole local authorities, not only for the hubs' member");
    expect(text).toContain('no comparison group');
    expect(text).toContain(
      'The hubs started in 2021/22, so the KS4 cohorts 2018/19 finished KS4 before the hubs began: they describe the ' +
        "area, not the hub's work.",
    );
    expect(textOf(destinationsSections(contextOf(rows)))).not.toContain('started in');
  });
});

describe('NEET chapter', () => {
  it('leads with NEET or not known, then NEET and not known', () => {
    const rows = (['neet_or_not_known', 'neet', 'not_known'] as const).flatMap((m, k) => [
      row(`${m}_pct`, 'north', '2023/24', 'all', 4 - k, { diff: -1, diff_ci_low: -1.5, diff_ci_high: -0.5 }),
      row(`${m}_pct`, 'south', '2023/24', 'all', 4 - k, { diff: -1, diff_ci_low: -1.5, diff_ci_high: -0.5 }),
      row(`${m}_pct`, 'england', '2023/24', 'all', 5 - k),
      row(`${m}_change_pp`, 'england', '2019/20-2023/24', 'all', -0.1, { ci_low: -0.2, ci_high: 0.0 }),
      row(`${m}_change_pp`, 'north', '2019/20-2023/24', 'all', -1, { ci_low: k === 1 ? -1.5 : -1.5, ci_high: -0.5 }),
      row(`${m}_change_pp`, 'south', '2019/20-2023/24', 'all', -1, { ci_low: -1.5, ci_high: k === 1 ? 0.2 : -0.5 }),
    ]);
    const text = textOf([neetSection(contextOf(rows))]);
    const first = text.indexOf('NEET or whose activity was not known fell');
    const neet = text.indexOf('Of its two parts, the NEET rate');
    const notKnown = text.indexOf('Beside it, the not known rate');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(neet).toBeGreaterThan(first);
    expect(notKnown).toBeGreaterThan(neet);
    // The chart's title states the headline's change, with the prose's word: both intervals exclude zero.
    expect(text).toContain('The share NEET or not known at 16 to 17 fell in every hub, 2019/20 to 2023/24');
  });
});

describe('participation chapter', () => {
  it('reports teacher CPD apart from teachers at student activities, and never calls CPD "no students"', () => {
    const p = '2021/22-2023/24';
    // As the metrics write them: teachers at student activities by student activity type, CPD teachers apart.
    const rows = [
      row('student_participations', 'all', p, 'all', 1000),
      row('student_participations', 'all', p, 'employer_encounter', 800),
      row('student_participations', 'all', p, 'workplace_experience', 150),
      row('teacher_participations', 'all', p, 'all', 400),
      row('teacher_participations', 'all', p, 'employer_encounter', 250),
      row('teacher_participations', 'all', p, 'workplace_experience', 60),
      row('teacher_cpd_participations', 'all', p, 'all', 90),
      row('smes_engaged', 'all', p, 'all', 12),
      row('sme_activities', 'all', p, 'all', 40),
      row('smes_meeting_threshold', 'all', p, 'all', 3),
    ];
    const text = textOf([participationSection(contextOf(rows))]);
    expect(text).toContain(
      'Teachers attended student activities 400 times; separately, teachers took part in CPD 90 times ' +
        '(CPD is for teachers and has no students).',
    );
    expect(text).toContain('of these SMEs, three took part in at least three activities');
    expect(text).not.toContain('400 teacher participations');
  });
});

describe('profile cards', () => {
  it('a gap to England whose interval includes zero is marked "similar", and cites the gap figure', () => {
    const ctx = contextOf([
      row('eet_sustained_pct', 'north', '2021/22', 'total', 93.6, {
        diff: 0.3,
        diff_ci_low: -0.01,
        diff_ci_high: 0.63,
      }),
      row('eet_sustained_pct', 'south', '2021/22', 'total', 95.2, { diff: 1.9, diff_ci_low: 1.4, diff_ci_high: 2.4 }),
    ]);
    const cards = profileSections(ctx).flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'keyFigures' ? b.items : [])),
    );
    const gaps = cards.filter((c) => c.label.startsWith('Gap to England'));
    expect(gaps.map((g) => g.value)).toEqual(['+0.3 pp, similar', '+1.9 pp']);
    expect(gaps.map((g) => g.ref)).toEqual([
      'eet_sustained_pct:north:2021/22:total:gap',
      'eet_sustained_pct:south:2021/22:total:gap',
    ]);
    expect(ctx.book.all().find((f) => f.id.endsWith('north:2021/22:total:gap'))).toMatchObject({
      value: 0.3,
      ciLow: -0.01,
      ciHigh: 0.63,
      unit: 'pp',
    });
  });
});

describe('profile "what stands out"', () => {
  it('states the change since the hubs began, never the change over years before them', () => {
    const ctx = contextOf([
      row('eet_sustained_pct', 'north', '2021/22', 'total', 93.6),
      row('eet_change_pp', 'north', '2014/15-2021/22', 'total', 2.5, { ci_low: 1.5, ci_high: 3.5 }),
      row('eet_change_since_start_pp', 'north', '2020/21-2021/22', 'total', -0.4, { ci_low: -0.8, ci_high: -0.1 }),
    ]);
    const text = textOf(profileSections(ctx).filter((s) => s.title.startsWith('North')));
    expect(text).toContain(
      'Since the hubs began (2020/21 to 2021/22 KS4 cohorts), the sustained EET rate in North fell by 0.4 percentage ' +
        'points.',
    );
    expect(text).not.toContain('2014/15');
  });

  it('says nothing of a change when no change since the start exists (no start year configured)', () => {
    const ctx = contextOf([
      row('eet_sustained_pct', 'north', '2021/22', 'total', 93.6),
      row('eet_change_pp', 'north', '2014/15-2021/22', 'total', 2.5, { ci_low: 1.5, ci_high: 3.5 }),
    ]);
    const text = textOf(profileSections(ctx).filter((s) => s.title.startsWith('North')));
    expect(text).not.toContain('2014/15');
    expect(text).not.toMatch(/sustained EET rate in North (rose|fell|showed)/);
  });
});

describe('new measures in the words, when their rows exist', () => {
  it('Compass: the share of returns achieving all eight benchmarks', () => {
    const rows = [
      row('compass_mean_benchmarks_achieved', 'all', '2019/20', 'all', 2.6),
      row('compass_mean_benchmarks_achieved', 'all', '2023/24', 'all', 5.3),
      row('compass_all_benchmarks_pct', 'all', '2019/20', 'all', 8.04),
      row('compass_all_benchmarks_pct', 'all', '2023/24', 'all', 31.46),
    ];
    expect(textOf([compassSection(contextOf(rows))])).toContain(
      'The share of returns achieving all eight benchmarks was 8.0% in 2019/20 and 31.5% in 2023/24.',
    );
  });

  it('participation per 100 pupils, hub by hub', () => {
    const p = '2021/22-2023/24';
    const rows = [
      row('student_participations', 'all', p, 'employer_encounter', 800),
      row('student_participations_per_100_pupils', 'north', p, 'all', 212.4, { unit: 'mean' }),
      row('student_participations_per_100_pupils', 'south', p, 'all', 187.9, { unit: 'mean' }),
    ];
    expect(textOf([participationSection(contextOf(rows))])).toContain(
      'Per 100 pupils on roll in member institutions, student participations numbered 212.4 in North and 187.9 ' +
        'in South.',
    );
  });

  it('the gap between disadvantaged pupils and the others within each hub', () => {
    const d = (hub: string, value: number) =>
      row('eet_sustained_pct', hub, '2021/22', 'disadvantaged', value, { diff: 2, diff_ci_low: 1, diff_ci_high: 3 });
    const rows = [
      d('north', 88),
      d('south', 90),
      row('eet_sustained_pct', 'england', '2021/22', 'disadvantaged', 86.3),
      row('eet_sustained_pct', 'north', '2021/22', 'total', 94),
      row('eet_disadvantage_gap_pp', 'north', '2021/22', 'total', -6.4, { ci_low: -7.9, ci_high: -4.9 }),
      row('eet_disadvantage_gap_pp', 'south', '2021/22', 'total', -0.9, { ci_low: -2.2, ci_high: 0.4 }),
    ];
    expect(textOf(destinationsSections(contextOf(rows)))).toContain(
      "Within the hubs, disadvantaged pupils' rate in North was 6.4 percentage points below the rate of other " +
        "pupils, and disadvantaged pupils' rate in South was similar to the rate of other pupils",
    );
  });
});

describe('destinations chapter opening', () => {
  // Hubs began in 2021/22: the baseline is the 2020/21 cohort. Cohorts 2018/19 to 2021/22 are in the files, three
  // of them (2018/19, 2019/20, 2020/21) before the start.
  const level = (hub: string, period: string, value: number) => row('eet_sustained_pct', hub, period, 'total', value);
  const rows = [
    ...['2018/19', '2019/20', '2020/21', '2021/22'].flatMap((p) => [level('north', p, 94), level('england', p, 93)]),
    level('south', '2021/22', 95),
    row('eet_change_since_start_pp', 'north', '2020/21-2021/22', 'total', -0.5, { ci_low: -0.9, ci_high: -0.1 }),
    row('eet_change_since_start_pp', 'south', '2020/21-2021/22', 'total', 0.1, { ci_low: -0.3, ci_high: 0.5 }),
    row('eet_change_since_start_pp', 'england', '2020/21-2021/22', 'total', 0, { ci_low: -0.1, ci_high: 0.1 }),
    row('eet_change_pp', 'north', '2018/19-2021/22', 'total', 1.4, { ci_low: 0.9, ci_high: 1.9 }),
    row('eet_change_pp', 'south', '2018/19-2021/22', 'total', 0.2, { ci_low: -0.3, ci_high: 0.7 }),
    row('eet_change_pp', 'england', '2018/19-2021/22', 'total', 0, { ci_low: -0.1, ci_high: 0.1 }),
  ];

  it('opens with the change since the start and labels the whole span, with its cohorts before the start', () => {
    const text = textOf(destinationsSections(contextOf(rows)));
    const since = text.indexOf('Since the hubs began (all pupils, KS4 cohorts 2020/21 to 2021/22), the sustained EET');
    const whole = text.indexOf(
      'Over the whole span of the files (all pupils, KS4 cohorts 2018/19 to 2021/22, three of them before the hubs), ' +
        'the sustained EET rate rose in North, by 1.4 percentage points',
    );
    expect(since).toBeGreaterThan(-1);
    expect(whole).toBeGreaterThan(since);
    expect(text).not.toContain('For all pupils in the KS4 cohorts');
  });
});
