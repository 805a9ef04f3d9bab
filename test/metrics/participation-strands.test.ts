import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { ParticipationTally, participationMetrics, participationRows } from '../../src/metrics/participation.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { Activity, ActivityType, EmployerSize, Institution } from '../../src/model/records.js';
import type { AcademicYear } from '../../src/model/year.js';

// Default London hubs: LA 202 is in Central, 301 in East.
const hubs = new HubIndex(defaultConfig('/tmp').hubs);
const Y19 = '2019/20' as AcademicYear;
const Y20 = '2020/21' as AcademicYear;
const Y21 = '2021/22' as AcademicYear;
const RANGE = '2020/21-2021/22';

function inst(urn: string, laCode: string, pupils: number | null, joined: AcademicYear | null): Institution {
  return {
    urn,
    name: `School ${urn}`,
    laCode,
    type: 'mainstream',
    pupils,
    eligible: true,
    joined,
    source: { file: 'register.csv', line: 2 },
  };
}

// M1 a member since 2019/20 (400 pupils), M2 from 2021/22 (600), N1 a member with no pupil count, E1 East's member
// from 2020/21 (1,000 pupils).
const institutions = [
  inst('M1', '202', 400, Y19),
  inst('M2', '202', 600, Y21),
  inst('N1', '202', null, Y19),
  inst('E1', '301', 1000, Y20),
];

function act(
  id: string,
  year: AcademicYear,
  urn: string,
  type: ActivityType,
  students: number | null,
  teachers: number | null,
  employerId: string,
  size: EmployerSize,
  strand: string,
): Activity {
  return {
    id,
    date: '2021-01-15',
    year,
    urn,
    type,
    label: type,
    students,
    teachers,
    employerId,
    employerName: null,
    employerSize: size,
    strand,
    benchmark: null,
    source: { file: 'activities.csv', line: Number(id.slice(1)) + 1 },
  };
}

const activities = [
  act('s1', Y20, 'M1', 'employer_encounter', 40, 1, 'S1', 'small', '2'),
  act('s2', Y20, 'M1', 'workplace_experience', 10, 0, 'S1', 'small', '2'),
  act('s3', Y20, 'M2', 'employer_encounter', 50, null, 'S1', 'small', '1'),
  act('s4', Y20, 'N1', 'other', 30, null, 'S2', 'micro', '2'),
  act('s5', Y20, 'M1', 'teacher_cpd', null, 6, 'S2', 'micro', '1'),
  act('s6', Y21, 'M1', 'employer_encounter', 20, null, 'S1', 'small', '2'),
  act('s7', Y21, 'M2', 'employer_encounter', 60, null, 'S2', 'micro', '2'),
  act('s8', Y21, 'E1', 'employer_encounter', 100, null, 'S1', 'small', '2'),
  act('s9', Y20, 'M1', 'employer_encounter', null, 2, 'S1', 'small', '2'),
];

const { rows } = participationMetrics({ activities, institutions, hubs, years: [Y20, Y21], smeThreshold: 3 });

function get(measure: string, hub: string, period: string, breakdown = 'all'): MetricRow {
  const r = rows.find(
    (m) => m.measure === measure && m.hub === hub && m.period === period && m.breakdown === breakdown,
  );
  if (!r) throw new Error(`no row ${measure} ${hub} ${period} ${breakdown}`);
  return r;
}

describe('participation by strand', () => {
  it('gives every participation and SME measure a strand:<value> breakdown for each strand in the range', () => {
    const breakdowns = (measure: string) =>
      rows.filter((r) => r.measure === measure && r.hub === 'central' && r.period === Y20).map((r) => r.breakdown);
    expect(breakdowns('student_participations')).toEqual([
      'all',
      'employer_encounter',
      'workplace_experience',
      'teacher_cpd',
      'other',
      'strand:1',
      'strand:2',
    ]);
    for (const m of ['smes_engaged', 'smes_meeting_threshold', 'teacher_cpd_participations'])
      expect(breakdowns(m), m).toEqual(['all', 'strand:1', 'strand:2']);
  });

  it('sums students by strand, leaving out a missing count and not counting CPD as missing', () => {
    // Central 2020/21 strand 2: s1 40 + s2 10 + s4 30 = 80; s9 has no count. Strand 1: s3 50; s5 is CPD.
    expect(get('student_participations', 'central', Y20, 'strand:2')).toMatchObject({
      value: 80,
      note: '1 activity with no students count left out (not counted as 0)',
    });
    expect(get('student_participations', 'central', Y20, 'strand:1')).toMatchObject({ value: 50, note: '' });
    // All hubs over the range, strand 2: 80 + s6 20 + s7 60 + s8 100 = 260.
    expect(get('student_participations', 'all', RANGE, 'strand:2').value).toBe(260);
  });

  it('counts teachers at CPD apart from teachers attending student activities', () => {
    // Central 2020/21 student activities: s1 1 + s2 0 + s9 2 = 3 (s3, s4 not recorded); CPD: s5 6 (strand 1).
    expect(get('teacher_participations', 'central', Y20)).toMatchObject({
      value: 3,
      note: '2 activities with no teachers count left out (not counted as 0)',
    });
    expect(get('teacher_cpd_participations', 'central', Y20).value).toBe(6);
    expect(get('teacher_cpd_participations', 'central', Y20, 'strand:1').value).toBe(6);
    expect(get('teacher_cpd_participations', 'central', Y20, 'strand:2')).toMatchObject({ value: 0, symbol: '' });
  });

  it('counts SMEs meeting the threshold per year, per strand and over the whole period', () => {
    // Central 2020/21: S1 has s1, s2, s3, s9 = 4 activities (meets 3); S2 has s4, s5 = 2.
    expect(get('smes_meeting_threshold', 'central', Y20)).toMatchObject({ value: 1, numerator: 1, denominator: 2 });
    // Strand 2: S1 s1, s2, s9 = 3 (meets), S2 s4 = 1. Strand 1: S1 s3, S2 s5: one each, none meets.
    expect(get('smes_meeting_threshold', 'central', Y20, 'strand:2')).toMatchObject({ value: 1, denominator: 2 });
    expect(get('smes_meeting_threshold', 'central', Y20, 'strand:1')).toMatchObject({ value: 0, denominator: 2 });
    expect(get('smes_meeting_threshold', 'central', Y20, 'strand:1').note).toMatch(/in strand 1 in the period/);
    // 2021/22 alone: S1 s6, S2 s7: none meets. Whole period: S1 4 + 1 = 5, S2 2 + 1 = 3: both meet.
    expect(get('smes_meeting_threshold', 'central', Y21).value).toBe(0);
    expect(get('smes_meeting_threshold', 'central', RANGE)).toMatchObject({ value: 2, denominator: 2 });
    // Whole period, strand 2: S1 s1, s2, s9, s6 = 4 (meets); S2 s4, s7 = 2.
    expect(get('smes_meeting_threshold', 'central', RANGE, 'strand:2').value).toBe(1);
    // SMEs engaged, strand 1, Central 2020/21: S1 (s3) and S2 (s5).
    expect(get('smes_engaged', 'central', Y20, 'strand:1').value).toBe(2);
    // All hubs 2021/22: S1 (Central and East) and S2: 2 distinct, one in two hubs.
    expect(get('smes_engaged', 'all', Y21).value).toBe(2);
    expect(get('smes_engaged', 'all', Y21).note).toMatch(/\(1 SME\(s\) worked with more than one hub\)/);
  });
});

describe('student participations per 100 pupils', () => {
  it('divides students at member institutions by their pupils on roll, per year and per pupil-year', () => {
    // Central 2020/21: members with a pupil count are M1 only (M2 joins 2021/22, N1 has none): students at M1
    // s1 40 + s2 10 = 50 (s5, s9 have no count) per 400 pupils = 12.5.
    expect(get('student_participations_per_100_pupils', 'central', Y20)).toMatchObject({
      value: 12.5,
      numerator: 50,
      denominator: 400,
    });
    // 2021/22: M1 s6 20 + M2 s7 60 = 80 per 400 + 600 pupils = 8.
    expect(get('student_participations_per_100_pupils', 'central', Y21).value).toBe(8);
    // Whole period: (50 + 80) per (400 + 1,000) pupil-years = 9.2857...
    expect(get('student_participations_per_100_pupils', 'central', RANGE).value).toBeCloseTo(1300 / 140, 10);
    // East 2020/21: E1 a member with no activity: 0 per 1,000. All hubs 2021/22: (80 + 100) per 2,000 = 9.
    expect(get('student_participations_per_100_pupils', 'east', Y20)).toMatchObject({ value: 0, denominator: 1000 });
    expect(get('student_participations_per_100_pupils', 'all', Y21).value).toBe(9);
    // West has no member institutions: not available, not 0.
    expect(get('student_participations_per_100_pupils', 'west', Y20)).toMatchObject({ value: null, symbol: 'x' });
  });
});

describe('the tally', () => {
  it('gives the same rows when activities stream in one at a time as from the whole list', () => {
    const tally = new ParticipationTally(institutions, hubs);
    for (const a of activities) tally.add(a);
    expect(tally.years()).toEqual([Y20, Y21]);
    expect(participationRows(tally, [Y20, Y21], 3).rows).toEqual(rows);
  });
});
