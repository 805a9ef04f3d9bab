import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HubIndex } from '../../../src/config/hub-index.js';
import { LONDON_HUBS } from '../../../src/config/london-hubs.js';
import { readSurvey } from '../../../src/ingest/surveys/read-survey.js';
import { metricsCsv, publicRows } from '../../../src/metrics/metric-table.js';
import { hubResolver, surveyMetrics } from '../../../src/metrics/surveys.js';
import { COMMENTS } from './comments-fixture.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/surveys/comments-forms.csv');
// The config defaults: sdc.threshold 5, counts rounded to 5.
const SDC = { threshold: 5, rounding: 5, minInstitutions: 3 };
const hubs = new HubIndex(LONDON_HUBS);
const read = () => readSurvey(FIXTURE, { id: 'staff', minRepeats: SDC.threshold, hubOf: hubResolver(hubs, []) });

// test/fixtures/surveys/comments-forms.csv: 12 Forms responses, three per London hub, with comment columns of 1, 3
// and 10 distinct answers (names and phone numbers in them) and a satisfaction question with one off-scale answer.

describe('free text is never published', () => {
  it('types comment columns of 1, 3 and 10 distinct answers as text, and says which rule did', async () => {
    const { survey } = await read();
    const type = (text: string) => survey.questions.find((q) => q.text === text);
    for (const text of ['Any other comments?', 'What went well?', 'What would you change?']) {
      expect(type(text)?.type).toBe('text');
      expect(type(text)?.typedBy).toMatch(/^free text: not a closed set/);
    }
  });

  it('publishes no answer text in metrics.csv or the JSON rows', async () => {
    const { survey } = await read();
    const rows = surveyMetrics({ surveys: [survey], hubs, institutions: [], period: '2023/24', sdc: SDC });
    const published = `${metricsCsv(rows)}\n${JSON.stringify(publicRows(rows))}`;
    expect(rows.length).toBeGreaterThan(0);
    for (const c of COMMENTS) expect(published).not.toContain(c);
    expect(published).not.toContain('07700');
    expect(published).not.toContain('Patel');
  });

  it('keeps a Likert question on its scale when one answer is off it, and locates that answer', async () => {
    const { survey, problems } = await read();
    const q = survey.questions.find((x) => x.text.startsWith('How satisfied'));
    expect(q).toMatchObject({ type: 'likert', typedBy: 'built-in satisfaction scale' });
    // Row 9 of the data ("Quite happy") is file line 10; its text is not echoed.
    expect(problems.map((p) => [p.line, p.severity, p.found])).toEqual([[10, 'error', 'an answer of 11 characters']]);
  });
});

describe('placement', () => {
  it('places by a column headed as a hub field whose values are hubs, not by a question naming one', async () => {
    const { survey } = await read();
    expect(survey.placement).toEqual({ column: 'Which careers hub is your school in?', by: 'hub' });
    // The satisfaction question mentions "your Careers Hub" and stays a question.
    expect(survey.questions.some((q) => q.text.includes('support from your Careers Hub'))).toBe(true);
  });

  it('takes no column whose values name no configured hub, and warns about values that match none', async () => {
    const { survey, problems } = await readSurvey(FIXTURE, {
      id: 'staff',
      hubOf: (_by, value) => (value === 'Central' ? 'central' : undefined),
    });
    // A quarter of the values name a hub: not a placement column.
    expect(survey.placement).toBeNull();
    const named = await readSurvey(FIXTURE, {
      id: 'staff',
      placement: { column: 'Which careers hub is your school in?', by: 'hub' },
      hubOf: (_by, value) => (value === 'Central' ? 'central' : undefined),
    });
    const warning = named.problems.find((p) => p.severity === 'warning');
    expect(warning?.message).toBe(
      '9 responses name no configured hub (lines 3, 4, 5, 7, 8, 9, 11, 12, 13): counted for all hubs only',
    );
    expect(problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });
});
