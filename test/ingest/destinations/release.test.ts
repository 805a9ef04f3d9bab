import { beforeAll, describe, expect, it } from 'vitest';
import { destinationsReader, releaseProblems } from '../../../src/ingest/destinations.js';
import type { DestinationRow, ReadResult } from '../../../src/model/records.js';
import { HAS_REAL_DATA, realFile } from '../../real-data.js';

const LAD = realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv');
const NAT_REV_2223 = realFile('ks4-dest-nat-lsip', 'ks4_dm_ud_202223_nat_rev.csv');
const EES_2324 = realFile('ks4-dest-nat-lsip', 'ees_ks4_nat_202223.csv');

/**
 * Releases as data-real/SOURCES.md describes them: the LAD file's time_period runs to 202223 (destination year),
 * so its latest cohort is 2021/22; so does ks4_dm_ud_202223_nat_rev.csv (version Revised); ees_ks4_nat_202223.csv
 * has time_period = cohort year up to 202223 (versions Revised and Provisional): the next release.
 */
describe.skipIf(!HAS_REAL_DATA)('destination file releases on the real files', () => {
  let lad: ReadResult<DestinationRow>;
  let nat: ReadResult<DestinationRow>;
  let ees: ReadResult<DestinationRow>;
  beforeAll(async () => {
    const read = (f: string) => destinationsReader.read(f, { activityLabels: {} });
    [lad, nat, ees] = await Promise.all([read(LAD), read(NAT_REV_2223), read(EES_2324)]);
  });

  it('names each file its release in the notes validate prints', () => {
    expect(lad.summary.notes).toContain('Release: the 2022/23 destinations release (KS4 cohorts to 2021/22).');
    expect(nat.summary.notes).toContain(
      'Release: the 2022/23 destinations release (KS4 cohorts to 2021/22); version Revised.',
    );
    expect(ees.summary.notes).toContain(
      'Release: the 2023/24 destinations release (KS4 cohorts to 2022/23); version Provisional, Revised.',
    );
  });

  it('warns only when no national file comes from the release of the LA rows', () => {
    expect(releaseProblems([lad, nat, ees])).toEqual([]);
    expect(releaseProblems([lad, nat])).toEqual([]);
    const problems = releaseProblems([lad, ees]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', file: EES_2324 });
    expect(problems[0]).toMatchObject({
      message:
        "no national file comes from the LA rows' release, so England's figures will be taken from this file's " +
        'release, whose methods may differ',
      expected: 'the 2022/23 destinations release (KS4 cohorts to 2021/22)',
      found: 'the 2023/24 destinations release (KS4 cohorts to 2022/23)',
    });
    // National files alone: nothing to match.
    expect(releaseProblems([nat, ees])).toEqual([]);
  });
});
