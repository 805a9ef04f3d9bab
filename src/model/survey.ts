export type SurveyQuestionType = 'likert' | 'single' | 'multi' | 'number' | 'text';
export type SurveyPlacement = 'urn' | 'la' | 'hub';

export interface SurveyQuestion {
  /** Unique within the survey: `Q3`, a Qualtrics column id such as `Q3_2`, or the config's id. */
  readonly id: string;
  /** The question's wording as exported (quoted in the report). */
  readonly text: string;
  readonly type: SurveyQuestionType;
  /** The answer options in display order; for a Likert question the scale, most favourable first. */
  readonly options: readonly string[];
  /** Answers kept apart from the options ("Don't know", "Not applicable"), in order of first appearance. */
  readonly dontKnow: readonly string[];
  /** Don't-know answers count in the denominator (only when the config asks). */
  readonly dontKnowInBase: boolean;
  /** The Likert scale's name, favourable points and neutral index; null for other types. */
  readonly scale: { readonly name: string; readonly favourable: number; readonly neutral: number | null } | null;
  /** Columns the answers came from, as headed in the file (for error messages and the methodology). */
  readonly columns: readonly string[];
  /** Which rule gave the question its type, in words (`validate` prints it): free text unless a closed set is shown. */
  readonly typedBy: string;
}

export interface SurveyResponse {
  /** The file row of the response. */
  readonly line: number;
  /** The value of the placement column (a URN, an LA code or name, or a hub name), or null. */
  readonly place: string | null;
  /** Answers by question id: one option for likert/single, any number for multi; text is kept raw. */
  readonly answers: Readonly<Record<string, readonly string[]>>;
}

/** One survey export, read. Free-text answers are kept for counting only and are never published. */
export interface SurveyData {
  readonly id: string;
  readonly file: string;
  readonly sha256: string;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be' | 'xlsx';
  /** Response rows in the file (after the header rows), kept or not. */
  readonly rowsRead: number;
  readonly layout: 'surveymonkey' | 'qualtrics' | 'forms';
  readonly format: 'csv' | 'xlsx';
  readonly placement: { readonly column: string; readonly by: SurveyPlacement } | null;
  readonly questions: readonly SurveyQuestion[];
  readonly responses: readonly SurveyResponse[];
  /** Rows left out: unfinished (Qualtrics `Finished` false) and empty (no question answered). */
  readonly excluded: { readonly unfinished: number; readonly empty: number };
}

/** What the config may say about one question (`surveys[].questions`); everything else is detected. */
export interface QuestionOptions {
  readonly type?: SurveyQuestionType;
  /** A built-in scale name (likert). */
  readonly scale?: string;
  /** The options in display order (for likert: most favourable first). Numeric codes 1..n map onto it. */
  readonly order?: readonly string[];
  readonly dontKnow?: readonly string[];
  readonly dontKnowInBase?: boolean;
}
