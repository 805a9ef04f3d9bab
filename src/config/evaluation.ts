import type { MeasureId } from '../model/measures/index.js';
import type { EvaluationDocument } from './evaluation-schema.js';

/** How one question's answer is judged; every part is optional, and a question with none is described only. */
export interface JudgementRule {
  /** A change measure (since the hubs began) that is the primary outcome. */
  readonly outcome: MeasureId | null;
  readonly better: 'higher' | 'lower';
  readonly require: 'improved' | 'not worse';
  readonly targets: 'met' | 'met or on track' | 'ignore';
}

export interface EvaluationQuestion {
  readonly id: string;
  readonly question: string;
  readonly measures: readonly MeasureId[];
  readonly surveys: readonly string[];
  readonly themes: readonly string[];
  readonly targets: readonly MeasureId[];
  readonly judgement: JudgementRule;
}

export interface Linked {
  readonly text: string;
  /** Question ids: the findings a conclusion or recommendation rests on. */
  readonly findings: readonly string[];
}

export interface CodedThemesConfig {
  readonly survey: string;
  readonly question: string;
  /** The question as asked, printed above its themes. */
  readonly text: string;
  /** Path relative to the config. */
  readonly file: string;
}

export interface EvaluationConfig {
  /** The framework's name; "the default Careers Hubs framework" when the config has no `evaluation` questions. */
  readonly name: string;
  readonly isDefault: boolean;
  readonly aims: readonly string[];
  readonly history: readonly { readonly period: string; readonly name: string; readonly text: string }[];
  readonly strands: readonly string[];
  readonly questions: readonly EvaluationQuestion[];
  /** The pre-specified primary outcomes (measure ids): their verdicts are not adjusted for multiple comparisons. */
  readonly primaryOutcomes: readonly MeasureId[];
  readonly conclusions: readonly Linked[];
  readonly recommendations: readonly (Linked & { readonly audience: string })[];
  readonly codedThemes: readonly CodedThemesConfig[];
  readonly synthetic: boolean;
}

const NO_RULE: JudgementRule = { outcome: null, better: 'higher', require: 'improved', targets: 'ignore' };

const q = (
  id: string,
  question: string,
  parts: Partial<Omit<EvaluationQuestion, 'id' | 'question' | 'judgement'>> & { judgement?: Partial<JudgementRule> },
): EvaluationQuestion => ({
  id,
  question,
  measures: parts.measures ?? [],
  surveys: parts.surveys ?? [],
  themes: parts.themes ?? [],
  targets: parts.targets ?? [],
  judgement: { ...NO_RULE, ...parts.judgement },
});

/**
 * The default framework for Careers Hubs: the five questions the programme's published evaluations answer
 * (provision against the Gatsby Benchmarks, reach, young people's outcomes, participation, experience).
 */
export const DEFAULT_QUESTIONS: readonly EvaluationQuestion[] = [
  q('provision', 'Did careers provision in schools and colleges improve against the Gatsby Benchmarks?', {
    measures: ['compass_mean_benchmarks_achieved', 'compass_all_benchmarks_pct'],
    targets: ['compass_mean_benchmarks_achieved'],
    judgement: { outcome: 'compass_mean_benchmarks_change', better: 'higher', targets: 'met or on track' },
  }),
  q('reach', 'Did the hubs reach the schools and colleges they were set up for?', {
    measures: ['membership_institutions_pct', 'membership_pupils_pct'],
    targets: ['membership_institutions_pct'],
    judgement: { targets: 'met' },
  }),
  q('outcomes', 'Did fewer young people become NEET or go untracked after the hubs began?', {
    measures: ['eet_sustained_pct', 'neet_or_not_known_pct'],
    targets: ['neet_or_not_known_pct'],
    judgement: {
      outcome: 'neet_or_not_known_change_since_start_pp',
      better: 'lower',
      // The question asks whether fewer did: no clear change is not a yes.
      require: 'improved',
      targets: 'met',
    },
  }),
  q('participation', 'How many students, teachers and employers took part in hub activities?', {
    measures: ['student_participations', 'smes_engaged', 'smes_meeting_threshold'],
  }),
  q('experience', 'How did school and college staff and employers experience the hubs?', {
    surveys: [],
    targets: ['survey_top2_pct'],
    judgement: { targets: 'met' },
  }),
];

/** Sustained EET and NEET or not known since the start, against England: the default primary outcomes. */
export const DEFAULT_PRIMARY_OUTCOMES: readonly MeasureId[] = [
  'eet_change_since_start_vs_england_pp',
  'neet_or_not_known_change_since_start_vs_england_pp',
];

/** The `evaluation` section with defaults filled in. */
export function evaluationConfig(doc: EvaluationDocument | undefined): EvaluationConfig {
  const questions = doc?.questions?.map((x) => q(x.id, x.question, { ...x, judgement: x.judgement ?? {} }));
  return {
    name: doc?.name ?? (questions ? 'the evaluation framework' : 'the default Careers Hubs framework'),
    isDefault: questions === undefined,
    aims: doc?.aims ?? [],
    history: doc?.history ?? [],
    strands: doc?.strands ?? [],
    questions: questions ?? DEFAULT_QUESTIONS,
    primaryOutcomes: doc?.primaryOutcomes ?? DEFAULT_PRIMARY_OUTCOMES,
    conclusions: doc?.conclusions ?? [],
    recommendations: doc?.recommendations ?? [],
    codedThemes: doc?.codedThemes ?? [],
    synthetic: doc?.synthetic ?? false,
  };
}

/**
 * Checks across the section: question ids are unique, and every conclusion and recommendation cites findings that
 * exist (a recommendation resting on a question the report does not answer would send a reader nowhere).
 */
export function evaluationProblems(e: EvaluationConfig, surveyIds: readonly string[]): string[] {
  const ids = new Set<string>();
  const problems: string[] = [];
  e.questions.forEach((x, k) => {
    if (ids.has(x.id)) problems.push(`evaluation.questions[${k}].id: "${x.id}" is used by two questions`);
    ids.add(x.id);
    if (x.judgement.outcome === null && x.judgement.targets !== 'ignore' && x.targets.length === 0)
      problems.push(`evaluation.questions[${k}].judgement: the rule counts targets, but the question lists none`);
  });
  const known = [...ids].join(', ');
  const cite = (key: string, list: readonly Linked[]) => {
    for (const [k, item] of list.entries())
      for (const [j, f] of item.findings.entries())
        if (!ids.has(f))
          problems.push(`evaluation.${key}[${k}].findings[${j}]: no finding "${f}" (the findings are: ${known})`);
  };
  cite('conclusions', e.conclusions);
  cite('recommendations', e.recommendations);
  e.codedThemes.forEach((c, k) => {
    if (!surveyIds.includes(c.survey))
      problems.push(`evaluation.codedThemes[${k}].survey: no survey "${c.survey}" in the surveys section`);
  });
  return problems;
}
