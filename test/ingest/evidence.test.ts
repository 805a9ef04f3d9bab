import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../src/ingest/evidence.js';
import { PERSONAL_DATA_EXPECTED, personalDataMessage } from '../../src/ingest/personal-data.js';

const fixture = (name: string) =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/evidence', name);
const HUBS = ['north', 'east'];

describe('readEvidence', () => {
  it('reads a quote with its front matter and Markdown body', async () => {
    const { item, problems } = await readEvidence(fixture('quote-ok.md'), HUBS);
    expect(problems).toEqual([]);
    expect(item).toMatchObject({
      type: 'quote',
      hub: 'north',
      theme: 'employer-encounters',
      source: 'school and college survey',
      role: 'a Careers Leader',
      consent: true,
      body: 'The encounters changed how our Year 10s talk about work.',
    });
  });

  it('reads an item without consent but says it will not be published', async () => {
    const { item, problems } = await readEvidence(fixture('no-consent.md'), HUBS);
    expect(item).toMatchObject({ type: 'case-study', consent: false, title: 'Supported internships' });
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('not published') }),
    ]);
  });

  it('reports every front-matter problem once, with its line', async () => {
    const { item, problems } = await readEvidence(fixture('bad.md'), HUBS);
    expect(item).toBeNull();
    expect(problems.map((p) => [p.severity, p.line, p.found])).toEqual([
      ['error', 4, 'name'],
      ['error', 2, 'anecdote'],
      ['error', 3, 'west'],
      ['error', 1, ''],
      ['warning', 6, 'yes'],
    ]);
    expect(problems[0]?.message).toContain('attributed by role');
    expect(problems[3]?.message).toBe('"theme" must be given as text');
  });

  it('rejects a file without front matter', async () => {
    const { item, problems } = await readEvidence(fixture('no-front-matter.md'), HUBS);
    expect(item).toBeNull();
    expect(problems[0]).toMatchObject({ line: 1, message: 'no front matter' });
  });

  it('warns at each piece of personal data, at its line, quoted masked; the date of a fair is not one', async () => {
    const { item, problems } = await readEvidence(fixture('personal-data.md'), HUBS);
    expect(item).not.toBeNull();
    const warning = (line: number, kind: Parameters<typeof personalDataMessage>[0], found: string) => ({
      severity: 'warning',
      file: fixture('personal-data.md'),
      line,
      message: personalDataMessage(kind),
      expected: PERSONAL_DATA_EXPECTED,
      found,
      code: 'personal-data',
    });
    expect(problems).toEqual([
      warning(9, 'a date of birth', 'b*** ** **/**/***9'),
      warning(10, 'an e-mail address', 'j*.******@*******.**m'),
      warning(10, 'a UK phone number', '0**** *****6'),
      warning(12, 'a National Insurance number', 'Q* ** ** ** C'),
      warning(12, 'a postcode', 'S*** **A'),
    ]);
  });

  it('with strict, personal data is an error and the item is not used', async () => {
    const { item, problems } = await readEvidence(fixture('personal-data.md'), HUBS, { strict: true });
    expect(item).toBeNull();
    expect(problems.map((p) => [p.severity, p.line])).toEqual([
      ['error', 9],
      ['error', 10],
      ['error', 10],
      ['error', 12],
      ['error', 12],
    ]);
  });
});
