import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { participationMetrics } from '../../src/metrics/participation.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { Activity, ActivityType, EmployerSize, Institution } from '../../src/model/records.js';
import type { AcademicYear } from '../../src/model/year.js';

// Default London hubs: LA 202 is in Central, 301 in East, 302 in West.
const hubs = new HubIndex(defaultConfig('/tmp').hubs);
const Y20 = '2020/21' as AcademicYear;
const Y21 = '2021/22' as AcademicYear;
const RANGE = '2020/21-2021/22';

function inst(urn: string, laCode: string): Institution {
  return {
    urn,
    name: `School ${urn}`,
    laCode,
    type: 'mainstream',
    pupils: 500,
    eligible: true,
    joined: null,
    source: { file: 'register.csv', line: 2 },
  };
}

const institutions = [inst('P1', '202'), inst('P2', '202'), inst('Q1', '301'), inst('R1', '302')];

interface Spec {
  id: string;
  year: AcademicYear;
  urn: string;
  type: ActivityType;
  students: number | null;
  teachers: number | null;
  employerId?: string | null;
  employerName?: string | null;
  size?: EmployerSize;
}
function act(s: Spec): Activity {
  return {
    id: s.id,
    date: '2021-01-15',
    year: s.year,
    urn: s.urn,
    type: s.type,
    label: s.type,
    students: s.students,
    teachers: s.teachers,
    employerId: s.employerId ?? null,
    employerName: s.employerName ?? null,
    employerSize: s.size ?? 'unknown',
    strand: null,
    benchmark: null,
    source: { file: 'activities.csv', line: Number(s.id.slice(1)) },
  };
}

const activities = [
  // 2020/21. SME e1 (small) works with Central three times and with East once.
  act({
    id: 'a1',
    year: Y20,
    urn: 'P1',
    type: 'employer_encounter',
    students: 30,
    teachers: 2,
    employerId: 'e1',
    size: 'small',
  }),
  act({
    id: 'a2',
    year: Y20,
    urn: 'P1',
    type: 'employer_encounter',
    students: null,
    teachers: 1,
    employerId: 'e1',
    size: 'small',
  }),
  act({
    id: 'a3',
    year: Y20,
    urn: 'P2',
    type: 'workplace_experience',
    students: 5,
    teachers: null,
    employerId: 'e1',
    size: 'small',
  }),
  act({
    id: 'a4',
    year: Y20,
    urn: 'Q1',
    type: 'employer_encounter',
    students: 20,
    teachers: 0,
    employerId: 'e1',
    size: 'small',
  }),
  act({
    id: 'a5',
    year: Y20,
    urn: 'Q1',
    type: 'teacher_cpd',
    students: null,
    teachers: 4,
    employerId: 'e2',
    size: 'medium',
  }),
  act({ id: 'a6', year: Y20, urn: 'Q1', type: 'other', students: 10, teachers: null, employerId: 'e3', size: 'large' }),
  // No id: the same micro employer known by its name, written two ways.
  act({
    id: 'a7',
    year: Y20,
    urn: 'R1',
    type: 'employer_encounter',
    students: 12,
    teachers: null,
    employerName: 'Acme Ltd',
    size: 'micro',
  }),
  act({
    id: 'a8',
    year: Y20,
    urn: 'R1',
    type: 'employer_encounter',
    students: 8,
    teachers: null,
    employerName: ' acme  LTD ',
    size: 'micro',
  }),
  // not in the register
  act({ id: 'a9', year: Y20, urn: 'ZZZ', type: 'employer_encounter', students: 99, teachers: null }),
  // 2021/22.
  act({
    id: 'b1',
    year: Y21,
    urn: 'P1',
    type: 'employer_encounter',
    students: 25,
    teachers: null,
    employerId: 'e1',
    size: 'small',
  }),
  act({
    id: 'b2',
    year: Y21,
    urn: 'Q1',
    type: 'employer_encounter',
    students: 15,
    teachers: null,
    employerId: 'e2',
    size: 'medium',
  }),
  act({ id: 'b3', year: Y21, urn: 'R1', type: 'other', students: null, teachers: null }),
  // Outside the reporting years: ignored.
  act({ id: 'c1', year: '2019/20' as AcademicYear, urn: 'P1', type: 'other', students: 7, teachers: null }),
];

const { rows, exclusions } = participationMetrics({
  activities,
  institutions,
  hubs,
  years: [Y20, Y21],
  smeThreshold: 3,
});

function get(measure: string, hub: string, period: string, breakdown = 'all'): MetricRow {
  const r = rows.find(
    (m) => m.measure === measure && m.hub === hub && m.period === period && m.breakdown === breakdown,
  );
  if (!r) throw new Error(`no row ${measure} ${hub} ${period} ${breakdown}`);
  return r;
}

describe('participationMetrics', () => {
  it('sums student participations by type, leaving out activities with no count', () => {
    // Central 2020/21: a1 30 + a3 5 = 35; a2 has no count and is left out.
    const all = get('student_participations', 'central', Y20);
    expect(all).toMatchObject({ value: 35, unit: 'count', sdc: { counts: 'people', institutions: 2 } });
    expect(all.note).toBe('1 activity with no students count left out (not counted as 0)');
    expect(get('student_participations', 'central', Y20, 'employer_encounter').value).toBe(30);
    expect(get('student_participations', 'central', Y20, 'workplace_experience')).toMatchObject({ value: 5, note: '' });
    // No activities of a type: a true 0.
    expect(get('student_participations', 'central', Y20, 'teacher_cpd')).toMatchObject({ value: 0, symbol: '' });
    // East teacher CPD (a5) has no student count: CPD has no students by nature, so not applicable (z), not 0,
    // and not "left out" of East's total: 2020/21 East a4 20 + a6 10 = 30 with no note.
    expect(get('student_participations', 'east', Y20, 'teacher_cpd')).toMatchObject({
      value: null,
      symbol: 'z',
      note: 'teacher CPD activities have no students',
    });
    expect(get('student_participations', 'east', Y20)).toMatchObject({ value: 30, note: '' });
    // Whole range, Central: 35 + b1 25 = 60. All hubs 2020/21: 35 + East (20 + 10) + West (12 + 8) = 85 (a9 excluded).
    expect(get('student_participations', 'central', RANGE).value).toBe(60);
    expect(get('student_participations', 'all', Y20).value).toBe(85);
  });

  it('sums teacher participations and counts activities', () => {
    // Central 2020/21 teachers: a1 2 + a2 1 = 3 (a3 has none). East at student activities: a4 0 (a6 has none);
    // the 4 teachers at East's CPD (a5) are teacher CPD participations, not teachers attending student activities.
    expect(get('teacher_participations', 'central', Y20)).toMatchObject({
      value: 3,
      note: '1 activity with no teachers count left out (not counted as 0)',
    });
    expect(get('teacher_participations', 'east', Y20).value).toBe(0);
    expect(get('teacher_cpd_participations', 'east', Y20)).toMatchObject({ value: 4, note: '' });
    // No CPD in Central: a true 0. All hubs over the range: only a5.
    expect(get('teacher_cpd_participations', 'central', Y20)).toMatchObject({ value: 0, symbol: '' });
    expect(get('teacher_cpd_participations', 'all', RANGE).value).toBe(4);
    expect(get('activities', 'central', Y20)).toMatchObject({ value: 3, sdc: { counts: 'events', institutions: 2 } });
    expect(get('activities', 'central', Y20, 'employer_encounter').value).toBe(2);
    expect(get('activities', 'all', RANGE).value).toBe(11); // a1-a8 and b1-b3
  });

  it('counts SMEs distinct per hub: one SME in two hubs counts once in each and once in all', () => {
    // e1 in Central (a1-a3) and East (a4); e2 (medium) in East; e3 is large; Acme (micro, by name) in West.
    expect(get('smes_engaged', 'central', Y20).value).toBe(1);
    expect(get('smes_engaged', 'east', Y20).value).toBe(2);
    expect(get('smes_engaged', 'west', Y20).value).toBe(1);
    // Hubs sum to 4, but London-wide there are 3 distinct SMEs: e1, e2, Acme.
    const all = get('smes_engaged', 'all', Y20);
    expect(all.value).toBe(3);
    expect(all.note).toMatch(/do not sum to this \(1 SME\(s\) worked with more than one hub\)/);
    expect(get('sme_activities', 'east', Y20).value).toBe(2); // a4, a5 (a6 is large)
    expect(get('sme_activities', 'west', Y20, 'employer_encounter').value).toBe(2);
  });

  it('counts SMEs with at least the threshold number of activities in the hub and period', () => {
    // Central 2020/21: e1 has 3 activities -> meets N = 3. West: Acme has 2 -> does not. East: e1 1, e2 1 -> none.
    expect(get('smes_meeting_threshold', 'central', Y20)).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(get('smes_meeting_threshold', 'west', Y20)).toMatchObject({ value: 0, denominator: 1 });
    expect(get('smes_meeting_threshold', 'east', Y20)).toMatchObject({ value: 0, denominator: 2 });
    // Whole range, East: e1 1 + e2 2 (a5, b2) -> none; all hubs: e1 5, e2 2, Acme 2 -> 1.
    expect(get('smes_meeting_threshold', 'east', RANGE).value).toBe(0);
    expect(get('smes_meeting_threshold', 'all', RANGE).value).toBe(1);
    // With N = 2, Acme (2) and e2 over the range (2) meet it too.
    const n2 = participationMetrics({ activities, institutions, hubs, years: [Y20, Y21], smeThreshold: 2 }).rows;
    expect(n2.find((r) => r.measure === 'smes_meeting_threshold' && r.hub === 'all' && r.period === RANGE)!.value).toBe(
      3,
    );
  });

  it('excludes activities whose URN is not in the register and says why', () => {
    expect(exclusions).toEqual([
      {
        urn: 'ZZZ',
        reason: 'its URN is not in the institutions register',
        source: { file: 'activities.csv', line: 9 },
      },
    ]);
  });

  it('writes rows in measure, hub, period (years, then the range), breakdown order', () => {
    expect([...new Set(rows.map((r) => r.measure))]).toEqual([
      'student_participations',
      'teacher_participations',
      'teacher_cpd_participations',
      'student_participations_per_100_pupils',
      'activities',
      'smes_engaged',
      'sme_activities',
      'smes_meeting_threshold',
    ]);
    expect(rows.slice(0, 6).map((r) => `${r.hub}|${r.period}|${r.breakdown}`)).toEqual([
      'central|2020/21|all',
      'central|2020/21|employer_encounter',
      'central|2020/21|workplace_experience',
      'central|2020/21|teacher_cpd',
      'central|2020/21|other',
      'central|2021/22|all',
    ]);
    // 5 hubs x 3 periods: students, activities and SME activities by 5 breakdowns, teachers at student
    // activities by 4 (no CPD), and 4 measures with `all` only (CPD teachers, per 100 pupils, SMEs, threshold);
    // no activity has a strand, so there are no strand breakdowns.
    expect(rows).toHaveLength(5 * 3 * (3 * 5 + 4 + 4));
  });
});

describe('an employer recorded only as "SME"', () => {
  it('counts among the SMEs engaged; a large or unknown-size employer does not', () => {
    const only = [
      act({
        id: 'd1',
        year: Y20,
        urn: 'P1',
        type: 'employer_encounter',
        students: 10,
        teachers: null,
        employerId: 'x1',
        size: 'sme',
      }),
      act({
        id: 'd2',
        year: Y20,
        urn: 'P1',
        type: 'employer_encounter',
        students: 10,
        teachers: null,
        employerId: 'x2',
        size: 'large',
      }),
      act({
        id: 'd3',
        year: Y20,
        urn: 'P1',
        type: 'employer_encounter',
        students: 10,
        teachers: null,
        employerId: 'x3',
        size: 'unknown',
      }),
    ];
    const r = participationMetrics({ activities: only, institutions, hubs, years: [Y20], smeThreshold: 3 });
    // Central 2020/21: x1 is the one SME; x2 is large and x3 has no size.
    expect(r.rows.find((m) => m.measure === 'smes_engaged' && m.hub === 'central' && m.period === Y20)?.value).toBe(1);
    expect(r.rows.find((m) => m.measure === 'sme_activities' && m.hub === 'central' && m.period === Y20)?.value).toBe(
      1,
    );
  });
});
