import { describe, expect, it } from 'vitest';
import { HubIndex } from '../../src/config/hub-index.js';
import { LONDON_HUBS } from '../../src/config/london-hubs.js';
import { surveyMetrics } from '../../src/metrics/surveys.js';
import type { SurveyData, SurveyResponse } from '../../src/model/survey.js';
import { recoverableBySubtraction } from '../sdc/subtraction.js';

const SDC = { threshold: 5, rounding: 5, minInstitutions: 3 };
const AGREE = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'];

/** Answers to one agreement question: for each hub, how many gave each point of the scale. */
function survey(counts: Readonly<Record<string, readonly number[]>>): SurveyData {
  const responses: SurveyResponse[] = [];
  for (const [hub, perPoint] of Object.entries(counts))
    perPoint.forEach((n, k) => {
      for (let i = 0; i < n; i++)
        responses.push({ line: responses.length + 2, place: hub, answers: { Q1: [AGREE[k]!] } });
    });
  return {
    id: 'staff',
    file: 'staff.csv',
    sha256: '',
    encoding: 'utf-8',
    rowsRead: responses.length,
    layout: 'forms',
    format: 'csv',
    placement: { column: 'Hub', by: 'hub' },
    questions: [
      {
        id: 'Q1',
        text: 'The hub helps my students',
        type: 'likert',
        options: AGREE,
        dontKnow: [],
        dontKnowInBase: false,
        scale: { name: 'agreement', favourable: 2, neutral: 2 },
        columns: ['Q1'],
        typedBy: 'built-in agreement scale',
      },
    ],
    responses,
    excluded: { unfinished: 0, empty: 0 },
  };
}

describe('survey rows go through the shared disclosure control', () => {
  // South: 8 respondents, 1 strongly disagreeing; the other hubs 20 each.
  const data = survey({
    Central: [6, 6, 4, 2, 2],
    East: [5, 7, 4, 2, 2],
    South: [3, 2, 2, 0, 1],
    West: [8, 6, 2, 2, 2],
  });
  const rows = surveyMetrics({
    surveys: [data],
    hubs: new HubIndex(LONDON_HUBS),
    institutions: [],
    period: '2023/24',
    sdc: SDC,
  });
  const find = (measure: string, hub: string, breakdown: string) =>
    rows.find((r) => r.measure === measure && r.hub === hub && r.breakdown === breakdown);

  it('withholds a cell of 1 to 4 respondents and rounds respondent counts to 5', () => {
    expect(find('survey_response_pct', 'south', 'staff.Q1: Strongly disagree')).toMatchObject({
      symbol: 'c',
      value: null,
    });
    expect(find('survey_respondents', 'south', 'staff')).toMatchObject({ value: 10, symbol: '' });
    expect(find('survey_respondents', 'all', 'staff')?.value).toBe(70);
  });

  it('leaves no withheld cell recoverable from hubs adding up to all or options adding up to the question', () => {
    const options = AGREE.map((o) => `staff.Q1: ${o}`);
    const byQuestion = rows
      .filter((r) => r.measure === 'survey_question_respondents')
      .map((total) => ({ total, parts: options.map((b) => find('survey_response_pct', total.hub, b)) }));
    const oneHidden = byQuestion.filter(
      ({ total, parts }) => [total, ...parts].filter((c) => c?.symbol === 'c').length === 1,
    );
    expect(byQuestion).toHaveLength(5);
    expect(oneHidden).toEqual([]);
    const hubs = LONDON_HUBS.map((h) => h.id);
    const { checked, recoverable } = recoverableBySubtraction(rows, hubs);
    expect(checked).toBeGreaterThan(5);
    expect(recoverable).toEqual([]);
  });
});
