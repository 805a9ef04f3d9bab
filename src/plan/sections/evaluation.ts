import type { EvaluationQuestion } from '../../config/evaluation.js';
import { IMPACT_MEASURES } from '../../metrics/impact.js';
import { type Judgement, judge } from '../../metrics/judgement.js';
import type { TargetProgress } from '../../metrics/targets.js';
import { impactId, isMeasureId, type MeasureId, measureFacts } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { classifyChange } from '../../stats/change.js';
import type { PlanContext } from '../context.js';
import {
  certaintySentence,
  NO_DATA_ANSWER,
  ruleSentence,
  syntheticNote,
  targetSentence,
  themeSentence,
  verdictText,
} from '../evaluation-phrases.js';
import { signed } from '../format.js';
import { ALL, hubName, paragraph, tableBlock } from '../parts/common.js';
import type { Block, Section } from '../types.js';

/** One question answered: its judgement under the framework's rule, and the paragraph that says it. */
export interface Answer {
  readonly question: EvaluationQuestion;
  readonly judgement: Judgement;
  /** What was found, in one sentence (the "at a glance" table). */
  readonly found: string;
  readonly text: string;
  readonly refs: readonly string[];
}

const THEME_METHOD = 'answers carrying the theme / answers coded x 100; 95% Wilson score interval';
const TOP2 = 'respondents choosing a favourable answer / respondents answering x 100; 95% Wilson score interval';

/** A since-start change is labelled by its level measure: "change in 16 to 17 year olds NEET or not known". */
function outcomeLabel(measure: MeasureId): string {
  const { family, level, label } = measureFacts(measure);
  return family === 'change' && level !== undefined && isMeasureId(level)
    ? `change in ${measureFacts(level).label}`
    : label;
}

const focusOf = (ctx: PlanContext) => ctx.input.hub ?? ALL;
const headline = (ctx: PlanContext, measure: MeasureId, pick: 'latest' | 'range'): MetricRow | undefined =>
  ctx.m[pick](measure, focusOf(ctx), ALL) ?? ctx.m[pick](measure, focusOf(ctx), 'total');

function linkedTargets(ctx: PlanContext, q: EvaluationQuestion): TargetProgress[] {
  const hubs = new Set([ALL, focusOf(ctx)]);
  return (ctx.input.evidence?.targets ?? []).filter(
    (t) => q.targets.includes(t.target.measure) && hubs.has(t.target.hub),
  );
}

/** Answers each question of the framework from the metric rows, targets, surveys and coded themes. */
export function answers(ctx: PlanContext): Answer[] {
  return ctx.input.config.evaluation.questions.map((q) => answerOf(ctx, q));
}

function answerOf(ctx: PlanContext, q: EvaluationQuestion): Answer {
  const refs: string[] = [];
  const cite: Cite = (r, from) => {
    const c = from
      ? ctx.book.citeFrom(r, {
          label: from.label,
          sources: [{ file: from.file, sha256: from.sha256 }],
          filters: '',
          method: from.method,
        })
      : ctx.book.cite(r);
    refs.push(c.id);
    return c.text;
  };
  const found = q.measures
    .map((m) => headline(ctx, m, 'latest'))
    .filter((r): r is MetricRow => r !== undefined)
    .slice(0, 2)
    .map((r) => `${measureFacts(r.measure).label} ${cite(r)} in ${r.period}`);
  const outcomeRow = q.judgement.outcome ? headline(ctx, q.judgement.outcome, 'range') : undefined;
  const change = outcomeRow ? classifyChange(outcomeRow.value, outcomeRow.ci_low, outcomeRow.ci_high) : null;
  const targets = linkedTargets(ctx, q);
  const judgement = judge(q.judgement, {
    change: q.judgement.outcome ? (change ?? 'unknown') : null,
    targets: targets.map((t) => t.status),
  });
  const sentences: string[] = [];
  if (found.length) sentences.push(`The latest figures are ${found.join(', and ')}.`);
  if (outcomeRow?.value != null) {
    cite(outcomeRow);
    const unit = outcomeRow.unit === 'pp' ? ' percentage points' : '';
    sentences.push(
      `The ${outcomeLabel(outcomeRow.measure)} over ${outcomeRow.period.replace('-', ' to ')} was ` +
        `${signed(outcomeRow.value)}${unit}.`,
    );
  }
  for (const t of targets.slice(0, 2)) sentences.push(targetSentence(targetWhat(ctx, t), t.status));
  sentences.push(...surveyAndThemeSentences(ctx, q, cite).slice(0, 2));
  // A question none of whose figures the inputs hold is not answered "described" or "not judged": it has no data.
  if (sentences.length === 0)
    return {
      question: q,
      judgement: { ...judgement, verdict: 'no data' },
      found: NO_DATA_ANSWER,
      text: NO_DATA_ANSWER,
      refs,
    };
  const verdict = `Against its rule, the answer is: ${verdictText(judgement.verdict).toLowerCase()}.`;
  return {
    question: q,
    judgement,
    found: sentences[0]!,
    text: [
      ...sentences.slice(0, 4),
      verdict,
      certaintySentence(judgement, q.judgement.outcome !== null, hasImpactEstimate(ctx)),
    ].join(' '),
    refs,
  };
}

/** Whether the school-level impact estimates are in the metrics (the chapter on whether the hubs made a difference). */
const hasImpactEstimate = (ctx: PlanContext) => IMPACT_MEASURES.some((m) => ctx.m.has(impactId(m.id, 'att')));

function targetWhat(ctx: PlanContext, t: TargetProgress): string {
  const where = t.target.hub === ALL ? '' : ` in ${hubName(ctx, t.target.hub)}`;
  const label = t.target.measure.startsWith('survey_')
    ? 'favourable survey answers'
    : measureFacts(t.target.measure).label;
  // The target's value is in the targets table; the prose names the target and says where it stands.
  return `${label}${where} for ${t.target.year} (set by ${t.target.source})`;
}

type Cite = (r: MetricRow, from?: { label: string; file: string; sha256: string; method: string }) => string;

function surveyAndThemeSentences(ctx: PlanContext, q: EvaluationQuestion, cite: Cite): string[] {
  const out: string[] = [];
  const surveys = ctx.input.evidence?.surveys ?? [];
  const keys = q.surveys.length ? q.surveys : q.id === 'experience' ? surveys.flatMap(likertKeys).slice(0, 2) : [];
  const themes: string[] = [];
  for (const key of q.themes) {
    const coded = ctx.input.evidence?.themes?.find((t) => `${t.survey}.${t.question}` === key);
    const top = coded?.themes.find((t) => t.row.symbol === '');
    if (!coded || !top) continue;
    const from = (label: string, method: string) => ({ label, ...coded.source, method });
    themes.push(
      themeSentence(
        coded.text,
        cite(coded.base, from(`coded answers to “${coded.text}”`, 'count of distinct responses coded')),
        top.theme,
        cite(top.row, from(`answers coded “${top.theme}”`, THEME_METHOD)),
      ),
    );
  }
  for (const key of keys) {
    const r = ctx.m.latest('survey_top2_pct', focusOf(ctx), key);
    const [survey, question] = key.split('.');
    const s = surveys.find((x) => x.data.id === survey);
    const text = s?.data.questions.find((x) => x.id === question)?.text;
    const from = s && { label: `${s.title}: favourable answers`, file: s.file, sha256: s.data.sha256, method: TOP2 };
    if (r && from && text) out.push(`Of ${s.respondents} asked “${text}”, ${cite(r, from)} answered favourably.`);
  }
  // The first survey figure, then what the coded free text says most often, then the rest.
  return [...out.slice(0, 1), ...themes, ...out.slice(1)];
}

function likertKeys(s: NonNullable<PlanContext['input']['evidence']>['surveys'][number]): string[] {
  return s.data.questions.filter((x) => x.type === 'likert').map((x) => `${s.data.id}.${x.id}`);
}

/** "What this evaluation asked": the aims, the questions and the rule each answer is judged by. */
export function questionsSection(ctx: PlanContext): Section {
  const e = ctx.input.config.evaluation;
  const blocks: Block[] = [];
  if (e.aims.length) blocks.push(paragraph('The programme set out to:'), bulletsOf(e.aims));
  blocks.push(
    paragraph(
      `The evaluation answers ${e.questions.length} questions, from ${e.name}. Each answer is judged by a rule ` +
        'stated in advance, applied to the figures by the same test of intervals as the rest of the report.',
    ),
    tableBlock({
      id: 'evaluation-questions-table',
      caption: 'The evaluation questions and how each answer is judged',
      columns: ['Question', 'How the answer is judged'],
      rows: e.questions.map((q) => [
        q.question,
        ruleSentence(q.judgement, q.judgement.outcome ? outcomeLabel(q.judgement.outcome) : ''),
      ]),
    }),
  );
  return { id: 'evaluation-questions', title: 'What this evaluation asked', level: 1, pageBreak: true, blocks };
}

/** "The programme": its history in stages and its strands, in the author's words. */
export function programmeSection(ctx: PlanContext): Section | undefined {
  const e = ctx.input.config.evaluation;
  if (e.history.length === 0 && e.strands.length === 0) return undefined;
  const blocks: Block[] = e.history.map((h) => paragraph(`${h.name} (${h.period}). ${h.text}`));
  if (e.strands.length) blocks.push(paragraph('The programme works through these strands:'), bulletsOf(e.strands));
  if (e.synthetic) blocks.push(paragraph(syntheticNote()));
  return { id: 'programme', title: 'The programme', level: 2, blocks };
}

/** The summary's answers: a "key findings at a glance" table, then one paragraph per question. */
export function answerSections(all: readonly Answer[]): Section[] {
  return [
    {
      id: 'summary-glance',
      title: 'Key findings at a glance',
      level: 2,
      blocks: [
        tableBlock({
          id: 'summary-glance-table',
          caption: 'The evaluation questions, their answers and the main finding behind each',
          columns: ['Question', 'Answer', 'Main finding'],
          rows: all.map((a) => [a.question.question, verdictText(a.judgement.verdict), a.found]),
        }),
      ],
    },
    ...all.map(
      (a): Section => ({
        id: `summary-answer-${a.question.id}`,
        title: a.question.question,
        level: 2,
        blocks: [paragraph(a.text, a.refs)],
      }),
    ),
  ];
}

function bulletsOf(items: readonly string[]): Block {
  return { kind: 'bullets', items: items.map((text) => ({ text, refs: [] })) };
}
