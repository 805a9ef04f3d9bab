import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HubIndex } from '../../../src/config/hub-index.js';
import { LONDON_HUBS } from '../../../src/config/london-hubs.js';
import { readSurvey } from '../../../src/ingest/surveys/read-survey.js';
import { metricsCsv, publicRows } from '../../../src/metrics/metric-table.js';
import { hubResolver, surveyMetrics } from '../../../src/metrics/surveys.js';
import { runMain } from '../../cli/run-main.js';

/**
 * One bad answer does not retype a question. test/fixtures/surveys/number-and-scale.csv: 16 Forms
 * responses, four per London hub; "How satisfied ..." has 15 answers on the satisfaction scale and "Quite happy"
 * (response 7, file line 8); "How many students took part?" has 15 distinct numbers and "lots" (response 9, line
 * 10). Before, the first became "single (6 options)" without a favourable share, the second 16 published categories.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/surveys/number-and-scale.csv');
const SDC = { threshold: 5, rounding: 5, minInstitutions: 3 };
const hubs = new HubIndex(LONDON_HUBS);
const read = () => readSurvey(FIXTURE, { id: 'staff', minRepeats: SDC.threshold, hubOf: hubResolver(hubs, []) });

afterEach(() => vi.restoreAllMocks());

describe('a number question with one answer that is not a number', () => {
  it('stays a number question; "lots" is an error at its line and column, its text not echoed', async () => {
    const { survey, problems } = await read();
    const q = survey.questions.find((x) => x.text === 'How many students took part?');
    expect(q).toMatchObject({ type: 'number', typedBy: 'numeric: most answers are numbers' });
    const bad = problems.filter((p) => p.column === 'How many students took part?');
    expect(bad).toEqual([
      {
        severity: 'error',
        file: FIXTURE,
        line: 10,
        column: 'How many students took part?',
        message: 'answer is not a number',
        expected: 'a number such as 12',
        found: 'an answer of 4 characters',
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain('lots');
  });

  it('publishes no category of it: no answer, "lots" or a number, appears as a breakdown', async () => {
    const { survey } = await read();
    const rows = surveyMetrics({ surveys: [survey], hubs, institutions: [], period: '2023/24', sdc: SDC });
    const q = survey.questions.find((x) => x.text === 'How many students took part?');
    expect(rows.filter((r) => r.breakdown.startsWith(`staff.${q?.id}`))).toEqual([]);
    expect(metricsCsv(rows)).not.toContain('lots');
  });
});

describe('a Likert question with one answer off its scale', () => {
  it('keeps its scale and favourable share: 10 of 15 on the scale (4 very satisfied, 6 satisfied)', async () => {
    const { survey, problems } = await read();
    const q = survey.questions.find((x) => x.text === 'How satisfied are you with the support?');
    expect(q).toMatchObject({ type: 'likert', typedBy: 'built-in satisfaction scale' });
    expect(q?.options).toEqual([
      'Very satisfied',
      'Satisfied',
      'Neither satisfied nor dissatisfied',
      'Dissatisfied',
      'Very dissatisfied',
    ]);
    expect(problems.filter((p) => p.column === q?.text).map((p) => [p.line, p.found])).toEqual([
      [8, 'an answer of 11 characters'],
    ]);
    const rows = surveyMetrics({ surveys: [survey], hubs, institutions: [], period: '2023/24', sdc: SDC });
    const top2 = rows.find(
      (r) => r.measure === 'survey_top2_pct' && r.hub === 'all' && r.breakdown === `staff.${q?.id}`,
    );
    // 10 and 15 are multiples of the rounding base 5, so the published counts are the counts read.
    expect(top2).toMatchObject({ numerator: 10, denominator: 15 });
    // 66.666... % written to one decimal (the config default).
    expect(top2?.value).toBe(66.7);
    const published = `${metricsCsv(rows)}\n${JSON.stringify(publicRows(rows))}`;
    expect(published).not.toContain('Quite happy');
  });
});

describe('validate on the export', () => {
  it('exit 1 with both located errors; the types it chose are printed', async () => {
    const r = await runMain('validate', '--kind', 'survey', FIXTURE);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Q2: likert (satisfaction scale): How satisfied are you with the support?');
    expect(r.stdout).toContain('Q3: number: How many students took part?');
    expect(r.stdout).toContain(
      'line 8, column "How satisfied are you with the support?": answer is not one of the satisfaction scale\'s points',
    );
    expect(r.stdout).toContain(
      'line 10, column "How many students took part?": answer is not a number (expected a number such as 12, ' +
        'found "an answer of 4 characters")',
    );
    expect(r.stdout).not.toContain('lots');
    expect(r.stdout).not.toContain('Quite happy');
  });
});
