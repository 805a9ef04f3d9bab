import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../scripts/samples/prng.js';
import { DEFAULT_SEED } from '../../scripts/samples/sample-set.js';
import { employerSurveyRows } from '../../scripts/samples/surveys.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { LONDON_HUBS } from '../../src/config/london-hubs.js';
import { readSurvey } from '../../src/ingest/surveys/read-survey.js';
import { surveyMetrics } from '../../src/metrics/surveys.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../data-samples/surveys');

describe('synthetic survey samples', () => {
  it('give the published evaluation’s staff survey figures', async () => {
    const { survey, problems } = await readSurvey(path.join(SAMPLES, 'synthetic_staff_survey_surveymonkey.csv'), {
      id: 'staff',
      questions: { Q3: { dontKnowInBase: true } },
    });
    expect(problems).toEqual([]);
    const rows = surveyMetrics({
      surveys: [survey],
      hubs: new HubIndex(LONDON_HUBS),
      institutions: [],
      period: '2023/24',
      // The seed's own counts, before disclosure control rounds them to 5.
      sdc: null,
    });
    const pct = (b: string) =>
      rows.find((r) => r.measure === 'survey_response_pct' && r.hub === 'all' && r.breakdown === b);
    expect(survey.responses).toHaveLength(112);
    // "40% (n=45) very satisfied and 45% (n=50) satisfied; only 6% (n=7) dissatisfied"
    expect(
      [pct('staff.Q2: Very satisfied'), pct('staff.Q2: Satisfied'), pct('staff.Q2: Dissatisfied')].map((r) => [
        Math.round(r?.value ?? -1),
        r?.numerator,
      ]),
    ).toEqual([
      [40, 45],
      [45, 50],
      [6, 7],
    ]);
    // "55% reported an improvement, 16% no change, 2% a decline, 27% were unsure"
    expect(
      ['Improved', 'No change', 'Declined', 'Unsure'].map((o) => Math.round(pct(`staff.Q3: ${o}`)?.value ?? -1)),
    ).toEqual([55, 16, 2, 27]);
  });

  it('write the employer workbook cells from the seed', async () => {
    const { survey } = await readSurvey(path.join(SAMPLES, 'synthetic_employer_survey_msforms.xlsx'));
    const rows = employerSurveyRows(createRng(DEFAULT_SEED).fork('employer-survey'));
    expect(survey).toMatchObject({ layout: 'forms', format: 'xlsx', rowsRead: rows.length - 1 });
    expect(survey.responses.map((r) => r.answers.Q2?.[0])).toEqual(rows.slice(1).map((r) => r[6]));
  });
});
