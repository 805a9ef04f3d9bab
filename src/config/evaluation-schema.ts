import { z } from 'zod';
import { describeValue } from './describe-value.js';
import { measureId } from './measure-id.js';

/**
 * The `evaluation` section: what the evaluation set out to answer and how each answer is judged, the programme's
 * context in the author's words, and the conclusions and recommendations, each tied to the findings (questions) it
 * rests on. Messages read "expected <what>, found <value>", as in document-schema.ts.
 */
const expected = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? 'required, but missing' : `expected ${what}, found ${describeValue(issue.input)}`,
});
const text = z.string(expected('text')).min(1, expected('text'));
const texts = z.array(text, expected('a list of text'));
const id = text.refine((v) => /^[a-z0-9][a-z0-9_-]*$/.test(v), {
  error: (i) => `expected lower-case letters, digits, - or _, found ${describeValue(i.input)}`,
});

/** "met when <outcome> improved since the hubs began and <targets>": the rule an evaluator states. */
const judgement = z.strictObject({
  /** The change measure that is the question's primary outcome, e.g. neet_or_not_known_change_pp. */
  outcome: measureId.optional(),
  /** Which direction of the outcome's change is an improvement. */
  better: z.enum(['higher', 'lower'], expected('higher or lower')).optional(),
  /** improved: the interval of the change lies on the better side; not worse: it does not lie on the worse side. */
  require: z.enum(['improved', 'not worse'], expected('improved or "not worse"')).optional(),
  /** How the question's targets count: every one met, every one met or on track, or not at all. */
  targets: z.enum(['met', 'met or on track', 'ignore'], expected('met, "met or on track" or ignore')).optional(),
});

const question = z.strictObject({
  id,
  question: text,
  /** Measure ids whose figures answer it (the first is the headline). */
  measures: z.array(measureId, expected('a list of measure ids')).optional(),
  /** Survey questions as survey.question, e.g. staff.Q2. */
  surveys: texts.optional(),
  /** Coded free-text questions as survey.question, e.g. staff.Q7. */
  themes: texts.optional(),
  /** Targets by measure id. */
  targets: z.array(measureId, expected('a list of measure ids')).optional(),
  judgement: judgement.optional(),
});

const linked = z.strictObject({ text, findings: z.array(id, expected('a list of question ids')).min(1) });

export const evaluationSection = z
  .strictObject({
    /** The name of the framework, printed where the questions are introduced. */
    name: text.optional(),
    aims: texts.optional(),
    /** The programme's history, one paragraph per stage, in order. */
    history: z.array(z.strictObject({ period: text, name: text, text }), expected('a list of stages')).optional(),
    strands: texts.optional(),
    questions: z.array(question, expected('a list of evaluation questions')).min(1).optional(),
    /**
     * The pre-specified primary outcomes, whose verdicts stand as computed; every other since-start verdict is
     * Holm-adjusted (metrics/multiplicity.ts). Default: sustained EET and NEET or not known since the start, against
     * England.
     */
    primaryOutcomes: z.array(measureId, expected('a list of measure ids')).min(1).optional(),
    /** What the evaluator concludes, each tied to the findings it rests on. */
    conclusions: z.array(linked, expected('a list of conclusions')).optional(),
    recommendations: z.array(linked.extend({ audience: text }), expected('a list of recommendations')).optional(),
    /** The evaluator's coding of free-text answers: one sheet per survey question. */
    codedThemes: z
      .array(z.strictObject({ survey: id, question: text, text, file: text }), expected('a list of coding sheets'))
      .optional(),
    /** Marks the author's text as a synthetic sample on every page that shows it. */
    synthetic: z.boolean(expected('true or false')).optional(),
  })
  .optional();

export type EvaluationDocument = NonNullable<z.output<typeof evaluationSection>>;
