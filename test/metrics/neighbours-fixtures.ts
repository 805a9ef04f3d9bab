import type { HubConfig, LocalAuthority } from '../../src/config/schema.js';
import type { DistrictToCounty } from '../../src/ingest/district-county.js';
import type { NeighbourEntry, StatNeighbours } from '../../src/ingest/stat-neighbours.js';
import type { Closeness } from '../../src/model/closeness.js';

/** Made-up hubs, neighbours and a county lookup small enough to follow by hand. */
export const la = (oldCode: string, newCode: string, name: string): LocalAuthority => ({ oldCode, newCode, name });
export const LAS: LocalAuthority[] = [
  la('901', 'E09000901', 'Alpha'),
  la('902', 'E09000902', 'Beta'),
  la('903', 'E09000903', 'Gamma'),
  la('801', 'E06000801', 'Uni One'),
  la('802', 'E08000802', 'Metro Two'),
  la('886', 'E10000016', 'Kent'),
  la('803', 'E06000803', 'Uni Three'),
];
export const testHubs: HubConfig[] = [
  { id: 'inner', name: 'Inner', lead: '', localAuthorities: [LAS[0]!, LAS[1]!] },
  { id: 'outer', name: 'Outer', lead: '', localAuthorities: [LAS[2]!] },
];

const entry = (code: string, neighbours: [string, Closeness][]): NeighbourEntry => ({
  la: code,
  name: LAS.find((l) => l.oldCode === code)?.name ?? code,
  region: 'London',
  neighbours: neighbours.map(([n, closeness], k) => ({ la: n, rank: k + 1, closeness })),
  source: { file: 'sn.xlsx', line: 4 },
});
export const testNeighbours: StatNeighbours = {
  file: 'sn.xlsx',
  sha256: '',
  retired: [],
  problems: [],
  entries: new Map([
    // Alpha lists Beta (same hub) and Gamma (another hub): both left out.
    [
      '901',
      entry('901', [
        ['902', 'very close'],
        ['903', 'very close'],
        ['801', 'close'],
        ['886', 'close'],
      ]),
    ],
    // Beta lists Uni One again (counted once, at its closest band) and a not-close metropolitan district.
    [
      '902',
      entry('902', [
        ['801', 'very close'],
        ['802', 'not close'],
      ]),
    ],
    ['903', entry('903', [['803', 'somewhat close']])],
  ]),
};
export const directory = new Map(LAS.map((l) => [l.oldCode, l] as const));
export const kentLookup: DistrictToCounty = {
  file: 'lookup.csv',
  sha256: '',
  problems: [],
  districts: new Map([
    [
      'E10000016',
      [
        { code: 'E07000105', name: 'Ashford' },
        { code: 'E07000106', name: 'Canterbury' },
      ],
    ],
  ]),
};
