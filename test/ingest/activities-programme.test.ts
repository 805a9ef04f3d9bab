import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activitiesReader } from '../../src/ingest/activities.js';
import { institutionsReader } from '../../src/ingest/institutions.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

describe('programme columns of the activity log and the register', () => {
  it('reads the delivering group, the SME declaration flag and the project and placement labels', async () => {
    const r = await activitiesReader.read(path.join(FIXTURES, 'clusters/activities.csv'), { activityLabels: {} });
    const row = (id: string) => r.records.find((a) => a.id === id);
    expect([row('C1')?.output, row('C1')?.group, row('C1')?.smeDeclaration]).toEqual(['project', 'hosp', true]);
    expect([row('C2')?.output, row('C2')?.type, row('C2')?.smeDeclaration]).toEqual([
      'placement',
      'workplace_experience',
      false,
    ]);
    expect([row('C3')?.output, row('C3')?.group, row('C3')?.smeDeclaration]).toEqual([null, null, false]);
    expect(row('C4')?.output).toBe('placement');
    // "maybe" is not a yes/no value: the row is an error at its cell, not a declaration read as no.
    expect(row('C5')).toBeUndefined();
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ line: 6, column: 'sme_declaration', found: 'maybe' }),
    ]);
  });

  it('keeps an older log without the programme columns valid, with no note about them', async () => {
    const r = await activitiesReader.read(path.join(FIXTURES, 'activities/log.csv'), { activityLabels: {} });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.records.every((a) => a.group === null && a.smeDeclaration === null)).toBe(true);
    expect(r.summary.notes.some((n) => /cluster|sme_declaration/.test(n))).toBe(false);
  });

  it('reads the register cluster column as a list of values (a school in two clusters)', async () => {
    const r = await institutionsReader.read(path.join(FIXTURES, 'clusters/institutions.csv'), { activityLabels: {} });
    expect(r.problems).toEqual([]);
    expect(r.records.map((i) => [i.urn, i.clusters])).toEqual([
      ['100001', ['hosp']],
      ['100002', ['hosp', 'build']],
      ['100003', []],
      ['100004', []],
      ['100005', []],
      ['100006', []],
    ]);
  });
});
