import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HubIndex } from '../../src/config/hub-index.js';
import type { HubConfig } from '../../src/config/schema.js';
import { readSurvey } from '../../src/ingest/surveys/read-survey.js';
import { hubResolver, surveyMetrics } from '../../src/metrics/surveys.js';
import type { MetricRow } from '../../src/model/metric.js';
import { suppressionNote } from '../../src/sdc/suppression-note.js';

const fixture = (name: string) =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/surveys', name);
const la = (oldCode: string, newCode: string, name: string) => ({ oldCode, newCode, name });
const hubs: HubConfig[] = [
  {
    id: 'north',
    name: 'North',
    lead: '',
    localAuthorities: [la('202', 'E09000007', 'Camden'), la('206', '', 'Islington')],
  },
  { id: 'east', name: 'East', lead: '', localAuthorities: [la('204', 'E09000012', 'Hackney')] },
];
const SDC = (threshold: number) => ({ threshold, rounding: 1, minInstitutions: 0 });
const place = hubResolver(new HubIndex(hubs), []);
const READ = { minRepeats: 1, hubOf: place } as const;
const find = (rows: readonly MetricRow[], measure: string, hub: string, breakdown: string) =>
  rows.find((r) => r.measure === measure && r.hub === hub && r.breakdown === breakdown);

async function staffRows(threshold: number | null) {
  const { survey } = await readSurvey(fixture('surveymonkey-bom.csv'), { ...READ, id: 'staff' });
  return surveyMetrics({
    surveys: [survey],
    hubs: new HubIndex(hubs),
    institutions: [],
    period: '2023/24',
    sdc: threshold === null ? null : SDC(threshold),
  });
}

// Hand counts from test/fixtures/surveys/surveymonkey-bom.csv, respondents 1001-1007 less the empty 1006:
// Q2 satisfaction: Very satisfied 1001, 1007; Satisfied 1002, 1003; Dissatisfied 1004; Don't know 1005.
describe('surveyMetrics', () => {
  it('counts respondents for all hubs and for each hub the LA column places them in', async () => {
    const rows = await staffRows(null);
    expect(find(rows, 'survey_respondents', 'all', 'staff')?.value).toBe(6);
    // Camden 1001, 1002, 1005 and Islington 1003, 1007 are North; Hackney 1004 is East.
    expect(find(rows, 'survey_respondents', 'north', 'staff')?.value).toBe(5);
    expect(find(rows, 'survey_respondents', 'east', 'staff')?.value).toBe(1);
  });

  it("gives each option's share of those who answered, don't know kept out of the denominator", async () => {
    const rows = await staffRows(null);
    const vs = find(rows, 'survey_response_pct', 'all', 'staff.Q2: Very satisfied');
    expect(vs).toMatchObject({ value: 40, numerator: 2, denominator: 5 });
    // Wilson 95% interval for 2/5: 11.76% to 76.93% (Newcombe 1998, method 3).
    expect(vs?.ci_low).toBeCloseTo(11.76, 1);
    expect(vs?.ci_high).toBeCloseTo(76.93, 1);
    expect(find(rows, 'survey_response_pct', 'all', 'staff.Q2: Dissatisfied')).toMatchObject({ value: 20 });
    expect(find(rows, 'survey_response_pct', 'all', 'staff.Q2: Neither satisfied nor dissatisfied')?.value).toBe(0);
    // Don't know: 1 of the 6 who answered at all.
    expect(find(rows, 'survey_response_pct', 'all', "staff.Q2: Don't know")).toMatchObject({
      numerator: 1,
      denominator: 6,
    });
    expect(find(rows, 'survey_top2_pct', 'all', 'staff.Q2')).toMatchObject({ value: 80, numerator: 4 });
  });

  it('gives multi-select shares of respondents, which add past 100%', async () => {
    const rows = await staffRows(null);
    const shares = ['Employer encounters', 'Careers fairs', 'Training', 'Other'].map(
      (o) => find(rows, 'survey_response_pct', 'all', `staff.Q3: ${o}`)?.numerator,
    );
    expect(shares).toEqual([3, 2, 2, 1]);
    expect(find(rows, 'survey_response_pct', 'all', 'staff.Q3: Training')).toMatchObject({ denominator: 6 });
    expect(find(rows, 'survey_response_pct', 'all', 'staff.Q3: Training')?.note).toContain('more than 100%');
  });

  it('publishes no free-text answers', async () => {
    const rows = await staffRows(null);
    expect(rows.some((r) => r.breakdown.startsWith('staff.Q5'))).toBe(false);
    expect(JSON.stringify(rows)).not.toContain('More money');
  });

  it('withholds every cell of a hub with fewer respondents than the threshold', async () => {
    const rows = await staffRows(3);
    const east = rows.filter((r) => r.hub === 'east');
    expect(east.length).toBeGreaterThan(1);
    expect(east.every((r) => r.symbol === 'c' && r.value === null && r.numerator === null)).toBe(true);
    // North is the only other hub: all hubs (6) minus North (5) would give East back, so North is withheld too.
    expect(find(rows, 'survey_respondents', 'north', 'staff')).toMatchObject({ symbol: 'c', value: null });
    expect(find(rows, 'survey_respondents', 'north', 'staff')?.note).toBe(suppressionNote('secondary', SDC(3)));
    expect(find(rows, 'survey_respondents', 'all', 'staff')).toMatchObject({ symbol: '', value: 6 });
    // With nothing withheld, North: 1001 and 1007 very satisfied, 1002 and 1003 satisfied, 1005 don't know -> 4 of 4.
    expect(find(await staffRows(1), 'survey_top2_pct', 'north', 'staff.Q2')).toMatchObject({
      symbol: '',
      numerator: 4,
      denominator: 4,
    });
  });

  it('places Qualtrics responses by hub name and maps codes before counting', async () => {
    const { survey } = await readSurvey(fixture('qualtrics.csv'), {
      ...READ,
      id: 'employers',
      // Two of the five values name a hub of this config: too few for the column to be found, so it is named.
      placement: { column: 'Q5', by: 'hub' },
      questions: { Q1: { type: 'likert', scale: 'effectiveness' } },
    });
    const rows = surveyMetrics({
      surveys: [survey],
      hubs: new HubIndex(hubs),
      institutions: [],
      period: '2023/24',
      sdc: null,
    });
    // Finished responses: codes 1, 2, 4, 2 -> favourable (Very effective or Effective) 3 of 4.
    expect(find(rows, 'survey_top2_pct', 'all', 'employers.Q1')).toMatchObject({ value: 75, denominator: 4 });
    // "North" names hub north (R_a1, R_a2); "South" is no hub of this config.
    expect(find(rows, 'survey_respondents', 'north', 'employers')?.value).toBe(2);
  });
});
