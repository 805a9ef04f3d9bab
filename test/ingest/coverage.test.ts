import { describe, expect, it } from 'vitest';
import { HubIndex } from '../../src/config/hub-index.js';
import type { HubConfig } from '../../src/config/schema.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { crossFileProblems } from '../../src/ingest/coverage.js';
import type { Inputs } from '../../src/ingest/index.js';
import type { DestinationRow, GeographicLevel, ReadResult } from '../../src/model/records.js';

const la = (newCode: string, name: string) => ({ oldCode: '', newCode, name });
const HUBS: HubConfig[] = [
  { id: 'mixed', name: 'Mixed', lead: 'L', localAuthorities: [la('E06000035', 'Medway'), la('E10000016', 'Kent')] },
  { id: 'counties', name: 'Counties', lead: 'L', localAuthorities: [la('E10000030', 'Surrey')] },
  { id: 'unitary', name: 'Unitary', lead: 'L', localAuthorities: [la('E06000036', 'Bracknell Forest')] },
];

function row(level: GeographicLevel, areaCode: string): DestinationRow {
  return {
    cohortYear: parseAcademicYear('2021/22')!,
    level,
    areaCode,
    areaName: areaCode,
    oldLaCode: null,
    institutionGroup: 'State-funded mainstream schools',
    institutionType: 'Total',
    breakdownTopic: 'Total',
    breakdown: 'Total',
    dataType: 'count',
    version: null,
    values: { cohort: 10 },
    overallDerived: false,
    source: { file: 'd.csv', line: 2 },
  };
}

function inputs(records: DestinationRow[]): Inputs {
  const file: ReadResult<DestinationRow> = {
    summary: {
      file: 'd.csv',
      kind: 'destinations',
      layout: 'test',
      sha256: '',
      encoding: 'utf-8',
      rowsRead: records.length,
      rowsKept: records.length,
      years: [],
      suppressed: {},
      superseded: 0,
      excluded: [],
      notes: [],
    },
    records,
    superseded: [],
    problems: [],
  };
  return { institutions: [], compass: [], destinations: [file], neet: [], activities: [] };
}

describe('crossFileProblems: configured LAs a destinations file has no row for', () => {
  it('says which hub has no figures at all, which one is partial, and why a county is absent by district', () => {
    // A district file: Medway and Bracknell Forest under their own codes, Kent and Surrey only as districts (E07).
    const messages = crossFileProblems(
      inputs([row('local_authority_district', 'E06000035'), row('local_authority_district', 'E07000105')]),
      new HubIndex(HUBS),
    ).map((p) => p.message);
    expect(messages).toEqual([
      "no rows for Kent (E10000016), so the Mixed hub's figures from this file come from its other local " +
        'authorities; the file is by LA district, and a county is in it only as its districts: list the district ' +
        'codes in the hub to place them',
      'no rows for Surrey (E10000030), so this file gives no figures for the Counties hub; the file is by LA ' +
        'district, and a county is in it only as its districts: list the district codes in the hub to place them',
      'no rows for Bracknell Forest (E06000036), so this file gives no figures for the Unitary hub',
    ]);
  });

  it('gives no county hint for a file by LA, where a county has rows of its own', () => {
    const messages = crossFileProblems(inputs([row('local_authority', 'E06000035')]), new HubIndex(HUBS)).map(
      (p) => p.message,
    );
    expect(messages[0]).toBe(
      "no rows for Kent (E10000016), so the Mixed hub's figures from this file come from its other local authorities",
    );
  });
});
