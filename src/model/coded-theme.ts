/**
 * One code an evaluator gave one free-text answer (a row of a coding sheet exported from a spreadsheet, NVivo or
 * Taguette). An answer with several themes has several rows. The answer's own text is never read or published.
 */
export interface CodedAnswer {
  /** The survey response the answer belongs to, as the export numbers it. */
  readonly responseId: string;
  readonly theme: string;
  /** The evaluator marked this answer as a candidate example quote for its theme. */
  readonly quote: boolean;
  /** The excerpt the evaluator chose (edited so no one can be identified); empty when none. */
  readonly excerpt: string;
  /** The respondent agreed to be quoted; a quote is published only when true. */
  readonly consent: boolean;
  /** The speaker's role for attribution ("a Careers Leader"); never a name. */
  readonly role: string;
  readonly line: number;
}

/** A coding sheet for one survey question. */
export interface CodedQuestion {
  readonly file: string;
  readonly sha256: string;
  /** The survey id from the config. */
  readonly survey: string;
  readonly question: string;
  /** The question as printed, e.g. "What has helped most?". */
  readonly text: string;
  readonly answers: readonly CodedAnswer[];
}
