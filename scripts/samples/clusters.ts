import { csvText, ukDate } from './csv-text.js';
import type { Employer } from './employers.js';
import type { SampleInstitution } from './institutions.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';

/**
 * Ten synthetic Careers Clusters over 2020/21-2022/23, after the London Careers Programme's (ESF-funded, ended
 * September 2023): three sector clusters, one of FE colleges and SEND provision, and six clusters of named schools
 * across borough lines. Members are written in the register's `cluster` column (a school may be in two); the
 * clusters' own activity log carries employer-led projects, work placements and SME declarations of benefit.
 */
export interface SampleCluster {
  readonly id: string;
  readonly name: string;
  readonly kind: 'cluster' | 'sector cluster';
  readonly lead: string;
  /** Boroughs (ONS codes) its members come from; empty: London-wide. */
  readonly las: readonly string[];
  readonly size: number;
  /** Which institutions it recruits. */
  readonly types: 'schools' | 'fe-send' | 'schools-and-colleges';
}

export const CLUSTER_YEARS = [2020, 2021, 2022] as const;

export const SAMPLE_CLUSTERS: readonly SampleCluster[] = [
  {
    id: 'hospitality',
    name: 'Hospitality',
    kind: 'sector cluster',
    lead: 'Synthetic Hotel School',
    las: [],
    size: 12,
    types: 'schools-and-colleges',
  },
  {
    id: 'construction',
    name: 'Construction',
    kind: 'sector cluster',
    lead: 'Synthetic Build Trust',
    las: [],
    size: 10,
    types: 'schools-and-colleges',
  },
  {
    id: 'digital-creative',
    name: 'Digital and creative',
    kind: 'sector cluster',
    lead: 'Synthetic Media College',
    las: [],
    size: 11,
    types: 'schools-and-colleges',
  },
  {
    id: 'fe-send',
    name: 'FE and SEND',
    kind: 'cluster',
    lead: 'Synthetic FE Partnership',
    las: [],
    size: 9,
    types: 'fe-send',
  },
  {
    id: 'barnet-enfield',
    name: 'Barnet and Enfield',
    kind: 'cluster',
    lead: 'Synthetic North Trust',
    las: ['E09000003', 'E09000010'],
    size: 6,
    types: 'schools',
  },
  {
    id: 'bexley-bromley-greenwich',
    name: 'Bexley, Bromley and Greenwich',
    kind: 'cluster',
    lead: 'Synthetic South East Trust',
    las: ['E09000004', 'E09000006', 'E09000011'],
    size: 17,
    types: 'schools-and-colleges',
  },
  {
    id: 'brent-harrow',
    name: 'Brent and Harrow',
    kind: 'cluster',
    lead: 'Synthetic North West Trust',
    las: ['E09000005', 'E09000015'],
    size: 8,
    types: 'schools',
  },
  {
    id: 'newham-tower-hamlets',
    name: 'Newham and Tower Hamlets',
    kind: 'cluster',
    lead: 'Synthetic Docklands Trust',
    las: ['E09000025', 'E09000030'],
    size: 9,
    types: 'schools',
  },
  {
    id: 'lambeth-southwark',
    name: 'Lambeth and Southwark',
    kind: 'cluster',
    lead: 'Synthetic South Bank Trust',
    las: ['E09000022', 'E09000028'],
    size: 7,
    types: 'schools',
  },
  {
    id: 'ealing-hounslow',
    name: 'Ealing and Hounslow',
    kind: 'cluster',
    lead: 'Synthetic West Trust',
    las: ['E09000009', 'E09000018'],
    size: 2,
    types: 'schools',
  },
];

function recruits(c: SampleCluster, i: SampleInstitution): boolean {
  if (!i.eligible) return false;
  if (c.las.length && !c.las.includes(i.la.newCode)) return false;
  if (c.types === 'schools') return i.type === 'mainstream';
  if (c.types === 'fe-send') return ['FE college', 'sixth-form college', 'special'].includes(i.type);
  return i.type === 'mainstream' || i.type === 'FE college' || i.type === 'sixth-form college';
}

/** Each institution's clusters (a few schools in a sector cluster and an area cluster). */
export function assignClusters(rng: Rng, institutions: readonly SampleInstitution[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of SAMPLE_CLUSTERS) {
    const pool = rng.shuffle(institutions.filter((i) => recruits(c, i)));
    // Area clusters recruit outside the schools already in a cluster first; sector clusters do not mind.
    const ordered = c.las.length
      ? [...pool.filter((i) => !out.has(i.urn)), ...pool.filter((i) => out.has(i.urn))]
      : pool;
    for (const i of ordered.slice(0, c.size)) out.set(i.urn, [...(out.get(i.urn) ?? []), c.id]);
  }
  return out;
}

export const CLUSTER_ACTIVITY_HEADER = [
  'activity_id',
  'date',
  'urn',
  'activity_type',
  'students',
  'teachers',
  'employer_id',
  'employer_name',
  'employer_size',
  'cluster',
  'sme_declaration',
  'benchmark',
];

const LABELS: readonly (readonly [string, number])[] = [
  ['employer-led project', 2],
  ['work experience', 4],
  ['employer workshop', 3],
  ['mock interview', 1],
];

/** The clusters' activity logs, one a year: projects, placements and encounters, SMEs declaring benefit. */
export function clusterActivities(
  rng: Rng,
  clusters: ReadonlyMap<string, readonly string[]>,
  employers: readonly Employer[],
): SampleFile[] {
  const smes = employers.filter((e) => e.size === 'micro' || e.size === 'small' || e.size === 'medium');
  const large = employers.filter((e) => e.size === 'large');
  const members = [...clusters].sort(([a], [b]) => a.localeCompare(b));
  return CLUSTER_YEARS.map((start) => {
    const rows: (string | number)[][] = [];
    for (const [urn, ids] of members)
      for (const id of ids) {
        const n = rng.int(4, 9);
        for (let k = 0; k < n; k++) {
          const label = rng.weighted(LABELS);
          const sme = rng.chance(0.55);
          const employer = rng.pick(sme ? smes : large);
          const month = rng.int(0, 9);
          const date = ukDate(month < 4 ? start : start + 1, ((month + 8) % 12) + 1, rng.int(1, 28));
          const students = label === 'work experience' ? rng.int(3, 25) : rng.int(10, 60);
          rows.push([
            '',
            date,
            urn,
            label,
            students,
            rng.int(0, 3),
            employer.id,
            employer.name,
            employer.size,
            id,
            sme && rng.chance(0.8) ? 'yes' : '',
            label === 'work experience' ? 6 : 5,
          ]);
        }
      }
    const short = `${start % 100}${(start + 1) % 100}`;
    rows.forEach((r, k) => {
      r[0] = `CL${short}-${String(k + 1).padStart(5, '0')}`;
    });
    return {
      path: `activities/clusters-${start}-${String((start + 1) % 100).padStart(2, '0')}.csv`,
      text: csvText(CLUSTER_ACTIVITY_HEADER, rows),
    };
  });
}
