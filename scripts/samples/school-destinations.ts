import { type Cell, csvText } from './csv-text.js';
import { EES_LA_COLUMNS } from './ees-columns.js';
import type { SampleInstitution } from './institutions.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';
import {
  type PlantedCounts,
  plantedPanel,
  plantedSchools,
  SCHOOL_COHORTS,
  sumCounts,
} from './school-destinations-model.js';

/** The EES school-level KS4 destinations header (`ees_ks4_inst_<yyyy>.csv`), measure columns as published. */
const HEADER = [
  ...EES_LA_COLUMNS,
  'local_authority_selection_status',
  'school_laestab',
  'school_urn',
  'school_name',
  'admission_policy',
  'entry_gender',
  'institution_group',
  'institution_type',
  'breakdown_topic',
  'breakdown',
  'data_type',
  'version',
  'cohort',
  'overall',
  'education',
  'fe',
  'ssf',
  'sfc',
  'other_edu',
  'appren',
  'all_work',
  'all_notsust',
  'all_unknown',
] as const;

/** Counts of 1 or 2 pupils are written `c`, as the DfE suppresses them at school level; a 0 is a 0. */
export const SUPPRESS_BELOW = 3;

/**
 * One file per KS4 cohort (2015/16-2022/23) of every eligible mainstream school in the register, counts only
 * (Total and disadvantage status), drawn from the planted model in school-destinations-model.ts.
 */
export function buildSchoolDestinations(rng: Rng, institutions: readonly SampleInstitution[]): SampleFile[] {
  const schools = plantedSchools(rng.fork('schools'), institutions);
  const byUrn = new Map(institutions.map((i) => [i.urn, i]));
  const cohorts = plantedPanel(rng.fork('outcomes'), schools, SCHOOL_COHORTS);
  return SCHOOL_COHORTS.map((year) => {
    const period = `${year}${String((year + 1) % 100).padStart(2, '0')}`;
    const rows = cohorts
      .filter((c) => c.cohortYear === year)
      .flatMap((c) => {
        const inst = byUrn.get(c.urn) as SampleInstitution;
        const blocks: [string, string, PlantedCounts][] = [
          ['Total', 'Total', sumCounts(c.disadvantaged, c.other)],
          ['Disadvantage status', 'Disadvantaged', c.disadvantaged],
          ['Disadvantage status', 'Disadvantaged all other', c.other],
        ];
        return blocks.map(([topic, breakdown, n]) => schoolRow(period, inst, topic, breakdown, n));
      });
    return { path: `destinations/synthetic_ees_ks4_inst_${period}.csv`, text: csvText(HEADER, rows) };
  });
}

function schoolRow(period: string, inst: SampleInstitution, topic: string, breakdown: string, n: PlantedCounts) {
  const count = (v: number): Cell => (v > 0 && v < SUPPRESS_BELOW ? 'c' : v);
  return [
    period,
    'Academic year',
    'School',
    'E92000001',
    'England',
    'E12000007',
    'London',
    inst.la.oldCode,
    inst.la.newCode,
    inst.la.name,
    'Non-selective',
    `${inst.la.oldCode}4${inst.urn.slice(-3)}`,
    inst.urn,
    inst.name,
    'Non-selective',
    'Mixed',
    'State-funded mainstream school',
    Number(inst.urn) >= 136000 ? 'Academy' : 'Community school',
    topic,
    breakdown,
    'Number of students',
    'Final',
    n.cohort,
    count(n.overall),
    count(n.education),
    'z',
    'z',
    'z',
    'z',
    count(n.appren),
    count(n.all_work),
    count(n.all_notsust),
    count(n.all_unknown),
  ];
}
