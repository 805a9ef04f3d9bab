import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { computeMetrics } from '../../src/metrics/index.js';
import { participationMetrics } from '../../src/metrics/participation.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { Activity, ActivityType, Institution } from '../../src/model/records.js';
import type { AcademicYear } from '../../src/model/year.js';
import { applySdc } from '../../src/sdc/apply.js';
import { recoverableBySubtraction } from '../sdc/subtraction.js';

// Default London hubs: LA 202 is in Central. Every activity is in 2020/21, at one of three Central schools, so no
// cell falls under sdc.minInstitutions (3) and the only small count is the one planted below.
const config = defaultConfig('/tmp');
const Y20 = '2020/21' as AcademicYear;
const URNS = ['P1', 'P2', 'P3'];

const institutions: Institution[] = URNS.map((urn) => ({
  urn,
  name: `School ${urn}`,
  laCode: '202',
  type: 'mainstream',
  pupils: 500,
  eligible: true,
  joined: null,
  source: { file: 'register.csv', line: 2 },
}));

let line = 1;
function act(urn: string, type: ActivityType, students: number | null, teachers: number | null): Activity {
  line++;
  return {
    id: `a${line}`,
    date: '2021-01-15',
    year: Y20,
    urn,
    type,
    label: type,
    students,
    teachers,
    employerId: null,
    employerName: null,
    employerSize: 'unknown',
    strand: null,
    benchmark: null,
    source: { file: 'activities.csv', line },
  };
}

// Teachers at student activities in Central: employer encounters 3 x 14 = 42, workplace experiences 3 x 1 = 3 (a
// count from 1 to 4: suppressed), other 3 x 7 = 21; all = 66. Teacher CPD (3 x 10) is counted apart.
const activities = URNS.flatMap((urn) => [
  act(urn, 'employer_encounter', 30, 14),
  act(urn, 'workplace_experience', 20, 1),
  act(urn, 'other', 25, 7),
  act(urn, 'teacher_cpd', null, 10),
]);
const TYPES = ['employer_encounter', 'workplace_experience', 'other'];
const hubs = config.hubs.map((h) => h.id);
const at = (rows: readonly MetricRow[], breakdown: string) =>
  rows.find(
    (r) =>
      r.measure === 'teacher_participations' && r.hub === 'central' && r.period === Y20 && r.breakdown === breakdown,
  );

describe('teacher participations: the student activity types make up all', () => {
  it('without the type margin, the small workplace cell would be all minus the other types', () => {
    const raw = participationMetrics({
      activities,
      institutions,
      hubs: new HubIndex(config.hubs),
      years: [Y20],
      smeThreshold: 3,
    }).rows;
    expect(TYPES.map((t) => at(raw, t)?.value)).toEqual([42, 3, 21]);
    expect(at(raw, 'all')?.value).toBe(66);
    const primaryOnly = applySdc(raw, config.sdc, []);
    expect(at(primaryOnly, 'workplace_experience')?.symbol).toBe('c');
    const { recoverable } = recoverableBySubtraction(primaryOnly, hubs, {
      partitions: { teacher_participations: [TYPES] },
    });
    expect(recoverable).toContain(`teacher_participations|central|${Y20}|workplace_experience`);
  });

  it('with the margins the catalogue declares, a second type is hidden and no teacher cell can be worked out', () => {
    const { rows } = computeMetrics(
      { institutions, compass: [], destinations: [], neet: [], activities, present: ['institutions', 'activities'] },
      { config, year: Y20, sdc: true },
    );
    expect(at(rows, 'workplace_experience')?.symbol).toBe('c');
    const hidden = TYPES.filter((t) => at(rows, t)?.symbol === 'c');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const { checked, recoverable } = recoverableBySubtraction(rows, hubs, {
      partitions: { teacher_participations: [TYPES] },
    });
    expect(checked).toBeGreaterThan(0);
    expect(recoverable.filter((k) => k.startsWith('teacher_participations|'))).toEqual([]);
  });
});
