import { type Cell, csvText, ukDate } from './csv-text.js';
import type { Employer } from './employers.js';
import { ACTIVITY_ROWS, ACTIVITY_YEARS, STRAND2_SHARE } from './evaluation-targets.js';
import type { SampleInstitution, SampleType } from './institutions.js';
import { HUB_IDS } from './london-areas.js';
import { type Rng, WeightedTable } from './prng.js';
import type { SampleFile } from './sample-file.js';

export const ACTIVITY_HEADER = [
  'activity_id',
  'date',
  'urn',
  'activity_type',
  'students',
  'teachers',
  'employer_id',
  'employer_name',
  'employer_size',
  'strand',
  'benchmark',
];

interface Kind {
  readonly label: string;
  readonly weight: number;
  /** Students taking part; null for activities with teachers only. */
  readonly students: readonly [number, number] | null;
  /**
   * Gatsby Benchmark the activity is logged against: 5 encounters, 6 workplaces, sometimes 2 (LMI), 4 (curriculum), 7
   * (FE/HE).
   */
  readonly benchmarks: readonly (readonly [number, number])[];
  /** Chance that an employer is named. */
  readonly withEmployer: number;
  /** Counts towards Strand 2 (Benchmark 5 and 6 activities with employers). */
  readonly strand2: boolean;
}

/** Mostly employer encounters, ~20% workplace experiences, a few % teacher activities. */
const KINDS: readonly Kind[] = [
  {
    label: 'careers fair',
    weight: 12,
    students: [40, 200],
    benchmarks: [
      [5, 0.75],
      [7, 0.15],
      [2, 0.1],
    ],
    withEmployer: 0.95,
    strand2: true,
  },
  {
    label: 'career talk',
    weight: 27,
    students: [20, 120],
    benchmarks: [
      [5, 0.95],
      [2, 0.05],
    ],
    withEmployer: 0.98,
    strand2: true,
  },
  {
    label: 'workshop',
    weight: 17,
    students: [10, 40],
    benchmarks: [
      [5, 0.8],
      [4, 0.15],
      [2, 0.05],
    ],
    withEmployer: 0.95,
    strand2: true,
  },
  {
    label: 'mock interview',
    weight: 10,
    students: [5, 30],
    benchmarks: [
      [5, 0.9],
      [7, 0.1],
    ],
    withEmployer: 0.97,
    strand2: true,
  },
  { label: 'work experience', weight: 9, students: [5, 25], benchmarks: [[6, 1]], withEmployer: 0.99, strand2: true },
  { label: 'workplace visit', weight: 6, students: [8, 40], benchmarks: [[6, 1]], withEmployer: 0.99, strand2: true },
  {
    label: 'insight day',
    weight: 5,
    students: [10, 60],
    benchmarks: [
      [6, 0.9],
      [5, 0.1],
    ],
    withEmployer: 0.98,
    strand2: true,
  },
  {
    label: 'teacher CPD',
    weight: 2.5,
    students: null,
    benchmarks: [
      [4, 0.7],
      [2, 0.3],
    ],
    withEmployer: 0.4,
    strand2: false,
  },
  {
    label: 'teacher encounter',
    weight: 2,
    students: null,
    benchmarks: [
      [4, 0.5],
      [5, 0.5],
    ],
    withEmployer: 1,
    strand2: false,
  },
  {
    label: 'other',
    weight: 6,
    students: [5, 80],
    benchmarks: [
      [5, 0.4],
      [7, 0.3],
      [2, 0.3],
    ],
    withEmployer: 0.8,
    strand2: false,
  },
];

/** Term-time weighting of activity dates (Sep..Aug); almost nothing in August. */
const MONTH_WEIGHTS: readonly (readonly [number, number])[] = [
  [9, 8],
  [10, 11],
  [11, 11],
  [12, 6],
  [1, 9],
  [2, 8],
  [3, 11],
  [4, 5],
  [5, 8],
  [6, 11],
  [7, 9],
  [8, 1],
];
/** Strand 2 (GLA ESF match funding) ran from January 2022 to August 2023 (evaluation). */
const STRAND2_FROM = 20220101;
const STRAND2_TO = 20230831;
/** Share of activities logged against institutions that had not (yet) joined their hub. */
const NON_MEMBER_SHARE = 0.08;
const TYPE_ACTIVITY: Record<SampleType, number> = {
  mainstream: 1,
  special: 0.6,
  'alternative provision': 0.4,
  'FE college': 0.9,
  'sixth-form college': 0.8,
  other: 0.5,
};
const SME = new Set(['micro', 'small', 'medium']);

interface Draft {
  readonly key: number;
  readonly cells: Cell[];
}

export function buildActivities(
  rng: Rng,
  institutions: readonly SampleInstitution[],
  employers: readonly Employer[],
  scale: number,
): SampleFile[] {
  return ACTIVITY_YEARS.map((year, k) => {
    const rows = Math.round((ACTIVITY_ROWS[k] ?? 0) * scale);
    const pools = HUB_IDS.map((hub) => ({
      hub,
      ...institutionPools(institutions, hub, year),
      ...employerPools(employers.filter((e) => e.hubs.includes(hub))),
    }));
    const hubWeights = pools.map((p) => [p, p.members.size * (p.hub === 'west' ? 1.1 : 1)] as const);
    const drafts: Draft[] = Array.from({ length: rows }, () => activity(rng, rng.weighted(hubWeights), year));
    drafts.sort((a, b) => a.key - b.key);
    const yy = `${year % 100}${(year + 1) % 100}`;
    const lines = drafts.map((d, i) => [`A${yy}-${String(i + 1).padStart(5, '0')}`, ...d.cells]);
    return {
      path: `activities/activities-${year}-${String((year + 1) % 100).padStart(2, '0')}.csv`,
      text: csvText(ACTIVITY_HEADER, lines),
    };
  });
}

/** A hub's institutions and employers in one year, as weighted tables built once (drawing is then O(log n)). */
interface Pool {
  readonly hub: string;
  readonly members: WeightedTable<SampleInstitution>;
  readonly others: WeightedTable<SampleInstitution>;
  /** Employers weighted by how active they are; `smes` the same for SMEs only. */
  readonly employers: WeightedTable<Employer>;
  readonly smes: WeightedTable<Employer>;
}

function institutionPools(institutions: readonly SampleInstitution[], hub: string, year: number) {
  const inHub = institutions.filter((i) => i.la.hubId === hub);
  const weight = (i: SampleInstitution) => [i, TYPE_ACTIVITY[i.type]] as const;
  return {
    members: new WeightedTable(inHub.filter((i) => i.joined !== null && i.joined <= year).map(weight)),
    others: new WeightedTable(inHub.filter((i) => i.eligible && (i.joined === null || i.joined > year)).map(weight)),
  };
}

function employerPools(employers: readonly Employer[]) {
  const weight = (e: Employer) => [e, e.activity] as const;
  return {
    employers: new WeightedTable(employers.map(weight)),
    smes: new WeightedTable(employers.filter((e) => SME.has(e.size)).map(weight)),
  };
}

function activity(rng: Rng, pool: Pool, year: number): Draft {
  const [y, m, d] = activityDate(rng, year);
  const key = y * 10000 + m * 100 + d;
  const strand2 = key >= STRAND2_FROM && key <= STRAND2_TO && rng.chance(STRAND2_SHARE[pool.hub] ?? 0);
  const kind = rng.weighted(KINDS.filter((k) => !strand2 || k.strand2).map((k) => [k, k.weight] as const));
  const inst = (pool.others.size > 0 && rng.chance(NON_MEMBER_SHARE) ? pool.others : pool.members).pick(rng);
  const employer = rng.chance(strand2 ? 1 : kind.withEmployer) ? pickEmployer(rng, pool, strand2) : undefined;
  const students = kind.students ? rng.int(...kind.students) : '';
  const teachers = kind.students === null ? rng.int(1, 10) : rng.chance(0.08) ? '' : rng.int(0, 4);
  const size = employer ? (employer.size === 'unknown' && rng.chance(0.5) ? '' : employer.size) : '';
  return {
    key,
    cells: [
      ukDate(y, m, d),
      inst.urn,
      kind.label,
      students,
      teachers,
      employer?.id ?? '',
      employer?.name ?? '',
      size,
      strand2 ? '2' : '1',
      rng.weighted(kind.benchmarks),
    ],
  };
}

/** Strand 2 worked mostly with SMEs; otherwise employers are picked by how active they are. */
function pickEmployer(rng: Rng, pool: Pool, strand2: boolean): Employer | undefined {
  const eligible = strand2 && rng.chance(0.85) ? pool.smes : pool.employers;
  return eligible.size === 0 ? undefined : eligible.pick(rng);
}

function activityDate(rng: Rng, startYear: number): [number, number, number] {
  for (;;) {
    const month = rng.weighted(MONTH_WEIGHTS);
    const year = month >= 9 ? startYear : startYear + 1;
    const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return [year, month, day];
  }
}
