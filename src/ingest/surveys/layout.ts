import type { GridRow } from './grid.js';

export type SurveyLayout = 'surveymonkey' | 'qualtrics' | 'forms';

/** A question as laid out in the export: one column, or several (one per option or per matrix row). */
export interface RawQuestion {
  readonly id: string;
  readonly text: string;
  /** Columns with the option or matrix-row label the header gives them (null for a plain answer column). */
  readonly columns: readonly { readonly index: number; readonly label: string | null }[];
  /** The export marks it as free text (SurveyMonkey "Open-Ended Response", Qualtrics `_TEXT` columns). */
  readonly openEnded?: boolean;
}

export interface LayoutFacts {
  readonly layout: SurveyLayout;
  /** Rows before the first response: 1 (Forms), 2 (SurveyMonkey), 3 (Qualtrics). */
  readonly headerRows: number;
  /** Qualtrics `Finished` column, when present. */
  readonly finished: number | null;
  readonly questions: readonly RawQuestion[];
}

const MONKEY_META = [
  'respondent id',
  'collector id',
  'start date',
  'end date',
  'ip address',
  'email address',
  'first name',
  'last name',
  /^custom data \d+$/,
];
const QUALTRICS_META = [
  'startdate',
  'enddate',
  'status',
  'ipaddress',
  'progress',
  /^duration/,
  'finished',
  'recordeddate',
  'responseid',
  /^recipient/,
  'externalreference',
  /^location/,
  'distributionchannel',
  'userlanguage',
];
// Microsoft Forms (ID, Start time, Completion time, Email, Name, Last modified time), Google Forms (Timestamp,
// Email address) and Jisc Online Surveys (Response ID, Started, Completed, Timestamp (...)).
const FORMS_META = [
  'id',
  'response id',
  'start time',
  'completion time',
  'email',
  'email address',
  'name',
  'last modified time',
  /^timestamp/,
  'started',
  'completed',
  'submitted',
];

const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const isMeta = (header: string, list: readonly (string | RegExp)[]) =>
  list.some((m) => (typeof m === 'string' ? m === key(header) : m.test(key(header))));

/** Tells the layout from the header rows: Qualtrics by its ImportId row, SurveyMonkey by its ID columns. */
export function detectLayout(rows: readonly GridRow[]): SurveyLayout {
  const third = rows[2]?.cells ?? [];
  if (third.some((c) => c.startsWith('{"ImportId"'))) return 'qualtrics';
  const first = (rows[0]?.cells ?? []).map(key);
  if (first.includes('respondent id') && first.includes('collector id')) return 'surveymonkey';
  return 'forms';
}

/**
 * The layout when the header rows are a survey export's own, else undefined (for a file given without a kind):
 * Qualtrics by its ImportId row or its StartDate/ResponseId columns, SurveyMonkey by Respondent ID and Collector
 * ID, Microsoft Forms by Start time and Completion time, Google Forms by a first column "Timestamp", Jisc Online
 * Surveys by Response ID with Started or Completed. `detectLayout` falls back to Forms for any other header.
 */
export function surveyExportLayout(rows: readonly GridRow[]): SurveyLayout | undefined {
  const first = (rows[0]?.cells ?? []).map(key);
  const has = (...names: string[]) => names.every((n) => first.includes(n));
  if ((rows[2]?.cells ?? []).some((c) => c.startsWith('{"ImportId"')) || has('startdate', 'responseid'))
    return 'qualtrics';
  if (has('respondent id', 'collector id')) return 'surveymonkey';
  const forms =
    has('start time', 'completion time') ||
    /^timestamp/.test(first[0] ?? '') ||
    (has('response id') && (has('started') || has('completed')));
  return forms ? 'forms' : undefined;
}

export function layoutFacts(rows: readonly GridRow[], layout: SurveyLayout): LayoutFacts {
  const header = rows[0]?.cells ?? [];
  if (layout === 'qualtrics') {
    const text = rows[1]?.cells ?? [];
    const questions = header.flatMap((id, index) =>
      isMeta(id, QUALTRICS_META) || !id
        ? []
        : [{ id, text: text[index] || id, columns: [{ index, label: null }], openEnded: /_TEXT$/i.test(id) }],
    );
    const finished = header.findIndex((h) => key(h) === 'finished');
    return { layout, headerRows: 3, finished: finished < 0 ? null : finished, questions };
  }
  if (layout === 'surveymonkey') return { layout, headerRows: 2, finished: null, questions: monkeyQuestions(rows) };
  const questions = header.flatMap((text, index) => (isMeta(text, FORMS_META) || !text ? [] : [{ text, index }]));
  return {
    layout,
    headerRows: 1,
    finished: null,
    questions: questions.map((q, k) => ({ id: `Q${k + 1}`, text: q.text, columns: [{ index: q.index, label: null }] })),
  };
}

/**
 * SurveyMonkey writes a question's text over its first column only; the columns after it with an empty first
 * header belong to the same question, and the second header row names each one's option or matrix row
 * ("Response" or "Open-Ended Response" for a question answered in one column).
 */
function monkeyQuestions(rows: readonly GridRow[]): RawQuestion[] {
  const first = rows[0]?.cells ?? [];
  const second = rows[1]?.cells ?? [];
  const questions: {
    id: string;
    text: string;
    columns: { index: number; label: string | null }[];
    openEnded: boolean;
  }[] = [];
  let current: (typeof questions)[number] | undefined;
  first.forEach((text, index) => {
    if (text && isMeta(text, MONKEY_META)) {
      current = undefined;
      return;
    }
    const sub = second[index] ?? '';
    const label = /^(open-ended )?response$/i.test(sub) || !sub ? null : sub;
    if (text) {
      current = { id: `Q${questions.length + 1}`, text, columns: [], openEnded: /^open-ended/i.test(sub) };
      questions.push(current);
    }
    current?.columns.push({ index, label });
  });
  return questions;
}
