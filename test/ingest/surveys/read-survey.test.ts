import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSurvey } from '../../../src/ingest/surveys/read-survey.js';
import type { SurveyData } from '../../../src/model/survey.js';

const fixture = (name: string) =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/surveys', name);
/**
 * These tests are about reading layouts: every placement value names a hub, and one respondent makes an option
 * (the rules that type questions and check placement values are tested in free-text.test.ts and placement.test.ts).
 */
const READ = { minRepeats: 1, hubOf: () => 'a hub' } as const;
const question = (s: SurveyData, id: string) => s.questions.find((q) => q.id === id);
/** Respondents whose answers to a question include the option, counted from the records. */
const chose = (s: SurveyData, id: string, option: string) =>
  s.responses.filter((r) => r.answers[id]?.includes(option)).length;

describe('readSurvey: SurveyMonkey export with a BOM', () => {
  it('reads the two header rows, the spread multi-select and the matrix, and leaves out the empty row', async () => {
    const { survey, problems } = await readSurvey(fixture('surveymonkey-bom.csv'), { ...READ, id: 'staff' });
    expect(problems).toEqual([]);
    expect(survey).toMatchObject({ id: 'staff', layout: 'surveymonkey', encoding: 'utf-8-bom', rowsRead: 7 });
    // Respondent 1006 answered nothing.
    expect(survey.excluded).toEqual({ unfinished: 0, empty: 1 });
    expect(survey.responses.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 9]);
    expect(survey.placement).toEqual({ column: 'Which local authority is your school or college in?', by: 'la' });
    expect(survey.questions.map((q) => [q.id, q.type])).toEqual([
      ['Q2', 'likert'],
      ['Q3', 'multi'],
      ['Q4_1', 'likert'],
      ['Q4_2', 'likert'],
      ['Q5', 'text'],
    ]);
    expect(question(survey, 'Q2')?.scale?.name).toBe('satisfaction');
    expect(question(survey, 'Q2')?.dontKnow).toEqual(["Don't know"]);
    // Hand count of the ticks in columns L-O: Employer encounters 1001, 1002, 1005; Other 1003 (free text).
    expect(question(survey, 'Q3')?.options).toEqual(['Employer encounters', 'Careers fairs', 'Training', 'Other']);
    expect(chose(survey, 'Q3', 'Employer encounters')).toBe(3);
    expect(chose(survey, 'Q3', 'Careers fairs')).toBe(2);
    expect(chose(survey, 'Q3', 'Other')).toBe(1);
    expect(question(survey, 'Q4_1')?.text).toBe(
      'How far do you agree with these statements? The hub helps my students',
    );
    expect(chose(survey, 'Q4_2', 'Agree')).toBe(3);
  });
});

describe('readSurvey: Qualtrics export', () => {
  const options = {
    questions: {
      Q1: { type: 'likert' as const, scale: 'effectiveness' },
      Q3_2: { type: 'likert' as const, scale: 'agreement' },
      Q6: { type: 'multi' as const },
    },
  };

  it('skips the ImportId row, leaves out the unfinished response and maps numeric codes onto the scale', async () => {
    const { survey, problems } = await readSurvey(fixture('qualtrics.csv'), { ...READ, ...options });
    expect(problems).toEqual([]);
    expect(survey.layout).toBe('qualtrics');
    expect(survey.excluded).toEqual({ unfinished: 1, empty: 0 });
    expect(survey.responses.map((r) => r.line)).toEqual([4, 5, 7, 8]);
    // Q1 codes of the finished responses are 1, 2, 4, 2.
    expect(survey.responses.map((r) => r.answers.Q1?.[0])).toEqual([
      'Very effective',
      'Effective',
      'Ineffective',
      'Effective',
    ]);
    expect(question(survey, 'Q3_2')?.text).toBe('How far do you agree? - Students were well prepared');
    expect(question(survey, 'Q4_TEXT')?.type).toBe('text');
    expect(survey.placement).toEqual({ column: 'Q5', by: 'hub' });
    // Qualtrics joins a multi-select's choices with commas; finished responses: Talk 3, Mentoring 2, Visit 1.
    expect(['Talk', 'Mentoring', 'Visit'].map((o) => chose(survey, 'Q6', o))).toEqual([3, 2, 1]);
  });
});

describe('readSurvey: Forms exports', () => {
  it("splits Microsoft Forms' ;-joined answers and decodes Windows-1252", async () => {
    const { survey, problems } = await readSurvey(fixture('forms-windows-1252.csv'), READ);
    expect(problems).toEqual([]);
    expect(survey).toMatchObject({ layout: 'forms', encoding: 'windows-1252', id: 'forms-windows-1252' });
    expect(question(survey, 'Q2')?.type).toBe('multi');
    expect(chose(survey, 'Q2', 'Talk')).toBe(3);
    expect(chose(survey, 'Q2', 'Workplace visit')).toBe(2);
    // Byte 0x92 is the curly apostrophe in Windows-1252.
    expect(question(survey, 'Q3')?.dontKnow).toEqual(['Don\u2019t know']);
  });

  it('reads the first sheet of an .xlsx workbook, rich text and numbers included', async () => {
    const { survey, problems } = await readSurvey(fixture('forms.xlsx'), { ...READ, id: 'employers' });
    expect(problems).toEqual([]);
    expect(survey).toMatchObject({ layout: 'forms', format: 'xlsx', rowsRead: 4 });
    expect(survey.placement).toEqual({ column: 'Local authority', by: 'la' });
    expect(chose(survey, 'Q2', 'Very satisfied')).toBe(2);
    expect(chose(survey, 'Q3', 'Mentoring')).toBe(3);
    expect(question(survey, 'Q4')?.type).toBe('number');
    expect(survey.responses.map((r) => r.answers.Q4?.[0])).toEqual(['3', '1', '10', '2']);
  });
});

describe('readSurvey: malformed exports', () => {
  it('locates every bad answer and row by file, line and column', async () => {
    const file = fixture('malformed.csv');
    const { problems } = await readSurvey(file, {
      ...READ,
      questions: { Q1: { type: 'likert', scale: 'satisfaction' }, Q2: { type: 'number' } },
    });
    expect(problems.map((p) => [p.file, p.line, p.column, p.found])).toEqual([
      // An unexpected answer may be free text: only its length is printed.
      [file, 4, 'How satisfied are you?', 'an answer of 11 characters'],
      [file, 4, 'How many students?', 'an answer of 6 characters'],
      [file, 5, undefined, '7 fields'],
    ]);
    expect(problems[0]?.expected).toContain('"Very satisfied"');
  });

  it('says when the config names a question or placement column the export does not have', async () => {
    const { problems } = await readSurvey(fixture('forms-windows-1252.csv'), {
      ...READ,
      placement: { column: 'School URN', by: 'urn' },
      questions: { Q9: { type: 'single' } },
    });
    expect(problems.map((p) => p.message)).toEqual([
      'the placement column given in the config is not in the header',
      'the config describes question Q9, which is not in the export',
    ]);
  });
});
