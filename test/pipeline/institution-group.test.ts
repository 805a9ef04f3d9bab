import { describe, expect, it } from 'vitest';
import { msg } from '../../src/cli/messages.js';
import { EXIT, UserError } from '../../src/errors.js';
import { destinationsReader } from '../../src/ingest/destinations.js';
import { checkInstitutionGroup } from '../../src/pipeline/year-check.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

describe.skipIf(!HAS_REAL_DATA)('destinations.institutionGroup that matches no row', () => {
  // data-key-stage-4-destination-measures.csv has one institution_group in its district rows: "State-funded
  // mainstream schools" (Python: sorted(set(row['institution_group']))).
  it('is an error (exit 2) naming the groups the file has', async () => {
    const file = realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv');
    const rows = (await destinationsReader.read(file, { activityLabels: {} })).records;
    let error: unknown;
    try {
      checkInstitutionGroup('State-funded mainstream & special schools', rows);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(EXIT.usage);
    expect((error as UserError).message).toBe(
      msg.institutionGroupNotFound('State-funded mainstream & special schools', ['State-funded mainstream schools']),
    );
    expect(() => checkInstitutionGroup('State-funded mainstream schools', rows)).not.toThrow();
  });
});
