import { describe, expect, it } from 'vitest';
import { HubIndex } from '../../src/config/hub-index.js';
import { LONDON_HUBS } from '../../src/config/london-hubs.js';
import { surveyAnswerParts, surveyMetrics } from '../../src/metrics/surveys.js';
import type { MetricRow } from '../../src/model/metric.js';
import type { SurveyData, SurveyQuestion, SurveyResponse } from '../../src/model/survey.js';
import { recoverableBySubtraction } from '../sdc/subtraction.js';

const SDC = { threshold: 5, rounding: 5, minInstitutions: 3 };
const AGREE = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'];

/** Answers to one agreement question: for each hub, how many gave each point of the scale. */
function survey(counts: Readonly<Record<string, readonly number[]>>, favourable = 2): SurveyData {
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
        scale: { name: 'agreement', favourable, neutral: 2 },
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

describe("survey cells withheld through the catalogue's answer parts cannot be worked out by subtraction", () => {
  // Hand-made: Central 23 respondents (8 strongly agree, 7 agree, 5 neither, 3 disagree, 0 strongly disagree), East
  // 38 (10, 10, 6, 6, 6); South and West none; all hubs 61 (18, 17, 11, 9, 6). Favourable: the two agree points.
  const data = survey({ Central: [8, 7, 5, 3, 0], East: [10, 10, 6, 6, 6] });
  const rows = surveyMetrics({
    surveys: [data],
    hubs: new HubIndex(LONDON_HUBS),
    institutions: [],
    period: '2023/24',
    sdc: SDC,
  });
  const key = (r: { measure: string; hub: string; breakdown: string }) => `${r.measure}|${r.hub}|${r.breakdown}`;
  const byKey = new Map(rows.map((r) => [key(r), r]));
  const cell = (measure: string, hub: string, breakdown: string) => {
    const r = byKey.get(key({ measure, hub, breakdown }));
    if (!r) throw new Error(`no row ${measure} ${hub} ${breakdown}`);
    return r;
  };
  const share = (hub: string, k: number) => cell('survey_response_pct', hub, `staff.Q1: ${AGREE[k]}`);
  const withheld = rows.filter((r) => r.symbol === 'c').map((r) => `${r.hub}: ${r.breakdown}`);

  it('withholds Central disagree (3 of 23), then the complements secondary suppression chooses', () => {
    // Central disagree is the one primary cell (3 < 5). Sweeping the margins in table order (all hubs' rows first;
    // within a margin the smallest group, ties by key, so "Agree" < "Neither..." < "Strongly ..." < top two):
    //   disagree over hubs (all 9 = Central 3 + East 6)            -> East disagree
    //   Central's options make up its 23 respondents               -> Central agree
    //   Central's neither + disagree + strongly disagree + top two -> Central neither
    //   Central's top two (15) = strongly agree + agree            -> Central strongly agree
    //   East: the same three relations                             -> East agree, neither, strongly agree
    expect(share('central', 3)).toMatchObject({
      symbol: 'c',
      note: 'suppressed: fewer than 5 people have this outcome',
    });
    expect(withheld.sort()).toEqual(
      [
        'central: staff.Q1: Agree',
        'central: staff.Q1: Disagree',
        'central: staff.Q1: Neither agree nor disagree',
        'central: staff.Q1: Strongly agree',
        'east: staff.Q1: Agree',
        'east: staff.Q1: Disagree',
        'east: staff.Q1: Neither agree nor disagree',
        'east: staff.Q1: Strongly agree',
      ].sort(),
    );
    // What stays published: every all-hubs figure, and per hub the respondents, strongly disagree and the top two.
    expect(cell('survey_top2_pct', 'central', 'staff.Q1')).toMatchObject({ symbol: '', value: 65.2, numerator: 15 });
    expect(share('central', 4)).toMatchObject({ symbol: '', value: 0, numerator: 0, denominator: 25 });
    expect(cell('survey_top2_pct', 'east', 'staff.Q1')).toMatchObject({ symbol: '', value: 52.6, numerator: 20 });
    expect(share('east', 4)).toMatchObject({ symbol: '', value: 15.8, numerator: 5, denominator: 40 });
    expect(share('all', 3)).toMatchObject({ symbol: '', value: 14.8, numerator: 10, denominator: 60 });
  });

  it('leaves every relation of hubs to all and of answer categories to respondents with zero or two withheld', () => {
    // Without the relation "respondents = top two + the other points", Central disagree would be published
    // respondents minus the top two, neither and strongly disagree: 23 - 15 - 5 - 0 = 3 (as shares: 100% - 65.2%
    // - 21.7% - 0% = 13.0%). The relations, written out here apart from the catalogue's declaration:
    const relations: { name: string; cells: MetricRow[] }[] = [];
    for (const hub of ['all', 'central', 'east']) {
      const n = cell('survey_question_respondents', hub, 'staff.Q1');
      const top = cell('survey_top2_pct', hub, 'staff.Q1');
      relations.push(
        {
          name: `${hub}: the five points make up the respondents`,
          cells: [n, ...[0, 1, 2, 3, 4].map((k) => share(hub, k))],
        },
        {
          name: `${hub}: the top two and the other three make up the respondents`,
          cells: [n, top, ...[2, 3, 4].map((k) => share(hub, k))],
        },
        { name: `${hub}: strongly agree and agree make up the top two`, cells: [top, share(hub, 0), share(hub, 1)] },
      );
    }
    const oneWithheld = relations
      .filter((r) => r.cells.filter((c) => c.symbol === 'c').length === 1)
      .map((r) => r.name);
    expect(relations).toHaveLength(9);
    expect(oneWithheld).toEqual([]);
    const { checked, recoverable } = recoverableBySubtraction(
      rows,
      LONDON_HUBS.map((h) => h.id),
    );
    // Hubs to all: the respondents, the question's respondents, five shares and the top two.
    expect(checked).toBe(8);
    expect(recoverable).toEqual([]);
  });
});

describe("surveyAnswerParts resolves the catalogue's answer parts to a question's options", () => {
  const question = (over: Partial<SurveyQuestion>): SurveyData => ({
    ...survey({}),
    questions: [{ ...survey({}).questions[0]!, ...over }],
  });
  const total = (measure: MetricRow['measure']) =>
    ({ measure, hub: 'east', period: '2023/24', breakdown: 'staff.Q1' }) as MetricRow;
  const option = (o: string) => `survey_response_pct|east|2023/24|staff.Q1: ${o}`;
  const top = 'survey_top2_pct|east|2023/24|staff.Q1';

  it('a scale: the options make up the respondents, so do the top two and the rest; the top two are two points', () => {
    const parts = surveyAnswerParts([question({})]);
    expect(parts(total('survey_question_respondents'))).toEqual([
      AGREE.map(option),
      [...AGREE.slice(2).map(option), top],
    ]);
    expect(parts(total('survey_top2_pct'))).toEqual([AGREE.slice(0, 2).map(option)]);
    expect(parts(total('survey_respondents'))).toEqual([]);
  });

  it('a single favourable point is its own share: the base alone makes up the respondents', () => {
    const parts = surveyAnswerParts([question({ scale: { name: 'agreement', favourable: 1, neutral: 2 } })]);
    expect(parts(total('survey_question_respondents'))).toEqual([AGREE.map(option)]);
    expect(parts(total('survey_top2_pct'))).toEqual([[option('Strongly agree')]]);
  });

  it("a don't-know answer counted in the base is a part; multiple-choice options make up nothing", () => {
    const dk = surveyAnswerParts([question({ dontKnow: ['Unsure'], dontKnowInBase: true })]);
    expect(dk(total('survey_question_respondents'))[0]).toEqual([...AGREE, 'Unsure'].map(option));
    const multi = surveyAnswerParts([question({ type: 'multi', scale: undefined })]);
    expect(multi(total('survey_question_respondents'))).toEqual([]);
  });
});
