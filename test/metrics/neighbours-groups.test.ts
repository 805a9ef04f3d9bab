import { describe, expect, it } from 'vitest';
import { HubIndex } from '../../src/config/hub-index.js';
import { comparisonGroups, laDirectory } from '../../src/metrics/neighbours-groups.js';
import type { DestinationRow } from '../../src/model/records.js';
import { directory, kentLookup, la, testHubs, testNeighbours } from './neighbours-fixtures.js';

describe('comparisonGroups', () => {
  const hubs = new HubIndex(testHubs);
  it('takes each neighbour once, outside every configured hub', () => {
    const [inner, outer] = comparisonGroups({ neighbours: testNeighbours, hubs, directory });
    expect(inner?.id).toBe('inner:neighbours');
    expect(inner?.members.map((m) => [m.la.name, m.closeness, m.neighbourOf])).toEqual([
      ['Uni One', 'very close', ['Alpha', 'Beta']],
      ['Kent', 'close', ['Alpha']],
      ['Metro Two', 'not close', ['Beta']],
    ]);
    expect(inner?.inHubs).toEqual(['Beta', 'Gamma']);
    expect(outer?.members.map((m) => m.la.name)).toEqual(['Uni Three']);
  });

  it('drops neighbours below minimumCloseness', () => {
    const [inner] = comparisonGroups({ neighbours: testNeighbours, hubs, directory, minimumCloseness: 'close' });
    expect(inner?.members.map((m) => m.la.name)).toEqual(['Uni One', 'Kent']);
    expect(inner?.belowCloseness).toBe(1);
  });

  it('leaves a county out of the destination group without a lookup, and uses its districts with one', () => {
    const [without] = comparisonGroups({ neighbours: testNeighbours, hubs, directory });
    expect(without?.destinationAreas.map((a) => a.newCode)).toEqual(['E06000801', 'E08000802']);
    expect(without?.countiesLeftOut).toEqual(['Kent']);
    const [withLookup] = comparisonGroups({
      neighbours: testNeighbours,
      hubs,
      directory,
      districtToCounty: kentLookup,
    });
    expect(withLookup?.destinationAreas.map((a) => a.newCode)).toEqual([
      'E06000801',
      'E07000105',
      'E07000106',
      'E08000802',
    ]);
    expect([withLookup?.countiesLeftOut, withLookup?.countiesByDistrict]).toEqual([[], ['Kent']]);
  });

  it('names a hub LA the file does not list', () => {
    const other = new HubIndex([
      { id: 'x', name: 'X', lead: '', localAuthorities: [la('999', 'E09000999', 'Nowhere')] },
    ]);
    expect(comparisonGroups({ neighbours: testNeighbours, hubs: other, directory })[0]?.notInFile).toEqual(['Nowhere']);
  });
});

describe('a county with its own LA-level destination rows', () => {
  it('is kept as itself, with or without a lookup', () => {
    const hubs = new HubIndex(testHubs);
    const codes = new Set(['E10000016']);
    for (const districtToCounty of [undefined, kentLookup]) {
      const [inner] = comparisonGroups({
        neighbours: testNeighbours,
        hubs,
        directory,
        districtToCounty,
        destinationAreaCodes: codes,
      });
      expect(inner?.destinationAreas.map((a) => a.newCode)).toEqual(['E06000801', 'E10000016', 'E08000802']);
      expect([inner?.countiesLeftOut, inner?.countiesByDistrict]).toEqual([[], []]);
    }
  });
});

describe('laDirectory', () => {
  it('takes both codes from NCCIS rows, and from LA-level destination rows when there is no NCCIS file', () => {
    const dest = {
      cohortYear: '2021/22',
      level: 'local_authority',
      areaCode: 'E06000801',
      areaName: 'Uni One',
      oldLaCode: '801',
    } as unknown as DestinationRow;
    const lad = {
      ...dest,
      level: 'local_authority_district',
      areaCode: 'E07000105',
      oldLaCode: null,
    } as DestinationRow;
    expect([...laDirectory([], [dest, lad])]).toEqual([
      ['801', { oldCode: '801', newCode: 'E06000801', name: 'Uni One' }],
    ]);
  });
});
